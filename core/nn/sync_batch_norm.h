#pragma once

// Batch norm whose training statistics can be those of a data-parallel run's whole batch rather
// than of this process's share of it (what PyTorch calls SyncBatchNorm), behind a small
// interface: nothing here knows of process groups.

#include <cstdint>
#include <ostream>
#include <vector>

#include <torch/nn/cloneable.h>
#include <torch/nn/options/batchnorm.h>
#include <torch/nn/pimpl.h>
#include <torch/types.h>

namespace allcnn::nn {

/// Sums a tensor over the processes of a data-parallel run.
class ProcessSum {
 public:
  virtual ~ProcessSum() = default;
  /// The sum over all processes of `local` (same shape, dtype and device on every process),
  /// as a new tensor. Every process calls it equally often, in the same order.
  virtual torch::Tensor sum(torch::Tensor local) = 0;
};

/// BatchNorm2d, which in training can normalize with the statistics of the whole batch that
/// several processes share: with a ProcessSum set (SynchronizedBatchNorm sets it), each channel's
/// [sum of x, sum of x^2, count] is summed over the processes in the forward pass, and the
/// gradient of those sums in the backward pass. Without one, and in evaluation, it computes
/// exactly what torch::nn::BatchNorm2d does. Its parameters and buffers have BatchNorm2d's names
/// (weight, bias, running_mean, running_var, num_batches_tracked), so checkpoints are the same.
///
/// Its own module rather than a BatchNorm2dImpl: Debian's LibTorch does not export
/// BatchNormImplBase::pretty_print, so a class derived from it does not link.
class SyncableBatchNormImpl : public torch::nn::Cloneable<SyncableBatchNormImpl> {
 public:
  explicit SyncableBatchNormImpl(int64_t num_features)
      : SyncableBatchNormImpl(torch::nn::BatchNormOptions(num_features)) {}
  explicit SyncableBatchNormImpl(const torch::nn::BatchNormOptions& options);

  void reset() override;
  void reset_running_stats();
  void reset_parameters();
  void pretty_print(std::ostream& stream) const override;

  /// [N, C, H, W] -> the same, normalized per channel.
  torch::Tensor forward(const torch::Tensor& input);

  /// The processes to synchronize with in training, or null (the default) for this process's
  /// own statistics. Not owned; it must outlive every forward and backward pass that uses it.
  void set_process_sum(ProcessSum* sum) { process_sum_ = sum; }
  ProcessSum* process_sum() const { return process_sum_; }

  /// For a process without images in a synchronized training step: contributes nothing to the
  /// forward sum (and takes the whole batch's statistics into the running ones, as the other
  /// processes do), then to the backward sum. SynchronizedBatchNorm calls these in the order
  /// the other processes' forward and backward passes reach the layers.
  void sum_statistics_without_images();
  void sum_gradients_without_images();

  torch::nn::BatchNormOptions options;
  torch::Tensor weight;  ///< undefined without affine
  torch::Tensor bias;    ///< undefined without affine
  torch::Tensor running_mean;
  torch::Tensor running_var;
  torch::Tensor num_batches_tracked;

 private:
  /// Counts the batch when tracking running statistics in training; returns the running
  /// statistics' momentum for it, as BatchNorm2d does.
  double count_batch();
  torch::Tensor synchronized_forward(const torch::Tensor& input);
  /// The running statistics updated from the whole batch's per-channel sums (`global`).
  void update_running_stats(const torch::Tensor& global, double momentum);
  /// [2C + 1] zeros: what a process without images adds to the sums.
  torch::Tensor no_statistics() const;

  ProcessSum* process_sum_ = nullptr;
};
TORCH_MODULE(SyncableBatchNorm);

/// For the scope of one training step: sets `sum` on every SyncableBatchNorm of `model` and
/// clears it again on leaving, however the scope is left. With a null `sum` it does nothing.
/// Every process of the step must then run the forward and backward passes, or, without images,
/// call take_part_without_images() instead.
class SynchronizedBatchNorm {
 public:
  SynchronizedBatchNorm(torch::nn::Module& model, ProcessSum* sum);
  ~SynchronizedBatchNorm();
  SynchronizedBatchNorm(const SynchronizedBatchNorm&) = delete;
  SynchronizedBatchNorm& operator=(const SynchronizedBatchNorm&) = delete;

  /// A process whose share of the batch is empty: takes part in every sum the others' forward
  /// passes make (in layer order), then in those of their backward passes (in reverse order).
  void take_part_without_images();

 private:
  std::vector<SyncableBatchNormImpl*> layers_;
};

}  // namespace allcnn::nn
