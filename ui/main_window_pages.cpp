#include <QLineEdit>
#include <QTabWidget>

#include "compare_page.h"
#include "config_panel.h"
#include "lsuv_page.h"
#include "main_window.h"
#ifdef ALLCNN_HAVE_INSPECT
#include "inspect_page.h"
#endif

namespace allcnn::ui {

void MainWindow::create_pages(QWidget* training) {
  pages_ = new QTabWidget(this);
  pages_->setObjectName(QStringLiteral("pages"));
  pages_->setDocumentMode(true);
  pages_->addTab(training, tr("&Training"));
  compare_ = new compare::ComparePage(pages_);
  pages_->addTab(compare_, tr("&Compare runs"));
  lsuv_ = new LsuvPage(pages_);
  pages_->addTab(lsuv_, tr("&LSUV inspector"));
#ifdef ALLCNN_HAVE_INSPECT
  inspect_ = new inspect::InspectPage(pages_);
  pages_->addTab(inspect_, tr("&Inside the network"));
#endif
  setCentralWidget(pages_);
  update_compare_dir();
  // The runs folder field decides what the run browser lists.
  if (auto* runs_dir =
          config_ != nullptr ? config_->findChild<QLineEdit*>(QStringLiteral("runs_dir")) : nullptr)
    connect(runs_dir, &QLineEdit::editingFinished, this, &MainWindow::update_compare_dir);
}

void MainWindow::update_compare_dir() {
  auto* runs_dir =
      config_ != nullptr ? config_->findChild<QLineEdit*>(QStringLiteral("runs_dir")) : nullptr;
  compare_->set_runs_dir(runs_dir != nullptr && !runs_dir->text().isEmpty()
                             ? runs_dir->text()
                             : QStringLiteral("runs"));
}

void MainWindow::show_run_in_pages(const QString& run_dir) {
  lsuv_->load_run(run_dir);
#ifdef ALLCNN_HAVE_INSPECT
  inspect_->load_run(run_dir, QStringLiteral("best"));
#endif
}

}  // namespace allcnn::ui
