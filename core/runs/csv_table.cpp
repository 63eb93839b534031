#include "runs/csv_table.h"

#include <algorithm>
#include <cstdio>
#include <type_traits>

#include "common/checked_number.h"

namespace allcnn::runs {

namespace {

using metrics::BatchMetrics;
using metrics::DiagnosticsRow;
using metrics::DriftRow;
using metrics::EpochRow;
using metrics::HistogramRow;
using metrics::LrPoint;

size_t field_count(std::string_view line) {
  return static_cast<size_t>(std::count(line.begin(), line.end(), ',')) + 1;
}

}  // namespace

template <typename Row>
CsvTable<Row>::CsvTable(std::vector<Column<Row>> columns) : columns_(std::move(columns)) {
  for (const auto& column : columns_) {
    const char* separator = header_.empty() ? "" : ",";
    header_ += separator + std::string(column.name);
    alternate_header_ +=
        separator + std::string(column.alternate_name ? column.alternate_name : column.name);
  }
}

template <typename Row>
std::string CsvTable<Row>::format(const Row& row) const {
  std::string line;
  char text[64];
  for (const auto& column : columns_) {
    if (!line.empty()) line += ',';
    std::visit(
        [&](auto member) {
          const auto& value = row.*member;
          using Value = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<Value, std::string>) {
            line += value;
          } else if constexpr (std::is_same_v<Value, bool>) {
            line += value ? '1' : '0';
          } else if constexpr (std::is_same_v<Value, int64_t>) {
            line += std::to_string(value);
          } else {
            const int n = std::snprintf(text, sizeof text, column.format, value);
            line.append(text, static_cast<size_t>(n));
          }
        },
        column.field);
  }
  return line + '\n';
}

template <typename Row>
std::string CsvTable<Row>::parse(std::string_view line, Row& row) const {
  // The count is checked before any field (a short line says so, not that its last field is
  // bad); then each field is a view into the line: a valid line allocates nothing.
  const size_t fields = field_count(line);
  if (fields != columns_.size())
    return " has " + std::to_string(fields) + " fields, expected " +
           std::to_string(columns_.size());
  size_t start = 0;
  for (size_t i = 0; i < columns_.size(); ++i) {
    const auto& column = columns_[i];
    const size_t end = i + 1 < columns_.size() ? line.find(',', start) : line.size();
    const std::string_view text = line.substr(start, end - start);
    start = end + 1;
    const std::string problem = std::visit(
        [&](auto member) -> std::string {
          auto& value = row.*member;
          using Value = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<Value, std::string>) {
            value = std::string(text);
            return {};
          } else if constexpr (std::is_same_v<Value, bool>) {
            if (text != "0" && text != "1") return quoted_excerpt(text) + " is not 0 or 1";
            value = text == "1";
            return {};
          } else if constexpr (std::is_same_v<Value, int64_t>) {
            return parse_int64(text, value, column.min_integer);
          } else {
            return parse_double(text, value, NonFinite::Allowed);
          }
        },
        column.field);
    if (!problem.empty()) return ", " + std::string(column.name) + ": " + problem;
  }
  return {};
}

template class CsvTable<BatchMetrics>;
template class CsvTable<EpochRow>;
template class CsvTable<DriftRow>;
template class CsvTable<LrPoint>;
template class CsvTable<DiagnosticsRow>;
template class CsvTable<HistogramRow>;

const CsvTable<BatchMetrics>& batches_table() {
  static const CsvTable<BatchMetrics> table({
      {"step", &BatchMetrics::step},
      {"epoch", &BatchMetrics::epoch},
      {"batch", &BatchMetrics::batch},
      {"loss", &BatchMetrics::loss},
      {"accuracy", &BatchMetrics::accuracy},
      {"learning_rate", &BatchMetrics::learning_rate},
      {"images_per_second", &BatchMetrics::images_per_second, "%.6g"},
      {"elapsed_s", &BatchMetrics::elapsed_s, "%.6f"},
  });
  return table;
}

const CsvTable<EpochRow>& epochs_table() {
  static const CsvTable<EpochRow> table({
      {"epoch", &EpochRow::epoch},
      {"train_loss", &EpochRow::train_loss},
      {"train_accuracy", &EpochRow::train_accuracy},
      {"val_loss", &EpochRow::val_loss, "%.9g", 0, "test_loss"},
      {"val_accuracy", &EpochRow::val_accuracy, "%.9g", 0, "test_accuracy"},
      {"learning_rate", &EpochRow::learning_rate},
      {"elapsed_s", &EpochRow::elapsed_s, "%.6f"},
      {"best", &EpochRow::best},
  });
  return table;
}

const CsvTable<DriftRow>& drift_table() {
  static const CsvTable<DriftRow> table({
      {"epoch", &DriftRow::epoch, "%.9g", -1},
      {"layer", &DriftRow::layer},
      {"variance", &DriftRow::variance},
      {"mean", &DriftRow::mean},
      {"dead_fraction", &DriftRow::dead_fraction},
  });
  return table;
}

const CsvTable<DiagnosticsRow>& diagnostics_table() {
  static const CsvTable<DiagnosticsRow> table({
      {"step", &DiagnosticsRow::step},
      {"epoch", &DiagnosticsRow::epoch},
      {"layer", &DiagnosticsRow::layer},
      {"dead_fraction", &DiagnosticsRow::dead_fraction, "%.6g"},
      {"weight_norm", &DiagnosticsRow::weight_norm},
      {"grad_norm", &DiagnosticsRow::grad_norm},
  });
  return table;
}

const CsvTable<HistogramRow>& histograms_table() {
  static const CsvTable<HistogramRow> table({
      {"epoch", &HistogramRow::epoch},
      {"layer", &HistogramRow::layer},
      {"tensor", &HistogramRow::tensor},
      {"low", &HistogramRow::low},
      {"high", &HistogramRow::high},
      {"count", &HistogramRow::count},
  });
  return table;
}

const CsvTable<LrPoint>& lr_find_table() {
  static const CsvTable<LrPoint> table({
      {"step", &LrPoint::step},
      {"learning_rate", &LrPoint::learning_rate},
      {"loss", &LrPoint::loss},
      {"smoothed_loss", &LrPoint::smoothed_loss},
  });
  return table;
}

}  // namespace allcnn::runs
