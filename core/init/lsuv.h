#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include <torch/types.h>

#include "init/lsuv_trace.h"
#include "nn/model.h"

namespace allcnn::init {

/// Runs LSUV on `net`, whose convolutions must already hold their orthonormal
/// pre-initialization (init::initialize(net, InitKind::Lsuv)). `batch` is float input on the
/// net's device, preprocessed as training will see it. The net is measured in eval mode
/// (dropout off) layer by layer: each layer's input is computed once from the layers before it,
/// which are final by then, so no second copy of the model and no repeated full forward.
/// Returns the full per-layer, per-iteration trace. Call from one thread at a time per net.
/// Once `stop` is set it returns before the next layer with trace.stopped set (the layers
/// before it are scaled, the rest are not: the net is only half initialized).
LsuvTrace lsuv_initialize(nn::ConvNetImpl& net, const torch::Tensor& batch,
                          const LsuvOptions& options = {}, const std::atomic<bool>* stop = nullptr);

/// The statistics of LayerStatistics, measured without changing anything, on `batch`.
std::vector<LayerStatistics> measure_layers(nn::ConvNetImpl& net, const torch::Tensor& batch);

}  // namespace allcnn::init
