#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>

#include <torch/torch.h>

#include "commands.h"
#include "common/error.h"
#include "train/trainer.h"

namespace allcnn::cli {

namespace {

// The run being trained, for the SIGINT/SIGTERM handler: a lock-free atomic store is
// async-signal-safe, and the Trainer stops within one batch and writes its checkpoint.
std::atomic<train::RunControl*> g_control{nullptr};

extern "C" void request_stop(int) {
  if (auto* control = g_control.load()) control->stop.store(true);
}

std::string format_duration(double seconds) {
  if (!(seconds >= 0) || seconds > 1e7) return "--:--";
  const auto s = static_cast<long long>(seconds);
  char text[32];
  if (s >= 3600)
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
  else
    std::snprintf(text, sizeof text, "%02lld:%02lld", s / 60, s % 60);
  return text;
}

/// A progress bar on a terminal, plain lines (every 50 batches and each epoch) otherwise.
class Progress {
 public:
  Progress() : terminal_(::isatty(STDOUT_FILENO) != 0) {}
  void set_epochs(int64_t epochs) { epochs_ = epochs; }

  void batch(const train::BatchMetrics& m) {
    // An exponential average makes the rate and the ETA steady.
    rate_ = rate_ <= 0 ? m.images_per_second : 0.95 * rate_ + 0.05 * m.images_per_second;
    const double seconds_per_batch = m.elapsed_s / static_cast<double>(m.step + 1);
    const double remaining =
        static_cast<double>((epochs_ - m.epoch) * m.batches_per_epoch - m.batch - 1);
    const std::string eta = format_duration(remaining * seconds_per_batch);
    if (terminal_) {
      const int width = 24;
      const int filled =
          static_cast<int>(width * (m.batch + 1) / std::max<int64_t>(1, m.batches_per_epoch));
      std::printf(
          "\repoch %lld/%lld [%s%s] %lld/%lld loss %.4f acc %.3f lr %.2g %.0f img/s ETA %s  ",
          static_cast<long long>(m.epoch + 1), static_cast<long long>(epochs_),
          std::string(filled, '#').c_str(), std::string(width - filled, '.').c_str(),
          static_cast<long long>(m.batch + 1), static_cast<long long>(m.batches_per_epoch), m.loss,
          m.accuracy, m.learning_rate, rate_, eta.c_str());
      std::fflush(stdout);
    } else if ((m.batch + 1) % 50 == 0 || m.batch + 1 == m.batches_per_epoch) {
      std::printf("epoch %lld/%lld batch %lld/%lld loss %.4f acc %.3f lr %.3g %.0f img/s ETA %s\n",
                  static_cast<long long>(m.epoch + 1), static_cast<long long>(epochs_),
                  static_cast<long long>(m.batch + 1), static_cast<long long>(m.batches_per_epoch),
                  m.loss, m.accuracy, m.learning_rate, rate_, eta.c_str());
      std::fflush(stdout);
    }
  }

  void epoch(const train::EpochMetrics& e) {
    if (terminal_) std::printf("\n");
    std::printf("epoch %lld/%lld: train loss %.4f acc %.4f | test loss %.4f acc %.4f%s | %s\n",
                static_cast<long long>(e.epoch + 1), static_cast<long long>(epochs_), e.train_loss,
                e.train_accuracy, e.validation.loss, e.validation.accuracy, e.best ? " (best)" : "",
                format_duration(e.elapsed_s).c_str());
    std::fflush(stdout);
  }

  void message(const std::string& text) {
    std::printf("%s%s\n", terminal_ ? "\r" : "", text.c_str());
    std::fflush(stdout);
  }

