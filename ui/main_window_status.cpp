// MainWindow: the status bar (state, epoch and batch, images/s, ETA, device).
#include <cmath>

#include <QLabel>
#include <QStatusBar>

#include "main_window.h"
#include "train/metrics.h"

namespace allcnn::ui {
namespace {

QString duration_text(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return QStringLiteral("--:--");
  const qint64 total = static_cast<qint64>(std::llround(seconds));
  const qint64 h = total / 3600, m = (total / 60) % 60, s = total % 60;
  return h > 0 ? QStringLiteral("%1:%2:%3")
                     .arg(h)
                     .arg(m, 2, 10, QLatin1Char('0'))
                     .arg(s, 2, 10, QLatin1Char('0'))
               : QStringLiteral("%1:%2")
                     .arg(m, 2, 10, QLatin1Char('0'))
                     .arg(s, 2, 10, QLatin1Char('0'));
}

}  // namespace

void MainWindow::create_status_bar() {
  const auto add = [this](const QString& name, int minimum_width) {
    auto* label = new QLabel(this);
    label->setObjectName(name);
    label->setMinimumWidth(minimum_width);
    statusBar()->addPermanentWidget(label);
    return label;
  };
  state_label_ = add(QStringLiteral("status_state"), 80);
  progress_label_ = add(QStringLiteral("status_progress"), 200);
  speed_label_ = add(QStringLiteral("status_speed"), 110);
  eta_label_ = add(QStringLiteral("status_eta"), 110);
  device_label_ = add(QStringLiteral("status_device"), 120);
  device_label_->setToolTip(tr("Device of the current run"));
  set_status_state(tr("Idle"));
}

void MainWindow::set_status_state(const QString& state) { state_label_->setText(state); }

void MainWindow::update_status(const train::BatchMetrics& m) {
  progress_label_->setText(tr("Epoch %1/%2 \u00b7 batch %3/%4")
                               .arg(m.epoch + 1)
                               .arg(planned_epochs_)
                               .arg(m.batch + 1)
                               .arg(m.batches_per_epoch));
  speed_label_->setText(tr("%1 images/s").arg(m.images_per_second, 0, 'f', 0));
  const double total_steps = static_cast<double>(planned_epochs_) * m.batches_per_epoch;
  const double done = static_cast<double>(m.step + 1);
  const double remaining_s = done > 0 ? (total_steps - done) * m.elapsed_s / done : NAN;
  eta_label_->setText(tr("ETA %1").arg(duration_text(remaining_s)));
}

}  // namespace allcnn::ui
