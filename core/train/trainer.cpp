#include "train/trainer.h"

#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "common/allocator.h"
#include "common/device.h"
#include "common/error.h"
#include "common/torch_compat.h"
#include "data/batcher.h"
#include "init/initializers.h"
#include "runs/run_folder.h"
#include "train/checkpoint.h"
#include "train/evaluate.h"
#include "train/optimizer.h"
#include "train/schedule.h"

namespace allcnn::train {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string to_string(RunState state) {
  switch (state) {
    case RunState::Running:
      return "running";
    case RunState::Finished:
      return "finished";
    case RunState::Stopped:
      return "stopped";
    case RunState::Failed:
      return "failed";
  }
  return "unknown";
}

namespace {

// SplitMix64: decorrelates the per-batch seeds of neighbouring steps.
uint64_t mix_seed(uint64_t seed, uint64_t step) {
  uint64_t z = seed * 0x9E3779B97F4A7C15ULL + step + 1;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::string timestamp(const char* format) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[64];
  std::strftime(text, sizeof text, format, &local);
  return text;
}

std::string checkpoint_path(const std::string& dir, const char* which) {
  return (fs::path(dir) / runs::kCheckpointsDir / (std::string(which) + ".pt")).string();
}

}  // namespace

struct Trainer::State {
  RunConfig config;
  TrainerCallbacks callbacks;
  std::string dir;
  torch::Device device{torch::kCPU};
  data::Dataset train;
  data::Dataset test;
  nn::ConvNet net{nullptr};
  std::unique_ptr<data::Augmenter> augmenter;
  std::unique_ptr<torch::optim::Optimizer> optimizer;
  std::unique_ptr<data::Batcher> batcher;
  std::unique_ptr<runs::RunWriter> writer;
  TrainingPosition position;
  bool needs_init = true;
  torch::Tensor probe;  ///< the fixed batch the drift probe measures (preprocessed)

  /// A trained batch whose loss and accuracy are still on the device.
  struct PendingBatch {
    BatchMetrics metrics;   ///< all but loss, accuracy, images_per_second and elapsed_s
    torch::Tensor loss;     ///< 0-d float
    torch::Tensor correct;  ///< 0-d int64
    int64_t size = 0;
  };
  std::vector<PendingBatch> pending;
  int64_t metrics_every = 1;  ///< pending batches that trigger a flush
  Clock::time_point group_start;

  void message(const std::string& text) const {
    if (callbacks.on_message) callbacks.on_message(text);
  }

