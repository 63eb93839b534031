#include "bench/benchmark.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <thread>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "common/allocator.h"
#include "common/device.h"
#include "common/error.h"
#include "common/torch_compat.h"
#include "data/augment.h"
#include "data/batcher.h"
#include "init/initializers.h"
#include "init/lsuv.h"
#include "nn/model.h"
#include "runs/run_folder.h"
#include "train/optimizer.h"
#include "train/run_config.h"
#include "train/trainer.h"

namespace allcnn::bench {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

namespace {

constexpr int64_t kMatmulSize = 2048;
constexpr int kOverheadIterations = 20;

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

void synchronize(const torch::Device& device) {
  if (device.is_cuda()) torch::cuda::synchronize(device.has_index() ? device.index() : -1);
}

/// How the network runs: the knobs the benchmark chooses by measurement or is told.
struct Setup {
  torch::Device device{torch::kCPU};
  bool channels_last = false;
  bool bf16 = false;
};

const char* format_name(bool channels_last) {
  return channels_last ? "channels-last" : "contiguous";
}

// Units per second of `step`, `calls` calls per repeat, after `warmup` untimed calls. `finish`
// (optional) runs at the end of every repeat inside the timed region (a metrics flush, say).
std::vector<double> time_repeats(const BenchOptions& o, const torch::Device& device, int calls,
                                 double units_per_call, const std::function<void()>& step,
                                 const std::function<void()>& finish = {}) {
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

// The optimizer the Trainer builds from a default RunConfig (SGD, momentum 0.9, Nesterov).
std::unique_ptr<torch::optim::Optimizer> make_sgd(nn::ConvNet& net) {
  return train::make_optimizer(train::RunConfig{}, net->parameters());
}

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

  BareLoop(const Setup& s, int64_t batch, uint64_t seed) : setup(s), net(make_net(s, seed)) {
    optimizer = make_sgd(net);
    const auto options = torch::TensorOptions().device(s.device);
    for (int i = 0; i < kBatches; ++i) {
      images.push_back(in_format(torch::rand({batch, 3, 32, 32}, options), s));
      labels.push_back(torch::randint(0, 10, {batch}, options.dtype(torch::kInt64)));
    }
    net->train();
  }

  void step() {
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
};

std::vector<double> measure_bare(const BenchOptions& o, const Setup& s, int64_t batch) {
  BareLoop loop(s, batch, o.seed);
  return time_repeats(o, s.device, o.train_iterations, static_cast<double>(batch),
                      [&] { loop.step(); });
}

// Conv FLOPs of one image's forward pass, from the model's own layer list and output shapes.
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

// A CIFAR-10 binary copy of random images, so that the real Trainer can load it by name.
void write_synthetic_cifar10(const fs::path& dir, int64_t train_count, int64_t test_count,
                             uint64_t seed) {
  constexpr int64_t kRecord = 1 + 3 * 32 * 32;
  std::mt19937_64 rng(seed);
  auto write = [&](const fs::path& path, int64_t count) {
    std::string bytes(static_cast<size_t>(count * kRecord), '\0');
    for (int64_t i = 0; i < count; ++i) {
      bytes[static_cast<size_t>(i * kRecord)] = static_cast<char>(i % 10);
      for (int64_t j = 1; j < kRecord; ++j)
        bytes[static_cast<size_t>(i * kRecord + j)] = static_cast<char>(rng() & 0xFF);
    }
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw Error(path.string(), "cannot write the synthetic dataset");
  };
  fs::create_directories(dir);
  const int64_t per_file = (train_count + 4) / 5;
  for (int k = 1; k <= 5; ++k) write(dir / ("data_batch_" + std::to_string(k) + ".bin"), per_file);
  write(dir / "test_batch.bin", test_count);
}

/// How the Trainer pipeline is timed: in whole groups of metrics (the Trainer delivers a
/// group's rows together), a warm-up, then `repeats` repeats of at least --iterations batches.
struct PipelineShape {
  int64_t metrics_every = 1;  ///< the Trainer's; --metrics-every on a GPU, 1 on a CPU
  int64_t warmup_batches = 0;
  int64_t batches_per_repeat = 0;
  /// Batches the measurement trains, with a spare: one epoch of the synthetic set must hold them.
  int64_t batches_needed(int repeats) const {
    return warmup_batches + repeats * batches_per_repeat + 1;
  }
};

PipelineShape pipeline_shape(const BenchOptions& o, const Setup& s) {
  PipelineShape shape;
  shape.metrics_every = s.device.is_cuda() ? o.metrics_every : 1;
  const auto whole_groups = [&](int64_t batches) {
    return (batches + shape.metrics_every - 1) / shape.metrics_every * shape.metrics_every;
  };
  shape.warmup_batches = whole_groups(o.warmup);
  shape.batches_per_repeat = whole_groups(o.train_iterations);
  return shape;
}

/// The pipeline and its baseline, measured in alternation (see measure_pipeline).
struct PipelinePair {
  std::vector<double> pipeline;  ///< images/s of the Trainer, one sample per repeat
  std::vector<double> bare;      ///< images/s of the bare loop, the repeat that followed
  PipelineShape shape;
};

// The full pipeline as users run it: train::Trainer on the synthetic CIFAR-10 copy, with its
// Batcher, shift+flip augmentation, the loss and accuracy read from the device every
// `metrics_every` batches, batches.csv appended and flushed per row, and a metrics callback
// that copies each row into a mutex-guarded buffer as the GUI's worker does. On a GPU the
// Trainer holds the dataset on the device, as it does for users.
//
// The bare loop runs in alternation with it, inside the callback that ends each repeat: one
// repeat of the Trainer, one of the bare loop (same device, threads and channels-last layout,
// which the Trainer uses), and so on. Both figures of a pair then see the same machine, and the
// ratio is the median of the per-pair ratios; a shared machine's drifting load cancels out.
// A repeat spans whole metric groups, timed from the last callback of one group to the last of
// another (the time spent in the bare loop in between is excluded), so start-up, evaluation and
// the final checkpoint are never counted.
PipelinePair measure_pipeline(const BenchOptions& o, const Setup& s, const fs::path& work,
                              int64_t batch, int threads) {
  train::RunConfig config;
  config.dataset = "cifar10";
  config.data_dir = (work / "data").string();
  config.init = "he-normal";
  config.augment.shift = true;
  config.augment.flip = true;
  config.batch_size = batch;
  config.epochs = 1;
  config.seed = o.seed;
  config.device = s.device.str();
  config.threads = threads;
  config.bf16 = s.bf16;
  config.runs_dir = (work / "runs").string();
  config.name = "trainer-batch-" + std::to_string(batch);
  config.checkpoint_every = 0;
  config.drift_every = 0;
  std::error_code ignored;  // a kept --work-dir may hold the folder of an earlier bench
  fs::remove_all(fs::path(config.runs_dir) / config.name, ignored);
  const PipelineShape shape = pipeline_shape(o, s);
  config.metrics_every = shape.metrics_every;

  PipelinePair pair;
  pair.shape = shape;
  const int64_t warmup_batches = shape.warmup_batches;
  const int64_t batches_per_repeat = shape.batches_per_repeat;

  Setup bare_setup = s;
  bare_setup.channels_last = true;
  BareLoop bare(bare_setup, batch, o.seed + 1);
  for (int i = 0; i < o.warmup; ++i) bare.step();
  synchronize(s.device);

  std::mutex buffer_mutex;
  std::vector<train::BatchMetrics> buffer;
  train::RunControl control;
  train::TrainerCallbacks callbacks;
  int64_t delivered = 0;
  Clock::time_point resumed;
  callbacks.on_batch = [&](const train::BatchMetrics& m) {
    {
      std::lock_guard<std::mutex> lock(buffer_mutex);
      buffer.push_back(m);
    }
    ++delivered;
    if (delivered < warmup_batches || static_cast<int>(pair.bare.size()) >= o.repeats) return;
    if ((delivered - warmup_batches) % batches_per_repeat != 0) return;
    const auto now = Clock::now();
    if (delivered > warmup_batches) {
      pair.pipeline.push_back(static_cast<double>(batch * batches_per_repeat) /
                              std::chrono::duration<double>(now - resumed).count());
      const auto start = Clock::now();
      for (int64_t i = 0; i < batches_per_repeat; ++i) bare.step();
      synchronize(s.device);
      pair.bare.push_back(static_cast<double>(batch * batches_per_repeat) / seconds_since(start));
      if (static_cast<int>(pair.bare.size()) >= o.repeats) {
        control.stop = true;
        return;
      }
    }
    resumed = Clock::now();
  };
  train::Trainer trainer(config, callbacks);
  const auto outcome = trainer.run(control);
  if (static_cast<int>(pair.bare.size()) < o.repeats) {
    throw Error("bench", "the Trainer ended (" + train::to_string(outcome.state) + ": " +
                             outcome.reason + ") after " + std::to_string(delivered) +
                             " batches, before " + std::to_string(o.repeats) + " repeats");
  }
  return pair;
}

json measure_overheads(const BenchOptions& o, const Setup& s, const data::Dataset& host,
                       int64_t batch, const fs::path& work) {
  json result;
  auto per_batch_ms = [&](const std::function<void()>& step) {
    BenchOptions quick = o;
    quick.warmup = 2;
    auto samples = time_repeats(quick, s.device, kOverheadIterations, 1.0, step);
    for (double& calls_per_second : samples) calls_per_second = 1000.0 / calls_per_second;
    return stats_json(samples);
  };
  // Where the Trainer keeps it: on a GPU the dataset is resident there.
  const data::Dataset data = host.to(s.device);
  data::Batcher batcher(data, batch, /*shuffle=*/true, o.seed);
  data::Batch b;
  result["batcher_next"] = per_batch_ms([&] {
    // Full batches only: the epoch's partial last one would not match the metrics' logits.
    if (!batcher.next(b) || b.labels.size(0) != batch) {
      batcher.start_epoch(0);
      batcher.next(b);
    }
  });
  data::AugmentOptions augment;
  augment.shift = true;
  augment.flip = true;
  data::Augmenter augmenter(augment, data, s.device);
  result["augment_shift_flip"] = per_batch_ms([&] { augmenter.apply(b.images, true); });
  const auto logits = torch::randn({batch, 10}, torch::TensorOptions().device(s.device));
  const auto labels = b.labels.to(s.device);
  result["metrics_item"] = per_batch_ms([&] {
    const auto loss = torch::nn::functional::cross_entropy(logits, labels);
    volatile double value = loss.item<double>();
    volatile int64_t correct = logits.argmax(1).eq(labels).sum().item<int64_t>();
    (void)value;
    (void)correct;
  });
  const fs::path dir = work / "runs" / "overheads";
  fs::create_directories(dir);
  runs::RunWriter writer(dir.string());
  train::BatchMetrics m;
  result["run_writer_append"] = per_batch_ms([&] {
    ++m.step;
    writer.append_batch(m);
  });
  return result;
}

json measure_lsuv(const BenchOptions& o, const Setup& s) {
  std::vector<double> lsuv_ms, orthonormal_ms;
  const auto input = in_format(
      torch::rand({o.lsuv_batch_size, 3, 32, 32}, torch::TensorOptions().device(s.device)), s);
  // No warm-up run: LSUV's forward passes use the kernels every earlier figure has warmed, and
  // one LSUV takes seconds on a CPU.
  for (int r = 0; r < o.lsuv_repeats; ++r) {
    torch::manual_seed(o.seed + static_cast<uint64_t>(r));
    nn::ConvNet net{nn::ModelOptions{}};
    net->to(s.device);
    if (s.channels_last) net->use_channels_last();
    synchronize(s.device);
    auto start = Clock::now();
    init::initialize(*net, init::InitKind::Lsuv);
    synchronize(s.device);
    const double init_ms = 1000.0 * seconds_since(start);
    start = Clock::now();
    init::lsuv_initialize(*net, input);
    synchronize(s.device);
    orthonormal_ms.push_back(init_ms);
    lsuv_ms.push_back(1000.0 * seconds_since(start));
  }
  return {{"batch_size", o.lsuv_batch_size},
          {"repeats", o.lsuv_repeats},
          {"lsuv_ms", stats_json(lsuv_ms)},
          {"orthonormal_init_ms", stats_json(orthonormal_ms)}};
}

void check_options(const BenchOptions& o) {
  if (o.repeats < 1) throw Error("--repeats", "must be at least 1");
  if (o.lsuv_repeats < 1) throw Error("--lsuv-repeats", "must be at least 1");
  if (o.warmup < 1)
    throw Error("--warmup", "must be at least 1 (the pipeline times between batches)");
  if (o.train_iterations < 1 || o.inference_iterations < 1)
    throw Error("--iterations", "must be at least 1");
  if (o.batch_sizes.empty()) throw Error("--batch-sizes", "name at least one batch size");
  for (int64_t b : o.batch_sizes)
    if (b < 1) throw Error("--batch-sizes", "must be positive");
  if (o.memory_format != "auto" && o.memory_format != "contiguous" &&
      o.memory_format != "channels-last")
    throw Error("--memory-format",
                "auto, contiguous or channels-last, not '" + o.memory_format + "'");
  for (const auto& section : o.only)
    if (section != "bare" && section != "pipeline" && section != "inference" && section != "lsuv" &&
        section != "flops")
      throw Error("--only",
                  "sections are bare, pipeline, inference, lsuv and flops, not '" + section + "'");
  if (o.metrics_every < 1) throw Error("--metrics-every", "must be at least 1");
}

// Removes the scratch folder however the benchmark ends.
struct ScratchDir {
  fs::path path;
  bool owned = false;
  ~ScratchDir() {
    std::error_code ec;
    if (owned) fs::remove_all(path, ec);
  }
};

}  // namespace

double all_cnn_c_forward_flops(int64_t in_channels, int64_t input_size, int64_t classes) {
  nn::ModelOptions options;
  options.in_channels = in_channels;
  options.input_size = input_size;
  options.classes = classes;
  nn::ConvNet net(options);
  return forward_flops(*net);
}

json run_benchmark(const BenchOptions& o, const std::function<void(const std::string&)>& progress) {
  check_options(o);
  const auto begin = Clock::now();
  auto say = [&](const std::string& line) {
    char stamp[32];
    std::snprintf(stamp, sizeof stamp, "[%6.1f s] ", seconds_since(begin));
    if (progress) progress(stamp + line);
  };
  auto format_median = [](const std::vector<double>& samples, const char* unit) {
    const double median = median_of(stats_json(samples));
    char text[64];
    std::snprintf(text, sizeof text, "%.1f %s", median, unit);
    return std::string(text);
  };

  Setup s;
  s.device = choose_device(o.device);
  s.bf16 = o.bf16;
  if (s.device.is_cuda()) set_cudnn_benchmark(o.cudnn_benchmark);
  const int hardware_threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  ScratchDir scratch;
  if (o.work_dir.empty()) {
    scratch.path =
        fs::temp_directory_path() / ("allcnn-bench-" + std::to_string(std::random_device{}()));
    scratch.owned = true;
  } else {
    scratch.path = o.work_dir;
  }
  fs::create_directories(scratch.path);

  json report;
  report["tool"] = "allcnn bench";
  report["torch_version"] = torch_version_string();
  report["allocator"] = tune_allocator_for_training();
  report["device_type"] = s.device.str();
  report["hardware_threads"] = hardware_threads;
  report["options"] = {{"repeats", o.repeats},
                       {"warmup", o.warmup},
                       {"train_iterations", o.train_iterations},
                       {"inference_iterations", o.inference_iterations},
                       {"batch_sizes", o.batch_sizes},
                       {"inference_batch_size", o.inference_batch_size},
                       {"bf16", o.bf16},
                       {"cudnn_benchmark", s.device.is_cuda() && o.cudnn_benchmark}};

  auto wanted = [&](const char* section) {
    return o.only.empty() || std::find(o.only.begin(), o.only.end(), section) != o.only.end();
  };
  report["options"]["sections"] = o.only.empty() ? std::vector<std::string>{"all"} : o.only;
  const int64_t probe_batch = o.batch_sizes.front();

  // Memory format first, at the given or the full thread count: both measured on the bare loop
  // unless given.
  int threads = o.threads > 0 ? o.threads : hardware_threads;
  torch::set_num_threads(threads);
  const std::string probe_key = "batch_" + std::to_string(probe_batch);
  json formats;
  std::vector<double> probe_chosen;  // the chosen format's samples at `threads`
  if (o.memory_format == "auto") {
    const auto contiguous = measure_bare(o, s, probe_batch);
    Setup last = s;
    last.channels_last = true;
    const auto channels_last = measure_bare(o, last, probe_batch);
    say("bare loop, batch " + std::to_string(probe_batch) + ", " + std::to_string(threads) +
        " thread(s): channels-last " + format_median(channels_last, "images/s") + ", contiguous " +
        format_median(contiguous, "images/s"));
    s.channels_last = median_of(stats_json(channels_last)) > median_of(stats_json(contiguous));
    probe_chosen = s.channels_last ? channels_last : contiguous;
    formats = {{"batch_size", probe_batch},
               {"threads", threads},
               {"contiguous", stats_json(contiguous)},
               {"channels_last", stats_json(channels_last)}};
  } else {
    s.channels_last = o.memory_format == "channels-last";
  }
  formats["chosen"] = format_name(s.channels_last);
  formats["by"] = o.memory_format == "auto" ? "measurement" : "--memory-format";
  formats["trainer"] = "channels-last";
  report["memory_format"] = formats;

  // Then the thread count, in the chosen format: the other counts (1, 2, 4, ... below the
  // hardware's) against the figure above. Not on a GPU, where it means nothing.
  json thread_sweep = json::array();
  if (o.threads <= 0 && !s.device.is_cuda() && hardware_threads > 1) {
    if (probe_chosen.empty()) probe_chosen = measure_bare(o, s, probe_batch);
    thread_sweep.push_back(
        {{"threads", hardware_threads}, {"images_per_second", stats_json(probe_chosen)}});
    double best = median_of(stats_json(probe_chosen));
    for (int t = 1; t < hardware_threads; t *= 2) {
      torch::set_num_threads(t);
      const auto samples = measure_bare(o, s, probe_batch);
      say("bare loop, batch " + std::to_string(probe_batch) + ", " + format_name(s.channels_last) +
          ", " + std::to_string(t) + " thread(s): " + format_median(samples, "images/s") + " (" +
          std::to_string(hardware_threads) + ": " + format_median(probe_chosen, "images/s") + ")");
      thread_sweep.push_back({{"threads", t}, {"images_per_second", stats_json(samples)}});
      if (median_of(stats_json(samples)) > best) {
        best = median_of(stats_json(samples));
        threads = t;
        probe_chosen = samples;
      }
    }
  }
  torch::set_num_threads(threads);
  report["device"] = describe_device(s.device);
  report["threads"] = {{"chosen", threads},
                       {"by", o.threads > 0 ? "--threads" : "measurement"},
                       {"memory_format", format_name(s.channels_last)},
                       {"measured", thread_sweep}};

  // The other precision on the same bare loop, for the user to choose: bfloat16 autocast pays on
  // GPUs with bf16 tensor cores and on CPUs with AVX-512 BF16 or AMX, and costs elsewhere.
  if (wanted("bare")) {
    Setup other = s;
    other.bf16 = !s.bf16;
    if (probe_chosen.empty()) probe_chosen = measure_bare(o, s, probe_batch);
    const auto samples = measure_bare(o, other, probe_batch);
    const auto& float32 = s.bf16 ? samples : probe_chosen;
    const auto& bfloat16 = s.bf16 ? probe_chosen : samples;
    const double speedup = median_of(stats_json(bfloat16)) / median_of(stats_json(float32));
    say("bare loop, batch " + std::to_string(probe_batch) + ": bfloat16 autocast " +
        format_median(bfloat16, "images/s") + ", float32 " + format_median(float32, "images/s"));
    report["precision"] = {{"batch_size", probe_batch},
                           {"float32", stats_json(float32)},
                           {"bfloat16_autocast", stats_json(bfloat16)},
                           {"bfloat16_speedup", speedup},
                           {"used", s.bf16 ? "bfloat16 autocast (--bf16)" : "float32"}};
  }

  // Bare loop at every batch size, in the chosen setup.
  const double flops_per_image = 3.0 * all_cnn_c_forward_flops();
  json bare;
  std::map<std::string, double> bare_median;
  for (int64_t batch : o.batch_sizes) {
    if (!wanted("bare")) break;
    const std::string key = "batch_" + std::to_string(batch);
    const auto samples =
        batch == probe_batch && !probe_chosen.empty() ? probe_chosen : measure_bare(o, s, batch);
    say("bare loop, batch " + std::to_string(batch) + ": " + format_median(samples, "images/s"));
    bare[key] = {{"images_per_second", stats_json(samples)},
                 {"gflops", stats_json(scaled(samples, flops_per_image * 1e-9))},
                 {"memory_format", format_name(s.channels_last)}};
    bare_median[key] = median_of(bare[key]["images_per_second"]);
  }
  if (wanted("bare")) report["bare"] = bare;

  if (o.pipeline && wanted("pipeline")) {
    // The synthetic dataset: one epoch holds every batch the measurement needs.
    const int64_t largest = *std::max_element(o.batch_sizes.begin(), o.batch_sizes.end());
    const int64_t batches = pipeline_shape(o, s).batches_needed(o.repeats);
    write_synthetic_cifar10(scratch.path / "data", batches * largest, 100, o.seed);
    const auto host =
        data::load_dataset(data::DatasetKind::Cifar10, (scratch.path / "data").string()).train;
    json pipeline;
    for (int64_t batch : o.batch_sizes) {
      const std::string key = "batch_" + std::to_string(batch);
      const auto pair = measure_pipeline(o, s, scratch.path, batch, threads);
      std::vector<double> ratios;
      for (size_t i = 0; i < pair.pipeline.size(); ++i)
        ratios.push_back(pair.pipeline[i] / pair.bare[i]);
      const double ratio = median_of(stats_json(ratios));
      say("Trainer pipeline, batch " + std::to_string(batch) + ": " +
          format_median(pair.pipeline, "images/s") + " against the bare loop's " +
          format_median(pair.bare, "images/s") + " in alternation: " + std::to_string(ratio) +
          " x bare");
      pipeline[key] = {{"images_per_second", stats_json(pair.pipeline)},
                       {"bare_images_per_second", stats_json(pair.bare)},
                       {"ratio_to_bare", stats_json(ratios)},
                       {"batches_per_repeat", pair.shape.batches_per_repeat},
                       {"metrics_every", pair.shape.metrics_every},
                       {"memory_format", "channels-last"},
                       {"dataset_on", s.device.is_cpu() ? "cpu" : s.device.str()}};
    }
    report["pipeline"] = pipeline;
    report["pipeline_overheads_ms_per_batch"] =
        measure_overheads(o, s, host, probe_batch, scratch.path);
    report["pipeline_overheads_ms_per_batch"]["batch_size"] = probe_batch;
    torch::set_num_threads(threads);  // the Trainer sets it too; keep ours whatever it chose
  }

  if (wanted("inference")) {
    const int64_t batch = o.inference_batch_size;
    auto net = make_net(s, o.seed);
    net->eval();
    const auto images =
        in_format(torch::rand({batch, 3, 32, 32}, torch::TensorOptions().device(s.device)), s);
    c10::InferenceMode inference;
    const auto samples =
        time_repeats(o, s.device, o.inference_iterations, static_cast<double>(batch), [&] {
          AutocastScope autocast(s.device.type(), s.bf16);
          net->forward(images);
        });
    say("inference, batch " + std::to_string(batch) + ": " + format_median(samples, "images/s"));
    report["inference"]["batch_" + std::to_string(batch)] =
        json::object({{"images_per_second", stats_json(samples)}});
  }

  if (wanted("lsuv")) {
    report["lsuv"] = measure_lsuv(o, s);
    say("LSUV, batch " + std::to_string(o.lsuv_batch_size) + ": " +
        std::to_string(median_of(report["lsuv"]["lsuv_ms"])) + " ms");
  }

  if (wanted("flops")) {
    json flops;
    flops["forward_gflop_per_image"] = flops_per_image / 3.0 * 1e-9;
    flops["training_gflop_per_image"] = flops_per_image * 1e-9;
    const auto peak = measure_matmul(o, s.device, torch::kFloat32);
    flops["matmul_2048_float32_gflops"] = stats_json(peak);
    if (s.bf16)
      flops["matmul_2048_bfloat16_gflops"] =
          stats_json(measure_matmul(o, s.device, torch::kBFloat16));
    // The training figure needs the bare loop's (not measured with --only flops alone).
    if (!bare_median.empty()) {
      double best_training = 0.0;
      for (const auto& [key, median] : bare_median) best_training = std::max(best_training, median);
      flops["training_gflops_best_bare_median"] = best_training * flops_per_image * 1e-9;
      flops["fraction_of_matmul_peak"] =
          best_training * flops_per_image * 1e-9 / median_of(flops["matmul_2048_float32_gflops"]);
    }
    say("matmul 2048 float32: " + format_median(peak, "GFLOP/s"));
    report["flops"] = flops;
  }
  report["elapsed_s"] = seconds_since(begin);
  return report;
}

}  // namespace allcnn::bench
