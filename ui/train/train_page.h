#pragma once

#include <vector>

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "config/setting_changes.h"
#include "metrics/rows.h"

namespace allcnn::config {
struct GroupRun;
struct GroupTag;
}  // namespace allcnn::config
namespace allcnn::train {
struct RunConfig;
}

class QAction;
class QPushButton;
class QTabWidget;

namespace allcnn::ui {

class Banner;
class ChartPanel;
class LogPanel;
class PreviewPanel;
class QueuePanel;
class RunQueue;
class SettingsForm;
class TrainingController;
class TrainStatus;
struct MetricsChunk;
struct SettingProblem;
struct RunResult;

/// The training page: the run configuration form (generated from the settings table) with
/// Start, Pause, Stop and Resume, the live charts with the augmentation preview, and the log.
/// Training runs on the controller's worker thread. The window's shell embeds it, puts its
/// actions into the menus and its status widget into the status bar, and listens to its
/// signals. Split by feature: train_page_run.cpp (starting, stopping, resuming and what the
/// controller reports), train_page_files.cpp (config files, remembered settings, export).
/// GUI thread only.
class TrainPage : public QWidget {
  Q_OBJECT

 public:
  explicit TrainPage(QWidget* parent = nullptr);
  ~TrainPage() override;

  /// Validates the form and starts a run. Returns false, with the problems under their fields
  /// and in the banner, when the configuration is invalid or a run is already going.
  bool start_run();
  /// Validates the form and puts its run in the queue, which goes on at once when no run goes.
  /// Returns false, with the problems shown, when the configuration is invalid.
  bool add_to_queue();
  /// Starts the first queued run when no run goes; the queue then goes on by itself.
  void start_queue();
  /// Asks which study to queue (StudyDialog, from the form's dataset and folders), queues its
  /// runs and starts the queue.
  void queue_study();
  /// The learning-rate range test of the form's run (LrFindDialog); the rate the user takes
  /// goes into the form.
  void find_learning_rate();
  /// Queues these runs of a group and starts the queue; announces the group (study_queued).
  void queue_runs(const std::vector<config::GroupRun>& runs);
  void set_paused(bool paused);
  void stop_run();
  /// Asks how the run in `run_dir` continues (ResumeDialog), then resumes it.
  void ask_to_resume(const QString& run_dir, int epochs_done);
  /// Resumes the run in `run_dir` with these changes of its resumable settings on `processes`
  /// processes: the same core path as `allcnn [launch --nproc N] train --resume`. Returns false
  /// when a run is already going.
  bool resume_run(const QString& run_dir, const config::SettingChanges& changes, int processes = 1);
  /// Fills the form from a config.json; false (with the reason shown) when it cannot.
  bool load_config(const QString& path);
  /// Stops a run in progress, waiting at most `timeout_ms` for its thread, and remembers the
  /// form. Returns whether the thread ended in time. For the window's close.
  bool close_down(int timeout_ms);

  /// Start, Pause, Stop, Resume: for the shell's Run menu.
  QList<QAction*> run_actions() const;
  /// Open and save a configuration, export the chart data: for the shell's File menu.
  QList<QAction*> file_actions() const;
  /// The run's state, progress, speed, ETA and device, for the shell's status bar.
  TrainStatus* status_widget() const { return status_; }
  QString runs_dir() const;
  /// Where runs go unless the user chose a folder: "runs" in the user's data folder
  /// (QStandardPaths::AppDataLocation, ~/.local/share/All-CNN Workbench/allcnn-workbench/runs).
  static QString default_runs_dir();

  SettingsForm* form() const { return form_; }
  ChartPanel* charts() const { return charts_; }
  PreviewPanel* preview() const { return preview_; }
  LogPanel* log() const { return log_; }
  Banner* banner() const { return banner_; }
  TrainingController* controller() const { return controller_; }
  RunQueue* queue() const { return queue_; }
  QueuePanel* queue_panel() const { return queue_panel_; }

