#pragma once

#include <cstdint>

#include <torch/types.h>

#include "data/dataset.h"

namespace allcnn::data {

/// One mini-batch: images still uint8 [B, C, H, W] on the dataset's device (the CPU, or the GPU
/// for a dataset made resident there); augmentation converts them.
struct Batch {
  torch::Tensor images;
  torch::Tensor labels;
  int64_t index = 0;  ///< position of the batch within its epoch
  /// Images of the whole batch, all ranks together: labels.size(0) unless the batcher is
  /// sharded (data-parallel training), where this rank holds its contiguous share only.
  int64_t global_size = 0;

  /// The images of the whole batch: global_size where the batcher set it, else this share's.
  int64_t whole_size() const { return global_size > 0 ? global_size : labels.size(0); }
};

/// Walks a dataset in mini-batches, reshuffled each epoch from (seed, epoch) alone, so that a
/// resumed run sees exactly the order the uninterrupted run would have seen. The last batch of
/// an epoch is partial when the size is not a multiple of the batch size.
///
/// The permutation is torch::randperm drawn from a CPU generator seeded with
/// seed * 1000003 + epoch; it never touches the global generator, and is the same whatever
/// device the dataset lives on (it is copied there once per epoch). Not thread-safe: one
/// thread drives a Batcher.
class Batcher {
 public:
  /// `dataset` is held by reference and must outlive the batcher. Epoch 0 is started here.
  /// Throws allcnn::Error for a batch size below 1.
  Batcher(const Dataset& dataset, int64_t batch_size, bool shuffle, uint64_t seed);

  int64_t batches_per_epoch() const;
  int64_t batch_size() const { return batch_size_; }
  /// Starts `epoch` (0-based); the permutation depends only on the seed and the epoch.
  void start_epoch(int64_t epoch);
  /// Fills `batch` with the next batch of the current epoch; false at the end of the epoch.
  bool next(Batch& batch);
  /// Skips to batch `index` of the current epoch (used when resuming mid-epoch); an index at
  /// or past batches_per_epoch() ends the epoch.
  void seek(int64_t index);
  /// Data-parallel training: next() keeps this rank's contiguous share of every batch, rows
  /// [size * rank / world, size * (rank + 1) / world), so that the ranks together train on
  /// exactly the batches one process would. The order and the batches are unchanged.
  void set_shard(int64_t rank, int64_t world);

 private:
  const Dataset& dataset_;
  int64_t batch_size_;
  bool shuffle_;
  uint64_t seed_;
  torch::Tensor order_;
  int64_t cursor_ = 0;
  int64_t next_index_ = 0;
  int64_t shard_rank_ = 0;
  int64_t shard_world_ = 1;
};

}  // namespace allcnn::data
