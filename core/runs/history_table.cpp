#include "runs/history_table.h"

#include <array>
#include <cmath>
#include <string_view>

#include "common/checked_number.h"
#include "common/error.h"

namespace allcnn::runs {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_line_break(char c) { return c == '\n' || c == '\r'; }

// Past one line break (\r\n, \r or \n) at `pos`.
size_t skip_line_break(std::string_view text, size_t pos) {
  if (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') return pos + 2;
  return pos + 1;
}

// The separator of a header line: the most frequent of `,` `;` tab outside quotes; `,` when
// the header has a single column.
char detect_separator(std::string_view text, size_t pos) {
  std::array<int, 3> counts{};
  constexpr std::array<char, 3> kCandidates = {',', ';', '\t'};
  bool quoted = false;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (is_line_break(c)) break;
    for (size_t i = 0; i < kCandidates.size(); ++i)
      if (c == kCandidates[i]) ++counts[i];
  }
  size_t best = 0;
  for (size_t i = 1; i < counts.size(); ++i)
    if (counts[i] > counts[best]) best = i;
  return kCandidates[best];
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::string& path, char separator)
      : text_(text), path_(path), separator_(separator) {}

  bool at_end() const { return pos_ >= text_.size(); }
  int64_t line() const { return line_; }

  // One record from the current position to its line break (which quoted cells may hold).
  // `torn` is set when the text ended inside the record.
  std::vector<std::string> record(bool& torn) {
    std::vector<std::string> cells;
    const int64_t first_line = line_;
    torn = false;
    while (true) {
      skip_spaces();
      std::string cell;
      bool quoted = false;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        quoted = true;
        ++pos_;
        while (true) {
          if (pos_ >= text_.size()) {
            // The file ends inside the quote: a writer mid-line, or a quote never closed.
            if (line_ == first_line && !ends_with_line_break()) {
              torn = true;
              cells.push_back(std::move(cell));
              return cells;
            }
            throw Error(path_, "line " + std::to_string(first_line) + ": unterminated quote");
          }
          const char c = text_[pos_];
          if (c == '"') {
            if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
              cell += '"';
              pos_ += 2;
              continue;
            }
            ++pos_;
            break;
          }
          if (is_line_break(c)) {
            const size_t next = skip_line_break(text_, pos_);
            cell.append(text_.substr(pos_, next - pos_));
            pos_ = next;
            ++line_;
            continue;
          }
          cell += c;
          ++pos_;
        }
      }
      // Unquoted text, or what follows a closing quote, up to the next separator.
      const size_t start = pos_;
      while (pos_ < text_.size() && text_[pos_] != separator_ && !is_line_break(text_[pos_]))
        ++pos_;
      std::string_view rest = text_.substr(start, pos_ - start);
      while (!rest.empty() && is_space(rest.back())) rest.remove_suffix(1);
      if (!quoted || !rest.empty()) cell.append(rest);
      cells.push_back(std::move(cell));
      if (pos_ >= text_.size()) {
        torn = !ends_with_line_break();
        return cells;
      }
      if (text_[pos_] == separator_) {
        ++pos_;
        continue;
      }
      pos_ = skip_line_break(text_, pos_);
      ++line_;
      return cells;
    }
  }

 private:
  bool is_space(char c) const { return c == ' ' || (c == '\t' && separator_ != '\t'); }
  void skip_spaces() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
  }
  bool ends_with_line_break() const { return !text_.empty() && is_line_break(text_.back()); }

  std::string_view text_;
  const std::string& path_;
  char separator_;
  size_t pos_ = 0;
  int64_t line_ = 1;
};

bool blank(const std::vector<std::string>& cells) {
  return cells.size() == 1 && cells.front().empty();
}

// Keras' and pandas' names in one spelling: lower case, spaces and dashes as underscores.
std::string normalized(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (c == ' ' || c == '-')
      out += '_';
    else if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else
      out += c;
  }
  return out;
}

bool is_one_of(const std::string& name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (name == n) return true;
  return false;
}

}  // namespace

