#include "train/diagnostics.h"

#include <algorithm>
#include <cmath>

#include <torch/torch.h>

#include "common/error.h"

namespace allcnn::train {

namespace {

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

// The cures the warnings name take the learning rate in this form.
double rounded(double value, int digits) {
  if (value == 0 || !std::isfinite(value)) return value;
  const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(std::fabs(value))));
  return std::round(value * scale) / scale;
}

}  // namespace

TrainingDiagnostics::TrainingDiagnostics(nn::ConvNet net, int64_t window_batches)
    : net_(std::move(net)), window_batches_(std::max<int64_t>(1, window_batches)) {
  const auto& names = net_->layer_names();
  for (size_t i = 0; i < names.size(); ++i) {
    if (!starts_with(names[i], "conv")) continue;
    size_t relu = i + 1;
    while (relu < names.size() && !starts_with(names[relu], "relu")) ++relu;
    if (relu == names.size()) throw Error(names[i], "no ReLU follows this convolution");
    watched_.push_back({i, relu, names[i]});
  }
  relu_max_.resize(watched_.size());
}

torch::Tensor TrainingDiagnostics::forward(const torch::Tensor& inputs) {
  // The model's own forward pass, stopping after each watched ReLU to look at its output.
  torch::Tensor x = inputs;
  size_t done = 0;  // layers applied so far
  for (size_t k = 0; k < watched_.size(); ++k) {
    x = net_->forward_range(x, done, watched_[k].relu + 1);
    done = watched_[k].relu + 1;
    // A channel is alive in the window once any image gives it a positive value anywhere.
    auto peak = x.detach().amax({0, 2, 3}).to(torch::kFloat32);
    auto& running = relu_max_[k];
    running = running.defined() ? torch::maximum(running, peak) : peak;
  }
  x = net_->forward_range(x, done, net_->layer_count());
  const auto logits = x.detach().to(torch::kFloat32);
  const auto low = logits.amin(0), high = logits.amax(0);
  logit_min_ = logit_min_.defined() ? torch::minimum(logit_min_, low) : low;
  logit_max_ = logit_max_.defined() ? torch::maximum(logit_max_, high) : high;
  return x;
}

std::optional<DiagnosticsWindow> TrainingDiagnostics::end_batch(int64_t step, int64_t epoch) {
  if (++batches_ < window_batches_) return std::nullopt;
  if (!logit_max_.defined()) {  // nothing went through forward()
    batches_ = 0;
    return std::nullopt;
  }
  torch::NoGradGuard no_grad;
  // Everything the window needs, read from the device at once.
  std::vector<torch::Tensor> norms;
  std::vector<int64_t> channels;
  for (size_t k = 0; k < watched_.size(); ++k) {
    auto conv = net_->conv(watched_[k].conv);
    const auto& weight = conv->weight;
    norms.push_back(weight.detach().norm().to(torch::kFloat32));
    norms.push_back(weight.grad().defined() ? weight.grad().norm().to(torch::kFloat32)
                                            : torch::zeros({}, weight.options()));
    channels.push_back(weight.size(0));
  }
  auto dead = torch::cat(relu_max_).le(0).to(torch::kCPU, torch::kInt64).contiguous();
  auto host_norms = torch::stack(norms).to(torch::kCPU, torch::kFloat64).contiguous();
  auto low = logit_min_.to(torch::kCPU, torch::kFloat64).contiguous();
  auto high = logit_max_.to(torch::kCPU, torch::kFloat64).contiguous();

  DiagnosticsWindow window;
  window.batches = batches_;
  const int64_t* dead_flags = dead.data_ptr<int64_t>();
  const double* norm = host_norms.data_ptr<double>();
  int64_t offset = 0;
  for (size_t k = 0; k < watched_.size(); ++k) {
    int64_t dead_count = 0;
    for (int64_t c = 0; c < channels[k]; ++c) dead_count += dead_flags[offset + c];
    offset += channels[k];
    metrics::DiagnosticsRow row;
    row.step = step;
    row.epoch = epoch;
    row.layer = watched_[k].name;
    row.dead_fraction = static_cast<double>(dead_count) / static_cast<double>(channels[k]);
    row.weight_norm = norm[2 * k];
    row.grad_norm = norm[2 * k + 1];
    window.rows.push_back(std::move(row));
    window.dead_channels.push_back(dead_count);
    window.channels.push_back(channels[k]);
  }
  const double* lows = low.data_ptr<double>();
  const double* highs = high.data_ptr<double>();
  for (int64_t c = 0; c < low.numel(); ++c) {
    // The same value for every image, up to float rounding of the pooled mean.
    const double tolerance = 1e-6 * std::max(1.0, std::fabs(highs[c]));
    if (highs[c] - lows[c] <= tolerance) window.stuck_classes.push_back({c, highs[c]});
  }

  batches_ = 0;
  for (auto& running : relu_max_) running = torch::Tensor();
  logit_min_ = logit_max_ = torch::Tensor();
  return window;
}

