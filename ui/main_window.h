#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;

namespace allcnn::train {
struct BatchMetrics;
}

namespace allcnn::ui::compare {
class ComparePage;
}
namespace allcnn::ui::inspect {
class InspectPage;
}

namespace allcnn::ui {

class Banner;
class LsuvPage;
class ChartPanel;
class ConfigPanel;
class LogPanel;
class PreviewPanel;
class TrainingController;
struct MetricsChunk;
struct RunResult;

/// The workbench: the run configuration on the left, live charts and the augmentation preview
/// in the middle, the log below. Split by feature: main_window_run.cpp (starting, pausing,
/// stopping, the controller's signals), main_window_status.cpp (the status bar),
/// main_window_settings.cpp (QSettings, config files, export).
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  /// Closing the window stops a run and waits this long for its thread to end.
  static constexpr int kCloseTimeoutMs = 5000;

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Validates the form and starts a run. Returns false, showing the reason next to the field
  /// (or in the banner), when the configuration is invalid or a run is already going.
  bool start_run();
  void set_paused(bool paused);
  void stop_run();
  /// Fills the form from a config.json; false (with the reason shown) when it cannot.
  bool load_config(const QString& path);

  ConfigPanel* config_panel() const { return config_; }
  ChartPanel* charts() const { return charts_; }
  PreviewPanel* preview() const { return preview_; }
  LogPanel* log() const { return log_; }
  Banner* banner() const { return banner_; }
  TrainingController* controller() const { return controller_; }
  QTabWidget* pages() const { return pages_; }

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  // main_window.cpp
  void create_actions();
  void create_layout();
  void create_menus();
  // main_window_pages.cpp: the training view, the comparison, the LSUV inspector and the
  // network inspector as tabs of the central area.
  void create_pages(QWidget* training);
  void show_run_in_pages(const QString& run_dir);
  void update_compare_dir();
  // main_window_run.cpp
  void on_running_changed(bool running);
  void on_paused_changed(bool paused);
  void on_run_started(const QString& run_dir, const QString& device);
  void on_metrics(const MetricsChunk& chunk);
  void on_run_ended(const RunResult& result);
  void report_error(const QString& subject, const QString& message);
  // main_window_status.cpp
  void create_status_bar();
  void update_status(const train::BatchMetrics& latest);
  void set_status_state(const QString& state);
  // main_window_settings.cpp
  void restore_settings();
  void save_settings() const;
  void open_config();
  void save_config_as();
  void export_series();

  QTabWidget* pages_ = nullptr;
  compare::ComparePage* compare_ = nullptr;
  LsuvPage* lsuv_ = nullptr;
  inspect::InspectPage* inspect_ = nullptr;  ///< null where OpenCV is not built in
  TrainingController* controller_ = nullptr;
  ConfigPanel* config_ = nullptr;
  ChartPanel* charts_ = nullptr;
  PreviewPanel* preview_ = nullptr;
  LogPanel* log_ = nullptr;
  Banner* banner_ = nullptr;

  QAction* start_action_ = nullptr;
  QAction* pause_action_ = nullptr;
  QAction* stop_action_ = nullptr;
  QAction* open_action_ = nullptr;
  QAction* save_as_action_ = nullptr;
  QAction* export_action_ = nullptr;
  QAction* quit_action_ = nullptr;
  QPushButton* start_button_ = nullptr;
  QPushButton* pause_button_ = nullptr;
  QPushButton* stop_button_ = nullptr;

  QLabel* state_label_ = nullptr;
  QLabel* progress_label_ = nullptr;
  QLabel* speed_label_ = nullptr;
  QLabel* eta_label_ = nullptr;
  QLabel* device_label_ = nullptr;
  qint64 planned_epochs_ = 0;
};

}  // namespace allcnn::ui
