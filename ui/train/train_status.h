#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace allcnn::metrics {
struct BatchMetrics;
}

namespace allcnn::ui {

/// The training page's part of the window's status bar: the run's state, epoch and batch,
/// images/s, ETA and device (on a GPU with its memory in use, every 2 s). The shell puts it
/// into the status bar. GUI thread only.
class TrainStatus : public QWidget {
  Q_OBJECT

 public:
  explicit TrainStatus(QWidget* parent = nullptr);

  void set_state(const QString& state);
  /// `device` as describe_device() gives it: "cuda:0 (NVIDIA H200, 150 GB)", "cpu (2 threads)".
  void set_device(const QString& device);
  void set_planned_epochs(qint64 epochs) { planned_epochs_ = epochs; }
  void show_progress(const metrics::BatchMetrics& latest);
  /// The run ended in `state`: the epochs it completed replace the epoch and batch, and the
  /// speed, the ETA and the memory reading (which would go stale) are cleared.
  void end_run(const QString& state, qint64 epochs_done);
  /// Decoding an image folder before the run starts: `done` of `total` files. The bar shows
  /// while done < total.
  void show_load_progress(qint64 done, qint64 total);
  /// The end-of-epoch evaluation, in the same bar (it takes tens of seconds on a CPU).
  void show_evaluation_progress(qint64 done, qint64 total);
  void hide_load_progress();
  /// A warning of the run's diagnostics: a short mark in the bar, the whole text as its tooltip,
  /// until clear_warning() (the next run).
  void show_warning(const QString& text);
  void clear_warning();
  QString warning() const;
  QString state() const;

 private:
  void show_device_memory();

  QLabel* state_ = nullptr;
  QProgressBar* load_ = nullptr;
  QLabel* progress_ = nullptr;
  QLabel* speed_ = nullptr;
  QLabel* eta_ = nullptr;
  QLabel* device_ = nullptr;
  QLabel* warning_ = nullptr;
  QString device_text_;
  int gpu_ordinal_ = -1;  ///< the run's CUDA device, -1 on the CPU
  QTimer* memory_timer_ = nullptr;
  qint64 planned_epochs_ = 0;
  qint64 epochs_before_batch_ = 0;  ///< epochs complete before the latest batch's
};

}  // namespace allcnn::ui
