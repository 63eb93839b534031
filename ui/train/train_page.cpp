#include "train_page.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "banner.h"
#include "chart_panel.h"
#include "flow_layout.h"
#include "log_panel.h"
#include "preview_panel.h"
#include "queue_panel.h"
#include "remembered_splitter.h"
#include "run_queue.h"
#include "settings_form.h"
#include "train_status.h"
#include "training_controller.h"

namespace allcnn::ui {

TrainPage::TrainPage(QWidget* parent) : QWidget(parent) {
  controller_ = new TrainingController(this);
  status_ = new TrainStatus(this);
  queue_ = new RunQueue(RunQueue::default_file(), this);
  create_actions();
  create_layout();

  connect(controller_, &TrainingController::running_changed, this, &TrainPage::on_running_changed);
  connect(controller_, &TrainingController::paused_changed, this, &TrainPage::on_paused_changed);
  connect(controller_, &TrainingController::load_progress, status_,
          &TrainStatus::show_load_progress);
  connect(controller_, &TrainingController::evaluation_progress, status_,
          &TrainStatus::show_evaluation_progress);
  connect(controller_, &TrainingController::run_started, this, &TrainPage::on_run_started);
  connect(controller_, &TrainingController::metrics_arrived, this, &TrainPage::on_metrics);
  connect(controller_, &TrainingController::run_ended, this, &TrainPage::on_run_ended);
  connect(controller_, &TrainingController::preview_ready, preview_, &PreviewPanel::set_image);
  connect(controller_, &TrainingController::warning, status_, &TrainStatus::show_warning);
  connect(controller_, &TrainingController::diagnostics_recorded, this,
          [this] { Q_EMIT diagnostics_recorded(last_run_dir_); });
  connect(controller_, &TrainingController::message, log_,
          [this](const QString& text) { log_->add(text); });
  connect(form_, &SettingsForm::runs_dir_changed, this, &TrainPage::runs_dir_changed);
  connect(form_, &SettingsForm::problems_changed, this, &TrainPage::update_start_action);
  connect(form_, &SettingsForm::resume_requested, this, &TrainPage::resume_existing_requested);
  connect(form_, &SettingsForm::lr_find_requested, this, &TrainPage::find_learning_rate);
#ifdef ALLCNN_HAVE_FETCH
  form_->set_downloadable(downloadable_datasets());
  connect(form_, &SettingsForm::download_requested, this, &TrainPage::download_dataset);
#endif

  restore_settings();
  on_running_changed(false);
  create_queue();
}

TrainPage::~TrainPage() = default;

void TrainPage::create_actions() {
  start_action_ =
      new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start run"), this);
  start_action_->setObjectName(QStringLiteral("start_action"));
  start_action_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
  start_action_->setStatusTip(tr("Validate the configuration and start training"));
  connect(start_action_, &QAction::triggered, this, [this] { start_run(); });

  queue_action_ =
      new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add to &queue"), this);
  queue_action_->setObjectName(QStringLiteral("queue_action"));
  queue_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
  queue_action_->setStatusTip(
      tr("Validate the configuration and queue the run: it starts when no run goes"));
  connect(queue_action_, &QAction::triggered, this, [this] { add_to_queue(); });

  study_action_ = new QAction(tr("Queue a st&udy..."), this);
  study_action_->setObjectName(QStringLiteral("study_action"));
  study_action_->setStatusTip(
      tr("Queue one of the original project's four studies, or the "
         "form's run with one setting varied, over seeds"));
  connect(study_action_, &QAction::triggered, this, &TrainPage::queue_study);

  lr_find_action_ = new QAction(tr("&Find a learning rate..."), this);
  lr_find_action_->setObjectName(QStringLiteral("lr_find_action"));
  lr_find_action_->setStatusTip(
      tr("Learning-rate range test of the form's run: the loss while the rate grows, and the "
         "rate where it falls fastest"));
  connect(lr_find_action_, &QAction::triggered, this, &TrainPage::find_learning_rate);

  pause_action_ =
      new QAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("&Pause"), this);
  pause_action_->setObjectName(QStringLiteral("pause_action"));
  pause_action_->setCheckable(true);
  pause_action_->setShortcut(QKeySequence(Qt::Key_F6));
  connect(pause_action_, &QAction::toggled, this, &TrainPage::set_paused);

