// MainWindow: starting, pausing and stopping runs, and what the controller reports.
#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QPushButton>

#include "banner.h"
#include "chart_panel.h"
#include "config_panel.h"
#include "core_bridge.h"
#include "log_panel.h"
#include "main_window.h"
#include "preview_panel.h"
#include "training_controller.h"

namespace allcnn::ui {

bool MainWindow::start_run() {
  if (controller_->is_running()) return false;
  config_->clear_errors();
  banner_->hide();

  RunSettings settings;
  std::optional<SettingError> error = config_->read(settings);
  if (!error) error = validate_run_settings(settings);
  if (error) {
    report_error(error->flag, error->message);
    return false;
  }
  save_settings();
  charts_->clear();
  preview_->clear();
  planned_epochs_ = settings.epochs;
  log_->add(tr("Starting a run: %1, width %2, %3, %4, %5 epochs")
                .arg(settings.arch)
                .arg(settings.width)
                .arg(settings.init, settings.optimizer)
                .arg(settings.epochs));
  controller_->start(settings);
  return true;
}

void MainWindow::set_paused(bool paused) {
  if (!controller_->is_running()) {
    pause_action_->setChecked(false);
    return;
  }
  controller_->set_paused(paused);
}

void MainWindow::stop_run() {
  if (!controller_->is_running()) return;
  log_->add(tr("Stopping after the current batch..."));
  set_status_state(tr("Stopping"));
  controller_->stop();
}

void MainWindow::report_error(const QString& subject, const QString& message) {
  const bool at_field = config_->show_error({subject, message});
  const QString text = subject.isEmpty() ? message : tr("%1: %2").arg(subject, message);
  log_->add(text, LogPanel::Level::Error);
  banner_->show_message(at_field ? tr("The configuration needs a fix: %1").arg(text) : text);
}

void MainWindow::on_running_changed(bool running) {
  config_->set_locked(running);
  start_action_->setEnabled(!running);
  pause_action_->setEnabled(running);
  stop_action_->setEnabled(running);
  open_action_->setEnabled(!running);
  start_button_->setEnabled(!running);
  pause_button_->setEnabled(running);
  stop_button_->setEnabled(running);
  if (!running) pause_action_->setChecked(false);
  set_status_state(running ? tr("Starting") : tr("Idle"));
}

void MainWindow::on_paused_changed(bool paused) {
  pause_action_->setText(paused ? tr("&Resume") : tr("&Pause"));
  pause_button_->setText(paused ? tr("Resume") : tr("Pause"));
  if (controller_->is_running()) {
    set_status_state(paused ? tr("Paused") : tr("Running"));
  }
}

void MainWindow::on_run_started(const QString& run_dir, const QString& device) {
  device_label_->setText(device);
  set_status_state(tr("Running"));
  log_->add(tr("Run folder: %1 (device %2)").arg(run_dir, device));
  update_compare_dir();
}

void MainWindow::on_metrics(const MetricsChunk& chunk) {
  charts_->add(chunk);
  charts_->refresh_if_due();
  if (!chunk.batches.empty()) update_status(chunk.batches.back());
  for (const auto& e : chunk.epochs) {
    log_->add(tr("Epoch %1: training loss %2, accuracy %3; validation loss %4, accuracy %5%6")
                  .arg(e.epoch + 1)
                  .arg(e.train_loss, 0, 'f', 4)
                  .arg(e.train_accuracy, 0, 'f', 4)
                  .arg(e.validation.loss, 0, 'f', 4)
                  .arg(e.validation.accuracy, 0, 'f', 4)
                  .arg(e.best ? tr(" (best)") : QString()));
  }
}

void MainWindow::on_run_ended(const RunResult& result) {
  charts_->refresh();  // a throttled last tick must not leave the curves short
  if (!result.run_dir.isEmpty()) show_run_in_pages(result.run_dir);
  if (result.state == QLatin1String("finished")) {
    set_status_state(tr("Finished"));
    log_->add(result.best_epoch >= 0 ? tr("Finished. Best validation accuracy %1 at epoch %2.")
                                           .arg(result.best_validation_accuracy, 0, 'f', 4)
                                           .arg(result.best_epoch + 1)
                                     : tr("Finished."));
  } else if (result.state == QLatin1String("stopped")) {
    set_status_state(tr("Stopped"));
    log_->add(result.reason.isEmpty() ? tr("Stopped; the last checkpoint is saved.")
                                      : tr("Stopped: %1").arg(result.reason));
  } else {
    set_status_state(tr("Failed"));
    report_error(result.subject, result.reason);
  }
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (controller_->is_running()) {
    log_->add(tr("Stopping the run before closing..."));
    if (!controller_->shutdown(kCloseTimeoutMs))
      log_->add(tr("The run did not stop within %1 s; waiting for it.").arg(kCloseTimeoutMs / 1000),
                LogPanel::Level::Error);
  }
  save_settings();
  event->accept();
}

}  // namespace allcnn::ui
