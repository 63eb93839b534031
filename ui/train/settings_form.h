#pragma once

#include <map>
#include <optional>

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

class SettingEditor;

/// A setting that did not parse or validate: its key and why.
struct SettingProblem {
  QString key;
  QString message;
};

/// The run configuration form, generated from the settings table: a group box per group, a
/// field per setting the table shows in the form (SettingEditor), each with the setting's
/// tooltip and an error line under it. Fields of settings that do not apply (the Gaussian std
/// with another initializer, momentum with Adam, ...) are greyed out. A new row of the table
/// appears here without a change to this class. GUI thread only.
class SettingsForm : public QWidget {
  Q_OBJECT

 public:
  explicit SettingsForm(QWidget* parent = nullptr);

  void set_config(const train::RunConfig& config);
  /// The config the form shows: the last one set, with every field parsed by the table's
  /// parser into it. Returns the first field that does not parse (that field keeps the last
  /// value set).
  std::optional<SettingProblem> read(train::RunConfig& config) const;
  /// read(), ignoring fields that do not parse.
  train::RunConfig current() const;

  /// Shows `message` under the field of `key` (or, for a file path, under the folder field
  /// holding it) and scrolls there. Returns false when no field matches.
  bool show_error(const QString& key, const QString& message);
  void clear_errors();

  /// Trains on the image folder `dir`: dataset "folder", and `dir` in the folder field. What
  /// the Image folder button under the dataset does once the user picked the folder.
  void choose_image_folder(const QString& dir);
  /// The datasets the Download button under the dataset field can fetch; empty (the default,
  /// and a build without core/fetch) hides the button.
  void set_downloadable(const QStringList& datasets);
  /// Updates the folder field's hint ("found: ...") after the data changed on disk.
  void refresh_dataset_hint() { update_dataset_hint(); }

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

 private:
  struct Field {
    SettingEditor* editor = nullptr;
    QLabel* error = nullptr;
    QWidget* row = nullptr;
    QLabel* label = nullptr;
  };

  void add_field(const config::Setting& row, QWidget* box);
  /// The Image folder and Download buttons, on a line of `column` under the dataset's field.
  void add_dataset_buttons(QVBoxLayout* column, QWidget* row);
  void browse_image_folder();
  void align_labels();
  void update_applicability();
  void update_dataset_hint();

  QScrollArea* scroll_ = nullptr;
  QWidget* content_ = nullptr;
  std::map<QString, Field> fields_;
  QToolButton* folder_button_ = nullptr;
  QToolButton* download_button_ = nullptr;
  QStringList downloadable_;
  train::RunConfig base_;  ///< the last config set: the value of every setting without a field
};

}  // namespace allcnn::ui