  stop_action_ =
      new QAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("S&top"), this);
  stop_action_->setObjectName(QStringLiteral("stop_action"));
  stop_action_->setShortcuts(
      {QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_Period)});
  stop_action_->setStatusTip(tr("Stop after the current batch, writing the last checkpoint"));
  connect(stop_action_, &QAction::triggered, this, &TrainPage::stop_run);

  resume_action_ = new QAction(QIcon::fromTheme(QStringLiteral("media-seek-forward")),
                               tr("&Resume last run..."), this);
  resume_action_->setObjectName(QStringLiteral("resume_action"));
  resume_action_->setStatusTip(
      tr("Continue the last stopped or failed run from its checkpoint, for more epochs"));
  connect(resume_action_, &QAction::triggered, this,
          [this] { ask_to_resume(last_run_dir_, last_run_epochs_); });

  open_action_ = new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                             tr("&Open configuration..."), this);
  open_action_->setShortcut(QKeySequence::Open);
  connect(open_action_, &QAction::triggered, this, &TrainPage::open_config);

  save_as_action_ = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                tr("Save configuration &as..."), this);
  save_as_action_->setShortcut(QKeySequence::SaveAs);
  connect(save_as_action_, &QAction::triggered, this, &TrainPage::save_config_as);

  export_action_ = new QAction(tr("&Export chart data..."), this);
  export_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  connect(export_action_, &QAction::triggered, this, &TrainPage::export_series);
}

void TrainPage::create_layout() {
  // Left: the form, with the run buttons always in view under it.
  auto* side = new QWidget(this);
  auto* side_layout = new QVBoxLayout(side);
  side_layout->setContentsMargins(2, 2, 2, 2);
  form_ = new SettingsForm(side);
  form_->setObjectName(QStringLiteral("form"));
  side_layout->addWidget(form_, 1);
  // The buttons wrap onto a second line rather than widen the form (German labels are long).
  auto* buttons = new FlowLayout;
  const auto button = [side, buttons](QAction* action, const QString& text, const char* name) {
    auto* b = new QPushButton(action->icon(), text, side);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(action->statusTip());
    buttons->addWidget(b);
    return b;
  };
  start_button_ = button(start_action_, tr("Start"), "start_button");
  start_button_->setDefault(true);
  queue_button_ = button(queue_action_, tr("Add to queue"), "queue_button");
  pause_button_ = button(pause_action_, tr("Pause"), "pause_button");
  pause_button_->setCheckable(true);
  stop_button_ = button(stop_action_, tr("Stop"), "stop_button");
  resume_button_ = button(resume_action_, tr("Resume..."), "resume_button");
  connect(start_button_, &QPushButton::clicked, start_action_, &QAction::trigger);
  connect(queue_button_, &QPushButton::clicked, queue_action_, &QAction::trigger);
  connect(pause_button_, &QPushButton::toggled, pause_action_, &QAction::setChecked);
  connect(pause_action_, &QAction::toggled, pause_button_, &QPushButton::setChecked);
  connect(stop_button_, &QPushButton::clicked, stop_action_, &QAction::trigger);
  connect(resume_button_, &QPushButton::clicked, resume_action_, &QAction::trigger);
  side_layout->addLayout(buttons);

  // Right: the failure banner over the charts (the preview in their free cell), the log below.
  auto* centre = new QWidget(this);
  auto* centre_layout = new QVBoxLayout(centre);
  centre_layout->setContentsMargins(4, 4, 4, 4);
  banner_ = new Banner(centre);
  centre_layout->addWidget(banner_);
  charts_ = new ChartPanel(centre);
  charts_->setObjectName(QStringLiteral("charts"));
  preview_ = new PreviewPanel(charts_);
  charts_->set_corner_widget(preview_);
  centre_layout->addWidget(charts_, 1);
  // Below them, the log and the run queue as tabs.
  log_tabs_ = new QTabWidget(this);
  log_tabs_->setObjectName(QStringLiteral("log_tabs"));
  log_tabs_->setDocumentMode(true);
  log_ = new LogPanel(log_tabs_);
  log_tabs_->addTab(log_, tr("Log"));
  queue_panel_ = new QueuePanel(queue_, log_tabs_);
  queue_panel_->setObjectName(QStringLiteral("queue_panel"));
  log_tabs_->addTab(queue_panel_, QString());  // titled by update_queue_tab()
  auto* right = new QSplitter(Qt::Vertical, this);
  right->setObjectName(QStringLiteral("charts_log_split"));
  right->addWidget(centre);
  right->addWidget(log_tabs_);
  right->setStretchFactor(0, 5);
  right->setStretchFactor(1, 1);
  right->setSizes({560, 120});
  remember_splitter(right, QStringLiteral("train/charts_log"));

  auto* split = new QSplitter(Qt::Horizontal, this);
  split->setObjectName(QStringLiteral("train_split"));
  split->addWidget(side);
  split->addWidget(right);
  split->setStretchFactor(1, 1);
  split->setCollapsible(0, false);
  remember_splitter(split, QStringLiteral("train/form_charts"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split);
}

QList<QAction*> TrainPage::run_actions() const {
  return {start_action_, queue_action_, study_action_, lr_find_action_,
          pause_action_, stop_action_,  resume_action_};
}

QList<QAction*> TrainPage::file_actions() const {
  return {open_action_, save_as_action_, export_action_};
}

}  // namespace allcnn::ui
