#include "dist/gradient_sum.h"

#include <string>

#include <torch/torch.h>

#include "common/error.h"
#include "dist/process_group.h"

namespace allcnn::dist {

GradientSum::GradientSum(ProcessGroup& group, const std::vector<torch::Tensor>& parameters)
    : group_(group) {
  const int64_t limit = std::max<int64_t>(group.bucket_bytes(), 1);
  int64_t bytes = 0;
  for (auto it = parameters.rbegin(); it != parameters.rend(); ++it) {
    const auto& parameter = *it;
    const int64_t size = parameter.numel() * static_cast<int64_t>(parameter.element_size());
    const bool fits = !buckets_.empty() && bytes + size <= limit &&
                      buckets_.back().flat.scalar_type() == parameter.scalar_type() &&
                      buckets_.back().flat.device() == parameter.device();
    if (!fits) {
      buckets_.emplace_back();
      buckets_.back().flat = torch::empty({0}, parameter.options().requires_grad(false));
      bytes = 0;
    }
    Slot slot;
    slot.parameter = parameter;
    slot.bucket = buckets_.size() - 1;
    slot.offset = buckets_.back().numel;
    buckets_.back().numel += parameter.numel();
    buckets_.back().slots.push_back(slots_.size());
    bytes += size;
    slots_.push_back(slot);
  }
  for (auto& bucket : buckets_) bucket.flat = torch::empty({bucket.numel}, bucket.flat.options());
  for (size_t i = 0; i < slots_.size(); ++i)
    slots_[i].hook = slots_[i].parameter.register_hook(
        [this, i](const torch::Tensor& gradient) { take(i, gradient); });
}

GradientSum::~GradientSum() {
  for (auto& slot : slots_) slot.parameter.remove_hook(slot.hook);
}

void GradientSum::begin(int64_t step) {
  std::lock_guard<std::mutex> lock(mutex_);
  step_ = step;
  next_ = 0;
  arrived_ = 0;
  overlapped_ = 0;
  for (auto& slot : slots_) slot.ready = false;
  for (auto& bucket : buckets_) {
    bucket.waiting = bucket.slots.size();
    bucket.sum.reset();
  }
  armed_ = true;
}

void GradientSum::take(size_t index, const torch::Tensor& gradient) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!armed_) return;  // a backward pass outside a step (none today)
  Slot& slot = slots_[index];
  Bucket& bucket = buckets_[slot.bucket];
  auto view = bucket.flat.narrow(0, slot.offset, slot.parameter.numel());
  torch::NoGradGuard no_grad;
  if (slot.ready) {
    // A parameter used twice in the forward pass gets two gradients; its bucket must wait for
    // both, which only a parameter's last use could tell. The models here use each once.
    throw Error("", "a parameter received a second gradient in step " + std::to_string(step_ + 1) +
                        ": data-parallel training needs each parameter used once per step");
  }
  view.copy_(gradient.reshape({-1}));
  slot.ready = true;
  if (++arrived_ == slots_.size()) overlapped_ = static_cast<int64_t>(next_);
  if (--bucket.waiting == 0) start_in_order(false);
}

void GradientSum::start_in_order(bool all) {
  torch::NoGradGuard no_grad;
  while (next_ < buckets_.size() && (all || buckets_[next_].waiting == 0)) {
    Bucket& bucket = buckets_[next_];
    for (size_t index : bucket.slots) {
      Slot& slot = slots_[index];
      if (!slot.ready) bucket.flat.narrow(0, slot.offset, slot.parameter.numel()).zero_();
    }
    bucket.sum =
        group_.start_sum(bucket.flat, "the gradients of step " + std::to_string(step_ + 1));
    ++next_;
  }
}

void GradientSum::start_the_rest() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!armed_) return;
  if (arrived_ < slots_.size()) overlapped_ = static_cast<int64_t>(next_);
  start_in_order(true);
  armed_ = false;
}

void GradientSum::finish() {
  start_the_rest();
  torch::NoGradGuard no_grad;
  for (auto& bucket : buckets_) {
    if (bucket.sum) bucket.sum->wait();
    bucket.sum.reset();
    for (size_t index : bucket.slots) {
      Slot& slot = slots_[index];
      auto sum =
          bucket.flat.narrow(0, slot.offset, slot.parameter.numel()).view(slot.parameter.sizes());
      auto& grad = slot.parameter.mutable_grad();
      if (grad.defined())
        grad.copy_(sum);
      else
        grad = sum.clone();
    }
  }
}

}  // namespace allcnn::dist