HistoryTable split_history_csv(const std::string& text, const std::string& path, size_t max_rows) {
  std::string_view view(text);
  if (view.substr(0, kByteOrderMark.size()) == kByteOrderMark)
    view.remove_prefix(kByteOrderMark.size());
  HistoryTable table;
  table.ends_with_line_break = view.empty() || is_line_break(view.back());
  // Leading blank lines are no header.
  size_t start = 0;
  int64_t skipped_lines = 0;
  while (start < view.size()) {
    size_t end = start;
    while (end < view.size() && (view[end] == ' ' || view[end] == '\t')) ++end;
    if (end >= view.size() || !is_line_break(view[end])) break;
    start = skip_line_break(view, end);
    ++skipped_lines;
  }
  if (start >= view.size()) throw Error(path, "is empty");
  table.separator = detect_separator(view, start);
  size_t header_end = start;
  while (header_end < view.size() && !is_line_break(view[header_end])) ++header_end;
  table.header_line = std::string(view.substr(start, header_end - start));

  Splitter splitter(view.substr(start), path, table.separator);
  bool torn = false;
  table.header = splitter.record(torn);
  while (!splitter.at_end() && table.rows.size() < max_rows) {
    const int64_t line = splitter.line() + skipped_lines;
    auto cells = splitter.record(torn);
    if (blank(cells)) continue;
    table.rows.push_back(std::move(cells));
    table.lines.push_back(line);
  }
  return table;
}

bool HistoryColumns::has_metric() const {
  return train_loss != kNone || train_accuracy != kNone || val_loss != kNone ||
         val_accuracy != kNone || learning_rate != kNone;
}

bool HistoryColumns::operator==(const HistoryColumns& o) const {
  return epoch == o.epoch && train_loss == o.train_loss && train_accuracy == o.train_accuracy &&
         val_loss == o.val_loss && val_accuracy == o.val_accuracy &&
         learning_rate == o.learning_rate && percent == o.percent &&
         epochs_from_one == o.epochs_from_one;
}

HistoryGuess guess_history_columns(const HistoryTable& table) {
  HistoryGuess guess;
  HistoryColumns& c = guess.columns;
  const auto take = [](int& slot, size_t index) {
    if (slot == HistoryColumns::kNone) slot = static_cast<int>(index);
  };
  for (size_t i = 0; i < table.header.size(); ++i) {
    const std::string name = normalized(table.header[i]);
    if (is_one_of(name, {"epoch", "epochs", "x"}) || (i == 0 && name.empty()))
      take(c.epoch, i);
    else if (is_one_of(name, {"loss", "train_loss", "training_loss"}))
      take(c.train_loss, i);
    else if (is_one_of(name,
                       {"acc", "accuracy", "train_acc", "train_accuracy", "training_accuracy"}))
      take(c.train_accuracy, i);
    else if (is_one_of(name, {"val_loss", "validation_loss"}))
      take(c.val_loss, i);
    else if (is_one_of(name, {"val_acc", "val_accuracy", "validation_acc", "validation_accuracy"}))
      take(c.val_accuracy, i);
    else if (is_one_of(name, {"lr", "learning_rate"}))
      take(c.learning_rate, i);
  }
  guess.complete = c.has_metric();
  c.percent = accuracy_looks_like_percent(table, c);
  c.epochs_from_one = epochs_look_one_based(table, c.epoch);
  return guess;
}

bool accuracy_looks_like_percent(const HistoryTable& table, const HistoryColumns& columns) {
  bool above_one = false;
  for (int column : {columns.train_accuracy, columns.val_accuracy}) {
    if (column < 0) continue;
    for (const auto& row : table.rows) {
      if (static_cast<size_t>(column) >= row.size()) continue;
      double value = 0;
      if (!parse_double(row[static_cast<size_t>(column)], value, NonFinite::Refused).empty())
        continue;
      if (value > 100) return false;
      above_one = above_one || value > 1;
    }
  }
  return above_one;
}

bool epochs_look_one_based(const HistoryTable& table, int epoch_column) {
  if (epoch_column < 0 || static_cast<size_t>(epoch_column) >= table.header.size()) return false;
  const std::string name = normalized(table.header[static_cast<size_t>(epoch_column)]);
  if (name.empty() || name == "epoch") return false;
  if (table.rows.empty() || static_cast<size_t>(epoch_column) >= table.rows.front().size())
    return false;
  int64_t first = 0;
  return parse_int64(table.rows.front()[static_cast<size_t>(epoch_column)], first).empty() &&
         first == 1;
}

std::string history_column_name(const HistoryTable& table, int column) {
  if (column >= 0 && static_cast<size_t>(column) < table.header.size() &&
      !table.header[static_cast<size_t>(column)].empty())
    return table.header[static_cast<size_t>(column)];
  return "column " + std::to_string(column + 1);
}

}  // namespace allcnn::runs
