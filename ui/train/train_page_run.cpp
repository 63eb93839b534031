// TrainPage: starting, pausing, stopping and resuming runs, and what the controller reports.
#include <QAction>
#include <QPushButton>

#include "banner.h"
#include "chart_panel.h"
#include "common/error.h"
#include "config/settings_table.h"
#include "log_panel.h"
#include "preview_panel.h"
#include "queue_panel.h"
#include "resume_dialog.h"
#include "setting_editor.h"
#include "setting_text.h"
#include "settings_form.h"
#include "train_page.h"
#include "train_status.h"
#include "training_controller.h"

namespace allcnn::ui {

bool TrainPage::read_form(train::RunConfig& config) {
  form_->clear_errors();
  banner_->hide();
  if (const QList<SettingProblem> problems = form_->read(config); !problems.isEmpty()) {
    report_problems(problems);
    return false;
  }
  return true;
}

bool TrainPage::start_run() {
  if (controller_->is_running()) return false;
  train::RunConfig config;
  if (!read_form(config)) return false;
  save_settings();
  launch(config, {});
  return true;
}

void TrainPage::launch(const train::RunConfig& config, const config::GroupTag& group) {
  Q_EMIT runs_dir_changed(QString::fromStdString(config.runs_dir));  // where the run will be
  charts_->clear();
  // Named before the first epoch ends, so the legend never says validation for a test split.
  charts_->name_evaluated_split(config.has_validation() ? metrics::EvaluatedSplit::Validation
                                                        : metrics::EvaluatedSplit::Test);
  preview_->clear();
  status_->set_planned_epochs(config.epochs);
  log_->add(tr("Starting a run: %1, width %2, %3, %4, %5 epochs")
                .arg(QString::fromStdString(config::choice_name(config.model.arch)))
                .arg(config.model.width)
                .arg(QString::fromStdString(config::choice_name(config.init)),
                     QString::fromStdString(config::choice_name(config.optimizer)))
                .arg(config.epochs));
  const int processes = form_->processes();
  if (processes > 1) log_->add(tr("Data-parallel training on %1 processes").arg(processes));
  running_group_ = QString::fromStdString(group.name);
  controller_->start(config, group, processes);
}

bool TrainPage::resume_run(const QString& run_dir, const config::SettingChanges& changes,
                           int processes) {
  if (controller_->is_running()) return false;
  form_->clear_errors();
  banner_->hide();
  charts_->clear();
  preview_->clear();
  for (const auto& change : changes)
    if (change.key == "epochs") status_->set_planned_epochs(std::stoll(change.text));
  log_->add(tr("Resuming %1").arg(run_dir));
  if (processes > 1) log_->add(tr("Data-parallel training on %1 processes").arg(processes));
  running_group_.clear();
  controller_->resume(run_dir, changes, processes);
  return true;
}

void TrainPage::ask_to_resume(const QString& run_dir, int epochs_done) {
  if (controller_->is_running() || run_dir.isEmpty()) return;
  // The run folder does not say how many processes trained it: the form's number is the guess.
  ResumeDialog dialog(run_dir, epochs_done, form_->processes(), this);
  if (dialog.exec() == QDialog::Accepted) resume_run(run_dir, dialog.changes(), dialog.processes());
}

void TrainPage::set_paused(bool paused) {
  if (!controller_->is_running()) {
    pause_action_->setChecked(false);
    return;
  }
  controller_->set_paused(paused);
}

void TrainPage::stop_run() {
  if (!controller_->is_running()) return;
  log_->add(tr("Stopping after the current batch..."));
  status_->set_state(tr("Stopping"));
  controller_->stop();
}

void TrainPage::report_error(const QString& subject, const QString& message) {
  const bool at_field = form_->show_error(subject, message);
  // The user reads the setting by its label; the log keeps the key for a search.
  QString shown_subject = subject;
  if (const auto* row = config::find_setting(subject.toStdString()))
    shown_subject = setting_label(*row);
  const QString text = subject.isEmpty() ? message : tr("%1: %2").arg(shown_subject, message);
  log_->add(text, LogPanel::Level::Error);
  banner_->show_message(at_field ? tr("The configuration needs a fix: %1").arg(text) : text);
}

void TrainPage::report_problems(const QList<SettingProblem>& problems) {
  for (const SettingProblem& problem : problems) log_->add(problem.text, LogPanel::Level::Error);
  form_->reveal(problems.first().key);
  banner_->show_message(
      problems.size() == 1
          ? tr("The configuration needs a fix: %1").arg(problems.first().text)
          : tr("The configuration needs %n fixes: %1", nullptr, static_cast<int>(problems.size()))
                .arg(problems.first().text));
}

void TrainPage::update_start_action() {
  const bool running = controller_->is_running();
  const QList<SettingProblem> problems = form_->problems();
  const bool ready = !running && problems.isEmpty();
  start_action_->setEnabled(ready);
  start_button_->setEnabled(ready);
  QString why = start_action_->statusTip();
  if (running) {
    why = tr("A run is going: stop it first");
  } else if (!problems.isEmpty()) {
    QStringList lines;
    for (const SettingProblem& problem : problems) lines << problem.text;
    why = tr("Fix the form first:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
  }
  start_button_->setToolTip(why);
  start_action_->setToolTip(why);
}

void TrainPage::on_running_changed(bool running) {
  form_->set_locked(running);
  update_start_action();
  pause_action_->setEnabled(running);
  stop_action_->setEnabled(running);
  open_action_->setEnabled(!running);
  pause_button_->setEnabled(running);
  stop_button_->setEnabled(running);
  queue_panel_->set_idle(!running);
  if (!running) pause_action_->setChecked(false);
  status_->set_state(running ? tr("Starting") : tr("Idle"));
  update_resume_action();
}

void TrainPage::update_resume_action() {
  // A stopped or failed run continues where it stopped; a finished one for more epochs.
  const bool enabled = !controller_->is_running() && !last_run_dir_.isEmpty();
  resume_action_->setEnabled(enabled);
  resume_button_->setEnabled(enabled);
}

void TrainPage::on_paused_changed(bool paused) {
  // "Continue", not "Resume": Resume continues a run that has ended.
  pause_action_->setText(paused ? tr("&Continue") : tr("&Pause"));
  pause_button_->setText(paused ? tr("Continue") : tr("Pause"));
  if (controller_->is_running()) status_->set_state(paused ? tr("Paused") : tr("Running"));
}

void TrainPage::on_run_started(const QString& run_dir, const QString& device) {
  status_->hide_load_progress();
  status_->set_device(device);
  status_->set_state(tr("Running"));
  status_->clear_warning();
  last_run_dir_ = run_dir;
  last_run_epochs_ = 0;
  log_->add(tr("Run folder: %1 (device %2)").arg(run_dir, device));
  // The name was this run's: the next run gets a name of its own.
  if (SettingEditor* name = form_->editor(QStringLiteral("name"))) name->set_text(QString());
  if (!running_group_.isEmpty()) Q_EMIT group_run_started(running_group_, run_dir);
}

void TrainPage::on_metrics(const MetricsChunk& chunk) {
  charts_->add(chunk);
  charts_->refresh_if_due();
  if (!chunk.batches.empty()) status_->show_progress(chunk.batches.back());
  for (const auto& e : chunk.epochs) {
    last_run_epochs_ = static_cast<int>(e.epoch + 1);
    last_run_split_ = e.split;
    const bool held_out = e.split == metrics::EvaluatedSplit::Validation;
    log_->add((held_out ? tr("Epoch %1: training loss %2, accuracy %3; validation loss %4, "
                             "accuracy %5%6")
                        : tr("Epoch %1: training loss %2, accuracy %3; test loss %4, accuracy "
                             "%5%6"))
                  .arg(e.epoch + 1)
                  .arg(e.train_loss, 0, 'f', 4)
                  .arg(e.train_accuracy, 0, 'f', 4)
                  .arg(e.validation.loss, 0, 'f', 4)
                  .arg(e.validation.accuracy, 0, 'f', 4)
                  .arg(e.best ? tr(" (best)") : QString()));
  }
}

void TrainPage::on_run_ended(const RunResult& result) {
  status_->hide_load_progress();  // a load that failed or was stopped ends here
  charts_->refresh();             // a throttled last tick must not leave the curves short
  if (result.state == QLatin1String("finished")) {
    status_->end_run(tr("Finished"), last_run_epochs_);
    if (!result.reason.isEmpty()) log_->add(result.reason);  // stopped early, and why
    if (result.best_epoch < 0) {
      log_->add(tr("Finished."));
    } else {
      const QString best = last_run_split_ == metrics::EvaluatedSplit::Validation
                               ? tr("Finished. Best validation accuracy %1 at epoch %2.")
                               : tr("Finished. Best test accuracy %1 at epoch %2.");
      log_->add(best.arg(result.best_validation_accuracy, 0, 'f', 4).arg(result.best_epoch + 1));
    }
  } else if (result.state == QLatin1String("stopped")) {
    status_->end_run(tr("Stopped"), last_run_epochs_);
    log_->add(result.reason.isEmpty() ? tr("Stopped; the last checkpoint is saved.")
                                      : tr("Stopped: %1").arg(result.reason));
  } else {
    status_->end_run(tr("Failed"), last_run_epochs_);
    report_error(result.subject, result.reason);
  }
  update_resume_action();
  if (!result.run_dir.isEmpty()) Q_EMIT run_ended(result.run_dir);
  continue_queue(result);
}

bool TrainPage::close_down(int timeout_ms) {
  bool joined = true;
  if (controller_->is_running()) {
    log_->add(tr("Stopping the run before closing..."));
    joined = controller_->shutdown(timeout_ms);
    if (!joined)
      log_->add(tr("The run did not stop within %1 s; waiting for it.").arg(timeout_ms / 1000),
                LogPanel::Level::Error);
  }
  save_settings();
  return joined;
}

}  // namespace allcnn::ui
