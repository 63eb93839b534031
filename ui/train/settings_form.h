#pragma once

#include <map>

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "config/run_config.h"
#include "config/setting.h"

class QLabel;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace allcnn::ui {

class ProcessesBox;
class SettingEditor;

/// A setting that did not parse or validate: its key, why (the settings table's words), and the
/// line the form shows for it, which names the field by its label.
struct SettingProblem {
  QString key;
  QString message;
  QString text;
};

/// The run configuration form, generated from the settings table: a group box per group, a
/// field per setting the table shows in the form (SettingEditor), each with the setting's
/// tooltip and an error line under it. Fields of settings that do not apply (the Gaussian std
/// with another initializer, momentum with Adam, ...) are greyed out. Every change is checked
/// at once by the table's parser and validator, each problem shown under its field. A new row
/// of the table appears here without a change to this class. GUI thread only.
class SettingsForm : public QWidget {
  Q_OBJECT

 public:
  explicit SettingsForm(QWidget* parent = nullptr);

  void set_config(const train::RunConfig& config);
  /// The config the form shows: the last one set, with every field parsed by the table's
  /// parser into it (a field that does not parse keeps the last value set). Returns every
  /// problem, in table order: the fields that do not parse, the values the table's validator
  /// rejects (range, emptiness, rules across settings), and a run name that is taken. Settings
  /// that do not apply are not checked.
  QList<SettingProblem> read(train::RunConfig& config) const;
  /// read(), ignoring the problems.
  train::RunConfig current() const;
  /// What read() finds now; the form shows them under their fields as the user types.
  QList<SettingProblem> problems() const { return problems_; }

  /// Shows `message` under the field of `key` (or, for a file path, under the folder field
  /// holding it) and scrolls there, until that field changes: an error from the run (a
  /// dataset folder without the files). Returns false when no field matches.
  bool show_error(const QString& key, const QString& message);
  void clear_errors();
  /// Scrolls to the field of `key` and gives it the focus.
  void reveal(const QString& key);
  /// The folder a run named by the form would have, when that exists already (and the name
  /// field is not empty); else empty.
  QString existing_run_dir() const;

  /// Trains on the image folder `dir`: dataset "folder", and `dir` in the folder field. What
  /// the Image folder button under the dataset does once the user picked the folder.
  void choose_image_folder(const QString& dir);
  /// The datasets the Download button under the dataset field can fetch; empty (the default,
  /// and a build without core/fetch) hides the button.
  void set_downloadable(const QStringList& datasets);
  /// Updates the folder field's hint ("found: ...") after the data changed on disk.
  void refresh_dataset_hint() { update_dataset_hint(); }

  /// How many processes train a run (data-parallel training; 1: this one alone). Not a
  /// setting of the run (a run trains alike on any number): a field of the Execution section
  /// outside the settings table, as `allcnn train --world-size` is outside it on the CLI.
  int processes() const;
  void set_processes(int processes);

  SettingEditor* editor(const QString& key) const;
  QLabel* error_label(const QString& key) const;
  /// Locks the form while a run uses it.
  void set_locked(bool locked);

 Q_SIGNALS:
  /// The user changed a field.
  void edited();
  /// The runs folder field has a new value (editing finished or set).
  void runs_dir_changed(const QString& dir);
  /// The user asked to download `dataset` (the Download button under the dataset field).
  void download_requested(const QString& dataset);
  /// The user asked for a learning-rate range test (the Find button beside the rate).
  void lr_find_requested();
  /// The problems changed (problems()): Start follows them.
  void problems_changed();
  /// The run name is taken and the user chose to continue that run instead.
  void resume_requested(const QString& run_dir);

 private:
  struct Field {
    SettingEditor* editor = nullptr;
    QLabel* error = nullptr;
    QWidget* row = nullptr;
    QLabel* label = nullptr;
    QString problem;    ///< what the table's validator says about the value, if anything
    QString run_error;  ///< what the last run said about it (show_error), until it changes
  };

  void add_field(const config::Setting& row, QWidget* box);
  /// The Processes field, under the CPU threads.
  void add_processes_field(QWidget* box);
  /// The Image folder and Download buttons, on a line of `column` under the dataset's field.
  void add_dataset_buttons(QVBoxLayout* column, QWidget* row);
  /// "Resume it" and "Use a new name", under the run name when a run has that name.
  void add_name_clash_buttons(QVBoxLayout* column, QWidget* row);
  void use_new_name();
  /// Checks every field (read()) and shows the problems; emits problems_changed().
  void validate();
  void show_field_message(Field& field);
  void browse_image_folder();
  void align_labels();
  void update_applicability();
  void update_dataset_hint();

  QScrollArea* scroll_ = nullptr;
  QWidget* content_ = nullptr;
  std::map<QString, Field> fields_;
  ProcessesBox* processes_ = nullptr;
  QLabel* processes_label_ = nullptr;
  QToolButton* folder_button_ = nullptr;
  QToolButton* download_button_ = nullptr;
  QWidget* name_clash_ = nullptr;
  QList<SettingProblem> problems_;
  QStringList downloadable_;
  train::RunConfig base_;  ///< the last config set: the value of every setting without a field
};

}  // namespace allcnn::ui
