#pragma once

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
  std::string state;   ///< running, finished, stopped, failed (from the status file), unknown
  std::string reason;  ///< why it stopped or failed
  std::vector<metrics::BatchMetrics> batches;
  std::vector<metrics::EpochRow> epochs;
  std::optional<init::LsuvTrace> lsuv;
  std::vector<metrics::DriftRow> drift;
  /// The last epoch's evaluation on the test split (per-class accuracy, confusion), if any.
  std::optional<metrics::Evaluation> last_evaluation;
  /// Problems found while reading that did not prevent it (a half-written last line, ...).
  std::vector<std::string> warnings;
};

/// Reads a run folder. A missing or unparsable config.json throws allcnn::Error naming the
/// file; so does a malformed CSV line, naming the file, the line and the column. A torn last
/// line (a run being written, or killed) is dropped with a warning. Any thread.
RunRecord read_run(const std::string& dir);

}  // namespace allcnn::runs
