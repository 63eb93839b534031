#pragma once

#include "config/run_config.h"
#include "train/checkpoint.h"

namespace allcnn::train {

/// What an epoch's evaluated accuracy means for the run.
struct EpochVerdict {
  bool best = false;     ///< a better accuracy than any epoch before: checkpoints/best is due
  bool reduced = false;  ///< the plateau schedule reduced the learning rate
  bool stop = false;     ///< early stopping: early_stop epochs without a better accuracy
};

/// Records the accuracy of epoch `position.epoch` on the evaluated split (validation, else
/// test) in `position` (best_accuracy, best_epoch and the plateau's scale and wait) and says
/// what follows:
///  - best when it beats every earlier epoch;
///  - plateau (schedule plateau): after more than plateau_patience epochs in a row without a
///    better accuracy (counted from the last improvement or reduction), the learning rate is
///    multiplied by plateau_factor, as PyTorch's ReduceLROnPlateau does in "max" mode;
///  - stop (early_stop K > 0): the epoch is the K-th without a better accuracy since the best.
/// A pure function of its arguments, so scripted accuracies test it; everything it keeps lives
/// in the position, which the checkpoint saves, so a resume continues the count exactly.
EpochVerdict watch_epoch(const RunConfig& config, TrainingPosition& position, double accuracy);

}  // namespace allcnn::train
