#pragma once

#include <memory>

#include <QImage>
#include <QObject>
#include <QThread>
#include <QTimer>

#include "metrics_buffer.h"
#include "training_worker.h"

namespace allcnn::ui {

/// Owns the worker thread and drives one run at a time from the GUI thread. Metrics are drained
/// from the shared buffer about 30 times a second and handed out as one chunk per tick.
/// All members are for the GUI thread.
class TrainingController : public QObject {
  Q_OBJECT

 public:
  static constexpr int kDrainIntervalMs = 33;

  explicit TrainingController(QObject* parent = nullptr);
  /// Stops a run in progress and joins the worker thread (Tiled's pattern).
  ~TrainingController() override;

  bool is_running() const { return running_; }
  bool is_paused() const { return paused_; }

  /// Queues a new run on the worker thread, one of `group` when that is not empty, on
  /// `processes` processes (TrainingWorker::run); ignored while one is running.
  void start(const train::RunConfig& config, const config::GroupTag& group = {}, int processes = 1);
  /// Queues the continuation of the run in `run_dir` on `processes` processes
  /// (TrainingWorker::resume); ignored while one is running.
  void resume(const QString& run_dir, const config::SettingChanges& changes, int processes = 1);
  void set_paused(bool paused);
  /// Asks the run to stop; the trainer writes its last checkpoint and run_ended() follows.
  void stop();
  /// Stops and joins the worker thread, waiting at most `timeout_ms`. Returns whether it ended
  /// in time. The controller cannot start runs afterwards.
  bool shutdown(int timeout_ms);

 Q_SIGNALS:
  void running_changed(bool running);
  void paused_changed(bool paused);
  /// Decoding an image-folder dataset: `done` of `total` files (before run_started()).
  void load_progress(qint64 done, qint64 total);
  void evaluation_progress(qint64 done, qint64 total);
  void run_started(const QString& run_dir, const QString& device);
  /// The augmentation preview: images of the batch being trained (epoch and batch from 0),
  /// every kPreviewIntervalMs at most.
  void preview_ready(const QImage& grid, int epoch, int batch);
  void message(const QString& text);
  /// The run's diagnostics found a problem (TrainingWorker::warning).
  void warning(const QString& text);
  /// The run appended a window of diagnostics to its folder.
  void diagnostics_recorded();
  /// Emitted from the drain timer with everything that arrived since the last tick.
  void metrics_arrived(const allcnn::ui::MetricsChunk& chunk);
  void run_ended(const allcnn::ui::RunResult& result);

  /// Internal: carry start() and resume() to the worker thread.
  void run_requested(const allcnn::train::RunConfig& config, const allcnn::config::GroupTag& group,
                     int processes);
  void resume_requested(const QString& run_dir, const allcnn::config::SettingChanges& changes,
                        int processes);

 private:
  /// Clears what an earlier run left; false while a run is going or after shutdown().
  bool begin_run();
  void drain();
  void on_run_ended(const RunResult& result);

  std::shared_ptr<MetricsBuffer> buffer_;
  QThread thread_;
  TrainingWorker* worker_ = nullptr;  // owned; deleted after the thread is joined
  QTimer drain_timer_;
  bool running_ = false;
  bool paused_ = false;
  bool shut_down_ = false;
};

}  // namespace allcnn::ui
