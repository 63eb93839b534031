#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <torch/types.h>

#include "config/provenance.h"
#include "config/run_config.h"
#include "config/setting_changes.h"
#include "init/lsuv.h"
#include "metrics/rows.h"

namespace allcnn::dist {
class ProcessGroup;
}

namespace allcnn::train {

/// Shared between the thread that runs Trainer::run() and any thread that controls it.
/// The Trainer looks at it before every batch (of training, of the evaluation, and between
/// LSUV's layers), so a request takes effect within one batch.
struct RunControl {
  std::atomic<bool> stop{false};
  std::atomic<bool> pause{false};
};

/// Called on the training thread; keep them short (copy the values out and return).
/// Any of them may be empty.
struct TrainerCallbacks {
  std::function<void(const metrics::BatchMetrics&)> on_batch;
  std::function<void(const metrics::EpochMetrics&)> on_epoch;
  std::function<void(const init::LsuvTrace&)> on_lsuv;
  /// The end-of-epoch evaluation: (test images done, total) before each of its batches.
  std::function<void(int64_t done, int64_t total)> on_evaluation;
  /// Progress for people: "loading fashion-mnist from ...", "LSUV done in 812 ms", ... (not how
  /// the run ends: that is the RunOutcome).
  std::function<void(const Message&)> on_message;
  /// Each window of the training diagnostics (RunConfig::diagnostics_every batches): a row per
  /// convolution, as diagnostics.csv records it.
  std::function<void(const std::vector<metrics::DiagnosticsRow>&)> on_diagnostics;
  /// A problem the diagnostics found (a class's output unit dead, most of a layer dead), said
  /// once until it goes away; on_message gets it too.
  std::function<void(const Message&)> on_warning;
  /// Decoding an image-folder dataset (in the constructor): `done` of `total` files. Returning
  /// false cancels it, and the constructor throws allcnn::Error.
  std::function<bool(int64_t done, int64_t total)> on_load_progress;
  /// The augmentation preview: asked before every batch (keep it to a clock read), and when it
  /// returns true, on_preview gets the first `preview_images` images of the batch about to be
  /// trained, after augmentation, de-normalized for display (float [N, C, H, W] on the CPU, in
  /// [0, 1]), with the batch's epoch and its index in the epoch. Only a due preview costs
  /// anything: a copy of those few images.
  std::function<bool()> preview_due;
  std::function<void(const torch::Tensor& images, int64_t epoch, int64_t batch)> on_preview;
  int64_t preview_images = 64;
};

struct RunOutcome {
  RunState state = RunState::Running;
  Reason reason;  ///< why it failed or stopped; empty() when finished
  std::string run_dir;
  double best_validation_accuracy = 0.0;  ///< of the evaluated split (validation, else test)
  int64_t best_epoch = -1;
  /// A finished run with a validation split: its best and last checkpoints on the test split.
  std::optional<metrics::TestResults> test;
};

/// Trains one run from its RunConfig, recording everything in its run folder
/// (config.json, batches.csv, epochs.csv, lsuv.csv, diagnostics.csv, histograms.csv, status,
/// checkpoints/last.pt and best.pt).
/// The GUI worker and the CLI drive this same class. Construct, then call run() once on the
/// thread that should do the work; other threads talk to it only through RunControl.
class Trainer {
 public:
  /// A new run: validates the config, loads the data and creates the run folder, whose
  /// config.json records `group` when the run is one of a group's (a sweep, a queued study).
  /// Throws allcnn::Error for a bad config or dataset (nothing is created then).
  ///
  /// With a `process_group` of several processes (data-parallel training), every rank
  /// constructs a Trainer with the same config: each trains on its share of every batch
  /// (config.batch_size is the global batch), the gradients and the batch metrics are summed
  /// over the ranks before each optimizer step, and rank 0's initial weights are broadcast.
  /// Rank 0 alone creates and writes the run folder; the other ranks write nothing (their
  /// run_dir() is empty). The epoch's evaluation is sharded and summed, so every rank has the
  /// whole split's figures and all make the same early-stopping decisions. Batch norm's
  /// statistics are summed over the ranks with config.sync_bn, else kept per rank. A stop or a
  /// pause asked of any rank travels in the next step's all-reduce: all stop, or pause, after
  /// the same step, and while paused they poll together (a small all-reduce every 200 ms) until
  /// no rank asks to pause any more or one asks to stop.
  Trainer(RunConfig config, TrainerCallbacks callbacks = {}, config::GroupTag group = {},
          std::shared_ptr<dist::ProcessGroup> process_group = nullptr);
  /// Continues the run in `run_dir` exactly where its last checkpoint left it. `changes` may
  /// set the resumable settings only (more epochs, the device, the threads, the metrics
  /// interval; config::apply_resume_changes), and epochs not below those done; config.json is
  /// updated with them. Throws allcnn::Error(key, reason) for a change that is not allowed.
  ///
  /// With a `process_group`, every rank resumes from the same folder, whatever the number of
  /// processes the run was trained on before (a checkpoint is the same for any): rank 0 takes
  /// the folder's lock and writes it; the others only read its config and last checkpoint, so
  /// the folder must be visible to every rank (one machine, or a cluster's shared filesystem).
  static std::unique_ptr<Trainer> resume(
      const std::string& run_dir, const config::SettingChanges& changes = {},
      TrainerCallbacks callbacks = {}, std::shared_ptr<dist::ProcessGroup> process_group = nullptr);
  /// The settings the run in `run_dir` continues with when resume() is given `changes`: its
  /// config.json with them applied. Throws allcnn::Error naming the file or the key.
  static RunConfig resumed_config(const std::string& run_dir,
                                  const config::SettingChanges& changes);
  ~Trainer();
  Trainer(const Trainer&) = delete;
  Trainer& operator=(const Trainer&) = delete;

  /// Trains until the configured epochs are done, control.stop is set, or the loss stops being
  /// finite. Never throws for a failure during training: the outcome (and the status file) says
  /// what happened. On stop, the 'last' checkpoint is written before returning.
  RunOutcome run(RunControl& control);

  const RunConfig& config() const;
  const std::string& run_dir() const;

  /// The run's state and its steps: defined in train/trainer_state.h, which only the
  /// Trainer's files and the learning-rate range test (train/lr_find.cpp, which sets up and
  /// steps a model the same way) include.
  struct State;

 private:
  explicit Trainer(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace allcnn::train
