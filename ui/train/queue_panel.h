#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace allcnn::ui {

class RunQueue;

/// The run queue as a list: the next run first, with buttons to start the queue, to move the
/// selected run up or down, and to remove it. GUI thread only.
class QueuePanel : public QWidget {
  Q_OBJECT

 public:
  QueuePanel(RunQueue* queue, QWidget* parent = nullptr);

  /// Whether Start queue can start a run now (no run goes).
  void set_idle(bool idle);
  QListWidget* list() const { return list_; }

 Q_SIGNALS:
  void start_requested();
  void study_requested();
  /// A change of the queue could not be saved.
  void problem(const QString& text);

 private:
  void refresh();
  void update_buttons();
  void move_selected(int by);

  RunQueue* queue_;
  QLabel* summary_;
  QListWidget* list_;
  QPushButton* start_;
  QPushButton* study_;
  QPushButton* up_;
  QPushButton* down_;
  QPushButton* remove_;
  bool idle_ = true;
};

}  // namespace allcnn::ui
