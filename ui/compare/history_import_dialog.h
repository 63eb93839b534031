#pragma once

#include <array>

#include <QDialog>

#include "history_import.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QTableWidget;

namespace allcnn::ui::compare {

/// Asks which column of a history CSV holds which metric, for a file whose names say nothing
/// (`x, training, validation`): the file's name, its first rows, one choice per metric (the
/// file's columns or none), and whether accuracies are in percent. Starts from the guess; the
/// percent box follows the chosen accuracy columns until the user sets it. Import is enabled
/// once a metric is chosen. Tests set the choices and read columns() without exec(). GUI
/// thread only.
class HistoryImportDialog : public QDialog {
  Q_OBJECT

 public:
  enum class Role { Epoch, TrainLoss, TrainAccuracy, ValLoss, ValAccuracy, LearningRate };
  static constexpr int kRoleCount = 6;

  explicit HistoryImportDialog(const HistoryPreview& preview, QWidget* parent = nullptr);

  /// The mapping as chosen now.
  runs::HistoryColumns columns() const;
  /// Chooses the file's column `column` (HistoryColumns::kNone: none) for `role`.
  void set_column(Role role, int column);
  QComboBox* combo(Role role) const { return combos_[static_cast<size_t>(role)]; }
  QCheckBox* percent_box() const { return percent_; }
  /// Whether Import is enabled (a metric is chosen).
  bool acceptable() const;

 private:
  void update_state();

  HistoryPreview preview_;
  std::array<QComboBox*, kRoleCount> combos_{};
  QCheckBox* percent_;
  QDialogButtonBox* buttons_;
  QTableWidget* rows_;
  bool percent_set_by_user_ = false;
};

}  // namespace allcnn::ui::compare