std::vector<metrics::HistogramRow> TrainingDiagnostics::histograms(int64_t epoch, int64_t bins) {
  torch::NoGradGuard no_grad;
  std::vector<metrics::HistogramRow> rows;
  auto add = [&](const std::string& layer, const char* tensor, const torch::Tensor& values) {
    const auto flat = values.detach().flatten().to(torch::kCPU, torch::kFloat32);
    const double low = flat.min().item<double>(), high = flat.max().item<double>();
    if (!std::isfinite(low) || !std::isfinite(high)) return;
    const int64_t n = high > low ? bins : 1;
    const auto counts =
        torch::histc(flat, n, low, high > low ? high : low + 1).to(torch::kInt64).contiguous();
    const double width = (high > low ? high - low : 1.0) / static_cast<double>(n);
    for (int64_t b = 0; b < n; ++b)
      rows.push_back({epoch, layer, tensor, low + width * static_cast<double>(b),
                      low + width * static_cast<double>(b + 1), counts[b].item<int64_t>()});
  };
  for (const auto& watched : watched_) {
    auto conv = net_->conv(watched.conv);
    add(watched.name, "weight", conv->weight);
    if (conv->weight.grad().defined()) add(watched.name, "gradient", conv->weight.grad());
  }
  return rows;
}

std::vector<Message> diagnostics_warnings(const DiagnosticsWindow& window,
                                          const std::vector<std::string>& class_names,
                                          double learning_rate, std::set<std::string>& warned) {
  std::vector<Message> said;
  std::set<std::string> now;
  const double lr = rounded(learning_rate, 3);
  const std::string last_layer = window.rows.empty() ? std::string() : window.rows.back().layer;
  for (const auto& stuck : window.stuck_classes) {
    const std::string key = "class " + std::to_string(stuck.index);
    now.insert(key);
    if (warned.count(key)) continue;
    const std::string name = stuck.index < static_cast<int64_t>(class_names.size())
                                 ? class_names[static_cast<size_t>(stuck.index)]
                                 : std::to_string(stuck.index);
    if (stuck.value == 0)
      said.push_back(
          message(MessageCode::ClassUnitDead, stuck.index, name, last_layer, window.batches, lr));
    else
      said.push_back(message(MessageCode::ClassUnitConstant, stuck.index, name, last_layer,
                             rounded(stuck.value, 4), window.batches, lr));
  }
  // The last layer's dead channels are the dead classes, said above.
  for (size_t k = 0; k + 1 < window.rows.size(); ++k) {
    const auto& row = window.rows[k];
    if (row.dead_fraction <= kMostlyDeadFraction) continue;
    const std::string key = "layer " + row.layer;
    now.insert(key);
    if (warned.count(key)) continue;
    said.push_back(message(MessageCode::LayerMostlyDead, std::round(row.dead_fraction * 1000) / 10,
                           row.layer, window.dead_channels[k], window.channels[k], window.batches,
                           lr));
  }
  warned = std::move(now);
  return said;
}

}  // namespace allcnn::train
