#pragma once

// Private to the benchmark (core/bench): timing, statistics and the bare training loop that
// every other figure is compared with. Everything runs on the benchmark's thread.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "bench/benchmark.h"
#include "nn/model.h"

namespace allcnn::bench {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

double seconds_since(Clock::time_point start);
/// {min, median, max, samples} of `samples`.
json stats_json(const std::vector<double>& samples);
std::vector<double> scaled(std::vector<double> samples, double factor);
double median_of(const json& stats);
/// "123.4 images/s": the samples' median with its unit.
std::string format_median(const std::vector<double>& samples, const char* unit);
void synchronize(const torch::Device& device);

/// How the network runs: the knobs the benchmark chooses by measurement or is told.
struct Setup {
  torch::Device device{torch::kCPU};
  bool channels_last = false;
  bool bf16 = false;
};

const char* format_name(bool channels_last);

/// Units per second of `step`, `calls` calls per repeat, after `warmup` untimed calls. `finish`
/// (optional) runs at the end of every repeat inside the timed region (a metrics flush, say).
std::vector<double> time_repeats(const BenchOptions& o, const torch::Device& device, int calls,
                                 double units_per_call, const std::function<void()>& step,
                                 const std::function<void()>& finish = {});

/// `images` in the setup's memory format.
torch::Tensor in_format(const torch::Tensor& images, const Setup& s);
/// All-CNN-C, He-initialized from `seed`, on the setup's device and in its layout.
nn::ConvNet make_net(const Setup& s, uint64_t seed);

/// The bare loop: forward, loss, backward, step on batches already on the device, in the
/// network's layout. It cycles through a few random batches, as training sees changing data,
/// rather than fitting one batch over and over.
struct BareLoop {
  static constexpr int kBatches = 8;
  Setup setup;
  nn::ConvNet net{nullptr};
  std::unique_ptr<torch::optim::Optimizer> optimizer;
  std::vector<torch::Tensor> images, labels;
  size_t next = 0;

  BareLoop(const Setup& s, int64_t batch, uint64_t seed);
  void step();
};

/// Images/s of the bare loop at `batch`, one sample per repeat.
std::vector<double> measure_bare(const BenchOptions& o, const Setup& s, int64_t batch);
/// Conv FLOPs of one image's forward pass, from the model's own layer list and output shapes.
double forward_flops(nn::ConvNetImpl& net);
/// GFLOP/s of a 2048x2048 matrix product in `dtype`: the device's practical peak.
std::vector<double> measure_matmul(const BenchOptions& o, const torch::Device& device,
                                   torch::ScalarType dtype);

}  // namespace allcnn::bench
