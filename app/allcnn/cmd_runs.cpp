#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "common/error.h"
#include "config/run_config.h"
#include "runs/run_reader.h"

namespace allcnn::cli {

namespace {

std::string age_text(int64_t last_write, int64_t now) {
  if (last_write <= 0) return "-";
  const int64_t seconds = std::max<int64_t>(0, now - last_write);
  if (seconds < 120) return std::to_string(seconds) + " s";
  if (seconds < 2 * 3600) return std::to_string(seconds / 60) + " min";
  if (seconds < 2 * 86400) return std::to_string(seconds / 3600) + " h";
  return std::to_string(seconds / 86400) + " d";
}

nlohmann::json to_json(const runs::RunSummary& run) {
  return {{"dir", run.dir},
          {"name", run.name},
          {"state", run.state},
          {"reason", run.reason.english()},
          {"epochs_done", run.epochs_done},
          {"epochs", run.epochs_planned},
          {"best_accuracy",
           run.best_accuracy >= 0 ? nlohmann::json(run.best_accuracy) : nlohmann::json(nullptr)},
          {"best_epoch",
           run.best_epoch >= 0 ? nlohmann::json(run.best_epoch + 1) : nlohmann::json(nullptr)},
          // What best_accuracy is of; with a validation split, test.json's results of the best
          // and the last checkpoint on the test split (null until the run finished).
          {"evaluated",
           run.evaluated_split == metrics::EvaluatedSplit::Validation ? "validation" : "test"},
          {"test_accuracy_of_best",
           run.test ? nlohmann::json(run.test->best.evaluation.accuracy) : nlohmann::json(nullptr)},
          {"test_accuracy_of_last",
           run.test ? nlohmann::json(run.test->last.evaluation.accuracy) : nlohmann::json(nullptr)},
          {"device", run.provenance.device},
          {"host", run.provenance.host},
          {"last_write", run.last_write},
          {"warnings", run.warnings}};
}

}  // namespace

void add_runs_command(CLI::App& app) {
  auto* command = app.add_subcommand(
      "runs",
      "list the runs in a runs folder: state, epochs, best accuracy (on validation, else test) "
      "and its checkpoint's test accuracy, age");
  auto dir = std::make_shared<std::string>(train::RunConfig{}.runs_dir);
  auto as_json = std::make_shared<bool>(false);
  command->add_option("dir", *dir, "the runs folder")->capture_default_str();
  command->add_flag("--json", *as_json, "one JSON object per run, one per line");
  command->callback([=] {
    const auto dirs = runs::list_run_folders(*dir);
    if (dirs.empty()) throw Error(*dir, "holds no runs (folders with a config.json)");
    const int64_t now = static_cast<int64_t>(std::time(nullptr));
    if (!*as_json)
      std::printf("%-36s %-12s %9s %19s %10s %8s  %s\n", "NAME", "STATE", "EPOCHS",
                  "BEST (EPOCH) ON", "BEST TEST", "AGE", "DEVICE");
    for (const auto& run_dir : dirs) {
      runs::RunSummary run;
      try {
        run = runs::summarize_run(run_dir);
      } catch (const Error& e) {
        // One unreadable folder does not hide the others.
        if (*as_json)
          std::printf("%s\n", nlohmann::json{{"dir", run_dir}, {"error", e.what()}}.dump().c_str());
        else
          std::printf("%-36s %-12s %s\n", run_dir.c_str(), "unreadable", e.what());
        continue;
      }
      if (*as_json) {
        std::printf("%s\n", to_json(run).dump().c_str());
        continue;
      }
      const std::string epochs =
          std::to_string(run.epochs_done) + "/" + std::to_string(run.epochs_planned);
      char best[32] = "-";
      if (run.best_accuracy >= 0)
        std::snprintf(best, sizeof best, "%.4f (%lld)", run.best_accuracy,
                      static_cast<long long>(run.best_epoch + 1));
      // What the best accuracy is of; BEST TEST: that checkpoint's accuracy on test.
      std::string best_on = best;
      if (run.best_accuracy >= 0)
        best_on += run.evaluated_split == metrics::EvaluatedSplit::Validation ? " val" : " test";
      char tested[16] = "-";
      if (run.test)
        std::snprintf(tested, sizeof tested, "%.4f", run.test->best.evaluation.accuracy);
      std::printf("%-36s %-12s %9s %19s %10s %8s  %s\n", run.name.c_str(), run.state.c_str(),
                  epochs.c_str(), best_on.c_str(), tested, age_text(run.last_write, now).c_str(),
                  run.provenance.device.c_str());
    }
  });
}

}  // namespace allcnn::cli
