#pragma once

#include <functional>
#include <memory>

#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include "config/provenance.h"
#include "config/run_config.h"
#include "config/setting_changes.h"

namespace allcnn::dist {
class ProcessGroup;
}

namespace allcnn::train {
class Trainer;
struct RunControl;
struct TrainerCallbacks;
}  // namespace allcnn::train

namespace allcnn::ui {

class MetricsBuffer;
class RankProcesses;

/// How a run ended, as the GUI shows it.
struct RunResult {
  QString state;    ///< "finished", "stopped" or "failed"
  QString subject;  ///< for a failure: the setting's key or the file it is about (may be empty)
  QString reason;   ///< why it stopped or failed
  QString run_dir;  ///< empty when the run never started (a bad config or dataset)
  double best_validation_accuracy = 0.0;
  qint64 best_epoch = -1;
};

/// Runs core's Trainer. Lives on the controller's worker thread; run() and resume() are
/// invoked there by queued signals and block until the run ends. Metrics go into the shared
/// MetricsBuffer, not through signals; only rare events (start, preview, messages, the end)
/// are signals. request_stop() and set_paused() may be called from any thread while busy.
class TrainingWorker : public QObject {
  Q_OBJECT

 public:
  /// The preview shows the batch being trained at most this often.
  static constexpr int kPreviewIntervalMs = 2000;
  /// How long the other ranks of a data-parallel run get to end after this one did (they end
  /// after the same step), before they are killed.
  static constexpr int kRanksEndTimeoutMs = 20000;

  explicit TrainingWorker(std::shared_ptr<MetricsBuffer> buffer, QObject* parent = nullptr);
  ~TrainingWorker() override;

  /// Clears stop and pause; call before queuing a run, while the worker is idle.
  void reset_control();
  void request_stop();
  void set_paused(bool paused);

 public Q_SLOTS:
  /// Loads the data, creates the run folder, trains (with the preview). Every exception from
  /// core ends here and becomes run_ended() with state "failed". With `processes` above 1, a
  /// data-parallel run: this process is rank 0 (it records the run and reports it as any
  /// other) and RankProcesses starts the others; with automatic threads, each process gets
  /// its share of the cores.
  void run(const allcnn::train::RunConfig& config, const allcnn::config::GroupTag& group,
           int processes);
  /// Continues the run in `run_dir` (train::Trainer::resume with `changes`) on `processes`
  /// processes, however many trained it before: above 1, this process is rank 0 as in run(),
  /// and the others resume as `allcnn train --resume DIR` with the changes as flags.
  void resume(const QString& run_dir, const allcnn::config::SettingChanges& changes, int processes);

 Q_SIGNALS:
  /// Decoding an image-folder dataset, before run_started(): `done` of `total` files.
  void load_progress(qint64 done, qint64 total);
  /// The end-of-epoch evaluation: `done` of `total` test images.
  void evaluation_progress(qint64 done, qint64 total);
  void run_started(const QString& run_dir, const QString& device);
  /// The augmentation preview: images of the batch being trained (epoch and batch from 0),
  /// every kPreviewIntervalMs at most.
  void preview_ready(const QImage& grid, int epoch, int batch);
  void message(const QString& text);
  /// A problem the training diagnostics found (a dead class unit, a mostly dead layer), also
  /// sent as a message.
  void warning(const QString& text);
  /// A window of the training diagnostics was appended to the run's diagnostics.csv.
  void diagnostics_recorded();
  void run_ended(const allcnn::ui::RunResult& result);

 private:
  using Factory =
      std::function<std::unique_ptr<train::Trainer>(const train::TrainerCallbacks& callbacks)>;
  /// With `ranks`, waits for them once the run ended (kills them after a while) and, when
  /// this process failed because one of them ended, names that rank.
  void drive(const Factory& make_trainer, RankProcesses* ranks = nullptr);
  /// Starts the other ranks (`allcnn train ARGUMENTS`, RankProcesses::start), their output
  /// going to message(), and joins the group of `processes` with them as rank 0. Throws
  /// allcnn::Error when one cannot start or the group does not form.
  std::shared_ptr<dist::ProcessGroup> join_as_rank_zero(RankProcesses& ranks,
                                                        const QStringList& arguments,
                                                        int processes);

  std::shared_ptr<MetricsBuffer> buffer_;
  std::unique_ptr<train::RunControl> control_;
};

}  // namespace allcnn::ui

Q_DECLARE_METATYPE(allcnn::ui::RunResult)
Q_DECLARE_METATYPE(allcnn::train::RunConfig)
Q_DECLARE_METATYPE(allcnn::config::GroupTag)
Q_DECLARE_METATYPE(allcnn::config::SettingChanges)
