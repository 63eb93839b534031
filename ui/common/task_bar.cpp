#include "task_bar.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include "background_task.h"

namespace allcnn::ui {

namespace {

constexpr int kPermille = 1000;

}  // namespace

TaskBar::TaskBar(BackgroundTask* task, QWidget* parent)
    : QWidget(parent),
      task_(task),
      label_(new QLabel(this)),
      bar_(new QProgressBar(this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      show_timer_(new QTimer(this)) {
  setObjectName(QStringLiteral("task_bar"));
  cancel_->setObjectName(QStringLiteral("task_cancel"));
  label_->setWordWrap(true);
  bar_->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(label_, 1);
  layout->addWidget(bar_);
  layout->addWidget(cancel_);
  show_timer_->setSingleShot(true);
  show_timer_->setInterval(kShowAfterMs);
  connect(show_timer_, &QTimer::timeout, this, [this] { setVisible(task_->busy()); });
  connect(cancel_, &QPushButton::clicked, this, [this] {
    task_->cancel();
    cancel_->setEnabled(false);
    label_->setText(tr("Cancelling…"));
  });
  connect(task_, &BackgroundTask::started, this, &TaskBar::on_started);
  connect(task_, &BackgroundTask::progress, this, &TaskBar::on_progress);
  connect(task_, &BackgroundTask::finished, this, &TaskBar::on_finished);
  hide();
}

void TaskBar::set_text(const QString& text) {
  text_ = text;
  if (!task_->cancel_requested()) label_->setText(text);
}

void TaskBar::on_started() {
  label_->setText(text_.isEmpty() ? tr("Working…") : text_);
  bar_->setRange(0, 0);  // busy until the job reports a fraction
  cancel_->setVisible(task_->cancellable());
  cancel_->setEnabled(true);
  show_timer_->start();
}

void TaskBar::on_progress(double fraction, const QString& text) {
  if (fraction >= 0.0) {
    bar_->setRange(0, kPermille);
    bar_->setValue(static_cast<int>(std::min(1.0, fraction) * kPermille));
  } else {
    bar_->setRange(0, 0);
  }
  if (!text.isEmpty() && !task_->cancel_requested()) label_->setText(text);
}

void TaskBar::on_finished() {
  show_timer_->stop();
  hide();
}

}  // namespace allcnn::ui
