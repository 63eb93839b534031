// The Trainer's data-parallel steps: what each rank's share of a batch contributes to the
// optimizer step, batch norm's statistics over the ranks, and the initial weights every rank
// starts from.

#include <string>
#include <vector>

#include <torch/torch.h>

#include "train/trainer_state.h"

namespace allcnn::train {

namespace {

// Synchronized batch norm's sums: one all-reduce each, in the order every rank's forward pass
// reaches the batch norm layers, then in the reverse order of its backward pass.
class BatchNormSum : public nn::ProcessSum {
 public:
  /// `step` is the step being trained (the Trainer's position), for the error of a failed sum.
  BatchNormSum(dist::ProcessGroup& group, const int64_t& step) : group_(group), step_(step) {}

  torch::Tensor sum(torch::Tensor local) override {
    auto total = local.detach().clone(torch::MemoryFormat::Contiguous);
    group_.all_reduce_sum({total},
                          "the batch norm statistics of step " + std::to_string(step_ + 1));
    return total;
  }

 private:
  dist::ProcessGroup& group_;
  const int64_t& step_;
};

}  // namespace

double Trainer::State::share_of(const data::Batch& batch) const {
  const int64_t global = batch.whole_size();
  return global > 0 ? static_cast<double>(batch.labels.size(0)) / static_cast<double>(global) : 1.0;
}

// Each rank's gradients are of its mean loss weighted by its share of the batch (optimize()
// weights the loss before the backward pass, so that synchronized batch norm sums gradients of
// the same weighting): summing them gives the gradient of the mean over the whole batch, also
// when the shares differ (a short last batch). gradient_sum started most of those sums during
// the backward pass. The loss and the correct count travel in an all-reduce of their own
// meanwhile, so every rank records the whole batch's figures, and so does whether a rank was
// asked to stop or to pause.
void Trainer::State::share_step(const data::Batch& batch, int64_t step, StepOutput& output) {
  gradient_sum->start_the_rest();
  const int64_t local = batch.labels.size(0);
  const int64_t global = batch.whole_size();
  // The third figure: how many ranks asked to stop (Ctrl-C, SIGTERM from a launcher); the
  // fourth: how many asked to pause (the workbench's Pause, on rank 0).
  const bool asked_to_stop = stop_requested && stop_requested->load();
  const bool asked_to_pause = pause_requested && pause_requested->load();
  const auto figure_options = output.loss.options().dtype(torch::kFloat32);
  auto sums = torch::stack({output.loss.to(torch::kFloat32) * static_cast<double>(local),
                            output.correct.to(torch::kFloat32),
                            torch::full({}, asked_to_stop ? 1.0f : 0.0f, figure_options),
                            torch::full({}, asked_to_pause ? 1.0f : 0.0f, figure_options)});
  process_group->all_reduce_sum({sums}, "step " + std::to_string(step + 1));
  gradient_sum->finish();
  output.loss = sums[0] / static_cast<double>(global);
  output.correct = sums[1].round().to(torch::kInt64);
  stop_agreed = stop_agreed || sums[2].item<float>() > 0.0f;
  pause_agreed = sums[3].item<float>() > 0.0f;
}

void Trainer::State::synchronize_batch_norm() {
  batch_norm_sum = std::make_unique<BatchNormSum>(*process_group, position.step);
}

void Trainer::State::broadcast_weights() {
  torch::NoGradGuard no_grad;
  std::vector<torch::Tensor> tensors;
  for (const auto& parameter : net->parameters()) tensors.push_back(parameter);
  for (const auto& buffer : net->buffers()) tensors.push_back(buffer);
  process_group->broadcast_from_rank0(tensors, "the initial weights");
}

}  // namespace allcnn::train
