#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <torch/types.h>

#include "nn/model.h"

namespace allcnn::explain {

/// A convolution's kernels scaled for display.
struct FilterBank {
  std::string layer;  ///< "conv1", ...
  /// float [out, in, k, k] in [0, 1], on the CPU. For the first layer each filter is scaled over
  /// all its input channels together (so an RGB filter keeps its colour); deeper layers scale
  /// every kernel (one input channel) on its own.
  torch::Tensor patches;
  bool first_layer = false;
};

/// The kernels of the `conv_number`-th convolution (0-based, in conv_indices() order).
/// Throws allcnn::Error for a number out of range.
FilterBank layer_filters(nn::ConvNetImpl& net, size_t conv_number);

/// One layer's output for one image.
struct LayerActivation {
  std::string name;    ///< "conv1", "relu1", ...
  torch::Tensor maps;  ///< float on the CPU: [C, H, W], or [K] after flatten
};

/// Runs `input` (float [1, C, H, W], already preprocessed, on the model's device) through the
/// stack layer by layer and keeps every layer's output. The net should be in eval mode.
std::vector<LayerActivation> layer_activations(nn::ConvNetImpl& net, const torch::Tensor& input);

/// Index of the global average pooling layer; throws allcnn::Error when the net has none.
size_t global_pool_index(const nn::ConvNetImpl& net);

/// Class activation maps: the per-class maps that global average pooling turns into the logits,
/// float [B, K, h, w] on the model's device. Their spatial mean is exactly forward(input).
torch::Tensor class_activation_maps(nn::ConvNetImpl& net, const torch::Tensor& input);

}  // namespace allcnn::explain
