#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

#include "banner.h"
#include "chart_panel.h"
#include "config_panel.h"
#include "log_panel.h"
#include "preview_panel.h"
#include "training_controller.h"

namespace allcnn::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("All-CNN Workbench"));
  controller_ = new TrainingController(this);
  create_actions();
  create_layout();
  create_menus();
  create_status_bar();

  connect(controller_, &TrainingController::running_changed, this, &MainWindow::on_running_changed);
  connect(controller_, &TrainingController::paused_changed, this, &MainWindow::on_paused_changed);
  connect(controller_, &TrainingController::run_started, this, &MainWindow::on_run_started);
  connect(controller_, &TrainingController::metrics_arrived, this, &MainWindow::on_metrics);
  connect(controller_, &TrainingController::run_ended, this, &MainWindow::on_run_ended);
  connect(controller_, &TrainingController::preview_ready, preview_, &PreviewPanel::set_image);
  connect(controller_, &TrainingController::message, log_,
          [this](const QString& text) { log_->add(text); });

  resize(1440, 900);
  restore_settings();
  on_running_changed(false);
}

MainWindow::~MainWindow() = default;

void MainWindow::create_actions() {
  start_action_ =
      new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start run"), this);
  start_action_->setObjectName(QStringLiteral("start_action"));
  start_action_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
  start_action_->setStatusTip(tr("Validate the configuration and start training"));
  connect(start_action_, &QAction::triggered, this, [this] { start_run(); });

  pause_action_ =
      new QAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("&Pause"), this);
  pause_action_->setObjectName(QStringLiteral("pause_action"));
  pause_action_->setCheckable(true);
  pause_action_->setShortcut(QKeySequence(Qt::Key_F6));
  connect(pause_action_, &QAction::toggled, this, &MainWindow::set_paused);

  stop_action_ =
      new QAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("S&top"), this);
  stop_action_->setObjectName(QStringLiteral("stop_action"));
  stop_action_->setShortcuts(
      {QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_Period)});
  stop_action_->setStatusTip(tr("Stop after the current batch, writing the last checkpoint"));
  connect(stop_action_, &QAction::triggered, this, &MainWindow::stop_run);

  open_action_ = new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                             tr("&Open configuration..."), this);
  open_action_->setShortcut(QKeySequence::Open);
  connect(open_action_, &QAction::triggered, this, &MainWindow::open_config);

  save_as_action_ = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                tr("Save configuration &as..."), this);
  save_as_action_->setShortcut(QKeySequence::SaveAs);
  connect(save_as_action_, &QAction::triggered, this, &MainWindow::save_config_as);

  export_action_ = new QAction(tr("&Export chart data..."), this);
  export_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  connect(export_action_, &QAction::triggered, this, &MainWindow::export_series);

  quit_action_ =
      new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
  quit_action_->setShortcut(QKeySequence::Quit);
  quit_action_->setMenuRole(QAction::QuitRole);
  connect(quit_action_, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::create_layout() {
  // Centre: the failure banner over the charts, the preview in the charts' free cell.
  auto* central = new QWidget(this);
  auto* centre = new QVBoxLayout(central);
  centre->setContentsMargins(4, 4, 4, 4);
  banner_ = new Banner(central);
  centre->addWidget(banner_);
  charts_ = new ChartPanel(central);
  charts_->setObjectName(QStringLiteral("charts"));
  preview_ = new PreviewPanel(charts_);
  charts_->set_corner_widget(preview_);
  centre->addWidget(charts_, 1);

  // Left: the form, with the run buttons always in view under it.
  auto* config_dock = new QDockWidget(tr("Run configuration"), this);
  config_dock->setObjectName(QStringLiteral("config_dock"));
  config_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
  auto* side = new QWidget(config_dock);
  auto* side_layout = new QVBoxLayout(side);
  side_layout->setContentsMargins(2, 2, 2, 2);
  config_ = new ConfigPanel(side);
  config_->setObjectName(QStringLiteral("config"));
  side_layout->addWidget(config_, 1);
  auto* buttons = new QHBoxLayout;
  start_button_ = new QPushButton(start_action_->icon(), tr("Start"), side);
  start_button_->setObjectName(QStringLiteral("start_button"));
  start_button_->setDefault(true);
  pause_button_ = new QPushButton(pause_action_->icon(), tr("Pause"), side);
  pause_button_->setObjectName(QStringLiteral("pause_button"));
  pause_button_->setCheckable(true);
  stop_button_ = new QPushButton(stop_action_->icon(), tr("Stop"), side);
  stop_button_->setObjectName(QStringLiteral("stop_button"));
  connect(start_button_, &QPushButton::clicked, start_action_, &QAction::trigger);
  connect(pause_button_, &QPushButton::toggled, pause_action_, &QAction::setChecked);
  connect(pause_action_, &QAction::toggled, pause_button_, &QPushButton::setChecked);
  connect(stop_button_, &QPushButton::clicked, stop_action_, &QAction::trigger);
  buttons->addWidget(start_button_);
  buttons->addWidget(pause_button_);
  buttons->addWidget(stop_button_);
  side_layout->addLayout(buttons);
  config_dock->setWidget(side);
  config_dock->setMinimumWidth(400);  // the form's editors and labels unclipped
  addDockWidget(Qt::LeftDockWidgetArea, config_dock);

  auto* log_dock = new QDockWidget(tr("Log"), this);
  log_dock->setObjectName(QStringLiteral("log_dock"));
  log_ = new LogPanel(log_dock);
  log_dock->setWidget(log_);
  addDockWidget(Qt::BottomDockWidgetArea, log_dock);
  resizeDocks({log_dock}, {140}, Qt::Vertical);

  auto* toolbar = addToolBar(tr("Run"));
  toolbar->setObjectName(QStringLiteral("run_toolbar"));
  toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  toolbar->addAction(start_action_);
  toolbar->addAction(pause_action_);
  toolbar->addAction(stop_action_);
  create_pages(central);  // last: the pages read the form's runs folder
}

void MainWindow::create_menus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(open_action_);
  file->addAction(save_as_action_);
  file->addAction(export_action_);
  file->addSeparator();
  file->addAction(quit_action_);
  QMenu* run = menuBar()->addMenu(tr("&Run"));
  run->addAction(start_action_);
  run->addAction(pause_action_);
  run->addAction(stop_action_);
  QMenu* view = menuBar()->addMenu(tr("&View"));
  for (auto* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());
}

}  // namespace allcnn::ui
