#pragma once

// A headless queue for the runs of a group (config/group.h): one run at a time, in order. A
// run that fails is recorded and the next one starts; a run whose folder finished before is
// skipped and an interrupted or stopped one resumed, so sweeping a group again continues it.

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

/// Called on the sweep's thread.
struct SweepCallbacks {
  /// Before run `index` (0-based) of `count` is opened or skipped.
  std::function<void(size_t index, size_t count, const config::GroupRun& run)> on_run_start;
  std::function<void(size_t index, size_t count, const SweepResult& result)> on_run_end;
  /// Given to each run's Trainer.
  TrainerCallbacks trainer;
};

/// Trains `runs` one after another in their runs_dir, each run's folder named by its config's
/// name, recording its group (config::GroupTag) in its config.json. Returns a result per run
/// started or skipped: when control.stop is set, the run in progress stops (its checkpoint is
/// written, so the next sweep resumes it) and no further run starts. Never throws for a run's
/// failure (a bad dataset, a diverging loss, a folder another process trains): that run's
/// result says what happened.
std::vector<SweepResult> run_sweep(const std::vector<config::GroupRun>& runs, RunControl& control,
                                   const SweepCallbacks& callbacks = {});

}  // namespace allcnn::train
