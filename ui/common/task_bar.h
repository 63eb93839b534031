#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace allcnn::ui {

class BackgroundTask;

/// A line a page puts under its controls: what its BackgroundTask is doing, how far it is and
/// a Cancel button (when the job honours it). It stays hidden for jobs that end within about a
/// second, so quick work does not flicker. GUI thread only.
class TaskBar : public QWidget {
  Q_OBJECT

 public:
  /// How long a job runs before the bar shows.
  static constexpr int kShowAfterMs = 1000;

  TaskBar(BackgroundTask* task, QWidget* parent = nullptr);
  /// What the bar says until the job reports its own text ("Loading the run...").
  void set_text(const QString& text);

 private:
  void on_started();
  void on_progress(double fraction, const QString& text);
  void on_finished();

  BackgroundTask* task_;
  QLabel* label_;
  QProgressBar* bar_;
  QPushButton* cancel_;
  QTimer* show_timer_;
  QString text_;
};

}  // namespace allcnn::ui
