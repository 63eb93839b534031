#include "init/lsuv.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <torch/torch.h>

#include "common/error.h"

namespace allcnn::init {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool selected(const LsuvOptions& options, const std::string& name) {
  return options.layers.empty() ||
         std::find(options.layers.begin(), options.layers.end(), name) != options.layers.end();
}

}  // namespace

LsuvTrace lsuv_initialize(nn::ConvNetImpl& net, const torch::Tensor& batch,
                          const LsuvOptions& options, const std::atomic<bool>* stop) {
  if (options.tolerance <= 0) throw Error("lsuv_tolerance", "the LSUV tolerance must be positive");
  if (options.max_iterations < 1) throw Error("lsuv_max_iterations", "must be at least 1");
  if (!batch.defined() || batch.dim() != 4 || batch.size(0) < 2)
    throw Error("LSUV", "needs a batch of at least two images [B, C, H, W]");
  for (const auto& name : options.layers) {
    const auto& names = net.layer_names();
    if (name.rfind("conv", 0) != 0 || std::find(names.begin(), names.end(), name) == names.end())
      throw Error("lsuv_layers", "'" + name + "' is not a convolution of this model");
  }

  torch::NoGradGuard no_grad;
  nn::EvalScope eval(net);
  const auto started = Clock::now();
  LsuvTrace trace;
  trace.batch_size = batch.size(0);
  trace.options = options;

  // `input` is always the input of the layer at `position`.
  torch::Tensor input = batch;
  size_t position = 0;
  for (size_t index : net.conv_indices()) {
    if (stop != nullptr && stop->load()) {
      trace.stopped = true;
      break;
    }
    input = net.forward_range(input, position, index);
    position = index;
    auto conv = net.conv(index);
    LsuvLayerTrace layer;
    layer.layer = net.layer_names()[index];
    layer.layer_index = index;
    const auto layer_started = Clock::now();

    auto output = conv->forward(input);
    layer.variance_before = output.var().item<double>();
    const int64_t per_sample = output.numel() / output.size(0);
    if (!selected(options, layer.layer)) {
      layer.skipped = true;
      layer.skip_reason = "not selected";
    } else if (per_sample < options.min_outputs_per_sample) {
      layer.skipped = true;
      layer.skip_reason = std::to_string(per_sample) + " outputs per sample (fewer than " +
                          std::to_string(options.min_outputs_per_sample) + ")";
    }

    for (int iteration = 0; !layer.skipped && iteration < options.max_iterations; ++iteration) {
      LsuvStep step;
      step.iteration = iteration;
      step.variance = output.var().item<double>();
      step.mean = output.mean().item<double>();
      if (!std::isfinite(step.variance) || step.variance <= 1e-12) {
        layer.skipped = true;
        layer.skip_reason = "output variance " + std::to_string(step.variance) +
                            " cannot be scaled to 1 (dead or non-finite layer)";
        step.elapsed_ms = ms_since(layer_started);
        layer.steps.push_back(step);
        break;
      }
      if (std::abs(step.variance - 1.0) <= options.tolerance) {
        step.elapsed_ms = ms_since(layer_started);
        layer.steps.push_back(step);
        break;
      }
      step.scale = 1.0 / std::sqrt(step.variance);
      conv->weight.mul_(step.scale);
      // The bias is zero after initialization; scaling it too keeps the layer a pure rescale
      // should a caller have set one.
      if (conv->bias.defined()) conv->bias.mul_(step.scale);
      output = conv->forward(input);
      step.elapsed_ms = ms_since(layer_started);
      layer.steps.push_back(step);
    }
    layer.variance_after = output.var().item<double>();
    layer.converged = !layer.skipped && std::abs(layer.variance_after - 1.0) <= options.tolerance;
    layer.elapsed_ms = ms_since(layer_started);
    trace.layers.push_back(std::move(layer));
  }
  trace.elapsed_ms = ms_since(started);
  return trace;
}

std::vector<LayerStatistics> measure_layers(nn::ConvNetImpl& net, const torch::Tensor& batch) {
  torch::NoGradGuard no_grad;
  nn::EvalScope eval(net);
  std::vector<LayerStatistics> rows;
  const auto& names = net.layer_names();
  auto layer = net.layers()->begin();
  torch::Tensor x = batch;
  LayerStatistics* current = nullptr;
  for (size_t i = 0; i < names.size(); ++i) {
    x = layer[i].forward(x);
    if (names[i].rfind("conv", 0) == 0) {
      rows.push_back({names[i], x.var().item<double>(), x.mean().item<double>(), 0.0});
      current = &rows.back();
    } else if (names[i].rfind("relu", 0) == 0 && current != nullptr) {
      current->dead_fraction = (x <= 0).to(torch::kFloat64).mean().item<double>();
      current = nullptr;
    }
  }
  return rows;
}

}  // namespace allcnn::init
