#pragma once

#include <cstdint>
#include <string>

#include <torch/nn/modules/container/sequential.h>
#include <torch/types.h>

#include "nn/model.h"

namespace allcnn::explain {

/// How the backward pass treats each ReLU (Springenberg et al., 2014, section 3.4), with
/// forward input x and incoming gradient g:
///  - Gradient:   g * [x > 0]            (the true gradient, Simonyan et al.)
///  - Deconvnet:  g * [g > 0]            (Zeiler & Fergus: the forward mask is ignored)
///  - Guided:     g * [x > 0] * [g > 0]  (guided backpropagation)
/// Every other layer (convolution, batch norm in eval mode, pooling) backpropagates normally.
enum class BackpropRule { Gradient, Deconvnet, Guided };

std::string to_string(BackpropRule rule);

/// What the backward pass starts from: output channel `unit` of the output of layers
/// [0, end_layer). At the logits (end_layer = the stack's length) that is the class score;
/// for a feature map it is the strongest position of that channel.
struct SaliencyTarget {
  size_t end_layer = 0;
  int64_t unit = 0;
};

/// d(target) / d(input) under `rule`, float with the shape of `input` (one image [1, C, H, W]
/// on the stack's device). ReLU modules (torch::nn::ReLU) get the rule; other modules run as
/// they are, so put the stack in eval mode first. Throws allcnn::Error for a bad target.
torch::Tensor backprop_saliency(torch::nn::Sequential& stack, const torch::Tensor& input,
                                const SaliencyTarget& target, BackpropRule rule);

/// The same for a class of a ConvNet (the class logit).
torch::Tensor class_saliency(nn::ConvNetImpl& net, const torch::Tensor& input, int64_t class_index,
                             BackpropRule rule);

}  // namespace allcnn::explain
