// The Trainer's public face and the steps of a training session: epochs of batches, the
// metrics flushed in groups, the epoch's end, and how a session ends (finished, stopped or
// failed), each written once.

#include "train/trainer.h"

#include <cmath>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/torch_compat.h"
#include "config/settings_table.h"
#include "nn/input_layout.h"
#include "train/epoch_watch.h"
#include "train/evaluate.h"
#include "train/optimizer.h"
#include "train/schedule.h"
#include "train/trainer_state.h"

namespace allcnn::train {

namespace {

// SplitMix64: decorrelates the per-batch seeds of neighbouring steps.
uint64_t mix_seed(uint64_t seed, uint64_t step) {
  uint64_t z = seed * 0x9E3779B97F4A7C15ULL + step + 1;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

}  // namespace

Trainer::Trainer(std::unique_ptr<State> state) : state_(std::move(state)) {}

Trainer::Trainer(RunConfig config, TrainerCallbacks callbacks, config::GroupTag group,
                 std::shared_ptr<dist::ProcessGroup> process_group)
    : state_(std::make_unique<State>()) {
  state_->config = std::move(config);
  state_->callbacks = std::move(callbacks);
  state_->group = std::move(group);
  state_->process_group = std::move(process_group);
  state_->prepare(/*fresh=*/true);
  if (state_->records()) state_->create_folder();
}

RunConfig Trainer::resumed_config(const std::string& run_dir,
                                  const config::SettingChanges& changes) {
  auto config = load_config(runs::RunFolder::open(run_dir).path(runs::kConfigFile));
  config::apply_resume_changes(config, changes);
  return config;
}

std::unique_ptr<Trainer> Trainer::resume(const std::string& run_dir,
                                         const config::SettingChanges& changes,
                                         TrainerCallbacks callbacks,
                                         std::shared_ptr<dist::ProcessGroup> process_group) {
  auto state = std::make_unique<State>();
  state->process_group = std::move(process_group);
  state->folder = runs::RunFolder::open(run_dir);
  if (state->records()) {
    const auto status = state->folder.read_status();
    // Before anything is read or written: one process writes a run.
    state->lock.emplace(runs::RunLock::acquire(state->folder));
    if (status.state == "interrupted" && callbacks.on_message)
      callbacks.on_message(status.reason.message);  // how it was interrupted
  }
  state->config = resumed_config(run_dir, changes);
  state->callbacks = std::move(callbacks);
  state->prepare(/*fresh=*/false);
  state->open_checkpoint();
  if (!changes.empty() && state->records()) {
    // The folder's config.json says what the run continues with; its provenance stays.
    nlohmann::json changed = nlohmann::json::object();
    for (const auto& change : changes)
      changed[change.key] = config::setting(change.key).to_json(state->config);
    state->folder.update_config(changed);
  }
  return std::unique_ptr<Trainer>(new Trainer(std::move(state)));
}

Trainer::~Trainer() = default;

const RunConfig& Trainer::config() const { return state_->config; }
const std::string& Trainer::run_dir() const { return state_->folder.dir(); }

torch::Tensor Trainer::State::displayable(const torch::Tensor& augmented) const {
  const int64_t count = std::min(callbacks.preview_images, augmented.size(0));
  auto images = augmented.narrow(0, 0, count).to(torch::kCPU, torch::kFloat32);
  const auto& fit = augmenter->fit();
  if (config.augment.zca()) {
    // Whitened images have no natural range: stretch each one to [0, 1] to show its structure.
    auto flat = images.flatten(1);
    auto low = std::get<0>(flat.min(1, true)), high = std::get<0>(flat.max(1, true));
    images = ((flat - low) / (high - low).clamp_min(1e-8)).view_as(images);
  } else if (config.augment.normalize() && fit.mean.defined()) {
    images = images * fit.std.cpu() + fit.mean.cpu();
  }
  return images.clamp(0.0, 1.0);
}

RunOutcome Trainer::run(RunControl& control) {
  auto& s = *state_;
  s.stop_requested = &control.stop;
  s.pause_requested = &control.pause;
  s.stop_agreed = false;
  s.pause_agreed = false;
  try {
    if (const auto ending = s.begin_session(control)) return s.finish(*ending);
    Ending finished{RunState::Finished, {}};
    while (s.position.epoch < s.config.epochs) {
      if (const auto ending = s.train_epoch(control)) return s.finish(*ending);
      if (const auto ending = s.end_epoch(control)) {
        if (ending->state != RunState::Finished) return s.finish(*ending);
        finished = *ending;  // stopped early
        break;
      }
    }
    auto test = s.test_checkpoints(control.stop);
    return s.finish(finished, std::move(test));
  } catch (const Error& e) {
    return s.finish({RunState::Failed, e.said()});
  } catch (const c10::Error& e) {
    return s.finish(
        {RunState::Failed, message(MessageCode::LibTorchFailed, e.what_without_backtrace())});
  } catch (const std::exception& e) {
    return s.finish({RunState::Failed, message(MessageCode::Text, e.what())});
  }
}

std::optional<Ending> Trainer::State::begin_session(RunControl& control) {
  if (records()) folder.write_status(config::choice_name(RunState::Running));
  if (needs_init) {
    if (!initialize(control.stop))
      return Ending{RunState::Stopped, message(MessageCode::StoppedDuringLsuv)};
    if (process_group) broadcast_weights();
    needs_init = false;
    measure_drift(-1);
    // Resumable from here on, even when stopped or killed before the first batch ends.
    save(runs::Checkpoint::Last);
  }
  if (process_group && config.model.batch_norm && config.sync_bn) synchronize_batch_norm();
  if (process_group)
    gradient_sum = std::make_unique<dist::GradientSum>(*process_group, net->parameters());
  // Data-parallel: rank 0 records them, from its share of each batch (the gradients are the
  // whole batch's by then).
  if (config.diagnostics_every > 0 && records())
    diagnostics = std::make_unique<TrainingDiagnostics>(net, config.diagnostics_every);
  clock.start(position.elapsed_s);
  return std::nullopt;
}

std::optional<Ending> Trainer::State::train_epoch(RunControl& control) {
  net->train();
  batcher->start_epoch(position.epoch);
  batcher->seek(position.batch);
  group_start = Clock::now();
  data::Batch batch;
  while (true) {
    if (auto ending = obey(control)) return ending;
    if (!batcher->next(batch)) return flush_metrics();
    train_batch(batch);
    const bool checkpoint = checkpoint_due();
    if (checkpoint || static_cast<int64_t>(pending.size()) >= metrics_every)
      if (auto ending = flush_metrics()) return ending;
    if (checkpoint) {
      position.elapsed_s = clock.elapsed_s();
      save(runs::Checkpoint::Last);
    }
  }
}

std::optional<Ending> Trainer::State::obey(RunControl& control) {
  // Data-parallel, a pause or a stop is what the last step's all-reduce agreed, so that every
  // rank pauses or stops after the same step (a rank's own request travels with the next step).
  const auto pause = [&] { return process_group ? pause_agreed : control.pause.load(); };
  const auto stop = [&] { return process_group ? stop_agreed : control.stop.load(); };
  if (!pause() && !stop()) return std::nullopt;
  // Show everything trained so far before waiting or stopping.
  if (auto ending = flush_metrics()) return ending;
  if (pause()) {
    const auto pause_start = Clock::now();
    tell(MessageCode::Paused);
    // Data-parallel, every rank polls together: each poll is a small all-reduce, far inside
    // the collectives' timeout however long the pause lasts.
    const auto poll = std::chrono::milliseconds(process_group ? 200 : 20);
    while (still_paused(control)) std::this_thread::sleep_for(poll);
    pause_agreed = false;
    clock.add_pause(std::chrono::duration<double>(Clock::now() - pause_start).count());
    group_start = Clock::now();
    if (!stop()) tell(MessageCode::Resumed);
  }
  if (!stop()) return std::nullopt;
  position.elapsed_s = clock.elapsed_s();
  save(runs::Checkpoint::Last);
  return Ending{RunState::Stopped,
                message(MessageCode::StoppedAt, position.epoch + 1, position.batch + 1)};
}

bool Trainer::State::still_paused(const RunControl& control) {
  // The pause first: a stop clears it after setting stop (TrainingController::stop).
  const bool pausing = control.pause.load();
  const bool stopping = control.stop.load();
  if (!process_group) return pausing && !stopping;
  auto asked = torch::tensor({pausing ? 1.0f : 0.0f, stopping ? 1.0f : 0.0f});
  process_group->all_reduce_sum({asked}, "the pause after step " + std::to_string(position.step));
  stop_agreed = stop_agreed || asked[1].item<float>() > 0.0f;
  return asked[0].item<float>() > 0.0f && !stop_agreed;
}

// Nothing here waits for the device: the loss and the correct count stay there until the next
// flush.
void Trainer::State::train_batch(const data::Batch& batch) {
  auto& p = position;
  const double lr = learning_rate_at(config, p.step, batches_per_epoch, p.plateau_scale);
  auto output = optimize(batch, p.step, lr);
  if (diagnostics) diagnose_batch(p.step, lr);

  PendingBatch record;
  record.metrics.epoch = p.epoch;
  record.metrics.batch = p.batch;
  record.metrics.batches_per_epoch = batches_per_epoch;
  record.metrics.step = p.step;
  record.metrics.learning_rate = lr;
  record.loss = std::move(output.loss);
  record.correct = std::move(output.correct);
  record.size = batch.whole_size();
  pending.push_back(std::move(record));
  ++p.step;
  ++p.batch;
}

Trainer::State::StepOutput Trainer::State::optimize(const data::Batch& batch, int64_t step,
                                                    double learning_rate) {
  torch::manual_seed(mix_seed(config.seed, static_cast<uint64_t>(step)));
  set_learning_rate(*optimizer, learning_rate);
  const auto augmented = augmenter->apply(batch.images, true);
  if (callbacks.on_preview && callbacks.preview_due && callbacks.preview_due())
    callbacks.on_preview(displayable(augmented), position.epoch, position.batch);
  auto inputs = nn::in_model_layout(augmented);
  auto labels = batch.labels.to(device);
  optimizer->zero_grad();
  if (gradient_sum) gradient_sum->begin(step);
  // Data-parallel training with synchronized batch norm: its layers sum their statistics, and
  // their gradients, over the ranks during this step's forward and backward passes.
  nn::SynchronizedBatchNorm synchronized(*net, batch_norm_sum.get());
  StepOutput output;
  if (labels.size(0) > 0) {
    torch::Tensor logits, loss;
    {
      AutocastScope autocast(device.type(), config.bf16);
      logits = diagnostics ? diagnostics->forward(inputs) : net->forward(inputs);
      loss = torch::nn::functional::cross_entropy(logits, labels);
    }
    (loss * share_of(batch)).backward();
    output = {loss.detach(), logits.argmax(1).eq(labels).sum()};
  } else {
    // A rank whose share of a short last batch is empty contributes nothing, but takes part in
    // the sums batch norm makes.
    synchronized.take_part_without_images();
    output = {torch::zeros({}, torch::TensorOptions(device).dtype(torch::kFloat32)),
              torch::zeros({}, torch::TensorOptions(device).dtype(torch::kInt64))};
  }
  if (process_group) share_step(batch, step, output);
  optimizer->step();
  return output;
}

bool Trainer::State::checkpoint_due() const {
  return config.checkpoint_every > 0 && position.batch % config.checkpoint_every == 0 &&
         position.batch < batches_per_epoch;
}

// Reads the pending batches' losses and correct counts from the device in one synchronization,
// then records each batch: the epoch sums, its batches.csv row and on_batch. images_per_second
// is the group's mean since the previous flush. A loss that is not finite fails the run; that
// batch and the later ones are not recorded.
std::optional<Ending> Trainer::State::flush_metrics() {
  if (pending.empty()) return std::nullopt;
  const double elapsed_s = clock.elapsed_s();
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
  auto batches = std::move(pending);
  pending.clear();
  for (size_t i = 0; i < batches.size(); ++i) {
    metrics::BatchMetrics m = batches[i].metrics;
    if (!std::isfinite(loss[i]))
      return Ending{RunState::Failed,
                    message(std::isnan(loss[i]) ? MessageCode::LossNaN : MessageCode::LossInfinite,
                            m.epoch + 1, m.batch + 1, m.learning_rate)};
    const auto size = static_cast<double>(batches[i].size);
    m.loss = loss[i];
    m.accuracy = static_cast<double>(correct[i]) / size;
    m.images_per_second = speed;
    m.elapsed_s = elapsed_s;
    position.epoch_loss_sum += loss[i] * size;
    position.epoch_correct += correct[i];
    position.epoch_seen += batches[i].size;
    if (writer) writer->append_batch(m);
    if (callbacks.on_batch) callbacks.on_batch(m);
  }
  return std::nullopt;
}

std::optional<metrics::EpochMetrics> Trainer::State::epoch_metrics(const std::atomic<bool>& stop) {
  auto& p = position;
  metrics::EpochMetrics e;
  e.epoch = p.epoch;
  const auto seen = static_cast<double>(p.epoch_seen);
  e.train_loss = p.epoch_seen > 0 ? p.epoch_loss_sum / seen : 0.0;
  e.train_accuracy = p.epoch_seen > 0 ? static_cast<double>(p.epoch_correct) / seen : 0.0;
  e.learning_rate = learning_rate_at(config, std::max<int64_t>(0, p.step - 1), batches_per_epoch,
                                     p.plateau_scale);
  // Data-parallel, each rank evaluates its share and the sums are the whole split's.
  EvaluationShard shard;
  if (process_group) {
    shard.rank = process_group->rank();
    shard.world = process_group->world_size();
    shard.sum = [this](const std::vector<torch::Tensor>& sums) {
      process_group->all_reduce_sum(
          sums, "the evaluation of epoch " + std::to_string(position.epoch + 1));
    };
  }
  const auto evaluation =
      evaluate(*net, evaluated(), *augmenter, device, evaluation_batch_size(device), config.bf16,
               &stop, callbacks.on_evaluation, shard);
  if (!evaluation) return std::nullopt;
  e.validation = *evaluation;
  e.split = evaluated_split();
  e.elapsed_s = clock.elapsed_s();
  return e;
}

std::optional<Ending> Trainer::State::end_epoch(RunControl& control) {
  // Data-parallel, every rank evaluates to the end, so that all of them reach the next step's
  // all-reduce and stop there together; on one process a stop ends the evaluation at once.
  static const std::atomic<bool> kEvaluateToTheEnd{false};
  const auto evaluated = epoch_metrics(process_group ? kEvaluateToTheEnd : control.stop);
  if (!evaluated) {
    position.elapsed_s = clock.elapsed_s();
    save(runs::Checkpoint::Last);
    return Ending{RunState::Stopped, message(MessageCode::StoppedEvaluating, position.epoch + 1)};
  }
  metrics::EpochMetrics e = *evaluated;
  auto& p = position;
  const auto verdict = watch_epoch(config, p, e.validation.accuracy);
  e.best = verdict.best;
  // The row first, then the checkpoints: a crash in between resumes from the older checkpoint,
  // which drops this row and replays the epoch's end.
  if (writer) writer->append_epoch(e);
  measure_drift(p.epoch);
  record_histograms();
  if (callbacks.on_epoch) callbacks.on_epoch(e);
  if (verdict.reduced)
    tell(MessageCode::PlateauReduced, p.epoch + 1, config.plateau_patience + 1,
         learning_rate_at(config, p.step, batches_per_epoch, p.plateau_scale));
  std::optional<Ending> ending;
  if (verdict.stop && p.epoch + 1 < config.epochs)
    ending = Ending{RunState::Finished,
                    message(config.has_validation() ? MessageCode::StoppedEarly
                                                    : MessageCode::StoppedEarlyOnTest,
                            p.epoch + 1, p.epoch - p.best_epoch, p.best_epoch + 1)};
  ++p.epoch;
  p.batch = 0;
  p.epoch_loss_sum = 0.0;
  p.epoch_correct = 0;
  p.epoch_seen = 0;
  p.elapsed_s = e.elapsed_s;
  if (e.best) save(runs::Checkpoint::Best);
  save(runs::Checkpoint::Last);
  return ending;
}

void Trainer::State::save(runs::Checkpoint which) {
  if (!records()) return;
  save_checkpoint(folder.checkpoint_path(which), *net, optimizer.get(), augmenter->fit(), position);
}

std::optional<metrics::TestResults> Trainer::State::test_checkpoints(
    const std::atomic<bool>& stop) {
  if (!config.has_validation() || position.epoch == 0 || !records()) return std::nullopt;
  const int64_t batch_size = evaluation_batch_size(device);
  auto on_test = [&]() {
    return evaluate(*net, test, *augmenter, device, batch_size, config.bf16, &stop,
                    callbacks.on_evaluation);
  };
  metrics::TestResults results;
  // The net holds the last checkpoint's weights; the best one is loaded over them afterwards
  // (nothing trains any more).
  results.last.epoch = position.epoch - 1;
  const auto last = on_test();
  if (!last) return std::nullopt;
  results.last.evaluation = *last;
  results.best.epoch = position.best_epoch;
  if (position.best_epoch == results.last.epoch) {
    results.best.evaluation = *last;
  } else {
    load_checkpoint(folder.checkpoint_path(runs::Checkpoint::Best), *net, nullptr, nullptr);
    const auto best = on_test();
    if (!best) return std::nullopt;
    results.best.evaluation = *best;
  }
  writer->write_test(results);
  const auto percent = [](double accuracy) { return std::round(accuracy * 1e4) / 1e2; };
  const auto rounded = [](double loss) { return std::round(loss * 1e4) / 1e4; };
  tell(MessageCode::TestOfBest, results.best.epoch + 1, percent(results.best.evaluation.accuracy),
       rounded(results.best.evaluation.loss));
  tell(MessageCode::TestOfLast, results.last.epoch + 1, percent(results.last.evaluation.accuracy),
       rounded(results.last.evaluation.loss));
  return results;
}

RunOutcome Trainer::State::finish(const Ending& ending, std::optional<metrics::TestResults> test) {
  RunOutcome outcome;
  outcome.test = std::move(test);
  outcome.run_dir = folder.dir();
  outcome.state = ending.state;
  outcome.reason = ending.reason;
  outcome.best_validation_accuracy = position.best_accuracy;
  outcome.best_epoch = position.best_epoch;
  try {
    // A finished run without a reason keeps the diagnostics' warning in its status.
    if (records())
      folder.write_status(config::choice_name(ending.state),
                          ending.reason.empty() ? warning : ending.reason);
  } catch (const Error& e) {
    // The status file could not record the ending (a full disk): the outcome says both.
    const std::string before = ending.reason.english();
    outcome.reason = message(MessageCode::Text, (before.empty() ? "" : before + "; ") + e.what());
  }
  return outcome;
}

}  // namespace allcnn::train
