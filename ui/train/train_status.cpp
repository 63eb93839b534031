#include "train_status.h"

#include <algorithm>
#include <cmath>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTimer>

#include "common/gpu_info.h"
#include "common/memory.h"
#include "duration_text.h"
#include "metrics/rows.h"

namespace allcnn::ui {

TrainStatus::TrainStatus(QWidget* parent) : QWidget(parent) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  const auto add = [this, layout](const QString& name, int minimum_width) {
    auto* label = new QLabel(this);
    label->setObjectName(name);
    label->setMinimumWidth(minimum_width);
    layout->addWidget(label);
    return label;
  };
  state_ = add(QStringLiteral("status_state"), 80);
  load_ = new QProgressBar(this);
  load_->setObjectName(QStringLiteral("status_load"));
  load_->setMaximumWidth(220);
  load_->hide();
  layout->addWidget(load_);
  progress_ = add(QStringLiteral("status_progress"), 200);
  speed_ = add(QStringLiteral("status_speed"), 110);
  eta_ = add(QStringLiteral("status_eta"), 110);
  device_ = add(QStringLiteral("status_device"), 120);
  device_->setToolTip(tr("Device of the current run"));
  warning_ = add(QStringLiteral("status_warning"), 0);
  warning_->setStyleSheet(QStringLiteral("QLabel { color: #b45309; font-weight: bold; }"));
  warning_->hide();
  memory_timer_ = new QTimer(this);
  memory_timer_->setInterval(2000);
  connect(memory_timer_, &QTimer::timeout, this, &TrainStatus::show_device_memory);
  set_state(tr("Idle"));
}

void TrainStatus::set_state(const QString& state) { state_->setText(state); }

QString TrainStatus::state() const { return state_->text(); }

void TrainStatus::set_device(const QString& device) {
  device_text_ = device;
  static const QRegularExpression cuda(QStringLiteral("^cuda(?::(\\d+))?"));
  const auto match = cuda.match(device);
  gpu_ordinal_ = match.hasMatch() ? match.captured(1).toInt() : -1;  // "cuda" alone is cuda:0
  show_device_memory();
  if (gpu_ordinal_ >= 0)
    memory_timer_->start();
  else
    memory_timer_->stop();
}

void TrainStatus::show_device_memory() {
  // NVML answers in microseconds: cheap enough for the GUI thread every 2 s.
  const auto used = gpu_ordinal_ >= 0 ? gpu_memory_used(gpu_ordinal_) : std::nullopt;
  device_->setText(
      used ? tr("%1 \u00b7 %2 in use")
                 .arg(device_text_, QString::fromStdString(memory_text(static_cast<double>(*used))))
           : device_text_);
}

void TrainStatus::end_run(const QString& state, qint64 epochs_done) {
  set_state(state);
  // A resumed run stopped before its first evaluation still has the epochs it resumed after.
  progress_->setText(tr("%1 of %2 epochs done")
                         .arg(std::max(epochs_done, epochs_before_batch_))
                         .arg(planned_epochs_));
  speed_->clear();
  eta_->clear();
  memory_timer_->stop();
  device_->setText(device_text_);
}

void TrainStatus::show_load_progress(qint64 done, qint64 total) {
  load_->setFormat(tr("Decoding images %v/%m"));
  load_->setToolTip(tr("The image folder is decoded once; later runs read its cache"));
  // QProgressBar counts in int: folders of more than 2^31 files are no concern.
  load_->setRange(0, static_cast<int>(std::max<qint64>(total, 1)));
  load_->setValue(static_cast<int>(done));
  load_->setVisible(done < total);
}

void TrainStatus::show_evaluation_progress(qint64 done, qint64 total) {
  load_->setFormat(tr("Evaluating %v/%m"));
  load_->setToolTip(tr("The epoch's evaluation on the test split"));
  load_->setRange(0, static_cast<int>(std::max<qint64>(total, 1)));
  load_->setValue(static_cast<int>(done));
  load_->setVisible(done < total);
}

void TrainStatus::hide_load_progress() { load_->hide(); }

void TrainStatus::show_warning(const QString& text) {
  // The whole text is long (it names the cures): the bar says what, the tooltip and the log say
  // the rest.
  static const QRegularExpression cut(QStringLiteral("[:.] "));
  const int end = text.indexOf(cut);
  warning_->setText(QStringLiteral("\u26a0 ") + (end > 0 ? text.left(end) : text));
  warning_->setToolTip(text);
  warning_->setAccessibleDescription(text);
  warning_->show();
}

void TrainStatus::clear_warning() {
  warning_->clear();
  warning_->setToolTip(QString());
  warning_->hide();
}

QString TrainStatus::warning() const { return warning_->toolTip(); }

void TrainStatus::show_progress(const metrics::BatchMetrics& m) {
  epochs_before_batch_ = m.epoch;
  progress_->setText(tr("Epoch %1/%2 \u00b7 batch %3/%4")
                         .arg(m.epoch + 1)
                         .arg(planned_epochs_)
                         .arg(m.batch + 1)
                         .arg(m.batches_per_epoch));
  speed_->setText(tr("%1 images/s").arg(m.images_per_second, 0, 'f', 0));
  // The batches still to go, at the average pace of the run so far.
  const double total_steps = static_cast<double>(planned_epochs_) * m.batches_per_epoch;
  const double done = static_cast<double>(m.step + 1);
  const double remaining_s = done > 0 ? (total_steps - done) * m.elapsed_s / done : NAN;
  const QString eta = duration_text(remaining_s);
  eta_->setText(tr("ETA %1").arg(eta.isEmpty() ? QStringLiteral("--") : eta));
}

}  // namespace allcnn::ui
