#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <torch/types.h>

#include "data/augment.h"
#include "data/dataset.h"
#include "metrics/rows.h"
#include "nn/model.h"

namespace allcnn::train {

/// The evaluation's batch size on `device`: 256 on a GPU; 64 on a CPU, where a batch of a
/// width-1 net takes about a second and a stop request waits for the batch under way. Whatever
/// classifies a test split to compare with a run's evaluation uses the same.
int64_t evaluation_batch_size(torch::Device device);

/// Loss, accuracy, per-class accuracy and confusion matrix of `net` on `dataset`, preprocessed
/// by `augmenter` (no random augmentation), in eval mode and without gradients. `bf16`
/// autocasts the forward pass as training did. The sums stay on `device` until the end: one
/// host synchronization per evaluation, not per batch. `progress` (may be empty) hears
/// (images done, total) before each batch. Once `stop` is set it returns nullopt before the
/// next batch: an evaluation of a large test split on a CPU takes tens of seconds, and a user
/// closing the window waits for none of them.
///
/// `shard` (data-parallel training): this process evaluates its share of each batch of
/// batch_size x world images, and `shard.sum` adds the loss and the confusion counts of the
/// other processes, so every process returns the whole split's figures. Every process must
/// call it, and none may be stopped half-way (`stop` null).
struct EvaluationShard {
  int rank = 0;
  int world = 1;
  /// Sums the tensors over the processes, in place.
  std::function<void(const std::vector<torch::Tensor>&)> sum;
};
std::optional<metrics::Evaluation> evaluate(
    nn::ConvNetImpl& net, const data::Dataset& dataset, const data::Augmenter& augmenter,
    torch::Device device, int64_t batch_size, bool bf16 = false,
    const std::atomic<bool>* stop = nullptr,
    const std::function<void(int64_t done, int64_t total)>& progress = {},
    const EvaluationShard& shard = {});

}  // namespace allcnn::train
