#pragma once

#include <map>
#include <optional>
#include <vector>

#include <QWidget>

#include "core_bridge.h"
#include "run_settings.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;

namespace allcnn::ui {

/// The run configuration form: every RunConfig setting, grouped like the CLI's help. Each
/// field has an error line under it; show_error() puts core's message next to the field whose
/// CLI flag it names. Editors carry the RunSettings member name as their objectName.
class ConfigPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ConfigPanel(QWidget* parent = nullptr);

  void set_settings(const RunSettings& settings);
  /// Reads the form into `settings`; returns the first field that does not parse.
  std::optional<SettingError> read(RunSettings& settings) const;

  /// Shows `error` under the field its flag belongs to and scrolls there. Returns false when
  /// no field matches (a file path, an unknown flag): the caller shows it elsewhere.
  bool show_error(const SettingError& error);
  void clear_errors();
  /// The error line of a field by its editor's objectName, for tests.
  QLabel* error_label(const QString& field) const;

  /// Locks the form while a run uses it.
  void set_locked(bool locked);

 private:
  struct Field {
    QWidget* editor = nullptr;
    QLabel* error = nullptr;
    QWidget* row = nullptr;
  };

  // Construction helpers (config_panel.cpp).
  QFormLayout* add_section(const QString& title);
  void add_field(QFormLayout* form, const QString& label, QWidget* editor,
                 std::initializer_list<const char*> flags, QWidget* extra = nullptr);
  QLineEdit* number_edit(const QString& name);
  QSpinBox* int_spin(const QString& name, int minimum, int maximum,
                     const QString& special = QString());
  QCheckBox* check_box(const QString& name, const QString& text);
  QComboBox* combo(const QString& name, const QStringList& items);
  void align_labels();
  void update_enabled();
  void update_dataset_hint();
  void browse_for(QLineEdit* edit, const QString& caption);
  void browse_for_file(QLineEdit* edit, const QString& caption, const QString& filter);

  QScrollArea* scroll_ = nullptr;
  QWidget* content_ = nullptr;
  std::vector<Field> fields_;
  std::map<QString, size_t> by_flag_;
  std::map<QString, size_t> by_name_;

  QComboBox* dataset_ = nullptr;
  QLineEdit* data_dir_ = nullptr;
  QSpinBox* train_limit_ = nullptr;
  QSpinBox* test_limit_ = nullptr;
  QComboBox* arch_ = nullptr;
  QLineEdit* width_ = nullptr;
  QCheckBox* batch_norm_ = nullptr;
  QCheckBox* dropout_ = nullptr;
  QComboBox* init_ = nullptr;
  QLineEdit* init_std_ = nullptr;
  QLineEdit* lsuv_tolerance_ = nullptr;
  QSpinBox* lsuv_max_iterations_ = nullptr;
  QSpinBox* lsuv_batch_size_ = nullptr;
  QSpinBox* lsuv_min_outputs_ = nullptr;
  QLineEdit* lsuv_layers_ = nullptr;
  QLineEdit* weights_ = nullptr;
  QComboBox* optimizer_ = nullptr;
  QLineEdit* learning_rate_ = nullptr;
  QLineEdit* momentum_ = nullptr;
  QCheckBox* nesterov_ = nullptr;
  QLineEdit* weight_decay_ = nullptr;
  QLineEdit* rho_ = nullptr;
  QLineEdit* beta1_ = nullptr;
  QLineEdit* beta2_ = nullptr;
  QLineEdit* epsilon_ = nullptr;
  QComboBox* schedule_ = nullptr;
  QLineEdit* decay_ = nullptr;
  QLineEdit* milestones_ = nullptr;
  QLineEdit* gamma_ = nullptr;
  QLineEdit* warmup_epochs_ = nullptr;
  QCheckBox* shift_ = nullptr;
  QLineEdit* shift_fraction_ = nullptr;
  QCheckBox* flip_ = nullptr;
  QCheckBox* normalize_ = nullptr;
  QCheckBox* zca_ = nullptr;
  QLineEdit* zca_epsilon_ = nullptr;
  QSpinBox* batch_size_ = nullptr;
  QSpinBox* epochs_ = nullptr;
  QLineEdit* seed_ = nullptr;
  QComboBox* device_ = nullptr;
  QSpinBox* threads_ = nullptr;
  QCheckBox* bf16_ = nullptr;
  QSpinBox* metrics_every_ = nullptr;
  QLineEdit* runs_dir_ = nullptr;
  QLineEdit* name_ = nullptr;
  QSpinBox* checkpoint_every_ = nullptr;
};

}  // namespace allcnn::ui
