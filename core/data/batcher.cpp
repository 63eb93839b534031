#include "data/batcher.h"

#include <algorithm>

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include "common/error.h"

namespace allcnn::data {

namespace {

// One generator per epoch, seeded from (seed, epoch) only: a resumed run rebuilds the very
// permutation the interrupted one used, whatever it drew before.
uint64_t epoch_seed(uint64_t seed, int64_t epoch) {
  return seed * 1000003u + static_cast<uint64_t>(epoch);
}

}  // namespace

Batcher::Batcher(const Dataset& dataset, int64_t batch_size, bool shuffle, uint64_t seed)
    : dataset_(dataset), batch_size_(batch_size), shuffle_(shuffle), seed_(seed) {
  if (batch_size <= 0) {
    throw Error("batch size", "must be positive, got " + std::to_string(batch_size));
  }
  start_epoch(0);
}

int64_t Batcher::batches_per_epoch() const {
  return (dataset_.size() + batch_size_ - 1) / batch_size_;
}

void Batcher::start_epoch(int64_t epoch) {
  if (epoch < 0) throw Error("epoch", "must not be negative, got " + std::to_string(epoch));
  const int64_t n = dataset_.size();
  if (shuffle_) {
    auto generator = at::make_generator<at::CPUGeneratorImpl>(epoch_seed(seed_, epoch));
    order_ = torch::randperm(n, generator, torch::kInt64);
  } else {
    order_ = torch::arange(n, torch::kInt64);
  }
  // A dataset resident on a GPU is indexed there: one small copy of the order per epoch, drawn
  // on the CPU all the same so that the order does not depend on the device.
  if (dataset_.images.defined() && !dataset_.images.is_cpu())
    order_ = order_.to(dataset_.images.device());
  cursor_ = 0;
  next_index_ = 0;
}

bool Batcher::next(Batch& batch) {
  const int64_t n = order_.size(0);
  if (cursor_ >= n) return false;
  const int64_t count = std::min(batch_size_, n - cursor_);
  torch::Tensor indices = order_.narrow(0, cursor_, count);
  batch.global_size = count;
  if (shard_world_ > 1) {
    const int64_t begin = count * shard_rank_ / shard_world_;
    const int64_t end = count * (shard_rank_ + 1) / shard_world_;
    indices = indices.narrow(0, begin, end - begin);
  }
  batch.images = dataset_.images.index_select(0, indices);
  batch.labels = dataset_.labels.index_select(0, indices);
  batch.index = next_index_;
  cursor_ += count;
  ++next_index_;
  return true;
}

void Batcher::seek(int64_t index) {
  if (index < 0) throw Error("batch index", "must not be negative, got " + std::to_string(index));
  // Past the end just means the epoch is over; next() then returns false.
  const int64_t n = order_.size(0);
  cursor_ = index >= batches_per_epoch() ? n : index * batch_size_;
  next_index_ = index;
}

void Batcher::set_shard(int64_t rank, int64_t world) {
  if (world < 1 || rank < 0 || rank >= world)
    throw Error("rank", message(MessageCode::DistBadRank, rank, world));
  shard_rank_ = rank;
  shard_world_ = world;
}

}  // namespace allcnn::data
