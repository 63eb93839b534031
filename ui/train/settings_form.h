#pragma once

#include <map>
#include <optional>

#include <QString>
#include <QWidget>

#include "config/run_config.h"
#include "config/setting.h"

class QLabel;
class QScrollArea;

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

  SettingEditor* editor(const QString& key) const;
  QLabel* error_label(const QString& key) const;
  /// Locks the form while a run uses it.
  void set_locked(bool locked);

 Q_SIGNALS:
  /// The user changed a field.
  void edited();
  /// The runs folder field has a new value (editing finished or set).
  void runs_dir_changed(const QString& dir);

 private:
  struct Field {
    SettingEditor* editor = nullptr;
    QLabel* error = nullptr;
    QWidget* row = nullptr;
    QLabel* label = nullptr;
  };

  void add_field(const config::Setting& row, QWidget* box);
  void align_labels();
  void update_applicability();
  void update_dataset_hint();

  QScrollArea* scroll_ = nullptr;
  QWidget* content_ = nullptr;
  std::map<QString, Field> fields_;
  train::RunConfig base_;  ///< the last config set: the value of every setting without a field
};

}  // namespace allcnn::ui
