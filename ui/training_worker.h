#pragma once

#include <memory>

#include <QImage>
#include <QObject>
#include <QString>

#include "run_settings.h"

namespace allcnn::train {
struct RunControl;
}

namespace allcnn::ui {

class MetricsBuffer;

/// How a run ended, as the GUI shows it.
struct RunResult {
  QString state;    ///< "finished", "stopped" or "failed"
  QString subject;  ///< for a failure: the setting's flag or the file it is about (may be empty)
  QString reason;   ///< why it stopped or failed
  QString run_dir;  ///< empty when the run never started (a bad config or dataset)
  double best_validation_accuracy = 0.0;
  qint64 best_epoch = -1;
};

/// Runs core's Trainer. Lives on the controller's worker thread; run() is invoked there by a
/// queued signal and blocks until the run ends. Metrics go into the shared MetricsBuffer, not
/// through signals; only rare events (start, preview, messages, the end) are signals.
/// request_stop() and set_paused() may be called from any thread while run() is busy.
class TrainingWorker : public QObject {
  Q_OBJECT

 public:
  explicit TrainingWorker(std::shared_ptr<MetricsBuffer> buffer, QObject* parent = nullptr);
  ~TrainingWorker() override;

  /// Clears stop and pause; call before queuing run(), while the worker is idle.
  void reset_control();
  void request_stop();
  void set_paused(bool paused);

 public Q_SLOTS:
  /// Loads the data, creates the run folder, shows the preview, trains. Every exception from
  /// core ends here and becomes run_ended() with state "failed".
  void run(const allcnn::ui::RunSettings& settings);

 Q_SIGNALS:
  void run_started(const QString& run_dir, const QString& device);
  void preview_ready(const QImage& grid);
  void message(const QString& text);
  void run_ended(const allcnn::ui::RunResult& result);

 private:
  std::shared_ptr<MetricsBuffer> buffer_;
  std::unique_ptr<train::RunControl> control_;
};

}  // namespace allcnn::ui

Q_DECLARE_METATYPE(allcnn::ui::RunResult)
