#pragma once

// The columns of a run folder's CSV files (batches.csv, epochs.csv, drift.csv), each named
// once: the writer formats its rows through a table and the reader checks the header and
// parses the rows through the same one, so the two cannot drift apart. No torch; the tables
// are immutable after their first use and may be used from any thread.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "metrics/rows.h"

namespace allcnn::runs {

/// One column of a CSV file whose rows are `Row`s: its name in the header and the field of
/// Row it holds. Doubles are written with `format` (printf), integers as integers, flags as
/// 0 or 1; text must not contain a comma or a newline. Read back, numbers go through the
/// checked conversions (common/checked_number.h); integers must be at least `min_integer`,
/// doubles may be nan or inf (a diverged loss is).
template <typename Row>
struct Column {
  const char* name;
  std::variant<int64_t Row::*, double Row::*, bool Row::*, std::string Row::*> field;
  const char* format = "%.9g";
  int64_t min_integer = 0;
  /// The column's name in the table's alternate header (nullptr: the same name).
  const char* alternate_name = nullptr;
};

/// The columns of one CSV file, in order.
template <typename Row>
class CsvTable {
 public:
  explicit CsvTable(std::vector<Column<Row>> columns);

  /// The header line, without its newline: the column names joined by commas.
  const std::string& header() const { return header_; }
  /// The header with each column's alternate name (the same as header() when none has one).
  const std::string& alternate_header() const { return alternate_header_; }
  /// Whether `line` is header() or alternate_header().
  bool accepts_header(std::string_view line) const {
    return line == header_ || line == alternate_header_;
  }
  size_t size() const { return columns_.size(); }
  /// One line for `row`, with its newline.
  std::string format(const Row& row) const;
  /// Fills `row` from one line (without its newline). Returns an empty string, or why the line
  /// does not parse, worded to follow "line N": " has 3 fields, expected 8", or naming the
  /// column: ", step: '1e300' is out of range for an integer".
  std::string parse(std::string_view line, Row& row) const;

 private:
  std::vector<Column<Row>> columns_;
  std::string header_;
  std::string alternate_header_;
};

/// batches.csv: step,epoch,batch,loss,accuracy,learning_rate,images_per_second,elapsed_s.
const CsvTable<metrics::BatchMetrics>& batches_table();
/// epochs.csv: epoch,train_loss,train_accuracy,val_loss,val_accuracy,learning_rate,elapsed_s,
/// best. A run without a validation split writes the alternate header, whose evaluation
/// columns are test_loss,test_accuracy; both read into the same EpochRow fields.
const CsvTable<metrics::EpochRow>& epochs_table();
/// drift.csv: epoch,layer,variance,mean,dead_fraction.
const CsvTable<metrics::DriftRow>& drift_table();
/// diagnostics.csv: step,epoch,layer,dead_fraction,weight_norm,grad_norm.
const CsvTable<metrics::DiagnosticsRow>& diagnostics_table();
/// histograms.csv: epoch,layer,tensor,low,high,count.
const CsvTable<metrics::HistogramRow>& histograms_table();
/// lr_find.csv (a learning-rate range test): step,learning_rate,loss,smoothed_loss.
const CsvTable<metrics::LrPoint>& lr_find_table();

}  // namespace allcnn::runs