 private:
  int64_t epochs_ = 0;
  bool terminal_;
  double rate_ = 0;
};

int drive(train::Trainer& trainer, Progress& progress) {
  progress.set_epochs(trainer.config().epochs);
  train::RunControl control;
  g_control.store(&control);
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  std::printf("run folder: %s\n", trainer.run_dir().c_str());
  const auto outcome = trainer.run(control);
  g_control.store(nullptr);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  std::printf("%s%s; best test accuracy %.4f at epoch %lld\nrun folder: %s\n",
              train::to_string(outcome.state).c_str(),
              outcome.reason.empty() ? "" : (": " + outcome.reason).c_str(),
              std::max(0.0, outcome.best_validation_accuracy),
              static_cast<long long>(outcome.best_epoch + 1), outcome.run_dir.c_str());
  return outcome.state == train::RunState::Failed ? 1 : 0;
}

}  // namespace

void add_train_command(CLI::App& app) {
  auto* command = app.add_subcommand("train", "train a model and record the run in a run folder");
  auto config = std::make_shared<train::RunConfig>();
  auto resume = std::make_shared<std::string>();

  // --config first: CLI11 applies options in the order they are defined, so flags given on
  // the command line override the file's values.
  command->add_option_function<std::string>(
      "--config", [config](const std::string& path) { *config = train::load_config(path); },
      "JSON file with the keys of a run's config.json");
  command->add_option("--resume", *resume,
                      "continue the run in this folder from its last checkpoint");

  auto& c = *config;
  command->add_option("--dataset", c.dataset,
                      "cifar10, cifar100, fashion-mnist or mnist (default: cifar10 where found, "
                      "else fashion-mnist)");
  command->add_option("--data-dir", c.data_dir,
                      "folder holding the dataset (default: $ALLCNN_DATA_DIR, system locations)");
  command->add_option("--train-limit", c.train_limit, "use the first N training images (0: all)");
  command->add_option("--test-limit", c.test_limit, "evaluate on the first N test images (0: all)");
  command->add_option_function<std::string>(
      "--arch",
      [config](const std::string& name) {
        config->model.arch = nn::architecture_from_string(name);
      },
      "model-c, strided-cnn-c, convpool-cnn-c, all-cnn-c (default)");
  command->add_option("--width", c.model.width, "width multiplier of the hidden channels (1)");
  command->add_flag("--bn,!--no-bn", c.model.batch_norm,
                    "batch norm after every convolution (off)");
  command->add_flag("--dropout,!--no-dropout", c.model.dropout,
                    "dropout 20% on the input, 50% after downsampling (on)");
  command->add_option(
      "--init", c.init,
      "lsuv (default), glorot-normal, glorot-uniform, he-normal, he-uniform, gaussian, orthogonal");
  command->add_option("--init-std", c.init_std, "std of the gaussian initializer (0.01)");
  command->add_option("--lsuv-tolerance", c.lsuv.tolerance,
                      "LSUV: stop at |Var - 1| <= tolerance (0.1)");
  command->add_option("--lsuv-max-iterations", c.lsuv.max_iterations,
                      "LSUV: rescalings per layer at most (10)");
  command->add_option("--lsuv-batch-size", c.lsuv_batch_size, "LSUV: images in its batch (256)");
  command->add_option(
      "--weights", c.weights,
      "start from this checkpoint's weights instead of initializing (the original --load-weights)");
  command->add_option("--optimizer", c.optimizer, "sgd (default), rmsprop, adam");
  command->add_option("--lr", c.learning_rate,
                      "learning rate (default: sgd 0.01, rmsprop and adam 0.001)");
  command->add_option("--momentum", c.momentum, "SGD momentum (0.9)");
  command->add_flag("--nesterov,!--no-nesterov", c.nesterov, "Nesterov momentum (on)");
  command->add_option("--weight-decay", c.weight_decay,
                      "L2 weight decay (0; the paper used 0.001)");
  command->add_option("--rho", c.rho, "RMSprop's squared-gradient decay (0.9)");
  command->add_option("--beta1", c.beta1, "Adam beta1 (0.9)");
  command->add_option("--beta2", c.beta2, "Adam beta2 (0.999)");
  command->add_option("--epsilon", c.epsilon, "RMSprop and Adam epsilon (1e-8)");
  command->add_option("--schedule", c.schedule, "constant (default), time-decay, steps, cosine");
  command->add_option("--decay", c.decay, "time-decay: lr / (1 + decay * iterations) (1e-6)");
  command->add_option("--milestones", c.milestones, "steps: epochs where lr *= gamma (200 250 300)")
      ->delimiter(',');
  command->add_option("--gamma", c.gamma, "steps: factor at each milestone (0.1)");
  command->add_option("--warmup-epochs", c.warmup_epochs, "linear warm-up length in epochs (0)");
  command->add_option_function<std::string>(
      "--augment",
      [config](const std::string& list) {
        auto parsed = train::parse_augment_list(list);
        parsed.shift_fraction = config->augment.shift_fraction;
        parsed.zca_epsilon = config->augment.zca_epsilon;
        config->augment = parsed;
      },
      "comma list of shift, flip, normalize, zca, or none (none)");
  command->add_option("--shift-fraction", c.augment.shift_fraction,
                      "shift: fraction of the size (0.1)");
  command->add_option("--zca-epsilon", c.augment.zca_epsilon,
                      "ZCA: added to the eigenvalues (1e-6)");
  command->add_option("--batch-size", c.batch_size,
                      "images per batch (64; the original scripts used 32)");
  command->add_option("--epochs", c.epochs, "epochs to train (10; the paper: 350)");
  command->add_option("--seed", c.seed, "seed of everything random (1)");
  command->add_option("--device", c.device, "auto (default), cpu, cuda, cuda:N");
  command->add_option("--threads", c.threads, "CPU threads (0: every core)");
  command->add_flag("--bf16", c.bf16,
                    "autocast the forward pass to bfloat16 (see allcnn bench's precision figures)");
  command->add_option("--metrics-every", c.metrics_every,
                      "batches between host reads of loss and accuracy (0: 1 on CPU, 50 on GPU)");
  command->add_option("--runs-dir", c.runs_dir, "where run folders go (runs)");
  command->add_option("--name", c.name,
                      "run folder name, the original --run-id (default: arch-init-optimizer-time)");
  command->add_option("--drift-every", c.drift_every,
                      "epochs between per-layer activation probes (1; 0: off)");
  command->add_option("--checkpoint-every", c.checkpoint_every,
                      "batches between mid-epoch checkpoints (200; 0: epoch ends only)");

  command->callback([config, resume, command] {
    train::TrainerCallbacks callbacks;
    auto progress = std::make_shared<Progress>();
    callbacks.on_batch = [progress](const train::BatchMetrics& m) { progress->batch(m); };
    callbacks.on_epoch = [progress](const train::EpochMetrics& e) { progress->epoch(e); };
    callbacks.on_message = [progress](const std::string& text) { progress->message(text); };
    callbacks.on_lsuv = [progress](const init::LsuvTrace& trace) {
      for (const auto& layer : trace.layers)
        progress->message("  LSUV " + layer.layer + ": " +
                          (layer.skipped
                               ? "skipped (" + layer.skip_reason + ")"
                               : std::to_string(layer.steps.size()) + " measurement(s), variance " +
                                     std::to_string(layer.variance_after)));
    };
    if (!resume->empty()) {
      if (command->count("--config") > 0)
        throw Error("--resume",
                    "takes its settings from the run folder; do not combine it with --config");
      auto trainer = train::Trainer::resume(*resume, callbacks);
      if (const int code = drive(*trainer, *progress); code != 0) throw CLI::RuntimeError(code);
      return;
    }
    train::Trainer trainer(*config, callbacks);
    if (const int code = drive(trainer, *progress); code != 0) throw CLI::RuntimeError(code);
  });
}

}  // namespace allcnn::cli
