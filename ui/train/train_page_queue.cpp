// TrainPage: the run queue (RunQueue, shown by QueuePanel in a tab beside the log).
#include <QAction>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include "banner.h"
#include "log_panel.h"
#include "queue_panel.h"
#include "run_queue.h"
#include "setting_editor.h"
#include "settings_form.h"
#include "study_dialog.h"
#include "train_page.h"
#include "training_controller.h"
#include "training_worker.h"

namespace allcnn::ui {

void TrainPage::create_queue() {
  connect(queue_, &RunQueue::changed, this, &TrainPage::update_queue_tab);
  connect(queue_panel_, &QueuePanel::start_requested, this, &TrainPage::start_queue);
  connect(queue_panel_, &QueuePanel::study_requested, this, &TrainPage::queue_study);
  connect(queue_panel_, &QueuePanel::problem, this,
          [this](const QString& text) { log_->add(text, LogPanel::Level::Error); });
  // A restart keeps the queue; it waits for Start queue rather than training on its own.
  if (const QString problem = queue_->load(); !problem.isEmpty()) {
    log_->add(problem, LogPanel::Level::Error);
    banner_->show_message(problem);
  }
  update_queue_tab();
}

void TrainPage::update_queue_tab() {
  const int index = log_tabs_->indexOf(queue_panel_);
  log_tabs_->setTabText(index,
                        queue_->empty() ? tr("Queue") : tr("Queue (%1)").arg(queue_->size()));
}

bool TrainPage::add_to_queue() {
  train::RunConfig config;
  if (!read_form(config)) return false;
  save_settings();
  if (const QString error = queue_->add(config); !error.isEmpty())
    log_->add(error, LogPanel::Level::Error);
  log_->add(tr("Queued: %1 (waiting: %n)", nullptr, queue_->size()).arg(RunQueue::label(config)));
  // A queued run keeps the name it was given; the form's next run gets one of its own.
  if (SettingEditor* name = form_->editor(QStringLiteral("name"))) name->set_text(QString());
  start_queue();
  return true;
}

void TrainPage::queue_study() {
  train::RunConfig config;
  if (!read_form(config)) return;  // the study takes the form's dataset and folders
  StudyDialog dialog(config, this);
  if (dialog.exec() == QDialog::Accepted) queue_runs(dialog.runs());
}

void TrainPage::queue_runs(const std::vector<config::GroupRun>& runs) {
  if (runs.empty()) return;
  for (const config::GroupRun& run : runs)
    if (const QString error = queue_->add(run.config, run.tag); !error.isEmpty())
      log_->add(error, LogPanel::Level::Error);
  const QString group = QString::fromStdString(runs.front().tag.name);
  log_->add(tr("Queued the study %1: %2 runs").arg(group).arg(runs.size()));
  log_tabs_->setCurrentWidget(queue_panel_);
  Q_EMIT study_queued(group, QString::fromStdString(runs.front().config.runs_dir));
  start_queue();
}

void TrainPage::start_queue() {
  queue_going_ = true;
  start_next_queued();
}

void TrainPage::start_next_queued() {
  if (controller_->is_running()) return;  // it goes on when the run ends
  if (queue_->empty()) {
    queue_going_ = false;
    return;
  }
  QString error;
  const QueuedRun next = queue_->take_first(&error);
  if (!error.isEmpty()) log_->add(error, LogPanel::Level::Error);
  log_->add(tr("Next in the queue: %1 (still waiting: %n)", nullptr, queue_->size())
                .arg(RunQueue::label(next.config)));
  launch(next.config, next.group);
}

void TrainPage::continue_queue(const RunResult& result) {
  if (!queue_going_) return;
  if (result.state == QLatin1String("stopped")) {
    // The user's stop holds the queue: the next run would start at once otherwise.
    queue_going_ = false;
    if (!queue_->empty())
      log_->add(tr("The queue holds (waiting: %n); Start queue goes on.", nullptr, queue_->size()));
    return;
  }
  // A failed run does not stop the queue. The next starts once this event has been handled.
  QTimer::singleShot(0, this, &TrainPage::start_next_queued);
}

}  // namespace allcnn::ui
