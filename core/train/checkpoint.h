#pragma once

#include <cstdint>
#include <string>

#include <torch/optim/optimizer.h>

#include "data/augment.h"
#include "nn/model.h"

namespace allcnn::train {

/// Where a run stands: enough to continue it exactly. The random state needs no saving: the
/// batch order is a function of (seed, epoch) and each batch's dropout and augmentation draws
/// of (seed, step).
struct TrainingPosition {
  int64_t epoch = 0;            ///< the epoch to continue
  int64_t batch = 0;            ///< the next batch within that epoch
  int64_t step = 0;             ///< global batches done
  double best_accuracy = -1.0;  ///< of the evaluated split (validation, else test)
  int64_t best_epoch = -1;
  /// The plateau schedule's state: the product of its reductions so far, and the epochs
  /// without improvement since the last improvement or reduction.
  double plateau_scale = 1.0;
  int64_t plateau_wait = 0;
  double elapsed_s = 0.0;
  // Running sums of the current epoch, so its training averages survive a resume.
  double epoch_loss_sum = 0.0;
  int64_t epoch_correct = 0;
  int64_t epoch_seen = 0;
};

/// Identifies a model's shape: architecture, width, batch norm, input and classes.
std::string model_signature(const nn::ModelOptions& options);

/// Saves model weights and buffers, the optimizer's state (may be null), the augmentation
/// statistics and the position to `path`, atomically (temporary file, then rename).
/// Throws allcnn::Error naming the path when the write fails.
void save_checkpoint(const std::string& path, nn::ConvNetImpl& net,
                     torch::optim::Optimizer* optimizer, const data::AugmentFit& fit,
                     const TrainingPosition& position);

/// Loads a checkpoint into `net` (and `optimizer`, `fit` when not null). Place `net` first (its
/// device, dtype, memory format) and create `optimizer` over its parameters: the weights are
/// copied into the existing tensors and the optimizer state is put beside its parameters, so
/// both keep the run's placement. `fit`'s tensors come back on the CPU. Throws allcnn::Error
/// naming the path for a missing, truncated or foreign file, or one saved from another model.
TrainingPosition load_checkpoint(const std::string& path, nn::ConvNetImpl& net,
                                 torch::optim::Optimizer* optimizer, data::AugmentFit* fit);

}  // namespace allcnn::train
