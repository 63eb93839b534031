#include "train/sweep.h"

#include <chrono>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "config/choices.h"
#include "runs/run_folder.h"
#include "runs/run_reader.h"

namespace allcnn::train {

namespace fs = std::filesystem;

namespace {

// The best epoch as the folder's epochs.csv records it (a run skipped, or one that stopped).
void read_best(SweepResult& result) {
  try {
    const auto summary = runs::summarize_run(result.run_dir);
    result.best_validation_accuracy = summary.best_accuracy;
    result.best_epoch = summary.best_epoch;
  } catch (const Error&) {
    // A folder whose records do not read says so when it is opened; the result stands.
  }
}

// What an earlier sweep left in the run's folder decides what this one does with it.
SweepResult train_one(const config::GroupRun& run, RunControl& control,
                      const TrainerCallbacks& callbacks) {
  SweepResult result;
  result.name = run.config.name;
  result.run_dir = (fs::path(run.config.runs_dir) / run.config.name).string();
  const bool exists = fs::exists(fs::path(result.run_dir) / runs::kConfigFile);
  if (exists) {
    const auto status = runs::RunFolder(result.run_dir).read_status();
    if (status.state == config::choice_name(RunState::Finished) ||
        status.state == config::choice_name(RunState::Failed)) {
      result.skipped = true;
      if (status.state == config::choice_name(RunState::Finished)) {
        result.state = RunState::Finished;
        result.reason = message(MessageCode::SweepFinishedBefore);
      } else {
        result.reason = message(MessageCode::SweepFailedBefore, status.reason.english());
      }
      read_best(result);
      return result;
    }
  }
  std::unique_ptr<Trainer> trainer;
  if (exists) {
    trainer = Trainer::resume(result.run_dir, {}, callbacks);
    result.resumed = true;
    // Folders made before the Trainer recorded the group lack it.
    runs::RunFolder(result.run_dir)
        .update_config({{config::kGroupKey, config::group_json(run.tag)}});
  } else {
    trainer = std::make_unique<Trainer>(run.config, callbacks, run.tag);  // config.json has it
    result.run_dir = trainer->run_dir();
  }
  const RunOutcome outcome = trainer->run(control);
  result.state = outcome.state;
  result.reason = outcome.reason;
  result.best_validation_accuracy = outcome.best_validation_accuracy;
  result.best_epoch = outcome.best_epoch;
  return result;
}

}  // namespace

std::vector<SweepResult> run_sweep(const std::vector<config::GroupRun>& runs, RunControl& control,
                                   const SweepCallbacks& callbacks) {
  std::vector<SweepResult> results;
  for (size_t i = 0; i < runs.size() && !control.stop.load(); ++i) {
    if (callbacks.on_run_start) callbacks.on_run_start(i, runs.size(), runs[i]);
    const auto start = std::chrono::steady_clock::now();
    SweepResult result;
    try {
      result = train_one(runs[i], control, callbacks.trainer);
    } catch (const Error& e) {
      result.reason = e.said();
    } catch (const c10::Error& e) {
      result.reason = message(MessageCode::LibTorchFailed, e.what_without_backtrace());
    } catch (const std::exception& e) {
      result.reason = message(MessageCode::Text, e.what());
    }
    if (result.name.empty()) {
      result.name = runs[i].config.name;
      result.run_dir = (fs::path(runs[i].config.runs_dir) / runs[i].config.name).string();
      result.state = RunState::Failed;
    }
    result.elapsed_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (callbacks.on_run_end) callbacks.on_run_end(i, runs.size(), result);
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace allcnn::train
