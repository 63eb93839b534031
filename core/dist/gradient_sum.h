#pragma once

// Summing a model's gradients over the ranks while its backward pass runs, as PyTorch's DDP
// reducer does, over ProcessGroup::start_sum. (c10d::Reducer itself is not used: it divides by
// the world size where the Trainer weights each rank's loss by its share, it never finishes on a
// rank whose share of a short last batch is empty and so runs no backward pass, and its
// constructor takes the ProcessGroup wrapper that LibTorch 2.x puts around a Gloo backend.)

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include <torch/types.h>

namespace allcnn::dist {

class PendingSum;
class ProcessGroup;

/// The parameters, in the reverse of their order (about the order in which the backward pass
/// produces their gradients), fill flat buckets of at most the group's bucket_bytes. A hook on
/// each parameter copies its gradient into its bucket, and once a bucket's gradients are all in
/// and the buckets before it have started, its sum starts while the backward pass goes on to the
/// earlier layers. Buckets start in order on every rank, so that each rank's k-th sum is the same
/// bucket. One step at a time: begin(), backward(), finish().
class GradientSum {
 public:
  /// Hooks `parameters` (which must require gradients) until destroyed.
  GradientSum(ProcessGroup& group, const std::vector<torch::Tensor>& parameters);
  ~GradientSum();
  GradientSum(const GradientSum&) = delete;
  GradientSum& operator=(const GradientSum&) = delete;

  /// Before the backward pass of `step` (0-based, for the error of a failed sum): the hooks take
  /// its gradients from now on.
  void begin(int64_t step);
  /// After the backward pass: starts the buckets that have not started (all of them on a rank
  /// without images in this step; a parameter that got no gradient counts as zeros). Then other
  /// collectives can run while the sums travel.
  void start_the_rest();
  /// Waits for every bucket's sum and makes it its parameters' gradients. Throws allcnn::Error
  /// naming the step when a rank is lost.
  void finish();

  int64_t buckets() const { return static_cast<int64_t>(buckets_.size()); }
  /// How many buckets of the last step started their sums while the backward pass still had
  /// gradients to compute (before its last one arrived): the communication it overlapped.
  int64_t overlapped() const { return overlapped_; }

 private:
  struct Slot {
    torch::Tensor parameter;
    size_t bucket = 0;
    int64_t offset = 0;
    bool ready = false;
    unsigned hook = 0;
  };
  struct Bucket {
    torch::Tensor flat;
    int64_t numel = 0;  ///< of its parameters together: the flat tensor's size
    std::vector<size_t> slots;
    size_t waiting = 0;
    std::unique_ptr<PendingSum> sum;
  };

  /// A parameter's gradient arrived (the autograd engine's thread).
  void take(size_t slot, const torch::Tensor& gradient);
  /// Starts every bucket in order up to the first that still waits; with `all`, that one and
  /// the rest too. Under mutex_.
  void start_in_order(bool all);

  ProcessGroup& group_;
  std::vector<Slot> slots_;
  std::vector<Bucket> buckets_;
  std::mutex mutex_;
  bool armed_ = false;
  int64_t step_ = 0;
  size_t next_ = 0;     ///< the first bucket not started in this step
  size_t arrived_ = 0;  ///< the gradients of this step in so far
  int64_t overlapped_ = 0;
};

}  // namespace allcnn::dist