  // Everything up to the model, shared by new and resumed runs.
  void prepare(bool fresh) {
    config.validate();
    tune_allocator_for_training();
    if (config.threads > 0)
      torch::set_num_threads(config.threads);
    else
      torch::set_num_threads(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    device = choose_device(config.device);
    // Fixed input shapes: let cuDNN time its algorithms once and keep the fastest.
    if (device.is_cuda()) set_cudnn_benchmark(true);
    metrics_every = config.metrics_interval(device.is_cuda());

    const auto kind = config.dataset.empty() ? data::default_dataset_kind()
                                             : data::dataset_kind_from_string(config.dataset);
    config.data_dir = data::resolve_dataset_dir(kind, config.data_dir);
    config.dataset = data::to_string(kind);
    message("loading " + config.dataset + " from " + config.data_dir);
    auto splits = data::load_dataset(kind, config.data_dir);
    train = config.train_limit > 0 ? splits.train.head(config.train_limit) : splits.train;
    test = config.test_limit > 0 ? splits.test.head(config.test_limit) : splits.test;
    if (!device.is_cpu()) {
      // The whole uint8 dataset lives on the GPU (CIFAR-10: 150 MB): batching, augmentation
      // and evaluation then never wait for a host transfer.
      message("copying the dataset to " + device.str());
      train = train.to(device);
      test = test.to(device);
    }

    config.model.in_channels = train.channels();
    config.model.input_size = train.height();
    config.model.classes = static_cast<int64_t>(train.class_names.size());
    net = nn::ConvNet(config.model);
    net->to(device);
    net->use_channels_last();
    optimizer = make_optimizer(config, net->parameters());
    batcher =
        std::make_unique<data::Batcher>(train, config.batch_size, /*shuffle=*/true, config.seed);
    if (fresh) {
      message("fitting the preprocessing (" + augment_list(config.augment) + ")");
      augmenter = std::make_unique<data::Augmenter>(config.augment, train, device);
    }
  }

  void create_folder() {
    fs::path root(config.runs_dir);
    std::string name = config.name;
    if (name.empty()) {
      const std::string base = nn::to_string(config.model.arch) + "-" + config.init + "-" +
                               config.optimizer + "-" + timestamp("%Y%m%d-%H%M%S");
      name = base;
      for (int i = 2; fs::exists(root / name); ++i) name = base + "-" + std::to_string(i);
    } else if (fs::exists(root / name)) {
      throw Error((root / name).string(),
                  "a run with this name exists already: choose another --name, or --resume it");
    }
    std::error_code ec;
    fs::create_directories(root / name / runs::kCheckpointsDir, ec);
    if (ec) throw Error((root / name).string(), "cannot create the run folder: " + ec.message());
    dir = (root / name).string();
    config.name = name;

    nlohmann::json j = config;
    j["torch_version"] = torch_version_string();
    j["device_used"] = describe_device(device);
    j["created"] = timestamp("%Y-%m-%dT%H:%M:%S%z");
    j["parameters"] = net->parameter_count();
    j["lr_used"] = config.base_learning_rate();
    runs::write_file_atomically((fs::path(dir) / runs::kConfigFile).string(), j.dump(2) + "\n");
    writer = std::make_unique<runs::RunWriter>(dir);
  }

  void initialize() {
    torch::manual_seed(config.seed);
    if (!config.weights.empty()) {
      message("loading initial weights from " + config.weights);
      load_checkpoint(config.weights, *net, nullptr, nullptr);
      return;
    }
    const auto kind = init::init_kind_from_string(config.init);
    init::initialize(*net, kind, config.init_std);
    if (kind != init::InitKind::Lsuv) return;
    message("LSUV on " + std::to_string(config.lsuv_batch_size) + " training images");
    data::Batcher lsuv_batcher(train, config.lsuv_batch_size, /*shuffle=*/true, config.seed + 1);
    data::Batch batch;
    lsuv_batcher.next(batch);
    // One augmented batch, as the original LSUV code used.
    const auto trace =
        init::lsuv_initialize(*net, augmenter->apply(batch.images, true), config.lsuv);
    writer->write_lsuv(trace);
    if (callbacks.on_lsuv) callbacks.on_lsuv(trace);
    message("LSUV done in " + std::to_string(static_cast<int>(trace.elapsed_ms)) + " ms");
  }

  void measure_drift(int64_t epoch) {
    if (config.drift_every <= 0) return;
    if (epoch >= 0 && (epoch + 1) % config.drift_every != 0) return;
    if (!probe.defined()) {
      const auto count = std::min<int64_t>(config.lsuv_batch_size, train.size());
      probe = augmenter->preprocess(train.images.narrow(0, 0, count));
    }
    writer->append_drift(epoch, init::measure_layers(*net, probe));
  }

  // Reads the pending batches' losses and correct counts from the device in one
  // synchronization, then records each batch: the epoch sums, its batches.csv row and on_batch.
  // images_per_second is the group's mean since the previous flush. Returns why the run must
  // fail (a loss that is not finite; that batch and the later ones are not recorded), or "".
  std::string flush(double elapsed_s) {
    if (pending.empty()) return {};
    std::vector<torch::Tensor> losses, corrects;
    int64_t images = 0;
    for (const auto& b : pending) {
      losses.push_back(b.loss);
      corrects.push_back(b.correct);
      images += b.size;
    }
    const auto host_losses = torch::stack(losses).to(torch::kCPU, torch::kFloat64).contiguous();
    const auto host_correct = torch::stack(corrects).to(torch::kCPU, torch::kInt64).contiguous();
    const auto now = Clock::now();
    const double seconds = std::chrono::duration<double>(now - group_start).count();
    group_start = now;
    const double speed = seconds > 0 ? static_cast<double>(images) / seconds : 0.0;
    const double* loss = host_losses.data_ptr<double>();
    const int64_t* correct = host_correct.data_ptr<int64_t>();
    auto& p = position;
    for (size_t i = 0; i < pending.size(); ++i) {
      BatchMetrics m = pending[i].metrics;
      if (!std::isfinite(loss[i])) {
        pending.clear();
        return "the loss became " + std::string(std::isnan(loss[i]) ? "NaN" : "infinite") +
               " at epoch " + std::to_string(m.epoch + 1) + ", batch " +
               std::to_string(m.batch + 1) + " (learning rate " + std::to_string(m.learning_rate) +
               "); try a lower learning rate";
      }
      const auto size = static_cast<double>(pending[i].size);
      m.loss = loss[i];
      m.accuracy = static_cast<double>(correct[i]) / size;
      m.images_per_second = speed;
      m.elapsed_s = elapsed_s;
      p.epoch_loss_sum += loss[i] * size;
      p.epoch_correct += correct[i];
      p.epoch_seen += pending[i].size;
      writer->append_batch(m);
      if (callbacks.on_batch) callbacks.on_batch(m);
    }
    pending.clear();
    return {};
  }

  void save_last() {
    save_checkpoint(checkpoint_path(dir, "last"), *net, optimizer.get(), augmenter->fit(),
                    position);
  }
};

Trainer::Trainer(std::unique_ptr<State> state) : state_(std::move(state)) {}

Trainer::Trainer(RunConfig config, TrainerCallbacks callbacks) : state_(std::make_unique<State>()) {
  state_->config = std::move(config);
  state_->callbacks = std::move(callbacks);
  state_->prepare(/*fresh=*/true);
  state_->create_folder();
}

std::unique_ptr<Trainer> Trainer::resume(const std::string& run_dir, TrainerCallbacks callbacks) {
  auto state = std::make_unique<State>();
  state->config = load_config((fs::path(run_dir) / runs::kConfigFile).string());
  state->callbacks = std::move(callbacks);
  state->dir = run_dir;
  state->prepare(/*fresh=*/false);
  const auto last = checkpoint_path(run_dir, "last");
  if (!fs::exists(last))
    throw Error(run_dir, "has no checkpoint to resume from (checkpoints/last.pt is missing)");
  data::AugmentFit fit;
  state->position = load_checkpoint(last, *state->net, state->optimizer.get(), &fit);
  // Loading replaces the weight tensors; put them back in the layout the run trained in, so the
  // resumed run computes bit for bit what the uninterrupted one would have.
  state->net->use_channels_last();
  state->augmenter = std::make_unique<data::Augmenter>(state->config.augment, fit, state->device);
  state->needs_init = false;
  state->writer =
      std::make_unique<runs::RunWriter>(run_dir, state->position.step, state->position.epoch);
  state->message("resuming at epoch " + std::to_string(state->position.epoch + 1) + ", batch " +
                 std::to_string(state->position.batch + 1));
  return std::unique_ptr<Trainer>(new Trainer(std::move(state)));
}

Trainer::~Trainer() = default;

const RunConfig& Trainer::config() const { return state_->config; }
const std::string& Trainer::run_dir() const { return state_->dir; }

torch::Tensor Trainer::preview_batch(int64_t count) {
  auto& s = *state_;
  data::Batcher batcher(s.train, s.config.batch_size, /*shuffle=*/true, s.config.seed);
  batcher.start_epoch(s.position.epoch);
  batcher.seek(s.position.batch);
  data::Batch batch;
  if (!batcher.next(batch)) return {};
  torch::manual_seed(mix_seed(s.config.seed, static_cast<uint64_t>(s.position.step)));
  auto images =
      s.augmenter->apply(batch.images, true).narrow(0, 0, std::min(count, batch.images.size(0)));
  images = images.to(torch::kCPU, torch::kFloat32);
  const auto& fit = s.augmenter->fit();
  if (s.config.augment.zca) {
    // Whitened images have no natural range: stretch each one to [0, 1] to show its structure.
    auto flat = images.flatten(1);
    auto low = std::get<0>(flat.min(1, true)), high = std::get<0>(flat.max(1, true));
    images = ((flat - low) / (high - low).clamp_min(1e-8)).view_as(images);
  } else if (s.config.augment.normalize && fit.mean.defined()) {
    images = images * fit.std.cpu() + fit.mean.cpu();
  }
  return images.clamp(0.0, 1.0);
}

RunOutcome Trainer::run(RunControl& control) {
  auto& s = *state_;
  RunOutcome outcome;
  outcome.run_dir = s.dir;
  auto finish = [&](RunState state, const std::string& reason) {
    outcome.state = state;
    outcome.reason = reason;
    outcome.best_validation_accuracy = s.position.best_accuracy;
    outcome.best_epoch = s.position.best_epoch;
    try {
      s.writer->set_status(to_string(state), reason);
    } catch (const Error& e) {
      outcome.reason += (outcome.reason.empty() ? "" : "; ") + std::string(e.what());
    }
    s.message(to_string(state) + (reason.empty() ? "" : ": " + reason));
    return outcome;
  };

  try {
    s.writer->set_status("running");
    if (s.needs_init) {
      s.initialize();
      s.needs_init = false;
      s.measure_drift(-1);
    }
    auto& p = s.position;
    const int64_t per_epoch = s.batcher->batches_per_epoch();
    const auto session_start = Clock::now();
    const double elapsed_before = p.elapsed_s;
    double paused_s = 0.0;
    auto elapsed = [&] {
      return elapsed_before + std::chrono::duration<double>(Clock::now() - session_start).count() -
             paused_s;
    };

    while (p.epoch < s.config.epochs) {
      s.net->train();
      s.batcher->start_epoch(p.epoch);
      s.batcher->seek(p.batch);
      s.group_start = Clock::now();
      data::Batch batch;
      while (true) {
        if (control.pause.load() || control.stop.load()) {
          // Show everything trained so far before waiting or stopping.
          const auto failure = s.flush(elapsed());
          if (!failure.empty()) return finish(RunState::Failed, failure);
        }
        if (control.pause.load()) {
          const auto pause_start = Clock::now();
          s.message("paused");
          while (control.pause.load() && !control.stop.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
          paused_s += std::chrono::duration<double>(Clock::now() - pause_start).count();
          s.group_start = Clock::now();
          if (!control.stop.load()) s.message("resumed");
        }
        if (control.stop.load()) {
          p.elapsed_s = elapsed();
          s.save_last();
          return finish(RunState::Stopped, "stopped by the user at epoch " +
                                               std::to_string(p.epoch + 1) + ", batch " +
                                               std::to_string(p.batch + 1));
        }
        if (!s.batcher->next(batch)) break;
        torch::manual_seed(mix_seed(s.config.seed, static_cast<uint64_t>(p.step)));
        const double lr = learning_rate_at(s.config, p.step, per_epoch);
        set_learning_rate(*s.optimizer, lr);

        // Nothing here waits for the device: the loss and the correct count stay there until
        // the next flush.
        auto inputs =
            s.augmenter->apply(batch.images, true).contiguous(torch::MemoryFormat::ChannelsLast);
        auto labels = batch.labels.to(s.device);
        s.optimizer->zero_grad();
        torch::Tensor logits, loss;
        {
          AutocastScope autocast(s.device.type(), s.config.bf16);
          logits = s.net->forward(inputs);
          loss = torch::nn::functional::cross_entropy(logits, labels);
        }
        loss.backward();
        s.optimizer->step();

        State::PendingBatch record;
        record.metrics.epoch = p.epoch;
        record.metrics.batch = p.batch;
        record.metrics.batches_per_epoch = per_epoch;
        record.metrics.step = p.step;
        record.metrics.learning_rate = lr;
        record.loss = loss.detach();
        record.correct = logits.argmax(1).eq(labels).sum();
        record.size = batch.labels.size(0);
        s.pending.push_back(std::move(record));
        ++p.step;
        ++p.batch;
        const bool checkpoint = s.config.checkpoint_every > 0 &&
                                p.batch % s.config.checkpoint_every == 0 && p.batch < per_epoch;
        if (checkpoint || static_cast<int64_t>(s.pending.size()) >= s.metrics_every) {
          const auto failure = s.flush(elapsed());
          if (!failure.empty()) return finish(RunState::Failed, failure);
        }
        if (checkpoint) {
          p.elapsed_s = elapsed();
          s.save_last();
        }
      }
      {
        const auto failure = s.flush(elapsed());
        if (!failure.empty()) return finish(RunState::Failed, failure);
      }

      EpochMetrics e;
      e.epoch = p.epoch;
      e.train_loss = p.epoch_seen > 0 ? p.epoch_loss_sum / static_cast<double>(p.epoch_seen) : 0.0;
      e.train_accuracy = p.epoch_seen > 0 ? static_cast<double>(p.epoch_correct) /
                                                static_cast<double>(p.epoch_seen)
                                          : 0.0;
      e.learning_rate = learning_rate_at(s.config, std::max<int64_t>(0, p.step - 1), per_epoch);
      e.validation = evaluate(*s.net, s.test, *s.augmenter, s.device, 256, s.config.bf16);
      e.elapsed_s = elapsed();
      if (e.validation.accuracy > p.best_accuracy) {
        e.best = true;
        p.best_accuracy = e.validation.accuracy;
        p.best_epoch = p.epoch;
      }
      // The row first, then the checkpoints: a crash in between resumes from the older
      // checkpoint, which drops this row and replays the epoch's end.
      s.writer->append_epoch(e);
      s.measure_drift(p.epoch);
      if (s.callbacks.on_epoch) s.callbacks.on_epoch(e);
      ++p.epoch;
      p.batch = 0;
      p.epoch_loss_sum = 0.0;
      p.epoch_correct = 0;
      p.epoch_seen = 0;
      p.elapsed_s = e.elapsed_s;
      if (e.best)
        save_checkpoint(checkpoint_path(s.dir, "best"), *s.net, s.optimizer.get(),
                        s.augmenter->fit(), p);
      s.save_last();
    }
    return finish(RunState::Finished, "");
  } catch (const Error& e) {
    return finish(RunState::Failed, e.what());
  } catch (const c10::Error& e) {
    return finish(RunState::Failed, std::string("LibTorch: ") + e.what_without_backtrace());
  } catch (const std::exception& e) {
    return finish(RunState::Failed, e.what());
  }
}

}  // namespace allcnn::train
