#pragma once

#include <cstdint>

#include <torch/types.h>

#include "data/augment.h"
#include "data/dataset.h"
#include "metrics/rows.h"
#include "nn/model.h"

namespace allcnn::train {

/// Loss, accuracy, per-class accuracy and confusion matrix of `net` on `dataset`, preprocessed
/// by `augmenter` (no random augmentation), in eval mode and without gradients. `bf16`
/// autocasts the forward pass as training did. The sums stay on `device` until the end: one
/// host synchronization per evaluation, not per batch.
metrics::Evaluation evaluate(nn::ConvNetImpl& net, const data::Dataset& dataset,
                             const data::Augmenter& augmenter, torch::Device device,
                             int64_t batch_size = 256, bool bf16 = false);

}  // namespace allcnn::train
