#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "init/lsuv_trace.h"
#include "metrics/rows.h"
#include "runs/run_folder.h"

namespace allcnn::runs {

/// Appends rows to a run folder's files: batches.csv, epochs.csv with evaluations.jsonl,
/// drift.csv, diagnostics.csv, histograms.csv and lsuv.csv. Each row is written with one write and
/// flushed at once, so a crash loses at most the row in flight. Throws allcnn::Error naming the
/// file when a write fails (a full disk). One thread at a time (the Trainer's).
class RunWriter {
 public:
  /// Opens `folder` (which must exist) for appending; `truncate_to_step`/`truncate_to_epoch`
  /// drop rows at or past that point first (a resumed run replays them). A new epochs.csv
  /// names its evaluation columns after `evaluated`: val_* (the default) or test_*.
  explicit RunWriter(RunFolder folder, int64_t truncate_to_step = -1,
                     int64_t truncate_to_epoch = -1,
                     metrics::EvaluatedSplit evaluated = metrics::EvaluatedSplit::Validation);
  ~RunWriter();
  RunWriter(const RunWriter&) = delete;
  RunWriter& operator=(const RunWriter&) = delete;

  void append_batch(const metrics::BatchMetrics& row);
  void append_epoch(const metrics::EpochMetrics& row);
  void write_lsuv(const init::LsuvTrace& trace);
  /// Writes test.json atomically.
  void write_test(const metrics::TestResults& results);
  void append_drift(int64_t epoch, const std::vector<init::LayerStatistics>& layers);
  /// One window's rows, in one write.
  void append_diagnostics(const std::vector<metrics::DiagnosticsRow>& rows);
  /// One epoch's histogram bins, in one write.
  void append_histograms(const std::vector<metrics::HistogramRow>& rows);

 private:
  RunFolder folder_;
  std::FILE* batches_ = nullptr;
  std::FILE* epochs_ = nullptr;
  std::FILE* evaluations_ = nullptr;
  std::FILE* drift_ = nullptr;
  std::FILE* diagnostics_ = nullptr;
  std::FILE* histograms_ = nullptr;
};

}  // namespace allcnn::runs
