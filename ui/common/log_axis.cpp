#include "log_axis.h"

#include <algorithm>
#include <cmath>

#include <QLogValueAxis>

namespace allcnn::ui {

QLogValueAxis* new_log_axis(const QString& title) {
  auto* axis = new QLogValueAxis;
  axis->setBase(10);
  axis->setTitleText(title);
  axis->setLabelFormat(QStringLiteral("%.3g"));
  axis->setMinorTickCount(-1);
  return axis;
}

void fit_log_axis(QLogValueAxis* axis, double low, double high) {
  low = std::max(low, 1e-300);
  high = std::max(high, low);
  const double ratio = high / low;
  if (ratio < 10) {
    axis->setBase(std::max(1.01, std::pow(ratio * 1.3, 1.0 / 5)));
    axis->setRange(low / 1.15, high * 1.15);
    return;
  }
  axis->setBase(10);
  const double lo = std::pow(10.0, std::floor(std::log10(low)));
  const double hi = std::pow(10.0, std::ceil(std::log10(high)));
  axis->setRange(lo, std::max(hi, lo * 10));
}

}  // namespace allcnn::ui
