#include "runs/keras_history.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>

#include "common/checked_number.h"
#include "common/error.h"

namespace allcnn::runs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Histories write NA (Keras), an empty cell or nan (pandas) for a metric missing from an epoch.
// Where cells are split by `;` or tab, a spreadsheet may have written a decimal comma.
double metric(std::string cell, const TextField& at, char separator) {
  if (cell.empty() || cell == "NA" || cell == "nan" || cell == "NaN") return kNaN;
  if (separator != ',' && cell.find('.') == std::string::npos) {
    const size_t comma = cell.find(',');
    if (comma != std::string::npos && cell.find(',', comma + 1) == std::string::npos)
      cell[comma] = '.';
  }
  return double_field(cell, at, NonFinite::Allowed);
}

// Each metric a mapping can name: its column in the mapping, its field of the epoch row, and
// whether it is an accuracy (divided by 100 when the history is in percent).
struct MetricColumn {
  int HistoryColumns::*column;
  double metrics::EpochRow::*field;
  bool accuracy;
};
constexpr MetricColumn kMetricColumns[] = {
    {&HistoryColumns::train_loss, &metrics::EpochRow::train_loss, false},
    {&HistoryColumns::train_accuracy, &metrics::EpochRow::train_accuracy, true},
    {&HistoryColumns::val_loss, &metrics::EpochRow::val_loss, false},
    {&HistoryColumns::val_accuracy, &metrics::EpochRow::val_accuracy, true},
    {&HistoryColumns::learning_rate, &metrics::EpochRow::learning_rate, false},
};

// The columns a mapping names: the epoch's, then each metric's (kNone where unmapped).
std::vector<int> mapped_columns(const HistoryColumns& columns) {
  std::vector<int> out{columns.epoch};
  for (const auto& m : kMetricColumns) out.push_back(columns.*m.column);
  return out;
}

void check_columns(const HistoryTable& table, const std::string& path,
                   const HistoryColumns& columns) {
  if (!columns.has_metric()) throw Error(path, "the column mapping names no metric column");
  for (int column : mapped_columns(columns)) {
    if (column == HistoryColumns::kNone) continue;
    if (column < 0 || static_cast<size_t>(column) >= table.header.size())
      throw Error(path, "has no column " + std::to_string(column + 1) + " (its header has " +
                            std::to_string(table.header.size()) + ")");
  }
}

RunRecord read_table(const HistoryTable& table, const std::string& path,
                     const HistoryColumns& columns) {
  check_columns(table, path, columns);
  RunRecord record;
  record.dir = path;
  record.state = "imported";
  record.config = {{"name", std::filesystem::path(path).stem().string()},
                   {"source", "history-csv"},
                   {"file", path}};
  const int width = static_cast<int>(table.header.size());
  const std::vector<int> mapped_list = mapped_columns(columns);
  std::vector<std::string> names(table.header.size());
  for (int i = 0; i < width; ++i) {
    names[static_cast<size_t>(i)] =
        i == columns.epoch && table.header[static_cast<size_t>(i)].empty()
            ? std::string("epoch")
            : history_column_name(table, i);
    if (std::find(mapped_list.begin(), mapped_list.end(), i) == mapped_list.end())
      record.warnings.push_back(path + ": ignored the column '" + names[static_cast<size_t>(i)] +
                                "'");
  }
  const double accuracy_divisor = columns.percent ? 100.0 : 1.0;
  const int64_t first_epoch = columns.epochs_from_one ? 1 : 0;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const auto& cells = table.rows[r];
    const int64_t line = table.lines[r];
    const bool last = r + 1 == table.rows.size();
    metrics::EpochRow row;
    row.epoch = static_cast<int64_t>(record.epochs.size());
    row.train_loss = row.train_accuracy = row.val_loss = row.val_accuracy = kNaN;
    row.learning_rate = row.elapsed_s = kNaN;
    try {
      if (cells.size() != table.header.size())
        throw Error(path, "line " + std::to_string(line) + " has " + std::to_string(cells.size()) +
                              " fields, expected " + std::to_string(table.header.size()));
      const auto at = [&](int column) {
        return TextField{path, line, names[static_cast<size_t>(column)]};
      };
      const auto cell = [&](int column) { return cells[static_cast<size_t>(column)]; };
      if (columns.epoch != HistoryColumns::kNone)
        row.epoch = int64_field(cell(columns.epoch), at(columns.epoch), first_epoch) - first_epoch;
      for (const auto& m : kMetricColumns) {
        const int column = columns.*m.column;
        if (column == HistoryColumns::kNone) continue;
        row.*m.field = metric(cell(column), at(column), table.separator) /
                       (m.accuracy ? accuracy_divisor : 1.0);
      }
    } catch (const Error&) {
      if (!(last && !table.ends_with_line_break)) throw;
      record.warnings.push_back(path + ": dropped the unfinished last line " +
                                std::to_string(line));
      continue;
    }
    record.epochs.push_back(row);
  }
  if (record.epochs.empty()) throw Error(path, "has a header but no epochs");
  return record;
}

}  // namespace

RunRecord parse_history(const std::string& text, const std::string& path,
                        const HistoryColumns& columns) {
  return read_table(split_history_csv(text, path), path, columns);
}

std::string read_history_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot be opened");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(path, "could not be read");
  return text;
}

RunRecord parse_keras_history(const std::string& text, const std::string& path) {
  const HistoryTable table = split_history_csv(text, path);
  const HistoryGuess guess = guess_history_columns(table);
  if (!guess.complete)
    throw Error(path,
                "has no known history columns (expected loss, acc or accuracy, val_loss, "
                "val_acc or val_accuracy) in the header " +
                    quoted_excerpt(table.header_line));
  RunRecord record = read_table(table, path, guess.columns);
  record.config["source"] = "keras-csv";
  return record;
}

RunRecord read_keras_history(const std::string& path) {
  return parse_keras_history(read_history_text(path), path);
}

}  // namespace allcnn::runs
