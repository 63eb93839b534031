#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "init/lsuv.h"
#include "train/metrics.h"

namespace allcnn::runs {

/// File names inside a run folder.
inline constexpr const char* kConfigFile = "config.json";
inline constexpr const char* kBatchesFile = "batches.csv";
inline constexpr const char* kEpochsFile = "epochs.csv";
inline constexpr const char* kLsuvFile = "lsuv.csv";
inline constexpr const char* kStatusFile = "status";
/// Per-layer activation statistics on the fixed probe batch:
/// epoch,layer,variance,mean,dead_fraction (epoch -1: right after initialization).
inline constexpr const char* kDriftFile = "drift.csv";
/// One JSON object per line and epoch: {"epoch", "per_class_accuracy", "confusion"}.
inline constexpr const char* kEvaluationsFile = "evaluations.jsonl";
inline constexpr const char* kCheckpointsDir = "checkpoints";

/// One epoch row of epochs.csv (per-class accuracy and the confusion matrix live in
/// evaluations.jsonl, to keep the CSV flat).
struct EpochRow {
  int64_t epoch = 0;
  double train_loss = 0, train_accuracy = 0, val_loss = 0, val_accuracy = 0;
  double learning_rate = 0, elapsed_s = 0;
};

/// A run folder read back: what the compare view, the visualizers and `allcnn eval` use.
/// One row of drift.csv.
struct DriftRow {
  int64_t epoch = -1;  ///< -1: after initialization, before training
  std::string layer;
  double variance = 0, mean = 0, dead_fraction = 0;
};

struct RunRecord {
  std::string dir;
  nlohmann::json config;  ///< config.json as written (RunConfig keys plus provenance)
  std::string state;      ///< running, finished, stopped, failed (from the status file)
  std::string reason;     ///< why it stopped or failed
  std::vector<train::BatchMetrics> batches;
  std::vector<EpochRow> epochs;
  std::optional<init::LsuvTrace> lsuv;
  std::vector<DriftRow> drift;
  /// The last epoch's evaluation on the test split (per-class accuracy, confusion), if any.
  std::optional<train::Evaluation> last_evaluation;
  /// Problems found while reading that did not prevent it (a half-written last line, ...).
  std::vector<std::string> warnings;
};

/// Reads a run folder. A missing or unparsable config.json throws allcnn::Error naming the
/// file; a torn last CSV line (a run being written, or killed) is dropped with a warning.
RunRecord read_run(const std::string& dir);

/// Appends rows to a run folder's CSVs and maintains its status file. Each row is written with
/// one write and flushed at once, so a crash loses at most the row in flight. Throws
/// allcnn::Error naming the file when a write fails (a full disk).
class RunWriter {
 public:
  /// Opens `dir` (which must exist) for appending; `truncate_to_step`/`truncate_to_epoch` drop
  /// rows at or past that point first (a resumed run replays them).
  explicit RunWriter(std::string dir, int64_t truncate_to_step = -1,
                     int64_t truncate_to_epoch = -1);
  ~RunWriter();
  RunWriter(const RunWriter&) = delete;
  RunWriter& operator=(const RunWriter&) = delete;

  void append_batch(const train::BatchMetrics& row);
  void append_epoch(const train::EpochMetrics& row);
  void write_lsuv(const init::LsuvTrace& trace);
  void append_drift(int64_t epoch, const std::vector<init::LayerStatistics>& layers);
  /// Writes the status file atomically: "running", "finished", "stopped: why", "failed: why".
  void set_status(const std::string& state, const std::string& reason = {});

 private:
  std::string dir_;
  std::FILE* batches_ = nullptr;
  std::FILE* epochs_ = nullptr;
  std::FILE* evaluations_ = nullptr;
  std::FILE* drift_ = nullptr;
};

/// Writes `contents` to `path` atomically: a temporary file in the same folder, flushed and
/// synced, then renamed over `path`. Throws allcnn::Error naming `path` on failure.
void write_file_atomically(const std::string& path, const std::string& contents);

}  // namespace allcnn::runs
