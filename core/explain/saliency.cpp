#include "explain/saliency.h"

#include <torch/torch.h>

#include "common/error.h"

namespace allcnn::explain {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// A ReLU whose backward pass follows one of the three rules; the forward pass is the plain ReLU.
struct RuleRelu : public torch::autograd::Function<RuleRelu> {
  static torch::Tensor forward(AutogradContext* ctx, torch::Tensor x, int64_t rule) {
    ctx->save_for_backward({x});
    ctx->saved_data["rule"] = rule;
    return x.clamp_min(0);
  }

  static variable_list backward(AutogradContext* ctx, variable_list grad_outputs) {
    const auto x = ctx->get_saved_variables()[0];
    const auto rule = static_cast<BackpropRule>(ctx->saved_data["rule"].toInt());
    auto g = grad_outputs[0];
    if (rule != BackpropRule::Deconvnet) g = g * (x > 0).to(g.scalar_type());
    if (rule != BackpropRule::Gradient) g = g.clamp_min(0);
    return {g, torch::Tensor()};
  }
};

}  // namespace

std::string to_string(BackpropRule rule) {
  switch (rule) {
    case BackpropRule::Gradient:
      return "gradient";
    case BackpropRule::Deconvnet:
      return "deconvnet";
    case BackpropRule::Guided:
      return "guided backpropagation";
  }
  return "gradient";
}

torch::Tensor backprop_saliency(torch::nn::Sequential& stack, const torch::Tensor& input,
                                const SaliencyTarget& target, BackpropRule rule) {
  if (target.end_layer == 0 || target.end_layer > stack->size())
    throw Error("saliency", "the target layer must be within the network's " +
                                std::to_string(stack->size()) + " layers");
  if (input.dim() < 2 || input.size(0) != 1)
    throw Error("saliency", "expects one image [1, C, H, W]");
  torch::AutoGradMode grad_on(true);
  auto x = input.detach().to(torch::kFloat32).clone().requires_grad_(true);
  auto h = x;
  for (size_t i = 0; i < target.end_layer; ++i) {
    if (stack->ptr(i)->as<torch::nn::ReLUImpl>())
      h = RuleRelu::apply(h, static_cast<int64_t>(rule));
    else
      h = stack->begin()[i].forward(h);
  }
  if (target.unit < 0 || target.unit >= h.size(1))
    throw Error("saliency", "unit " + std::to_string(target.unit) + " is not in 0.." +
                                std::to_string(h.size(1) - 1));
  // A class score is a single number; a feature map starts from its strongest position.
  const auto objective = h[0][target.unit].max();
  // autograd::grad, not backward(): the model's parameters must not accumulate gradients.
  return torch::autograd::grad({objective}, {x})[0].detach();
}

torch::Tensor class_saliency(nn::ConvNetImpl& net, const torch::Tensor& input, int64_t class_index,
                             BackpropRule rule) {
  return backprop_saliency(net.layers(), input, SaliencyTarget{net.layer_count(), class_index},
                           rule);
}

}  // namespace allcnn::explain
