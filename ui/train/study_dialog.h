#pragma once

#include <vector>

#include <QDialog>

#include "config/group.h"
#include "config/run_config.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace allcnn::ui {

/// Queues a group of runs: one of the original project's four studies (config/group_presets.h),
/// or the form's run with one setting varied over a list of values; each over N seeds, with
/// the epochs, data limits and network width a user can shrink for a quick look. The dataset, its
/// folder, the runs folder and the device come from the form. Core expands the group
/// (config::expand_group: every run validated by the settings table); the dialog lists the runs, or
/// says what is wrong, before anything is queued. GUI thread only.
class StudyDialog : public QDialog {
  Q_OBJECT

 public:
  StudyDialog(const train::RunConfig& form, QWidget* parent = nullptr);

  /// The runs to queue, as last expanded (empty while something is wrong).
  const std::vector<config::GroupRun>& runs() const { return runs_; }
  /// Why the group cannot be expanded; empty when it can.
  QString problem() const { return problem_; }

  /// What a user sets, for tests: a preset by name, or "" and a setting varied over values
  /// ("0.01, 0.001").
  void choose(const QString& preset, const QString& key = {}, const QString& values = {});
  void set_seeds(int seeds);
  void set_epochs(int epochs);
  void set_limits(int train_images, int test_images);
  void set_width(double width);

 private:
  void update_runs();
  config::Group make_group() const;

  train::RunConfig form_;
  std::vector<config::GroupRun> runs_;
  QString problem_;

  QComboBox* study_;
  QLabel* description_;
  QComboBox* key_;
  QLineEdit* values_;
  QLineEdit* name_;
  QSpinBox* seeds_;
  QSpinBox* epochs_;
  QDoubleSpinBox* width_;
  QSpinBox* train_limit_;
  QSpinBox* test_limit_;
  QListWidget* list_;
  QLabel* error_;
  QPushButton* ok_;
};

}  // namespace allcnn::ui
