#pragma once

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "init/lsuv_trace.h"
#include "metrics/rows.h"
#include "runs/run_folder.h"

namespace allcnn::runs {

/// A run folder read back: what the compare view, the visualizers and `allcnn eval` use.
struct RunRecord {
  std::string dir;
  nlohmann::json config;  ///< config.json as written (the settings plus provenance)
  config::Provenance provenance;
  std::string state;  ///< running, finished, stopped, failed (from the status file), unknown
  Reason reason;      ///< why it stopped or failed
  std::vector<metrics::BatchMetrics> batches;
  std::vector<metrics::EpochRow> epochs;
  std::optional<init::LsuvTrace> lsuv;
  std::vector<metrics::DriftRow> drift;
  std::vector<metrics::DiagnosticsRow> diagnostics;
  std::vector<metrics::HistogramRow> histograms;
  /// What the epochs' evaluation columns (and evaluations.jsonl) are of.
  metrics::EvaluatedSplit evaluated_split = metrics::EvaluatedSplit::Test;
  /// The last epoch's evaluation on that split (per-class accuracy, confusion), if any.
  std::optional<metrics::Evaluation> last_evaluation;
  /// test.json: a finished run with a validation split's best and last checkpoints on test.
  std::optional<metrics::TestResults> test;
  /// Problems found while reading that did not prevent it (a half-written last line, ...).
  std::vector<std::string> warnings;
};

/// What a list of runs shows of each, read without the per-batch rows (config.json, the
/// status and epochs.csv), so a folder of many long runs lists quickly.
struct RunSummary {
  std::string dir;
  std::string name;  ///< the folder's name
  nlohmann::json config;
  config::Provenance provenance;
  std::string state;  ///< as RunFolder::read_status says: a dead "running" is "interrupted"
  Reason reason;
  int64_t epochs_done = 0;
  int64_t epochs_planned = 0;  ///< config.json's epochs (0 when absent)
  /// What best_accuracy is of: validation, or test (--validation 0 and older runs).
  metrics::EvaluatedSplit evaluated_split = metrics::EvaluatedSplit::Test;
  double best_accuracy = -1.0;  ///< the best evaluated accuracy of a finished epoch; -1: none
  int64_t best_epoch = -1;      ///< 0-based
  /// test.json, when the run has a validation split and has finished.
  std::optional<metrics::TestResults> test;
  /// The last finished epoch's training loss and seconds since the start; NaN before one.
  double last_train_loss = std::numeric_limits<double>::quiet_NaN();
  double last_elapsed_s = std::numeric_limits<double>::quiet_NaN();
  /// When the run last wrote a record (status, CSVs, checkpoint), seconds since the epoch.
  int64_t last_write = 0;
  std::vector<std::string> warnings;
};

/// The split a run's config.json says its epochs are evaluated on: Validation when its
/// "validation" is above 0; Test otherwise, also for runs from before the setting existed
/// (their val_* columns were test evaluations).
metrics::EvaluatedSplit evaluated_split(const nlohmann::json& config);

/// A run folder's test.json (`path`): nullopt when it is absent, and when it is malformed, with
/// a warning added. Any thread.
std::optional<metrics::TestResults> read_test_results(const std::string& path,
                                                      std::vector<std::string>& warnings);

/// Summarizes one run folder; throws allcnn::Error naming the file like read_run. Any thread.
RunSummary summarize_run(const std::string& dir);

/// The run folders directly inside `runs_dir` (those with a config.json), sorted by name.
/// Throws allcnn::Error when `runs_dir` is not a readable folder.
std::vector<std::string> list_run_folders(const std::string& runs_dir);

/// A run folder's training diagnostics alone: what the workbench reads again each time a live
/// run records a window, without the per-batch rows that read_run also reads.
struct RunDiagnostics {
  std::vector<metrics::DiagnosticsRow> windows;   ///< diagnostics.csv, in file order
  std::vector<metrics::HistogramRow> histograms;  ///< histograms.csv, in file order
  std::vector<std::string> warnings;
};

/// Reads diagnostics.csv and histograms.csv of a run folder (a missing file has no rows);
/// throws allcnn::Error like read_run. Any thread.
RunDiagnostics read_diagnostics(const std::string& dir);

/// Reads a run folder. A missing or unparsable config.json throws allcnn::Error naming the
/// file; so does a malformed CSV line, naming the file, the line and the column. A torn last
/// line (a run being written, or killed) is dropped with a warning. Any thread.
RunRecord read_run(const std::string& dir);

}  // namespace allcnn::runs
