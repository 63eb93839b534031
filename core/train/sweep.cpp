#include "train/sweep.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <optional>
#include <thread>

#include <torch/cuda.h>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "config/choices.h"
#include "config/settings_table.h"
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
                      const TrainerCallbacks& callbacks, const DeviceSpec* lane) {
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
    config::SettingChanges changes;
    if (lane) {
      RunConfig on_lane;
      on_lane.device = *lane;
      changes.push_back({"device", config::setting("device").format(on_lane)});
    }
    trainer = Trainer::resume(result.run_dir, changes, callbacks);
    result.resumed = true;
    // Folders made before the Trainer recorded the group lack it.
    runs::RunFolder(result.run_dir)
        .update_config({{config::kGroupKey, config::group_json(run.tag)}});
  } else {
    RunConfig config = run.config;
    if (lane) config.device = *lane;
    trainer = std::make_unique<Trainer>(std::move(config), callbacks, run.tag);  // with the tag
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

std::vector<DeviceSpec> sweep_lanes(const std::vector<config::GroupRun>& runs) {
  if (!torch::cuda::is_available() || torch::cuda::device_count() < 2) return {};
  for (const auto& run : runs) {
    const auto& device = run.config.device;
    const bool any_gpu =
        device.kind == DeviceKind::Auto || (device.kind == DeviceKind::Cuda && device.index < 0);
    if (!any_gpu) return {};
  }
  std::vector<DeviceSpec> lanes;
  for (size_t i = 0; i < torch::cuda::device_count(); ++i)
    lanes.push_back(DeviceSpec{DeviceKind::Cuda, static_cast<int>(i)});
  return lanes;
}

namespace {

SweepResult sweep_one(const config::GroupRun& run, size_t index, size_t count, RunControl& control,
                      const SweepCallbacks& callbacks, const DeviceSpec* lane) {
  if (callbacks.on_run_start) callbacks.on_run_start(index, count, run);
  const auto start = std::chrono::steady_clock::now();
  SweepResult result;
  try {
    result = train_one(run, control, callbacks.trainer, lane);
  } catch (const Error& e) {
    result.reason = e.said();
  } catch (const c10::Error& e) {
    result.reason = message(MessageCode::LibTorchFailed, e.what_without_backtrace());
  } catch (const std::exception& e) {
    result.reason = message(MessageCode::Text, e.what());
  }
  if (result.name.empty()) {
    result.name = run.config.name;
    result.run_dir = (fs::path(run.config.runs_dir) / run.config.name).string();
    result.state = RunState::Failed;
  }
  result.elapsed_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (callbacks.on_run_end) callbacks.on_run_end(index, count, result);
  return result;
}

}  // namespace

std::vector<SweepResult> run_sweep(const std::vector<config::GroupRun>& runs, RunControl& control,
                                   const SweepCallbacks& callbacks,
                                   const std::vector<DeviceSpec>& lanes) {
  std::vector<SweepResult> results;
  if (lanes.size() <= 1) {
    const DeviceSpec* lane = lanes.empty() ? nullptr : &lanes.front();
    for (size_t i = 0; i < runs.size() && !control.stop.load(); ++i)
      results.push_back(sweep_one(runs[i], i, runs.size(), control, callbacks, lane));
    return results;
  }
  // Each lane takes the next run nobody has taken; results land in the runs' order.
  std::vector<std::optional<SweepResult>> slots(runs.size());
  std::atomic<size_t> next{0};
  std::vector<std::thread> threads;
  for (const auto& lane : lanes)
    threads.emplace_back([&, lane] {
      for (size_t i = next++; i < runs.size() && !control.stop.load(); i = next++)
        slots[i] = sweep_one(runs[i], i, runs.size(), control, callbacks, &lane);
    });
  for (auto& thread : threads) thread.join();
  for (auto& slot : slots)
    if (slot) results.push_back(std::move(*slot));
  return results;
}

}  // namespace allcnn::train
