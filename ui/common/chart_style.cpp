#include "chart_style.h"

#include <algorithm>
#include <cmath>

#include <QAbstractSeries>
#include <QChart>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include "flow_layout.h"

namespace allcnn::ui {

QColor series_color(int index) {
  static const QRgb palette[kSeriesColors] = {
      0x0072b2, 0xe69f00, 0x009e73, 0xd55e00, 0xcc79a7, 0x56b4e9,  // Okabe and Ito
      0x000000, 0xc9b800,                                          // (yellow darkened for white)
      0x882255, 0x44aa99, 0x999933, 0x332288};                     // Tol's muted
  return QColor(palette[((index % kSeriesColors) + kSeriesColors) % kSeriesColors]);
}

QColor family_color(int index) {
  int i = ((index % kFamilyColors) + kFamilyColors) % kFamilyColors;
  if (i >= 6) ++i;  // series_color(6) is the black
  return series_color(i);
}

QColor no_family_color() { return QColor(0x80, 0x80, 0x80); }

QColor shade_of(const QColor& color, int shade, int shades) {
  if (shades <= 1) return color;
  // 0.16 of lightness between neighbours, up to 0.48 from the darkest to the lightest.
  const double span = std::min(0.48, 0.16 * (shades - 1));
  const double t = static_cast<double>(shade) / (shades - 1) - 0.5;  // -0.5 .. 0.5
  const double lightness = std::clamp(color.lightnessF() + t * span, 0.18, 0.66);
  return QColor::fromHslF(color.hslHueF(), color.hslSaturationF(), static_cast<float>(lightness));
}

namespace {

// interval = mantissa * 10^exponent with mantissa 1, 2, 2.5 or 5.
struct Interval {
  double mantissa;
  int exponent;
  double value() const { return mantissa * std::pow(10.0, exponent); }
};

Interval split(double interval) {
  const int exponent = static_cast<int>(std::floor(std::log10(interval) + 1e-9));
  return {interval / std::pow(10.0, exponent), exponent};
}

}  // namespace

double nice_tick_interval(double min, double max, AxisNumbers numbers, int ticks) {
  double span = std::abs(max - min);
  if (!(span > 0) || !std::isfinite(span)) span = std::max(std::abs(max), 1.0);
  const Interval raw = split(span / std::max(1, ticks));
  Interval nice{raw.mantissa < 1.5    ? 1.0
                : raw.mantissa < 2.25 ? 2.0
                : raw.mantissa < 3.5  ? 2.5
                : raw.mantissa < 7.5  ? 5.0
                                      : 10.0,
                raw.exponent};
  if (numbers == AxisNumbers::Whole) {
    if (nice.exponent < 0) return 1.0;
    if (nice.exponent == 0 && nice.mantissa == 2.5) return 2.0;
  }
  return nice.value();
}

QString tick_label_format(double interval, double magnitude) {
  if (!(interval > 0) || !std::isfinite(interval)) return QStringLiteral("%.3g");
  const Interval i = split(interval);
  const int quarter = std::abs(i.mantissa - 2.5) < 1e-6 ? 1 : 0;  // 0.25 needs two decimals
  if (magnitude >= 1e-3 || magnitude == 0)
    return QStringLiteral("%.%1f").arg(std::max(0, -i.exponent + quarter));
  const int magnitude_exponent = static_cast<int>(std::floor(std::log10(magnitude)));
  return QStringLiteral("%.%1g").arg(std::max(1, magnitude_exponent - i.exponent + 1 + quarter));
}

void fit_value_axis(QValueAxis* axis, double min, double max, AxisNumbers numbers, double pad) {
  if (!std::isfinite(min) || !std::isfinite(max)) min = 0, max = 1;
  if (max < min) std::swap(min, max);
  // A diverging loss reaches 1e38 and more: bounded so that the padding cannot overflow.
  min = std::max(min, -1e300);
  max = std::min(max, 1e300);
  const double magnitude = std::max(std::abs(min), std::abs(max));
  double lo = min, hi = max;
  if (max - min <= 1e-9 * magnitude) {
    // One point, or a flat curve (a constant learning rate): a range around it, not one that
    // magnifies rounding noise.
    const double half = numbers == AxisNumbers::Whole ? 0.5 : magnitude > 0 ? 0.1 * magnitude : 1;
    lo = min - half;
    hi = max + half;
  } else {
    lo -= pad * (max - min);
    hi += pad * (max - min);
  }
  const double interval = nice_tick_interval(lo, hi, numbers);
  // Qt lays out the ticks at every change: with dynamic ticks, the new range under the old
  // interval (or the reverse) would be billions of them. Fixed ticks while changing.
  axis->setTickType(QValueAxis::TicksFixed);
  axis->setRange(lo, hi);
  axis->setTickAnchor(0.0);
  axis->setTickInterval(interval);
  axis->setMinorTickCount(0);
  axis->setLabelFormat(tick_label_format(interval, std::max(std::abs(lo), std::abs(hi))));
  axis->setTickType(QValueAxis::TicksDynamic);
}

ChartLegend::ChartLegend(QWidget* parent) : QWidget(parent), flow_(new FlowLayout(this)) {
  flow_->setContentsMargins(4, 0, 4, 2);
}

void ChartLegend::show_series(QChart* chart) {
  chart->legend()->hide();
  while (QLayoutItem* item = flow_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  QStringList seen;
  for (QAbstractSeries* series : chart->series()) {
    const QString name = series->name();
    if (name.isEmpty() || seen.contains(name)) continue;
    seen << name;
    QColor color = Qt::black;
    if (auto* line = qobject_cast<QLineSeries*>(series)) color = line->pen().color();
    if (auto* scatter = qobject_cast<QScatterSeries*>(series)) color = scatter->color();
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("legend_entry"));
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                       .arg(color.name(), name.toHtmlEscaped()));
    flow_->addWidget(label);
  }
  updateGeometry();
}

QStringList ChartLegend::labels() const {
  QStringList names;
  for (int i = 0; i < flow_->count(); ++i)
    if (auto* label = qobject_cast<QLabel*>(flow_->itemAt(i)->widget()))
      names << label->text().section(QStringLiteral("&nbsp;"), 1);
  return names;
}

}  // namespace allcnn::ui