 Q_SIGNALS:
  /// The runs folder of the form changed: the compare page lists it.
  void runs_dir_changed(const QString& dir);
  /// A run ended (finished, stopped or failed) in this folder: other pages may show it.
  void run_ended(const QString& run_dir);
  /// The run training in `run_dir` recorded a window of diagnostics: pages that show it may
  /// read it again.
  void diagnostics_recorded(const QString& run_dir);
  /// The form's run name is taken and the user chose to continue that run (the shell asks
  /// how, with the epochs it has done, through ask_to_resume()).
  void resume_existing_requested(const QString& run_dir);
  /// A study's runs were queued: the group's name and runs folder, for the compare page.
  void study_queued(const QString& group, const QString& runs_dir);
  /// A run of a group started (after run_started): its group and folder.
  void group_run_started(const QString& group, const QString& run_dir);

 private:
  // train_page.cpp
  void create_actions();
  void create_layout();
  // train_page_run.cpp
  /// Reads the form into `config`; false, with the problems under their fields, in the banner
  /// and the log, when it has any.
  bool read_form(train::RunConfig& config);
  /// Starts a run of `config` (the form's, or a queued one, of `group`).
  void launch(const train::RunConfig& config, const config::GroupTag& group);
  void on_running_changed(bool running);
  void on_paused_changed(bool paused);
  void on_run_started(const QString& run_dir, const QString& device);
  void on_metrics(const MetricsChunk& chunk);
  void on_run_ended(const RunResult& result);
  void report_error(const QString& subject, const QString& message);
  void update_resume_action();
  /// Start is enabled when no run goes and the form has no problem; its tooltip says why not.
  void update_start_action();
  /// Shows the form's problems in the banner and the log (each is under its field already).
  void report_problems(const QList<SettingProblem>& problems);
  // train_page_download.cpp (built with core/fetch only)
  static QStringList downloadable_datasets();
  void download_dataset(const QString& name);
  // train_page_queue.cpp
  void create_queue();
  /// After a run ended: the next queued run starts, unless the user stopped this one (the
  /// queue then holds until Start queue).
  void continue_queue(const RunResult& result);
  void start_next_queued();
  void update_queue_tab();
  // train_page_files.cpp
  void restore_settings();
  void save_settings() const;
  void open_config();
  void save_config_as();
  void export_series();

  TrainingController* controller_ = nullptr;
  SettingsForm* form_ = nullptr;
  ChartPanel* charts_ = nullptr;
  PreviewPanel* preview_ = nullptr;
  LogPanel* log_ = nullptr;
  Banner* banner_ = nullptr;
  TrainStatus* status_ = nullptr;

  RunQueue* queue_ = nullptr;
  QueuePanel* queue_panel_ = nullptr;
  QTabWidget* log_tabs_ = nullptr;  ///< the log and the queue
  bool queue_going_ = false;        ///< queued runs start as runs end
  QString running_group_;           ///< the group of the run launched last, if any

  QAction* start_action_ = nullptr;
  QAction* queue_action_ = nullptr;
  QAction* study_action_ = nullptr;
  QAction* lr_find_action_ = nullptr;
  QAction* pause_action_ = nullptr;
  QAction* stop_action_ = nullptr;
  QAction* resume_action_ = nullptr;
  QAction* open_action_ = nullptr;
  QAction* save_as_action_ = nullptr;
  QAction* export_action_ = nullptr;
  QPushButton* start_button_ = nullptr;
  QPushButton* queue_button_ = nullptr;
  QPushButton* pause_button_ = nullptr;
  QPushButton* stop_button_ = nullptr;
  QPushButton* resume_button_ = nullptr;

  /// The last run of this page, for Resume: its folder and completed epochs.
  QString last_run_dir_;
  int last_run_epochs_ = 0;
  /// What the last run's epochs were evaluated on (its log names the split).
  metrics::EvaluatedSplit last_run_split_ = metrics::EvaluatedSplit::Test;
};

}  // namespace allcnn::ui
