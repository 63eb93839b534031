#include "bench/bench_timing.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "common/torch_compat.h"
#include "config/run_config.h"
#include "init/initializers.h"
#include "train/optimizer.h"

namespace allcnn::bench {

namespace {

constexpr int64_t kMatmulSize = 2048;

// The optimizer the Trainer builds from a default RunConfig (SGD, momentum 0.9, Nesterov).
std::unique_ptr<torch::optim::Optimizer> make_sgd(nn::ConvNet& net) {
  return train::make_optimizer(train::RunConfig{}, net->parameters());
}

}  // namespace

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

json stats_json(const std::vector<double>& samples) {
  std::vector<double> sorted = samples;
  std::sort(sorted.begin(), sorted.end());
  const size_t n = sorted.size();
  const double median = n == 0  ? 0.0
                        : n % 2 ? sorted[n / 2]
                                : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
  return {{"min", n ? sorted.front() : 0.0},
          {"median", median},
          {"max", n ? sorted.back() : 0.0},
          {"samples", samples}};
}

std::vector<double> scaled(std::vector<double> samples, double factor) {
  for (double& s : samples) s *= factor;
  return samples;
}

double median_of(const json& stats) { return stats.at("median").get<double>(); }

std::string format_median(const std::vector<double>& samples, const char* unit) {
  char text[64];
  std::snprintf(text, sizeof text, "%.1f %s", median_of(stats_json(samples)), unit);
  return text;
}

void synchronize(const torch::Device& device) {
  if (device.is_cuda()) torch::cuda::synchronize(device.has_index() ? device.index() : -1);
}

const char* format_name(bool channels_last) {
  return channels_last ? "channels-last" : "contiguous";
}

std::vector<double> time_repeats(const BenchOptions& o, const torch::Device& device, int calls,
                                 double units_per_call, const std::function<void()>& step,
                                 const std::function<void()>& finish) {
  for (int i = 0; i < o.warmup; ++i) step();
  if (finish) finish();
  synchronize(device);
  std::vector<double> samples;
  for (int r = 0; r < o.repeats; ++r) {
    const auto start = Clock::now();
    for (int i = 0; i < calls; ++i) step();
    if (finish) finish();
    synchronize(device);
    samples.push_back(units_per_call * calls / seconds_since(start));
  }
  return samples;
}

// Module::to() has no memory format in the C++ frontend: convert the 4-d parameters in place,
// as Python's module.to(memory_format=torch.channels_last) does. Gradients and the optimizer's
// buffers then follow the parameters' layout.
torch::Tensor in_format(const torch::Tensor& images, const Setup& s) {
  return s.channels_last ? images.contiguous(torch::MemoryFormat::ChannelsLast) : images;
}

nn::ConvNet make_net(const Setup& s, uint64_t seed) {
  torch::manual_seed(seed);
  nn::ConvNet net{nn::ModelOptions{}};
  init::initialize(*net, init::InitKind::HeNormal);
  net->to(s.device);
  if (s.channels_last) net->use_channels_last();
  return net;
}

BareLoop::BareLoop(const Setup& s, int64_t batch, uint64_t seed)
    : setup(s), net(make_net(s, seed)) {
  optimizer = make_sgd(net);
  const auto options = torch::TensorOptions().device(s.device);
  for (int i = 0; i < kBatches; ++i) {
    images.push_back(in_format(torch::rand({batch, 3, 32, 32}, options), s));
    labels.push_back(torch::randint(0, 10, {batch}, options.dtype(torch::kInt64)));
  }
  net->train();
}

void BareLoop::step() {
  const size_t i = next++ % images.size();
  optimizer->zero_grad();
  torch::Tensor loss;
  {
    AutocastScope autocast(setup.device.type(), setup.bf16);
    loss = torch::nn::functional::cross_entropy(net->forward(images[i]), labels[i]);
  }
  loss.backward();
  optimizer->step();
}

std::vector<double> measure_bare(const BenchOptions& o, const Setup& s, int64_t batch) {
  BareLoop loop(s, batch, o.seed);
  return time_repeats(o, s.device, o.train_iterations, static_cast<double>(batch),
                      [&] { loop.step(); });
}

double forward_flops(nn::ConvNetImpl& net) {
  const auto rows = net.describe();
  double flops = 0.0;
  for (size_t index : net.conv_indices()) {
    const auto& shape = rows.at(index).output_shape;  // [Cout, Hout, Wout]
    const double weights = static_cast<double>(net.conv(index)->weight.numel());  // Cout*Cin*K*K
    flops += 2.0 * weights * static_cast<double>(shape.at(1) * shape.at(2));
  }
  return flops;
}

std::vector<double> measure_matmul(const BenchOptions& o, const torch::Device& device,
                                   torch::ScalarType dtype) {
  const auto options = torch::TensorOptions().device(device).dtype(dtype);
  const auto a = torch::rand({kMatmulSize, kMatmulSize}, options);
  const auto b = torch::rand({kMatmulSize, kMatmulSize}, options);
  auto c = torch::empty({kMatmulSize, kMatmulSize}, options);
  const double flops = 2.0 * std::pow(static_cast<double>(kMatmulSize), 3);
  // Enough products per repeat to last ~0.1 s on a GPU; two on a CPU.
  const int calls = device.is_cuda() ? 50 : 2;
  return scaled(time_repeats(o, device, calls, flops, [&] { torch::mm_out(c, a, b); }), 1e-9);
}

}  // namespace allcnn::bench
