#include "train/optimizer.h"

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

}  // namespace allcnn::train
