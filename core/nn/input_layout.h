#pragma once

#include <ATen/core/Tensor.h>

namespace allcnn::nn {

/// A batch [N, C, H, W] in the layout the models compute in: channels-last, as their weights
/// (ConvNetImpl::use_channels_last). Training, evaluation and prediction all feed the network
/// through this, so an evaluation runs the same kernels as the training it measures.
inline at::Tensor in_model_layout(const at::Tensor& images) {
  return images.contiguous(at::MemoryFormat::ChannelsLast);
}

}  // namespace allcnn::nn
