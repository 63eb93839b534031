#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runs/csv_table.h"

namespace allcnn::runs {

/// Reads a CSV file of a run folder (batches.csv, epochs.csv, drift.csv) as it grows: each
/// read() parses only the bytes appended since the last one, and keeps an unfinished last line
/// (the writer is writing it, or was killed) for the next read. A run of the paper's length
/// writes half a million batch rows; following it costs what it appends, not what it holds.
/// No torch, no Qt. One thread at a time.
template <typename Row>
class TableFollower {
 public:
  TableFollower(std::string path, const CsvTable<Row>& table);

  /// What one read found.
  struct Update {
    std::vector<Row> rows;   ///< the complete lines appended since the last read
    bool restarted = false;  ///< the file was replaced or shortened: forget the earlier rows
  };

  /// Reads what was appended. A missing file has no rows (yet). Throws allcnn::Error naming
  /// the file and the line on a bad header or a malformed complete line; the follower is then
  /// back at the start of the file.
  Update read();

  const std::string& path() const { return path_; }
  /// The unfinished last line held for the next read (empty when the file ends in a newline).
  const std::string& partial() const { return partial_; }
  /// The number of the line `partial()` will be (1 is the header).
  int64_t next_line_number() const { return line_number_ + 1; }

 private:
  void reset();

  std::string path_;
  const CsvTable<Row>* table_;
  uint64_t offset_ = 0;  ///< bytes consumed, the partial line included
  std::string partial_;
  int64_t line_number_ = 0;  ///< complete lines seen, the header included
};

extern template class TableFollower<metrics::BatchMetrics>;
extern template class TableFollower<metrics::EpochRow>;
extern template class TableFollower<metrics::DriftRow>;
extern template class TableFollower<metrics::LrPoint>;
extern template class TableFollower<metrics::DiagnosticsRow>;
extern template class TableFollower<metrics::HistogramRow>;

}  // namespace allcnn::runs
