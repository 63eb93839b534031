#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include "run_data.h"

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace allcnn::runs {
struct HistoryColumns;
}

namespace allcnn::ui {
class BackgroundTask;
}

namespace allcnn::ui::compare {

class RunFilterProxy;
class RunFollower;
class RunTableModel;
struct HistoryPreview;

/// A sortable, filterable table of the runs in a runs folder, plus imported histories (CSV files
/// of other tools, remembered across restarts in QSettings "compare/imported_histories").
/// The folder is scanned on a worker: each run's row comes from its summary (config.json,
/// status, epochs.csv), so a folder of a hundred long runs lists at once. A run's curves are
/// read (on the worker) only when it is first selected, and from then on followed every
/// refresh interval, reading only the rows it appended (RunFollower). New run folders appear as
/// they are created (a file-system watcher, and a periodic rescan for file systems that do not
/// notify). Folders that
/// cannot be read stay in the table with the reason (status column, tooltip, and the message line
/// under the table). The runs of a group (a sweep, a study) can be shown alone (the group
/// chooser), and each row shows its group's colour, as the comparison draws it. GUI thread only.
class RunBrowser : public QWidget {
  Q_OBJECT

 public:
  explicit RunBrowser(QWidget* parent = nullptr);

  void set_runs_dir(const QString& dir);
  QString runs_dir() const { return runs_dir_; }
  /// Adds history CSVs as read-only runs and remembers them. A file whose column names say
  /// nothing (`x, training, validation`) is mapped by the column request (by default the
  /// HistoryImportDialog); one the user skips is left out. What cannot be read is shown in the
  /// message line. Returns the files imported.
  QStringList import_histories(const QStringList& paths);
  /// import_histories for one file: whether it was imported.
  bool import_history(const QString& path);
  /// Answers which column holds what for a file whose names say nothing: fills `columns`
  /// (which starts as the guess) and returns true, or returns false to skip the file.
  using ColumnRequest =
      std::function<bool(const HistoryPreview& preview, runs::HistoryColumns& columns)>;
  /// Replaces the dialog that asks (tests answer without a modal dialog).
  void set_column_request(ColumnRequest request);
  /// Removes the selected rows, when all are imported histories, and forgets them.
  void remove_selected_imports();
  /// What a drop onto the compare page opens: a run folder is shown where it lies (its folder
  /// becomes the runs folder) and selected, a folder of runs becomes the runs folder, files are
  /// imported as histories and selected.
  void open_paths(const QStringList& paths);
  /// Selects the runs with these names or folders (the demo and tests use it); runs the scan
  /// under way has not listed yet are selected when it has.
  void select_runs(const QStringList& names_or_dirs);
  QList<RunData> selected_runs() const;
  /// Re-reads the folder list now and starts following the live runs on the worker (the
  /// timer does it periodically); selected_runs_changed follows if a selected run grew.
  void refresh();
  void set_refresh_interval_ms(int ms);
  /// Whether a scan or a read of curves is under way (tests wait for it to end).
  bool busy() const;

  /// Shows only the runs of one group (a name), of no group (an empty name), or every run
  /// (nullopt), as the group chooser does; the selection keeps only the runs still shown.
  void set_group_filter(const std::optional<QString>& group);
  std::optional<QString> group_filter() const;

  RunTableModel* model() const { return model_; }
  QSortFilterProxyModel* proxy() const;
  QString message() const;

 Q_SIGNALS:
  /// The selection changed, or a selected run was re-read (a live run progressed).
  void selected_runs_changed(const QList<RunData>& runs);
  /// The user asked to continue this run (the Resume button or the table's context menu).
  void resume_requested(const QString& run_dir, int epochs_done);

 private:
  void rescan_folder();
  /// Follows the loaded runs and loads the selected runs' curves, on the worker.
  void follow();
  void select(const QStringList& names_or_dirs);
  void update_message();
  /// Lists the groups in the chooser with their run counts, when they changed.
  void update_group_choices();
  void update_notes_editor();
  void save_notes();
  void choose_dir();
  void choose_history_files();
  /// Reads the remembered histories again (on the worker); a vanished file stays listed as
  /// unreadable, saying so, until it is removed.
  void restore_imports();
  void update_resume_button();
  void update_remove_button();
  void request_resume();

  QString runs_dir_;
  RunTableModel* model_;
  RunFilterProxy* proxy_;
  QTableView* table_;
  QLineEdit* dir_edit_;
  QLineEdit* filter_edit_;
  QComboBox* group_filter_;
  QStringList group_choices_;  ///< what the chooser lists: "name\ncount" per entry
  QLabel* message_;
  QLineEdit* tags_edit_;
  QPlainTextEdit* notes_edit_;
  QPushButton* save_notes_;
  QPushButton* resume_;
  QPushButton* remove_;
  QFileSystemWatcher* watcher_;
  QTimer* refresh_timer_;
  BackgroundTask* scan_task_;
  BackgroundTask* follow_task_;
  BackgroundTask* restore_task_;
  ColumnRequest column_request_;
  bool scan_again_ = false, follow_again_ = false;
  QStringList pending_selection_;
  /// One per run whose curves are loaded; shared with the worker's job while it reads.
  QHash<QString, std::shared_ptr<RunFollower>> followers_;
  QString notes_dir_;  ///< the run the notes editor shows
  QString import_error_;
};

}  // namespace allcnn::ui::compare
