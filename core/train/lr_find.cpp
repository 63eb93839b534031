// The learning-rate range test: the Trainer's set-up and optimizer step, a rate that grows each
// batch, and a folder of its own kind for the curve.

#include "train/lr_find.h"

#include <cmath>
#include <filesystem>
#include <limits>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "train/trainer_state.h"

namespace allcnn::train {

namespace fs = std::filesystem;

namespace {

// How far above its lowest value the running average of the loss counts as diverged (fastai's
// lr_find stops at 4 times its best smoothed loss too).
constexpr double kDivergence = 4.0;

struct Ended {
  RunState state = RunState::Finished;
  Reason reason;
};

// Trains batch after batch at the range's rates into `record.points`; says how it ended.
Ended run_batches(Trainer::State& s, const runs::LrRange& range, const LrFindCallbacks& callbacks,
                  const std::atomic<bool>& stop, runs::LrFindRecord& record) {
  if (!s.initialize(stop)) return {RunState::Stopped, message(MessageCode::StoppedDuringLsuv)};
  s.net->train();
  const int64_t window = runs::smoothing_half_window(range.steps) + 1;
  double window_sum = 0.0;
  double lowest = std::numeric_limits<double>::infinity();
  int64_t epoch = 0;
  s.batcher->start_epoch(epoch);
  data::Batch batch;
  for (int64_t step = 0; step < range.steps; ++step) {
    if (stop.load()) return {RunState::Stopped, message(MessageCode::LrFindStopped, step)};
    if (!s.batcher->next(batch)) {
      s.batcher->start_epoch(++epoch);
      s.batcher->next(batch);
    }
    const double rate = range.rate_at(step);
    const double loss = s.optimize(batch, step, rate).loss.item<double>();
    if (!std::isfinite(loss)) {
      record.diverged = true;
      return {RunState::Finished,
              message(MessageCode::LrFindDiverged, runs::rounded_rate(rate), step + 1)};
    }
    metrics::LrPoint point{step, rate, loss, 0.0};
    window_sum += loss;
    const auto n = static_cast<int64_t>(record.points.size()) + 1;
    if (n > window) window_sum -= record.points[static_cast<size_t>(n - 1 - window)].loss;
    point.smoothed_loss = window_sum / static_cast<double>(std::min(n, window));
    record.points.push_back(point);
    if (callbacks.on_point) callbacks.on_point(point);
    if (n >= window) lowest = std::min(lowest, point.smoothed_loss);
    if (point.smoothed_loss > kDivergence * lowest) {
      record.diverged = true;
      return {RunState::Finished,
              message(MessageCode::LrFindDiverged, runs::rounded_rate(rate), step + 1)};
    }
  }
  return {};
}

}  // namespace

runs::LrFindRecord find_learning_rate(RunConfig config, const runs::LrRange& range,
                                      LrFindCallbacks callbacks, const std::atomic<bool>* stop) {
  range.validate();
  Trainer::State s;
  s.config = std::move(config);
  s.callbacks.on_message = callbacks.on_message;
  s.callbacks.on_load_progress = callbacks.on_load_progress;
  s.prepare(/*fresh=*/true);

  const auto tests_dir = (fs::path(s.config.runs_dir) / runs::kLrFindDir).string();
  s.folder = runs::RunFolder::create(tests_dir, s.config.name, "lr-find-" + s.automatic_name());
  s.lock.emplace(runs::RunLock::acquire(s.folder));
  s.folder.write_status(config::choice_name(RunState::Running));
  s.config.name = s.folder.name();
  nlohmann::json settings = s.config;
  settings[runs::kLrFindKey] = {
      {"start_lr", range.start_lr}, {"end_lr", range.end_lr}, {"steps", range.steps}};
  s.folder.write_config(settings, s.provenance());

  runs::LrFindRecord record;
  record.dir = s.folder.dir();
  record.range = range;
  s.tell(MessageCode::LrFindStarting, range.steps, range.start_lr, range.end_lr);
  const std::atomic<bool> never{false};
  Ended ended;
  try {
    ended = run_batches(s, range, callbacks, stop ? *stop : never, record);
  } catch (const Error& e) {
    ended = {RunState::Failed, e.said()};
  } catch (const c10::Error& e) {
    ended = {RunState::Failed, message(MessageCode::LibTorchFailed, e.what_without_backtrace())};
  }
  runs::smooth_points(record.points, runs::smoothing_half_window(range.steps));
  record.suggestion =
      runs::suggest_learning_rate(record.points, runs::smoothing_half_window(range.steps));
  if (callbacks.on_message && !ended.reason.empty())
    callbacks.on_message(ended.reason.subject.empty()
                             ? ended.reason.message
                             : message(MessageCode::Text, ended.reason.english()));
  if (record.suggestion.found())
    s.tell(MessageCode::LrFindSuggestion, runs::rounded_rate(record.suggestion.learning_rate),
           runs::rounded_rate(record.suggestion.minimum_learning_rate));
  else if (ended.state != RunState::Failed)
    s.tell(MessageCode::LrFindNoSuggestion);
  runs::write_lr_find(s.folder, record);
  s.folder.write_status(config::choice_name(ended.state), ended.reason);
  record.status = s.folder.read_recorded_status();
  return record;
}

}  // namespace allcnn::train
