#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "common/error.h"
#include "config/choices.h"
#include "config/group.h"
#include "config/group_presets.h"
#include "progress_line.h"
#include "runs/atomic_file.h"
#include "setting_flags.h"
#include "stop_on_signal.h"
#include "train/sweep.h"

namespace allcnn::cli {

namespace {

namespace fs = std::filesystem;

// "init=lsuv, lr=0.01" (or "-" for a group that varies nothing but the seed).
std::string varies_text(const config::GroupTag& tag) {
  std::string text;
  for (const auto& [key, value] : tag.varies)
    text += (text.empty() ? "" : ", ") + key + "=" + value;
  return text.empty() ? "-" : text;
}

std::string result_state(const train::SweepResult& result) {
  return result.skipped ? "skipped" : config::choice_name(result.state);
}

std::string accuracy_text(const train::SweepResult& result) {
  if (result.best_validation_accuracy < 0 || result.best_epoch < 0) return "-";
  char text[48];
  std::snprintf(text, sizeof text, "%.4f (%lld)", result.best_validation_accuracy,
                static_cast<long long>(result.best_epoch + 1));
  return text;
}

void list_presets() {
  for (const auto& preset : config::group_presets()) {
    const auto runs = config::expand_group(config::preset_group(preset.name));
    std::printf("%-16s %3zu runs  %s\n", preset.name, runs.size(),
                message(preset.description).english().c_str());
  }
}

// The width of the run name column: the longest name.
int name_width(const std::vector<config::GroupRun>& runs) {
  size_t width = 3;
  for (const auto& run : runs) width = std::max(width, run.config.name.size());
  return static_cast<int>(width);
}

void print_dry_run(const config::Group& group, const std::vector<config::GroupRun>& runs) {
  const std::string runs_dir = runs.empty() ? std::string() : runs.front().config.runs_dir;
  std::printf("%s: %zu runs (seeds per configuration: %zu) in %s\n", group.name.c_str(),
              runs.size(), group.seeds.size(), runs_dir.c_str());
  const int width = name_width(runs);
  std::printf("%4s  %-*s  %-5s %s\n", "#", width, "RUN", "SEED", "VARIES");
  for (size_t i = 0; i < runs.size(); ++i)
    std::printf("%4zu  %-*s  %-5llu %s\n", i + 1, width, runs[i].config.name.c_str(),
                static_cast<unsigned long long>(runs[i].config.seed),
                varies_text(runs[i].tag).c_str());
}

// Trains the runs, a line per event; returns whether every run finished. With more than one
// lane (GPU), runs train at once: each line then says which run it is about, and one line is
// printed at a time.
bool sweep(const std::vector<config::GroupRun>& runs) {
  const auto lanes = train::sweep_lanes(runs);
  if (lanes.size() > 1) std::printf("training %zu runs at once, one per GPU\n", lanes.size());
  static std::mutex print;
  static thread_local std::string prefix;  // the lane's current run, with more than one lane
  const bool many = lanes.size() > 1;
  train::SweepCallbacks callbacks;
  callbacks.on_run_start = [many](size_t index, size_t count, const config::GroupRun& run) {
    if (many) prefix = "[" + run.config.name + "] ";
    const std::lock_guard<std::mutex> lock(print);
    std::printf("[%zu/%zu] %s (%s, seed %llu)\n", index + 1, count, run.config.name.c_str(),
                varies_text(run.tag).c_str(), static_cast<unsigned long long>(run.config.seed));
    std::fflush(stdout);
  };
  callbacks.on_run_end = [](size_t index, size_t count, const train::SweepResult& result) {
    const std::lock_guard<std::mutex> lock(print);
    std::printf("[%zu/%zu] %s: %s%s; best accuracy (epoch) %s; %s\n", index + 1, count,
                result.name.c_str(), result_state(result).c_str(),
                result.reason.empty() ? "" : (": " + result.reason.english()).c_str(),
                accuracy_text(result).c_str(), format_duration(result.elapsed_s).c_str());
    std::fflush(stdout);
  };
  callbacks.trainer.on_message = [](const Message& text) {
    const std::lock_guard<std::mutex> lock(print);
    std::printf("    %s%s\n", prefix.c_str(), text.english().c_str());
    std::fflush(stdout);
  };
  callbacks.trainer.on_epoch = [](const metrics::EpochMetrics& e) {
    const std::lock_guard<std::mutex> lock(print);
    std::printf("    %sepoch %lld: train loss %.4f acc %.4f | %s loss %.4f acc %.4f%s\n",
                prefix.c_str(), static_cast<long long>(e.epoch + 1), e.train_loss, e.train_accuracy,
                e.split == metrics::EvaluatedSplit::Validation ? "validation" : "test",
                e.validation.loss, e.validation.accuracy, e.best ? " (best)" : "");
    std::fflush(stdout);
  };

  train::RunControl control;
  const auto results = [&] {
    const StopOnSignal on_signal(control);
    return train::run_sweep(runs, control, callbacks, lanes);
  }();

  const int width = name_width(runs);
  std::printf("\n%4s  %-*s  %-9s %-14s %8s\n", "#", width, "RUN", "STATE", "BEST (EPOCH)", "TIME");
  size_t finished = 0, failed = 0, before = 0;
  for (size_t i = 0; i < results.size(); ++i) {
    const auto& result = results[i];
    std::printf("%4zu  %-*s  %-9s %-14s %8s\n", i + 1, width, result.name.c_str(),
                result_state(result).c_str(), accuracy_text(result).c_str(),
                format_duration(result.elapsed_s).c_str());
    finished += result.state == train::RunState::Finished;
    failed += result.state == train::RunState::Failed;
    before += result.skipped && result.state == train::RunState::Finished;
  }
  std::printf("runs: %zu; finished: %zu (before this sweep: %zu); failed: %zu; not done: %zu\n",
              runs.size(), finished, before, failed, runs.size() - finished - failed);
  if (control.stop.load())
    std::printf("stopped: run the same command again to continue the sweep\n");
  return finished == runs.size();
}

// `text` as one word of a bash command line.
std::string shell_word(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string absolute(const std::string& path) {
  return path.empty() ? path : fs::absolute(path).lexically_normal().string();
}

/// How the runs of a group become a Slurm job array.
struct SlurmOptions {
  std::string dir;        ///< where the script, the run files and the logs go
  int tasks_per_run = 1;  ///< processes per run (data-parallel), started by srun
  int gpus_per_task = 0;  ///< GPUs per process; 0: a CPU job
};

// Writes DIR/run-K.json (each run's complete settings, its folder made absolute, and its group)
// and DIR/sweep.sbatch: array task K trains run K with `allcnn train --config`, on the
// processes srun starts (each takes its rank from srun's variables), skips a run whose folder
// finished or failed before, and continues one that was begun (a requeued task) from its last
// checkpoint on the same processes, as a sweep run again does.
void write_slurm_array(const config::Group& group, std::vector<config::GroupRun> runs,
                       const SlurmOptions& slurm) {
  if (runs.empty()) throw Error(group.source, "the group has no runs to write");
  const fs::path dir = absolute(slurm.dir);
  std::error_code ec;
  fs::create_directories(dir / "logs", ec);
  if (ec) throw Error(dir.string(), "cannot create the folder: " + ec.message());
  std::string folders;
  for (size_t i = 0; i < runs.size(); ++i) {
    auto& config = runs[i].config;
    config.runs_dir = absolute(config.runs_dir);
    config.data_dir = absolute(config.data_dir);
    nlohmann::json json = config;
    json[config::kGroupKey] = config::group_json(runs[i].tag);
    runs::write_file_atomically((dir / ("run-" + std::to_string(i + 1) + ".json")).string(),
                                json.dump(2) + "\n");
    folders += "  " + shell_word((fs::path(config.runs_dir) / config.name).string()) + "\n";
  }
  const std::string allcnn = shell_word(fs::read_symlink("/proc/self/exe").string());
  const std::string n = std::to_string(runs.size());
  std::string script = "#!/bin/bash\n";
  script += "# The " + n + " runs of the group " + shell_word(group.name) +
            " as a Slurm job array, written by `allcnn sweep --slurm`.\n"
            "# Array task K trains run K (run-K.json here) with `allcnn train --config` on the\n"
            "# processes srun starts; each takes its rank from srun's variables. Submit it with\n"
            "#   sbatch " +
            shell_word((dir / "sweep.sbatch").string()) +
            "\n# (sbatch's options given before the file, --partition, --time, ..., override"
            " these).\n";
  script += "#SBATCH --job-name=" + group.name + "\n";
  script += "#SBATCH --array=1-" + n + "\n";
  script += "#SBATCH --ntasks=" + std::to_string(slurm.tasks_per_run) + "\n";
  if (slurm.gpus_per_task > 0)
    script += "#SBATCH --gpus-per-task=" + std::to_string(slurm.gpus_per_task) + "\n";
  script += "#SBATCH --output=" + (dir / "logs" / "%A_%a.out").string() + "\n";
  script += "set -euo pipefail\n";
  script += "folders=(\n  ''\n" + folders + ")\n";
  script += "task=\"${SLURM_ARRAY_TASK_ID:?run this script with sbatch}\"\n";
  script += "folder=\"${folders[$task]}\"\n";
  script += "config=" + shell_word(dir.string()) + "/run-$task.json\n";
  script +=
      "state=\"$(head -n 1 \"$folder/status\" 2>/dev/null | cut -d: -f1 || true)\"\n"
      "if [[ $state == finished || $state == failed ]]; then\n"
      "  echo \"$folder: $state before; not trained again\"\n"
      "  exit 0\n"
      "fi\n"
      "# Rank 0 hosts the process group on the job's first node.\n"
      "MASTER_ADDR=\"$(scontrol show hostnames \"$SLURM_JOB_NODELIST\" | head -n 1)\"\n"
      "MASTER_PORT=$((20000 + SLURM_JOB_ID % 40000))\n"
      "export MASTER_ADDR MASTER_PORT\n"
      "if [[ -e $folder/config.json ]]; then\n"
      "  # Begun before (a requeued or preempted task): continued from its last checkpoint.\n"
      "  srun " +
      allcnn +
      " train --resume \"$folder\"\n"
      "else\n"
      "  srun " +
      allcnn +
      " train --config \"$config\"\n"
      "fi\n";
  runs::write_file_atomically((dir / "sweep.sbatch").string(), script);
  fs::permissions(dir / "sweep.sbatch", fs::perms::owner_exec | fs::perms::group_exec,
                  fs::perm_options::add, ec);
  std::printf("%s: %zu runs written as a Slurm job array (%d process%s per run%s) in %s\n",
              group.name.c_str(), runs.size(), slurm.tasks_per_run,
              slurm.tasks_per_run == 1 ? "" : "es",
              slurm.gpus_per_task > 0
                  ? (", " + std::to_string(slurm.gpus_per_task) + " GPU per process").c_str()
                  : "",
              dir.c_str());
  std::printf("submit it with: sbatch %s\n", (dir / "sweep.sbatch").c_str());
}

}  // namespace

void add_sweep_command(CLI::App& app) {
  auto* command = app.add_subcommand(
      "sweep",
      "train a group of runs one after another: a base configuration, the settings that vary "
      "and seeds, from a group file or a built-in preset; run it again to continue");
  auto flags = std::make_shared<SettingFlags>();
  auto group_path = std::make_shared<std::string>();
  auto preset = std::make_shared<std::string>();
  auto seeds = std::make_shared<int64_t>(0);
  auto dry_run = std::make_shared<bool>(false);
  auto list = std::make_shared<bool>(false);
  command->add_option("group", *group_path, "the group file (JSON; see README)")
      ->type_name("GROUP.json");
  command->add_option("--preset", *preset,
                      "one of the original project's studies instead of a group file: "
                      "initialization, augmentation, regularization or optimizer");
  command->add_flag("--list-presets", *list, "list the presets and exit");
  command->add_flag("--dry-run", *dry_run, "list the runs the group makes and exit");
  command->add_option("--seeds", *seeds, "this many seeds (1, 2, ...) instead of the group's")
      ->check(CLI::Range(int64_t{1}, config::kMaxGroupRuns));
  auto slurm = std::make_shared<SlurmOptions>();
  command
      ->add_option("--slurm", slurm->dir,
                   "train nothing: write the runs as a Slurm job array into this folder "
                   "(sweep.sbatch, one array task per run, and each run's settings)")
      ->type_name("DIR");
  command
      ->add_option("--slurm-tasks", slurm->tasks_per_run,
                   "with --slurm: processes per run, trained data-parallel (srun starts them)")
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--slurm-gpus-per-task", slurm->gpus_per_task,
                   "with --slurm: GPUs each process asks for (0: a CPU job)")
      ->type_name("G")
      ->check(CLI::NonNegativeNumber);
  command->footer(
      "The setting flags apply to every run of the group (e.g. --epochs 1 --train-limit 2000 "
      "for a quick look); a setting the group varies cannot be given.");
  flags->add_all(*command);

  command->callback([=] {
    if (*list) {
      list_presets();
      return;
    }
    if (group_path->empty() == preset->empty())
      throw CLI::ValidationError("sweep", "give either a group file or --preset NAME");
    try {
      config::Group group =
          preset->empty() ? config::load_group(*group_path) : config::preset_group(*preset);
      if (*seeds > 0) {
        group.seeds.clear();
        for (int64_t seed = 1; seed <= *seeds; ++seed)
          group.seeds.push_back(static_cast<uint64_t>(seed));
      }
      const auto runs = config::expand_group(group, flags->given());
      if (*dry_run) {
        print_dry_run(group, runs);
        return;
      }
      if (!slurm->dir.empty()) {
        write_slurm_array(group, runs, *slurm);
        return;
      }
      if (!sweep(runs)) throw CLI::RuntimeError(1);
    } catch (const Error& e) {
      throw with_flag(e);
    }
  });
}

}  // namespace allcnn::cli
