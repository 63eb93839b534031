#include "training_controller.h"

namespace allcnn::ui {

TrainingController::TrainingController(QObject* parent)
    : QObject(parent), buffer_(std::make_shared<MetricsBuffer>()) {
  qRegisterMetaType<train::RunConfig>();
  qRegisterMetaType<config::GroupTag>();
  qRegisterMetaType<config::SettingChanges>();
  qRegisterMetaType<RunResult>();
  worker_ = new TrainingWorker(buffer_);
  worker_->moveToThread(&thread_);
  thread_.setObjectName(QStringLiteral("allcnn-training"));

  connect(this, &TrainingController::run_requested, worker_, &TrainingWorker::run);
  connect(this, &TrainingController::resume_requested, worker_, &TrainingWorker::resume);
  connect(worker_, &TrainingWorker::load_progress, this, &TrainingController::load_progress);
  connect(worker_, &TrainingWorker::evaluation_progress, this,
          &TrainingController::evaluation_progress);
  connect(worker_, &TrainingWorker::run_started, this, &TrainingController::run_started);
  connect(worker_, &TrainingWorker::preview_ready, this, &TrainingController::preview_ready);
  connect(worker_, &TrainingWorker::message, this, &TrainingController::message);
  connect(worker_, &TrainingWorker::warning, this, &TrainingController::warning);
  connect(worker_, &TrainingWorker::diagnostics_recorded, this,
          &TrainingController::diagnostics_recorded);
  connect(worker_, &TrainingWorker::run_ended, this, &TrainingController::on_run_ended);

  drain_timer_.setInterval(kDrainIntervalMs);
  connect(&drain_timer_, &QTimer::timeout, this, &TrainingController::drain);
  thread_.start();
}

TrainingController::~TrainingController() { shutdown(-1); }

bool TrainingController::begin_run() {
  if (running_ || shut_down_) return false;
  buffer_->take();  // leftovers of an earlier run must not leak into this one
  worker_->reset_control();
  running_ = true;
  paused_ = false;
  drain_timer_.start();
  Q_EMIT running_changed(true);
  Q_EMIT paused_changed(false);
  return true;
}

void TrainingController::start(const train::RunConfig& config, const config::GroupTag& group,
                               int processes) {
  if (begin_run()) Q_EMIT run_requested(config, group, processes);
}

void TrainingController::resume(const QString& run_dir, const config::SettingChanges& changes,
                                int processes) {
  if (begin_run()) Q_EMIT resume_requested(run_dir, changes, processes);
}

void TrainingController::set_paused(bool paused) {
  if (!running_ || paused == paused_) return;
  paused_ = paused;
  worker_->set_paused(paused);
  Q_EMIT paused_changed(paused);
}

void TrainingController::stop() {
  if (!running_) return;
  worker_->request_stop();
  // A paused trainer must wake up to see the stop.
  worker_->set_paused(false);
}

bool TrainingController::shutdown(int timeout_ms) {
  if (!shut_down_) {
    shut_down_ = true;
    drain_timer_.stop();
    worker_->request_stop();
    worker_->set_paused(false);
    thread_.requestInterruption();
    thread_.quit();
  }
  const bool joined = timeout_ms < 0 ? thread_.wait() : thread_.wait(QDeadlineTimer(timeout_ms));
  if (joined && worker_) {
    delete worker_;
    worker_ = nullptr;
  }
  return joined;
}

void TrainingController::drain() {
  MetricsChunk chunk = buffer_->take();
  if (!chunk.empty()) Q_EMIT metrics_arrived(chunk);
}

void TrainingController::on_run_ended(const RunResult& result) {
  drain();  // the last batches arrive before the end is announced
  drain_timer_.stop();
  running_ = false;
  paused_ = false;
  Q_EMIT paused_changed(false);
  Q_EMIT running_changed(false);
  Q_EMIT run_ended(result);
}

}  // namespace allcnn::ui
