#pragma once

#include <QMainWindow>
#include <QString>
#include <QStringList>

class QTabWidget;

namespace allcnn::ui::compare {
class ComparePage;
}
namespace allcnn::ui::inspect {
class InspectPage;
}

namespace allcnn::ui {

class LsuvPage;
class TrainPage;

/// The workbench's shell: the pages as tabs (training, comparison, LSUV inspector, network
/// inspector), the menus, the status bar and the window's geometry. Each page is a widget of
/// its own folder of ui/; the shell only puts the pages' actions into its menus and connects
/// their signals (a run that ended is shown on the inspector pages, a run chosen on the compare
/// page is resumed on the training page). GUI thread only.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  /// Closing the window while a run trains asks first (stop and quit, or keep training); a
  /// stopped run's thread is given this long to end.
  static constexpr int kCloseTimeoutMs = 5000;

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  TrainPage* train_page() const { return train_; }
  compare::ComparePage* compare_page() const { return compare_; }
  /// Null where OpenCV is not built in.
  inspect::InspectPage* inspect_page() const { return inspect_; }
  QTabWidget* pages() const { return pages_; }

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void create_pages();
  void create_menus();
  void show_run_in_pages(const QString& run_dir);
  void resume_from_compare(const QString& run_dir, int epochs_done);
  void export_run();
  /// Asks whether to stop the training run and quit; true for "Stop and quit".
  bool confirm_close();

  QTabWidget* pages_ = nullptr;
  TrainPage* train_ = nullptr;
  compare::ComparePage* compare_ = nullptr;
  LsuvPage* lsuv_ = nullptr;
  inspect::InspectPage* inspect_ = nullptr;  ///< null where OpenCV is not built in
  QString last_run_dir_;  ///< the training page's last run: what File > Export run... offers
  QString shown_group_;   ///< the last queued study: the compare page follows it
  QStringList shown_group_runs_;  ///< its runs started so far
};

}  // namespace allcnn::ui
