#include "nn/sync_batch_norm.h"

#include <cstdint>

#include <torch/autograd.h>
#include <torch/torch.h>

namespace allcnn::nn {

namespace {

// Sums over the processes, and sums the gradient of the result over them too: every process's
// loss depends on every process's statistics, so the gradient that reaches this process's
// share of the sums is the sum of what each process's backward pass sends back.
struct SumOverProcesses : public torch::autograd::Function<SumOverProcesses> {
  static torch::Tensor forward(torch::autograd::AutogradContext* context,
                               const torch::Tensor& local, ProcessSum* sum) {
    // The saved data holds IValues; the ProcessSum outlives the backward pass (see
    // SyncableBatchNormImpl::set_process_sum).
    context->saved_data["sum"] = static_cast<int64_t>(reinterpret_cast<intptr_t>(sum));
    return sum->sum(local);
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* context,
                                                 torch::autograd::variable_list gradients) {
    auto* sum =
        reinterpret_cast<ProcessSum*>(static_cast<intptr_t>(context->saved_data["sum"].toInt()));
    return {sum->sum(gradients[0]), torch::Tensor()};
  }
};

// The per-channel sums are laid out as [sum of x (C), sum of x^2 (C), count (1)], in float64:
// E[x^2] - E[x]^2 over a whole batch cancels too much in float32.
struct Statistics {
  torch::Tensor mean;      ///< [C]
  torch::Tensor variance;  ///< [C], biased (what normalizes)
  torch::Tensor count;     ///< [1]
};

Statistics statistics_of(const torch::Tensor& sums, int64_t channels) {
  Statistics s;
  s.count = sums.narrow(0, 2 * channels, 1);
  s.mean = sums.narrow(0, 0, channels) / s.count;
  s.variance = (sums.narrow(0, channels, channels) / s.count - s.mean.square()).clamp_min(0.0);
  return s;
}

}  // namespace

SyncableBatchNormImpl::SyncableBatchNormImpl(const torch::nn::BatchNormOptions& options)
    : options(options) {
  reset();
}

// The same registrations as torch::nn::BatchNorm2d's (NormImplBase::reset).
void SyncableBatchNormImpl::reset() {
  const int64_t features = options.num_features();
  if (options.affine()) {
    weight = register_parameter("weight", torch::empty({features}));
    bias = register_parameter("bias", torch::empty({features}));
  } else {
    weight = register_parameter("weight", torch::Tensor(), /*requires_grad=*/false);
    bias = register_parameter("bias", torch::Tensor(), /*requires_grad=*/false);
  }
  if (options.track_running_stats()) {
    running_mean = register_buffer("running_mean", torch::zeros({features}));
    running_var = register_buffer("running_var", torch::ones({features}));
    num_batches_tracked =
        register_buffer("num_batches_tracked", torch::tensor(0, torch::dtype(torch::kLong)));
  } else {
    running_mean = register_buffer("running_mean", torch::Tensor());
    running_var = register_buffer("running_var", torch::Tensor());
    num_batches_tracked = register_buffer("num_batches_tracked", torch::Tensor());
  }
  reset_parameters();
}

void SyncableBatchNormImpl::reset_running_stats() {
  if (!options.track_running_stats()) return;
  torch::NoGradGuard no_grad;
  running_mean.zero_();
  running_var.fill_(1);
  num_batches_tracked.zero_();
}

void SyncableBatchNormImpl::reset_parameters() {
  reset_running_stats();
  if (options.affine()) {
    torch::nn::init::ones_(weight);
    torch::nn::init::zeros_(bias);
  }
}

void SyncableBatchNormImpl::pretty_print(std::ostream& stream) const {
  stream << "SyncableBatchNorm(" << options.num_features() << ", eps=" << options.eps()
         << ", momentum=";
  if (options.momentum().has_value())
    stream << *options.momentum();
  else
    stream << "None";
  stream << ", affine=" << std::boolalpha << options.affine()
         << ", track_running_stats=" << options.track_running_stats() << ")";
}

double SyncableBatchNormImpl::count_batch() {
  double momentum = options.momentum().value_or(0.0);
  if (is_training() && options.track_running_stats() && num_batches_tracked.defined()) {
    num_batches_tracked += 1;
    // Without a momentum, the cumulative average of all batches.
    if (!options.momentum().has_value()) momentum = 1.0 / num_batches_tracked.item<double>();
  }
  return momentum;
}

// BatchNormImplBase::forward, when not synchronized.
torch::Tensor SyncableBatchNormImpl::forward(const torch::Tensor& input) {
  TORCH_CHECK(input.dim() == 4, "expected 4D input (got ", input.dim(), "D input)");
  if (is_training() && process_sum_ != nullptr) return synchronized_forward(input);
  const double momentum = count_batch();
  return torch::nn::functional::detail::batch_norm(input, running_mean, running_var, weight, bias,
                                                   is_training() || !options.track_running_stats(),
                                                   momentum, options.eps());
}

torch::Tensor SyncableBatchNormImpl::synchronized_forward(const torch::Tensor& input) {
  const int64_t channels = input.size(1);
  const double count = static_cast<double>(input.numel() / channels);
  const auto local = torch::cat({input.sum({0, 2, 3}, /*keepdim=*/false, torch::kFloat64),
                                 input.square().sum({0, 2, 3}, /*keepdim=*/false, torch::kFloat64),
                                 torch::full({1}, count, input.options().dtype(torch::kFloat64))});
  const auto global = SumOverProcesses::apply(local, process_sum_);
  const auto s = statistics_of(global, channels);
  update_running_stats(global, count_batch());

  // (x - mean) / sqrt(var + eps) * weight + bias as one scale and one shift per channel.
  auto scale = (s.variance + options.eps()).rsqrt();
  auto shift = -s.mean * scale;
  if (weight.defined()) {
    scale = scale * weight;
    shift = shift * weight + bias;
  }
  const auto as_channels = [&](const torch::Tensor& t) {
    return t.to(torch::kFloat32).view({1, channels, 1, 1});
  };
  return (input * as_channels(scale) + as_channels(shift)).to(input.scalar_type());
}

// As torch::batch_norm does: the running variance is the unbiased one.
void SyncableBatchNormImpl::update_running_stats(const torch::Tensor& global, double momentum) {
  if (!options.track_running_stats()) return;
  torch::NoGradGuard no_grad;
  const auto s = statistics_of(global.detach(), options.num_features());
  const auto unbiased = s.variance * s.count / (s.count - 1).clamp_min(1.0);
  running_mean.mul_(1.0 - momentum).add_(s.mean.to(running_mean.scalar_type()), momentum);
  running_var.mul_(1.0 - momentum).add_(unbiased.to(running_var.scalar_type()), momentum);
}

torch::Tensor SyncableBatchNormImpl::no_statistics() const {
  const auto& any = running_mean.defined() ? running_mean : weight;
  auto options_of = torch::TensorOptions().dtype(torch::kFloat64);
  if (any.defined()) options_of = options_of.device(any.device());
  return torch::zeros({2 * options.num_features() + 1}, options_of);
}

void SyncableBatchNormImpl::sum_statistics_without_images() {
  TORCH_CHECK(process_sum_ != nullptr, "no processes to synchronize batch norm with");
  const auto global = process_sum_->sum(no_statistics());
  update_running_stats(global, count_batch());
}

void SyncableBatchNormImpl::sum_gradients_without_images() {
  TORCH_CHECK(process_sum_ != nullptr, "no processes to synchronize batch norm with");
  process_sum_->sum(no_statistics());
}

SynchronizedBatchNorm::SynchronizedBatchNorm(torch::nn::Module& model, ProcessSum* sum) {
  if (sum == nullptr) return;
  // modules() lists them in registration order: the order the forward pass reaches them.
  for (const auto& module : model.modules(/*include_self=*/true))
    if (auto* layer = module->as<SyncableBatchNormImpl>()) {
      layer->set_process_sum(sum);
      layers_.push_back(layer);
    }
}

SynchronizedBatchNorm::~SynchronizedBatchNorm() {
  for (auto* layer : layers_) layer->set_process_sum(nullptr);
}

void SynchronizedBatchNorm::take_part_without_images() {
  for (auto* layer : layers_) layer->sum_statistics_without_images();
  for (auto it = layers_.rbegin(); it != layers_.rend(); ++it)
    (*it)->sum_gradients_without_images();
}

}  // namespace allcnn::nn
