#pragma once

#include <map>

#include <QDialog>

#include "config/run_config.h"
#include "config/setting_changes.h"

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace allcnn::ui {

class ProcessesBox;
class SettingEditor;

/// Asks how a stopped, failed or interrupted run continues: for how many more epochs, and the
/// other settings that may change when a run is resumed (the settings table's resumable rows:
/// the device, the threads, the metrics interval), prefilled from its config.json, and on how
/// many processes (a checkpoint resumes on any number). Its result goes to the same core path
/// as `allcnn [launch --nproc N] train --resume DIR --epochs N ...`. GUI thread only.
class ResumeDialog : public QDialog {
  Q_OBJECT

 public:
  /// `epochs_done`: the run's completed epochs; "N more" continues to epochs_done + N.
  /// `processes`: what the Processes field shows first (the run folder does not record how
  /// many processes trained it; the training page passes its form's).
  ResumeDialog(const QString& run_dir, int epochs_done, int processes, QWidget* parent = nullptr);

  /// Why the run cannot be resumed (its config.json is unreadable), or "" when it can.
  QString problem() const { return problem_; }
  void set_more_epochs(int epochs);
  /// How many processes continue the run (data-parallel training; 1: this one alone).
  int processes() const;
  void set_processes(int processes);
  /// epochs (done + more) and every other resumable setting, by key, as text.
  config::SettingChanges changes() const;
  /// Checks the changes as the resumed run will (parser, validation) and closes only if they
  /// pass; otherwise the reason shows in the dialog.
  void accept() override;

 private:
  int epochs_done_ = 0;
  train::RunConfig stored_;
  QString problem_;
  QSpinBox* more_epochs_ = nullptr;
  ProcessesBox* processes_ = nullptr;
  std::map<QString, SettingEditor*> editors_;
  QLabel* error_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace allcnn::ui
