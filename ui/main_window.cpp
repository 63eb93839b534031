#include "main_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include "compare_page.h"
#include "export_run_dialog.h"
#include "lsuv_page.h"
#include "run_browser.h"
#include "run_loader.h"
#include "settings_form.h"
#include "train_page.h"
#include "train_status.h"
#include "training_controller.h"
#ifdef ALLCNN_HAVE_INSPECT
#include "inspect_page.h"
#endif

namespace allcnn::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("All-CNN Workbench"));
  create_pages();
  create_menus();
  statusBar()->addPermanentWidget(train_->status_widget());
  resize(1366, 768);
  QSettings store;
  restoreGeometry(store.value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::create_pages() {
  pages_ = new QTabWidget(this);
  pages_->setObjectName(QStringLiteral("pages"));
  pages_->setDocumentMode(true);
  train_ = new TrainPage(pages_);
  pages_->addTab(train_, tr("&Training"));
  compare_ = new compare::ComparePage(pages_);
  pages_->addTab(compare_, tr("&Compare runs"));
  lsuv_ = new LsuvPage(pages_);
  // A fresh LSUV measurement draws its batch as the run the form describes would.
  lsuv_->set_data_source([this] { return train_->form()->current(); });
  pages_->addTab(lsuv_, tr("&LSUV inspector"));
#ifdef ALLCNN_HAVE_INSPECT
  inspect_ = new inspect::InspectPage(pages_);
  pages_->addTab(inspect_, tr("&Inside the network"));
#endif
  setCentralWidget(pages_);

  compare_->set_runs_dir(train_->runs_dir());
  connect(train_, &TrainPage::runs_dir_changed, compare_, [this](const QString& dir) {
    compare_->set_runs_dir(dir.isEmpty() ? TrainPage::default_runs_dir() : dir);
  });
  connect(train_, &TrainPage::run_ended, this, &MainWindow::show_run_in_pages);
  // The LSUV page follows the training diagnostics of the run in progress.
  connect(train_, &TrainPage::diagnostics_recorded, lsuv_, &LsuvPage::refresh_run);
#ifdef ALLCNN_HAVE_INSPECT
  // So does the inspect page's Layers view.
  connect(train_, &TrainPage::diagnostics_recorded, inspect_, &inspect::InspectPage::follow_run);
#endif
  // A queued study: the compare page opens on its group as its runs start, and follows it.
  connect(train_, &TrainPage::study_queued, this, [this](const QString& group) {
    shown_group_ = group;
    shown_group_runs_.clear();
  });
  connect(train_, &TrainPage::group_run_started, this,
          [this](const QString& group, const QString& run_dir) {
            if (group != shown_group_) return;
            if (shown_group_runs_.isEmpty()) pages_->setCurrentWidget(compare_);
            shown_group_runs_.append(run_dir);
            // Lists the new run, then selects it with the group's others.
            compare_->browser()->refresh();
            compare_->browser()->select_runs(shown_group_runs_);
          });
  connect(compare_, &compare::ComparePage::resume_requested, this,
          &MainWindow::resume_from_compare);
  connect(train_, &TrainPage::resume_existing_requested, this, [this](const QString& dir) {
    resume_from_compare(dir, compare::summarize_run_folder(dir).epochs_done);
  });
}

void MainWindow::create_menus() {
  const QList<QAction*> file_actions = train_->file_actions();
  QMenu* file = menuBar()->addMenu(tr("&File"));
  for (QAction* action : file_actions) file->addAction(action);
  auto* export_run = new QAction(tr("Export &run..."), this);
  export_run->setObjectName(QStringLiteral("export_run_action"));
  export_run->setStatusTip(tr("Write a run's model as TorchScript and its curves for TensorBoard"));
  connect(export_run, &QAction::triggered, this, &MainWindow::export_run);
  file->addAction(export_run);
  file->addSeparator();
  auto* quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
  quit->setShortcut(QKeySequence::Quit);
  quit->setMenuRole(QAction::QuitRole);
  connect(quit, &QAction::triggered, this, &QWidget::close);
  file->addAction(quit);
  QMenu* run = menuBar()->addMenu(tr("&Run"));
  for (QAction* action : train_->run_actions()) run->addAction(action);
  // The run's shortcuts work from every page, and show the training page.
  connect(run, &QMenu::triggered, this, [this] { pages_->setCurrentWidget(train_); });
}

void MainWindow::show_run_in_pages(const QString& run_dir) {
  last_run_dir_ = run_dir;
  lsuv_->load_run(run_dir);
#ifdef ALLCNN_HAVE_INSPECT
  inspect_->load_run(run_dir, QStringLiteral("best"));
#endif
}

void MainWindow::resume_from_compare(const QString& run_dir, int epochs_done) {
  pages_->setCurrentWidget(train_);
  train_->ask_to_resume(run_dir, epochs_done);
}

void MainWindow::export_run() {
  // Not modal: the export takes a moment on its worker, and the window stays usable meanwhile.
  auto* dialog = new ExportRunDialog(last_run_dir_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
}

bool MainWindow::confirm_close() {
  QMessageBox box(QMessageBox::Question, tr("A run is training"),
                  tr("Closing the window stops the run. Its last checkpoint is written, and "
                     "Resume continues it later."),
                  QMessageBox::NoButton, this);
  box.setObjectName(QStringLiteral("close_while_training"));
  QPushButton* stop = box.addButton(tr("Stop and quit"), QMessageBox::AcceptRole);
  stop->setObjectName(QStringLiteral("stop_and_quit"));
  QPushButton* keep = box.addButton(tr("Keep training"), QMessageBox::RejectRole);
  keep->setObjectName(QStringLiteral("keep_training"));
  box.setDefaultButton(keep);
  box.setEscapeButton(keep);
  box.exec();
  return box.clickedButton() == stop;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (train_->controller()->is_running() && !confirm_close()) {
    event->ignore();
    return;
  }
  train_->close_down(kCloseTimeoutMs);
  QSettings store;
  store.setValue(QStringLiteral("window/geometry"), saveGeometry());
  event->accept();
}

}  // namespace allcnn::ui
