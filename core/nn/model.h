#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <torch/nn/cloneable.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include "config/model_options.h"

namespace allcnn::nn {

/// One row of the Keras-like summary.
/// Puts a module in eval mode (dropout off, batch norm on its running statistics) for the
/// scope's duration and restores the mode it had, however the scope is left.
class EvalScope {
 public:
  explicit EvalScope(torch::nn::Module& module)
      : module_(module), was_training_(module.is_training()) {
    module_.eval();
  }
  ~EvalScope() { module_.train(was_training_); }
  EvalScope(const EvalScope&) = delete;
  EvalScope& operator=(const EvalScope&) = delete;

 private:
  torch::nn::Module& module_;
  bool was_training_;
};

struct LayerDescription {
  std::string name;                   ///< "conv1", "bn1", "pool1", ...
  std::string kind;                   ///< "Conv2d 3x3 s1 p1", "ReLU", "MaxPool2d 3x3 s2", ...
  std::vector<int64_t> output_shape;  ///< per sample: [C, H, W], or [classes] at the end
  int64_t parameters = 0;
};

/// The global average pool: the mean over height and width, kept as [N, C, 1, 1]. What
/// AdaptiveAvgPool2d(1) computes, with a backward pass that is deterministic on CUDA
/// (adaptive_avg_pool2d's is not, and refuses to run under --deterministic).
class GlobalAvgPoolImpl : public torch::nn::Cloneable<GlobalAvgPoolImpl> {
 public:
  void reset() override {}
  torch::Tensor forward(const torch::Tensor& x) { return x.mean({2, 3}, /*keepdim=*/true); }
};
TORCH_MODULE(GlobalAvgPool);

/// Model C and its three variants as one sequential stack of named layers, so that LSUV, the
/// activation viewer and the drift probe can run the network layer by layer without a copy.
/// forward() returns logits (the softmax lives in the loss and in prediction).
class ConvNetImpl : public torch::nn::Module {
 public:
  explicit ConvNetImpl(const ModelOptions& options);

  torch::Tensor forward(torch::Tensor x);

  const ModelOptions& options() const { return options_; }

  /// The stack itself: layers()[i] with layer_names()[i].
  torch::nn::Sequential& layers() { return layers_; }
  const std::vector<std::string>& layer_names() const { return names_; }
  size_t layer_count() const { return names_.size(); }
  /// Indices of the convolutions, in order (what the initializers and LSUV touch).
  std::vector<size_t> conv_indices() const;
  torch::nn::Conv2d conv(size_t index);

  /// Stores the convolution weights channels-last (NHWC), the layout the CPU and cuDNN
  /// convolutions run fastest on (allcnn bench: 1.3 to 2.4 times the images/s of NCHW on the
  /// CPU here). Call after moving the model to its device; feed channels-last input too.
  void use_channels_last();

  /// Runs layers [begin, end) on x.
  torch::Tensor forward_range(torch::Tensor x, size_t begin, size_t end);

  /// One row per layer, output shapes from a forward pass on a zero input of the configured size.
  std::vector<LayerDescription> describe();
  int64_t parameter_count() const;

 private:
  /// `kind` is the summary's description where the module type alone does not say enough.
  void add(const std::string& name, torch::nn::AnyModule module, const std::string& kind = {});

  ModelOptions options_;
  torch::nn::Sequential layers_;
  std::vector<std::string> names_;
  std::vector<std::string> kinds_;
};
TORCH_MODULE(ConvNet);

/// Total trainable parameters of any module.
int64_t count_parameters(const torch::nn::Module& module);

}  // namespace allcnn::nn
