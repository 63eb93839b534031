#pragma once

// The one owner of a run folder's layout: its file names, creating it, config.json with its
// provenance, the status file and the checkpoint paths. Everything that writes or finds a
// file of a run goes through here (the CSV rows through RunWriter and read_run, which use
// the same names). No torch.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "common/message.h"
#include "config/provenance.h"

namespace allcnn::runs {

/// File names inside a run folder.
inline constexpr const char* kConfigFile = "config.json";
inline constexpr const char* kBatchesFile = "batches.csv";
inline constexpr const char* kEpochsFile = "epochs.csv";
inline constexpr const char* kLsuvFile = "lsuv.csv";
inline constexpr const char* kStatusFile = "status";
/// Per-layer activation statistics on the fixed probe batch (epoch -1: right after
/// initialization); columns in csv_table.h.
inline constexpr const char* kDriftFile = "drift.csv";
/// The training diagnostics, per convolution and window of RunConfig::diagnostics_every
/// batches (dead ReLUs, weight and gradient norms); columns in csv_table.h.
inline constexpr const char* kDiagnosticsFile = "diagnostics.csv";
/// Histograms of each convolution's weights and gradients at the end of every epoch.
inline constexpr const char* kHistogramsFile = "histograms.csv";
/// One JSON object per line and epoch: {"epoch", "count", "per_class_accuracy", "confusion"}.
inline constexpr const char* kEvaluationsFile = "evaluations.jsonl";
/// A run with a validation split, once finished: its best and last checkpoints on the test
/// split, {"best": {"epoch", "loss", "accuracy", "count", "per_class_accuracy", "confusion"},
/// "last": {...}}.
inline constexpr const char* kTestFile = "test.json";
inline constexpr const char* kCheckpointsDir = "checkpoints";
/// Where `allcnn export` and File > Export run... write by default (model-best.pt,
/// tensorboard/).
inline constexpr const char* kExportDir = "export";
/// Learning-rate range tests are folders of their own kind, in this folder of the runs folder
/// (so lists of training runs never show them): config.json (the settings, plus "lr_find":
/// the test's range), status, lr_find.csv (LrPoint rows) and lr_find.json (the outcome).
inline constexpr const char* kLrFindDir = "lr-find";
inline constexpr const char* kLrFindFile = "lr_find.csv";
inline constexpr const char* kLrFindResultFile = "lr_find.json";

/// The checkpoints a run keeps: the latest position, and the best accuracy so far on the
/// evaluated split (validation, else test).
enum class Checkpoint { Last, Best };
/// "last", "best".
const char* to_string(Checkpoint which);
/// "last" or "best"; anything else throws allcnn::Error("checkpoint", why).
Checkpoint checkpoint_from_string(const std::string& name);

/// What the status file says: running, finished, stopped or failed, and why; and, while it
/// trains, which process does (the status file's "pid:", "host:" and "started:" lines).
struct RunStatus {
  /// "unknown" when there is no status file yet; "interrupted" (from read_status) when it says
  /// running but no process holds the folder's lock.
  std::string state = "unknown";
  Reason reason;
  int64_t pid = 0;
  std::string host;
  std::string started;  ///< when that process took the run, local time, ISO 8601

  /// The recorded process, "pid 4242 on gpu-3 since 2026-...", or "another process" when the
  /// status names none.
  std::string owner() const;
};

/// A run folder by its path. A value: copy it freely. Its methods touch the file system and
/// may be called from any thread, but one thread at a time writes a given folder (the
/// Trainer's, while it trains).
class RunFolder {
 public:
  /// Creates `runs_dir`/`name` with its checkpoints folder. An empty `name` becomes
  /// `prefix`-<date>-<time>, with -2, -3, ... appended while that exists; a given `name` that
  /// exists already, or one that is not a plain folder name, throws allcnn::Error.
  static RunFolder create(const std::string& runs_dir, const std::string& name,
                          const std::string& prefix);
  /// An existing run folder: throws allcnn::Error naming `dir` when it is not a folder or has
  /// no config.json.
  static RunFolder open(const std::string& dir);
  /// `dir` as it is, unchecked (for a folder being written or examined).
  explicit RunFolder(std::string dir) : dir_(std::move(dir)) {}

  const std::string& dir() const { return dir_; }
  /// The folder's own name, its last path component.
  std::string name() const;
  /// The path of `file` (one of the k...File names) inside the folder.
  std::string path(const char* file) const;
  std::string checkpoint_path(Checkpoint which) const;

  /// Writes config.json atomically: `settings` (a JSON object) plus `provenance`, whose
  /// created and host are filled in here when empty.
  void write_config(nlohmann::json settings, config::Provenance provenance) const;
  /// Replaces the `changed` settings in config.json, keeping the others and the provenance (a
  /// resumed run given more epochs, another device, ...).
  void update_config(const nlohmann::json& changed) const;
  /// config.json as written (settings and provenance). Throws allcnn::Error naming the file
  /// when it is missing, not JSON, or not an object.
  nlohmann::json read_config() const;

  /// Removes what training wrote (the CSVs, evaluations, LSUV trace, checkpoints), keeping
  /// config.json, the status and the notes: a run that starts again from step 0.
  void clear_records() const;

  /// Writes the status file atomically: "running", "finished", "stopped: why", "failed: why".
  /// "running" records this process (pid, host, now) as the one training the run.
  void write_status(const std::string& state, const Reason& reason = {}) const;
  /// The status as it is: a "running" whose process is gone (the folder's RunLock is free)
  /// reads as "interrupted", naming that process.
  RunStatus read_status() const;
  /// The status file's words as written, without the liveness check.
  RunStatus read_recorded_status() const;

 private:
  std::string dir_;
};

}  // namespace allcnn::runs
