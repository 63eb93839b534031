#include "bench/bench_pipeline.h"

#include <chrono>
#include <fstream>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "common/error.h"
#include "config/run_config.h"
#include "data/augment.h"
#include "data/batcher.h"
#include "runs/run_writer.h"
#include "train/trainer.h"

namespace allcnn::bench {

namespace fs = std::filesystem;

namespace {

constexpr int kOverheadIterations = 20;

// The run the pipeline measures: one epoch of He-initialized All-CNN-C with shift+flip, no
// mid-epoch checkpoints or drift probe, its metrics read in the shape's groups.
train::RunConfig pipeline_config(const BenchOptions& o, const Setup& s, const fs::path& work,
                                 int64_t batch, int threads, const PipelineShape& shape) {
  train::RunConfig config;
  config.dataset = data::DatasetKind::Cifar10;
  config.data_dir = (work / "data").string();
  config.init = init::InitKind::HeNormal;
  config.augment.transforms = {data::Augmentation::Shift, data::Augmentation::Flip};
  config.batch_size = batch;
  config.epochs = 1;
  config.seed = o.seed;
  config.device = *parse_device(s.device.str());
  config.threads = threads;
  config.bf16 = s.bf16;
  config.runs_dir = (work / "runs").string();
  config.name = "trainer-batch-" + std::to_string(batch);
  config.checkpoint_every = 0;
  config.drift_every = 0;
  config.metrics_every = shape.metrics_every;
  std::error_code ignored;  // a kept --work-dir may hold the folder of an earlier bench
  fs::remove_all(fs::path(config.runs_dir) / config.name, ignored);
  return config;
}

// The Trainer's batch callback during the measurement: copies each row into a mutex-guarded
// buffer as the GUI's worker does, and at the end of every repeat takes the pipeline's sample
// and runs one repeat of the bare loop (see measure_pipeline).
class Alternation {
 public:
  Alternation(const BenchOptions& o, const Setup& s, int64_t batch, const PipelineShape& shape)
      : o_(o), batch_(batch), bare_(bare_setup(s), batch, o.seed + 1) {
    pair_.shape = shape;
    for (int i = 0; i < o.warmup; ++i) bare_.step();
    synchronize(s.device);
  }

  void on_batch(const metrics::BatchMetrics& m, train::RunControl& control) {
    {
      std::lock_guard<std::mutex> lock(buffer_mutex_);
      buffer_.push_back(m);
    }
    ++delivered_;
    const auto& shape = pair_.shape;
    if (delivered_ < shape.warmup_batches || done()) return;
    if ((delivered_ - shape.warmup_batches) % shape.batches_per_repeat != 0) return;
    if (delivered_ > shape.warmup_batches) {
      pair_.pipeline.push_back(images_per_repeat() / seconds_since(resumed_));
      const auto start = Clock::now();
      for (int64_t i = 0; i < shape.batches_per_repeat; ++i) bare_.step();
      synchronize(bare_.setup.device);
      pair_.bare.push_back(images_per_repeat() / seconds_since(start));
      if (done()) {
        control.stop = true;
        return;
      }
    }
    resumed_ = Clock::now();
  }

  bool done() const { return static_cast<int>(pair_.bare.size()) >= o_.repeats; }
  int64_t delivered() const { return delivered_; }
  const PipelinePair& pair() const { return pair_; }

 private:
  // The Trainer trains channels-last; its baseline does too.
  static Setup bare_setup(Setup s) {
    s.channels_last = true;
    return s;
  }
  double images_per_repeat() const {
    return static_cast<double>(batch_ * pair_.shape.batches_per_repeat);
  }

  const BenchOptions& o_;
  int64_t batch_;
  BareLoop bare_;
  PipelinePair pair_;
  std::mutex buffer_mutex_;
  std::vector<metrics::BatchMetrics> buffer_;
  int64_t delivered_ = 0;
  Clock::time_point resumed_;
};

}  // namespace

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

// The full pipeline as users run it: train::Trainer on the synthetic CIFAR-10 copy, with its
// Batcher, shift+flip augmentation, the loss and accuracy read from the device every
// `metrics_every` batches, batches.csv appended and flushed per row, and a metrics callback
// that copies each row into a mutex-guarded buffer as the GUI's worker does, and its
// augmentation preview (a copy of a few images every 2 s). On a GPU the
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
  const PipelineShape shape = pipeline_shape(o, s);
  const auto config = pipeline_config(o, s, work, batch, threads, shape);
  Alternation alternation(o, s, batch, shape);
  train::RunControl control;
  train::TrainerCallbacks callbacks;
  callbacks.on_batch = [&](const metrics::BatchMetrics& m) { alternation.on_batch(m, control); };
  // The augmentation preview as the workbench's worker asks for it (TrainingWorker: the first
  // batch, then one every 2 s at most), copied out as the worker copies it into a QImage.
  Clock::time_point last_preview{};
  torch::Tensor preview;
  callbacks.preview_due = [&last_preview] {
    const auto now = Clock::now();
    if (last_preview != Clock::time_point{} && now - last_preview < std::chrono::seconds(2))
      return false;
    last_preview = now;
    return true;
  };
  callbacks.on_preview = [&preview](const torch::Tensor& images, int64_t, int64_t) {
    preview = images.clone();
  };
  train::Trainer trainer(config, callbacks);
  const auto outcome = trainer.run(control);
  if (!alternation.done()) {
    throw Error("bench", "the Trainer ended (" + config::choice_name(outcome.state) + ": " +
                             outcome.reason.english() + ") after " +
                             std::to_string(alternation.delivered()) + " batches, before " +
                             std::to_string(o.repeats) + " repeats");
  }
  return alternation.pair();
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
  augment.transforms = {data::Augmentation::Shift, data::Augmentation::Flip};
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
  runs::RunWriter writer(runs::RunFolder(dir.string()));
  metrics::BatchMetrics m;
  result["run_writer_append"] = per_batch_ms([&] {
    ++m.step;
    writer.append_batch(m);
  });
  return result;
}

}  // namespace allcnn::bench
