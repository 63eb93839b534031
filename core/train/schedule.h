#pragma once

#include <cstdint>

#include "config/run_config.h"

namespace allcnn::train {

/// The learning rate for global batch `step` (0-based) of a run with `batches_per_epoch`
/// batches per epoch. A pure function of the config and the position, so a resumed run needs
/// no schedule state of its own:
///  - constant: base;
///  - time-decay (Keras' `decay`): base / (1 + decay * step);
///  - steps: base * gamma^(number of milestones <= current epoch);
///  - cosine: base * (1 + cos(pi * t)) / 2, t the fraction of the training done;
/// then, during the first warmup_epochs, multiplied by a linear ramp from 1/warm-up-steps to 1.
double learning_rate_at(const RunConfig& config, int64_t step, int64_t batches_per_epoch);

}  // namespace allcnn::train
