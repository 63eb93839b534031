#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace allcnn::metrics {
struct BatchMetrics;
}

namespace allcnn::ui {

/// The training page's part of the window's status bar: the run's state, epoch and batch,
/// images/s, ETA and device. The shell puts it into the status bar. GUI thread only.
class TrainStatus : public QWidget {
  Q_OBJECT

 public:
  explicit TrainStatus(QWidget* parent = nullptr);

  void set_state(const QString& state);
  void set_device(const QString& device);
  void set_planned_epochs(qint64 epochs) { planned_epochs_ = epochs; }
  void show_progress(const metrics::BatchMetrics& latest);
  /// Decoding an image folder before the run starts: `done` of `total` files. The bar shows
  /// while done < total.
  void show_load_progress(qint64 done, qint64 total);
  void hide_load_progress();
  QString state() const;

 private:
  QLabel* state_ = nullptr;
  QProgressBar* load_ = nullptr;
  QLabel* progress_ = nullptr;
  QLabel* speed_ = nullptr;
  QLabel* eta_ = nullptr;
  QLabel* device_ = nullptr;
  qint64 planned_epochs_ = 0;
};

}  // namespace allcnn::ui
