#include "runs/keras_history.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "common/checked_number.h"
#include "common/error.h"

namespace allcnn::runs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum class Column { Epoch, TrainLoss, TrainAccuracy, ValLoss, ValAccuracy, LearningRate, Ignored };

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.pop_back();
  size_t start = 0;
  while (start < s.size() && s[start] == ' ') ++start;
  s = s.substr(start);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  return s;
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, ',')) out.push_back(trimmed(field));
  if (!line.empty() && line.back() == ',') out.emplace_back();  // a trailing empty field
  return out;
}

Column column_of(const std::string& name, size_t index) {
  if (name == "epoch" || (index == 0 && name.empty())) return Column::Epoch;
  if (name == "loss") return Column::TrainLoss;
  if (name == "acc" || name == "accuracy") return Column::TrainAccuracy;
  if (name == "val_loss") return Column::ValLoss;
  if (name == "val_acc" || name == "val_accuracy") return Column::ValAccuracy;
  if (name == "lr" || name == "learning_rate") return Column::LearningRate;
  return Column::Ignored;
}

// Keras writes NA for a metric missing from an epoch; pandas writes an empty cell or nan.
double metric(const std::string& field, const TextField& at) {
  if (field.empty() || field == "NA" || field == "nan" || field == "NaN") return kNaN;
  return double_field(field, at, NonFinite::Allowed);
}

}  // namespace

RunRecord parse_keras_history(const std::string& text, const std::string& path) {
  RunRecord record;
  record.dir = path;
  record.state = "imported";
  record.config = {{"name", std::filesystem::path(path).stem().string()},
                   {"source", "keras-csv"},
                   {"file", path}};
  std::istringstream lines(text);
  std::string line;
  if (!std::getline(lines, line) || trimmed(line).empty()) throw Error(path, "is empty");
  const auto header = fields(trimmed(line));
  std::vector<Column> columns;
  bool any_metric = false, has_epoch = false;
  for (size_t i = 0; i < header.size(); ++i) {
    columns.push_back(column_of(header[i], i));
    if (columns.back() == Column::Epoch)
      has_epoch = true;
    else if (columns.back() != Column::Ignored)
      any_metric = true;
    else
      record.warnings.push_back(path + ": ignored the column '" + header[i] + "'");
  }
  if (!any_metric)
    throw Error(path,
                "has no Keras history columns (expected loss, acc or accuracy, val_loss, "
                "val_acc or val_accuracy) in the header " +
                    quoted_excerpt(trimmed(line)));

  const bool complete = text.empty() || text.back() == '\n';
  int64_t line_number = 1;
  while (std::getline(lines, line)) {
    ++line_number;
    const bool last = lines.peek() == EOF;
    if (trimmed(line).empty()) continue;
    const auto values = fields(trimmed(line));
    metrics::EpochRow row;
    row.epoch = static_cast<int64_t>(record.epochs.size());
    row.train_loss = row.train_accuracy = row.val_loss = row.val_accuracy = kNaN;
    row.learning_rate = row.elapsed_s = kNaN;
    try {
      if (values.size() != columns.size())
        throw Error(path, "line " + std::to_string(line_number) + " has " +
                              std::to_string(values.size()) + " fields, expected " +
                              std::to_string(columns.size()));
      for (size_t i = 0; i < columns.size(); ++i) {
        const TextField at{path, line_number,
                           header[i].empty() ? std::string_view("epoch") : header[i]};
        switch (columns[i]) {
          case Column::Epoch:
            row.epoch = int64_field(values[i], at, 0);
            break;
          case Column::TrainLoss:
            row.train_loss = metric(values[i], at);
            break;
          case Column::TrainAccuracy:
            row.train_accuracy = metric(values[i], at);
            break;
          case Column::ValLoss:
            row.val_loss = metric(values[i], at);
            break;
          case Column::ValAccuracy:
            row.val_accuracy = metric(values[i], at);
            break;
          case Column::LearningRate:
            row.learning_rate = metric(values[i], at);
            break;
          case Column::Ignored:
            break;
        }
      }
    } catch (const Error&) {
      if (!(last && !complete)) throw;
      record.warnings.push_back(path + ": dropped the unfinished last line " +
                                std::to_string(line_number));
      continue;
    }
    record.epochs.push_back(row);
  }
  (void)has_epoch;
  if (record.epochs.empty()) throw Error(path, "has a header but no epochs");
  return record;
}

RunRecord read_keras_history(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot be opened");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse_keras_history(text, path);
}

}  // namespace allcnn::runs
