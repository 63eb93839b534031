#pragma once

#include <cstdint>

#include "config/run_config.h"

namespace allcnn::train {

/// The learning rate for global batch `step` (0-based) of a run with `batches_per_epoch`
/// batches per epoch. A pure function of the config and the position (for plateau, with the
/// scale its reductions left, which the checkpoint keeps), so a resume restores it exactly:
///  - constant: base;
///  - time-decay (Keras' `decay`): base / (1 + decay * step);
///  - steps: base * gamma^(number of milestones <= current epoch);
///  - cosine: base * (1 + cos(pi * t)) / 2, t the fraction of the training done;
///  - plateau: base * plateau_scale, the product of the reductions so far (epoch_watch.h keeps
///    it in the TrainingPosition, so a resume restores it);
/// then, during the first warmup_epochs, multiplied by a linear ramp from 1/warm-up-steps to 1.
double learning_rate_at(const RunConfig& config, int64_t step, int64_t batches_per_epoch,
                        double plateau_scale = 1.0);

}  // namespace allcnn::train
