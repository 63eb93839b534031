#pragma once

#include <QDialog>

#include "run_export.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace allcnn::ui {

class BackgroundTask;

/// File > Export run...: a run folder's model as TorchScript and its curves as a TensorBoard
/// event file, written on a worker (loading the model takes a moment); the dialog says
/// what it wrote or why it could not.
class ExportRunDialog : public QDialog {
  Q_OBJECT

 public:
  /// `run_dir` is offered first (the run just trained, or empty).
  explicit ExportRunDialog(const QString& run_dir, QWidget* parent = nullptr);
  /// Waits for an export still writing its files.
  ~ExportRunDialog() override;

  /// Starts the export of what the form says (the Export button).
  void start_export();
  bool busy() const;

 Q_SIGNALS:
  /// The export ended; `result` lists the files written or the error.
  void exported(const allcnn::ui::ExportResult& result);

 private:
  void show_result(const ExportResult& result);
  void update_enabled();

  QLineEdit* run_dir_ = nullptr;
  QComboBox* checkpoint_ = nullptr;
  QCheckBox* torchscript_ = nullptr;
  QLineEdit* torchscript_file_ = nullptr;
  QCheckBox* tensorboard_ = nullptr;
  QLineEdit* tensorboard_dir_ = nullptr;
  QLabel* status_ = nullptr;
  QPushButton* export_button_ = nullptr;
  BackgroundTask* task_ = nullptr;
};

}  // namespace allcnn::ui

Q_DECLARE_METATYPE(allcnn::ui::ExportResult)
