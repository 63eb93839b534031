#include "queue_panel.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "flow_layout.h"
#include "run_queue.h"

namespace allcnn::ui {

QueuePanel::QueuePanel(RunQueue* queue, QWidget* parent)
    : QWidget(parent),
      queue_(queue),
      summary_(new QLabel(this)),
      list_(new QListWidget(this)),
      start_(new QPushButton(tr("Start queue"), this)),
      study_(new QPushButton(tr("Study..."), this)),
      up_(new QPushButton(tr("Up"), this)),
      down_(new QPushButton(tr("Down"), this)),
      remove_(new QPushButton(tr("Remove"), this)) {
  list_->setObjectName(QStringLiteral("queue_list"));
  start_->setObjectName(QStringLiteral("queue_start"));
  study_->setObjectName(QStringLiteral("queue_study"));
  study_->setToolTip(
      tr("Queue one of the original project's four studies, or the form's run "
         "with one setting varied, over seeds"));
  up_->setObjectName(QStringLiteral("queue_up"));
  down_->setObjectName(QStringLiteral("queue_down"));
  remove_->setObjectName(QStringLiteral("queue_remove"));
  start_->setToolTip(tr("Train the queued runs one after another, starting with the first"));
  remove_->setToolTip(tr("Take the selected run out of the queue"));
  summary_->setWordWrap(true);

  auto* buttons = new FlowLayout;
  for (QPushButton* button : {start_, study_, up_, down_, remove_}) buttons->addWidget(button);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(summary_);
  layout->addWidget(list_, 1);
  layout->addLayout(buttons);

  connect(queue_, &RunQueue::changed, this, &QueuePanel::refresh);
  connect(list_, &QListWidget::currentRowChanged, this, &QueuePanel::update_buttons);
  connect(start_, &QPushButton::clicked, this, &QueuePanel::start_requested);
  connect(study_, &QPushButton::clicked, this, &QueuePanel::study_requested);
  connect(up_, &QPushButton::clicked, this, [this] { move_selected(-1); });
  connect(down_, &QPushButton::clicked, this, [this] { move_selected(+1); });
  connect(remove_, &QPushButton::clicked, this, [this] {
    const QString error = queue_->remove(list_->currentRow());
    if (!error.isEmpty()) Q_EMIT problem(error);
  });
  refresh();
}

void QueuePanel::set_idle(bool idle) {
  idle_ = idle;
  update_buttons();
}

void QueuePanel::refresh() {
  const int row = list_->currentRow();
  list_->clear();
  for (int i = 0; i < queue_->size(); ++i)
    list_->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(RunQueue::label(queue_->at(i).config)));
  list_->setCurrentRow(std::min(row, queue_->size() - 1));
  summary_->setText(queue_->empty()
                        ? tr("No run is waiting. Add to queue puts the form's run here; queued "
                             "runs train one after another.")
                        : tr("Waiting: %n, trained one after another; one that fails does not "
                             "stop the others.",
                             nullptr, queue_->size()));
  update_buttons();
}

void QueuePanel::update_buttons() {
  const int row = list_->currentRow();
  start_->setEnabled(idle_ && !queue_->empty());
  up_->setEnabled(row > 0);
  down_->setEnabled(row >= 0 && row + 1 < queue_->size());
  remove_->setEnabled(row >= 0);
}

void QueuePanel::move_selected(int by) {
  const int row = list_->currentRow();
  const QString error = queue_->move(row, row + by);
  if (!error.isEmpty()) Q_EMIT problem(error);
  list_->setCurrentRow(row + by);
}

}  // namespace allcnn::ui
