#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <limits>
#include <memory>
#include <string>

#include <torch/torch.h>

#include "commands.h"
#include "common/checked_number.h"
#include "common/error.h"
#include "config/setting_changes.h"
#include "dist/process_group.h"
#include "progress_line.h"
#include "setting_flags.h"
#include "stop_on_signal.h"
#include "train/trainer.h"

namespace allcnn::cli {

namespace {

// What an epoch's evaluation columns are of, as the progress lines say it.
const char* split_name(metrics::EvaluatedSplit split) {
  return split == metrics::EvaluatedSplit::Validation ? "validation" : "test";
}

/// A progress bar on a terminal, plain lines (every 50 batches and each epoch) otherwise.
class Progress {
 public:
  Progress() : terminal_(::isatty(STDOUT_FILENO) != 0) {}
  void set_epochs(int64_t epochs) { epochs_ = epochs; }

  void batch(const metrics::BatchMetrics& m) {
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

  void epoch(const metrics::EpochMetrics& e) {
    if (terminal_) std::printf("\n");
    std::printf("epoch %lld/%lld: train loss %.4f acc %.4f | %s loss %.4f acc %.4f%s | %s\n",
                static_cast<long long>(e.epoch + 1), static_cast<long long>(epochs_), e.train_loss,
                e.train_accuracy, split_name(e.split), e.validation.loss, e.validation.accuracy,
                e.best ? " (best)" : "", format_duration(e.elapsed_s).c_str());
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

/// Data-parallel training: the flags, else torchrun's environment variables.
struct DistFlags {
  int world_size = 0;  ///< 0: WORLD_SIZE, else 1
  int rank = -1;       ///< -1: RANK, else 0
  std::string master;  ///< empty: MASTER_ADDR and MASTER_PORT, else 127.0.0.1:29500
  double timeout_s = 60.0;
  double bucket_mib = static_cast<double>(dist::GroupOptions{}.bucket_bytes) / (1 << 20);

  void add(CLI::App& command) {
    command
        .add_option("--world-size", world_size,
                    "data-parallel training on this many processes (default: $WORLD_SIZE, else 1); "
                    "--batch-size is the batch of all of them together")
        ->type_name("N")
        ->check(CLI::PositiveNumber);
    command.add_option("--rank", rank, "this process's rank, 0 to N-1 (default: $RANK, else 0)")
        ->type_name("R")
        ->check(CLI::NonNegativeNumber);
    command
        .add_option("--master", master,
                    "where rank 0 hosts the process group (default: $MASTER_ADDR:$MASTER_PORT, "
                    "else 127.0.0.1:29500)")
        ->type_name("ADDR:PORT");
    command
        .add_option("--join-timeout", timeout_s,
                    "seconds to wait for the master and for all processes to join")
        ->type_name("SECONDS")
        ->check(CLI::PositiveNumber);
    command
        .add_option("--bucket-mb", bucket_mib,
                    "the gradients travel in buckets of this many MiB, each summed over the "
                    "processes as soon as the backward pass has filled it (a bucket larger than "
                    "the model: after the backward pass)")
        ->type_name("MIB")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
  }

  /// The first of the variables `names` that is set: a whole number of at least `min`, else an
  /// error naming the variable (not atoi's silent 0). `fallback` when none is set.
  static int from_env(std::initializer_list<const char*> names, int fallback, int min) {
    for (const char* name : names) {
      const char* value = std::getenv(name);
      if (!value || !*value) continue;
      int64_t number = 0;
      if (const std::string why = parse_int64(value, number, min, std::numeric_limits<int>::max());
          !why.empty())
        throw Error(name, why);
      return static_cast<int>(number);
    }
    return fallback;
  }

  /// The group's options from the flags and the environment (the flags win): torchrun's
  /// variables, else those srun sets for each task of a job step (SLURM_STEP_NUM_TASKS is set
  /// inside `srun` only, so a plain `allcnn train` line of a job script trains on one process).
  dist::GroupOptions options() const {
    dist::GroupOptions o;
    o.world_size =
        world_size > 0 ? world_size : from_env({"WORLD_SIZE", "SLURM_STEP_NUM_TASKS"}, 1, 1);
    o.rank = rank >= 0 ? rank : from_env({"RANK", "SLURM_PROCID"}, 0, 0);
    o.join_timeout_s = timeout_s;
    o.bucket_bytes = std::max<int64_t>(1, static_cast<int64_t>(bucket_mib * (1 << 20)));
    if (!master.empty()) {
      dist::parse_master(master, o.master_addr, o.master_port);
    } else {
      if (const char* addr = std::getenv("MASTER_ADDR"); addr && *addr) o.master_addr = addr;
      if (const char* port = std::getenv("MASTER_PORT"); port && *port)
        dist::parse_master(o.master_addr + ":" + port, o.master_addr, o.master_port);
    }
    return o;
  }

  /// This process's rank among those on its machine: LOCAL_RANK (torchrun, `allcnn launch`),
  /// else SLURM_LOCALID (srun), else 0.
  static int local_rank() { return from_env({"LOCAL_RANK", "SLURM_LOCALID"}, 0, 0); }
};

int drive(train::Trainer& trainer, Progress& progress) {
  progress.set_epochs(trainer.config().epochs);
  train::RunControl control;
  if (!trainer.run_dir().empty()) std::printf("run folder: %s\n", trainer.run_dir().c_str());
  const auto outcome = [&] {
    const StopOnSignal on_signal(control);
    return trainer.run(control);
  }();
  std::printf("%s%s; best %s accuracy %.4f at epoch %lld\n",
              config::choice_name(outcome.state).c_str(),
              outcome.reason.empty() ? "" : (": " + outcome.reason.english()).c_str(),
              trainer.config().has_validation() ? "validation" : "test",
              std::max(0.0, outcome.best_validation_accuracy),
              static_cast<long long>(outcome.best_epoch + 1));
  // Data-parallel ranks above 0 have none.
  if (!outcome.run_dir.empty()) std::printf("run folder: %s\n", outcome.run_dir.c_str());
  return outcome.state == train::RunState::Failed ? 1 : 0;
}

}  // namespace

void add_train_command(CLI::App& app) {
  auto* command = app.add_subcommand("train", "train a model and record the run in a run folder");
  auto flags = std::make_shared<SettingFlags>();
  auto config_path = std::make_shared<std::string>();
  auto resume = std::make_shared<std::string>();
  add_config_option(*command, *config_path);
  command
      ->add_option("--resume", *resume,
                   "continue the run in this folder from its last checkpoint; of the settings, "
                   "only those that may change with --resume can be given")
      ->type_name("DIR");
  auto dist_flags = std::make_shared<DistFlags>();
  dist_flags->add(*command);
  flags->add_all(*command);

  command->callback([flags, config_path, resume, dist_flags] {
    const auto group_options = dist_flags->options();
    std::shared_ptr<dist::ProcessGroup> group;
    if (group_options.world_size > 1) {
      group = std::make_shared<dist::ProcessGroup>(group_options);
      std::printf("%s\n", group->joined().english().c_str());
      std::fflush(stdout);
    }
    // Rank 0 shows the progress (the figures of the whole batch); the others only say what
    // they do.
    const bool shows_progress = !group || group->rank() == 0;
    train::TrainerCallbacks callbacks;
    auto progress = std::make_shared<Progress>();
    if (shows_progress) {
      callbacks.on_batch = [progress](const metrics::BatchMetrics& m) { progress->batch(m); };
      callbacks.on_epoch = [progress](const metrics::EpochMetrics& e) { progress->epoch(e); };
    }
    auto decoding = std::make_shared<ProgressLine>("images");
    callbacks.on_message = [progress, decoding](const Message& text) {
      decoding->finish();
      progress->message(text.english());
    };
    callbacks.on_load_progress = [decoding](int64_t done, int64_t total) {
      decoding->update("decoding", static_cast<uint64_t>(done), static_cast<uint64_t>(total));
      return true;  // Ctrl-C during the decoding ends the process: nothing is written yet
    };
    callbacks.on_lsuv = [progress](const init::LsuvTrace& trace) {
      for (const auto& layer : trace.layers)
        progress->message("  LSUV " + layer.layer + ": " +
                          (layer.skipped
                               ? "skipped (" + layer.skip_reason + ")"
                               : "measurements " + std::to_string(layer.steps.size()) +
                                     ", variance " + std::to_string(layer.variance_after)));
    };
    try {
      std::unique_ptr<train::Trainer> trainer;
      if (!resume->empty()) {
        if (!config_path->empty())
          throw Error("--resume",
                      "takes its settings from the run folder; do not combine it with --config");
        auto changes = flags->given();
        // Several processes on one machine with GPUs: each on its own, as in a new run.
        if (group) {
          const auto resumed = train::Trainer::resumed_config(*resume, changes);
          const auto device = device_for_local_rank(resumed.device, DistFlags::local_rank(),
                                                    static_cast<int>(torch::cuda::device_count()));
          if (!(device == resumed.device)) changes.push_back({"device", allcnn::to_string(device)});
        }
        trainer = train::Trainer::resume(*resume, changes, callbacks, group);
      } else {
        auto config = config_with_flags(*config_path, *flags);
        // Several processes on one machine with GPUs: each on its own.
        if (group)
          config.device = device_for_local_rank(config.device, DistFlags::local_rank(),
                                                static_cast<int>(torch::cuda::device_count()));
        trainer = std::make_unique<train::Trainer>(std::move(config), callbacks,
                                                   group_in_config(*config_path), group);
      }
      if (const int code = drive(*trainer, *progress); code != 0) throw CLI::RuntimeError(code);
    } catch (const Error& e) {
      throw with_flag(e);
    }
  });
}

}  // namespace allcnn::cli
