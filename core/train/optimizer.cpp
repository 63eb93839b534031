#include "train/optimizer.h"

#include <array>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include <torch/torch.h>

namespace allcnn::train {

std::unique_ptr<torch::optim::Optimizer> make_optimizer(const RunConfig& config,
                                                        std::vector<torch::Tensor> parameters) {
  const double lr = config.base_learning_rate();
  if (config.optimizer == OptimizerKind::RmsProp)
    return std::make_unique<torch::optim::RMSprop>(parameters,
                                                   torch::optim::RMSpropOptions(lr)
                                                       .alpha(config.rho)
                                                       .eps(config.epsilon)
                                                       .weight_decay(config.weight_decay));
  if (config.optimizer == OptimizerKind::Adam)
    return std::make_unique<torch::optim::Adam>(parameters, torch::optim::AdamOptions(lr)
                                                                .betas({config.beta1, config.beta2})
                                                                .eps(config.epsilon)
                                                                .weight_decay(config.weight_decay));
  return std::make_unique<torch::optim::SGD>(parameters,
                                             torch::optim::SGDOptions(lr)
                                                 .momentum(config.momentum)
                                                 .nesterov(config.nesterov && config.momentum > 0)
                                                 .weight_decay(config.weight_decay));
}

void set_learning_rate(torch::optim::Optimizer& optimizer, double learning_rate) {
  for (auto& group : optimizer.param_groups()) group.options().set_lr(learning_rate);
}

namespace {

// LibTorch 1.13 keys an optimizer's state by the parameter's TensorImpl address as text, 2.x
// by the address itself.
template <typename States>
auto find_state(States& states, const torch::Tensor& parameter) {
  void* const impl = parameter.unsafeGetTensorImpl();
  if constexpr (std::is_same_v<typename States::key_type, std::string>) {
    std::ostringstream key;
    key << impl;
    return states.find(key.str());
  } else {
    return states.find(impl);
  }
}

}  // namespace

void visit_optimizer_state(
    torch::optim::Optimizer& optimizer,
    const std::function<void(const torch::Tensor& parameter, torch::Tensor& state)>& visit) {
  using namespace torch::optim;
  auto& states = optimizer.state();
  for (auto& group : optimizer.param_groups()) {
    for (const auto& parameter : group.params()) {
      const auto found = find_state(states, parameter);
      if (found == states.end() || !found->second) continue;
      OptimizerParamState* state = found->second.get();
      // A fixed array, not a vector assigned from a braced list: GCC 12 warns (-Wnonnull) on
      // the latter's inlined memmove.
      std::array<torch::Tensor*, 3> tensors{};
      if (auto* sgd = dynamic_cast<SGDParamState*>(state)) {
        tensors = {&sgd->momentum_buffer(), nullptr, nullptr};
      } else if (auto* adam = dynamic_cast<AdamParamState*>(state)) {
        tensors = {&adam->exp_avg(), &adam->exp_avg_sq(), &adam->max_exp_avg_sq()};
      } else if (auto* rms = dynamic_cast<RMSpropParamState*>(state)) {
        tensors = {&rms->square_avg(), &rms->momentum_buffer(), &rms->grad_avg()};
      }
      for (auto* tensor : tensors)
        if (tensor != nullptr && tensor->defined()) visit(parameter, *tensor);
    }
  }
}

}  // namespace allcnn::train
