#include "compare_page.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QSplitter>
#include <QVBoxLayout>

#include "compare_view.h"
#include "remembered_splitter.h"
#include "run_browser.h"
#include "run_table_model.h"

namespace allcnn::ui::compare {

ComparePage::ComparePage(QWidget* parent)
    : QWidget(parent), browser_(new RunBrowser(this)), view_(new CompareView(this)) {
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(browser_);
  splitter->addWidget(view_);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 5);
  splitter->setObjectName(QStringLiteral("browser_view_split"));
  remember_splitter(splitter, QStringLiteral("compare/browser_view"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addWidget(splitter);
  setAcceptDrops(true);
  connect(browser_, &RunBrowser::selected_runs_changed, view_, &CompareView::set_runs);
  // A group has one hue in the table and in the charts: the browser's, over the whole folder.
  connect(browser_->model(), &RunTableModel::group_hues_changed, view_,
          &CompareView::set_group_hues);
  view_->set_group_hues(browser_->model()->group_hues());
  connect(browser_, &RunBrowser::resume_requested, this, &ComparePage::resume_requested);
}

void ComparePage::set_runs_dir(const QString& dir) { browser_->set_runs_dir(dir); }

namespace {

QStringList local_files(const QMimeData* data) {
  QStringList paths;
  for (const QUrl& url : data->urls())
    if (url.isLocalFile()) paths << url.toLocalFile();
  return paths;
}

}  // namespace

void ComparePage::dragEnterEvent(QDragEnterEvent* event) {
  if (!local_files(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void ComparePage::dropEvent(QDropEvent* event) {
  const QStringList paths = local_files(event->mimeData());
  if (paths.isEmpty()) return;
  browser_->open_paths(paths);
  event->acceptProposedAction();
}

}  // namespace allcnn::ui::compare
