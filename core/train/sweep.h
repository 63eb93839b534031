#pragma once

// A headless queue for the runs of a group (config/group.h): in order, one run at a time per
// device (lane). A run that fails is recorded and the next one starts; a run whose folder
// finished before is skipped and an interrupted or stopped one resumed, so sweeping a group
// again continues it.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "config/group.h"
#include "train/trainer.h"

namespace allcnn::train {

/// What became of one run of a sweep.
struct SweepResult {
  std::string name;  ///< the run's folder name
  std::string run_dir;
  RunState state = RunState::Failed;  ///< finished, stopped or failed
  /// Not trained by this sweep: finished (or failed) before; reason says which.
  bool skipped = false;
  bool resumed = false;  ///< continued from the folder's checkpoint
  Reason reason;         ///< why it failed, stopped or was skipped; empty when it finished now
  double best_validation_accuracy = -1.0;  ///< -1: no finished epoch
  int64_t best_epoch = -1;                 ///< 0-based
  double elapsed_s = 0.0;                  ///< of this sweep's work on it
};

/// Called on the thread of the lane that trains the run: with more than one lane, from
/// several threads at once (a callback must then be safe to call concurrently).
struct SweepCallbacks {
  /// Before run `index` (0-based) of `count` is opened or skipped.
  std::function<void(size_t index, size_t count, const config::GroupRun& run)> on_run_start;
  std::function<void(size_t index, size_t count, const SweepResult& result)> on_run_end;
  /// Given to each run's Trainer.
  TrainerCallbacks trainer;
};

/// The devices a sweep of `runs` trains on at once, one run on each: every CUDA device when
/// there is more than one and the runs leave the device to the machine ("auto" or "cuda");
/// else none, meaning one run at a time on each run's own device.
std::vector<DeviceSpec> sweep_lanes(const std::vector<config::GroupRun>& runs);

/// Trains `runs` in their runs_dir, each run's folder named by its config's name, recording its
/// group (config::GroupTag) in its config.json. Without `lanes` (or with one), one run after
/// another; with more, each lane trains the next run not yet taken on its device, so N GPUs
/// train N runs at once. Returns a result per run started or skipped, in the runs' order:
/// when control.stop is set, the runs in progress stop (their checkpoints are written, so the
/// next sweep resumes them) and no further run starts. Never throws for a run's failure (a
/// bad dataset, a diverging loss, a folder another process trains): that run's result says
/// what happened.
std::vector<SweepResult> run_sweep(const std::vector<config::GroupRun>& runs, RunControl& control,
                                   const SweepCallbacks& callbacks = {},
                                   const std::vector<DeviceSpec>& lanes = {});

}  // namespace allcnn::train
