#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <torch/optim/optimizer.h>

#include "config/run_config.h"

namespace allcnn::train {

/// SGD (momentum, Nesterov, weight decay), RMSprop or Adam over `parameters`, as the config says.
std::unique_ptr<torch::optim::Optimizer> make_optimizer(const RunConfig& config,
                                                        std::vector<torch::Tensor> parameters);

/// Sets the learning rate of every parameter group (the schedule calls this before each step).
void set_learning_rate(torch::optim::Optimizer& optimizer, double learning_rate);

/// Calls `visit(parameter, state)` for every state tensor the optimizer keeps for one of its
/// parameters (SGD's momentum buffer, Adam's moments, RMSprop's averages); `visit` may replace
/// `state`. Parameters without state yet (before their first step) are skipped.
void visit_optimizer_state(
    torch::optim::Optimizer& optimizer,
    const std::function<void(const torch::Tensor& parameter, torch::Tensor& state)>& visit);

}  // namespace allcnn::train
