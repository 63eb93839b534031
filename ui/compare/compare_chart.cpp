#include "compare_chart.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include "chart_style.h"
#include "compare_math.h"
#include "decimate.h"
#include "log_axis.h"

namespace allcnn::ui::compare {

QString x_axis_title(XAxis axis) {
  switch (axis) {
    case XAxis::Step:
      return CompareChart::tr("Step");
    case XAxis::Epoch:
      return CompareChart::tr("Epoch");
    case XAxis::WallTime:
      return CompareChart::tr("Wall time (s)");
  }
  return {};
}

CompareChart::CompareChart(QWidget* parent) : QChartView(parent) {
  setRenderHint(QPainter::Antialiasing);
  auto* chart = new QChart;
  chart->legend()->hide();
  chart->setMargins(QMargins(4, 4, 4, 4));
  chart->setBackgroundRoundness(0);
  setChart(chart);
  setMinimumSize(260, 180);
  x_axis_ = new QValueAxis;
  chart->addAxis(x_axis_, Qt::AlignBottom);
  use_log_y(false);
  // Made first, so drawn under every run.
  zero_ = new QLineSeries;
  zero_->setPen(QPen(QColor(0x80, 0x80, 0x80), 1, Qt::DashLine));
  zero_->setVisible(false);
  attach(zero_);
}

namespace {

bool has_finite(const std::vector<float>& v) {
  return std::any_of(v.begin(), v.end(), [](float x) { return std::isfinite(x); });
}

}  // namespace

ChartPlan plan_chart(const QList<RunData>& runs, const ChartOptions& options, int columns) {
  ChartPlan plan;
  plan.options = options;
  const RunData* baseline = nullptr;
  for (const RunData& run : runs)
    if (!options.baseline_dir.isEmpty() && run.dir == options.baseline_dir) baseline = &run;
  plan.has_baseline = baseline != nullptr;
  const QString metric_name = metric_title(options.metric);
  plan.title =
      baseline ? CompareChart::tr("%1 minus %2").arg(metric_name, baseline->name) : metric_name;

  // The baseline's columns are read where they are; only its smoothed values are new.
  static const std::vector<float> kNone;
  const std::vector<float>* base_x = &kNone;
  const std::vector<float>* base_raw = &kNone;
  std::vector<float> base_smooth;
  if (baseline) {
    const Curve b = baseline->curve(options.metric);
    base_x = &b.x(options.x_axis);
    base_raw = &b.value;
    if (options.smoothing > 0) base_smooth = smooth_debiased_ema(b.value, options.smoothing);
  }
  const bool log_y = options.log_y && !baseline;  // differences go negative
  plan.log_y = log_y;

  double x_min = std::numeric_limits<double>::infinity(), x_max = -x_min;
  double y_min = x_min, y_max = -x_min;
  const auto extend = [&](const QList<QPointF>& points) {
    for (const QPointF& p : points) {
      x_min = std::min(x_min, p.x());
      x_max = std::max(x_max, p.x());
      y_min = std::min(y_min, p.y());
      y_max = std::max(y_max, p.y());
    }
  };

  for (int i = 0; i < runs.size(); ++i) {
    const RunData& run = runs[i];
    if (baseline && &run == baseline) continue;
    if (!run.readable()) {
      plan.notes.append(CompareChart::tr("%1 could not be read: %2").arg(run.name, run.error));
      continue;
    }
    const Curve curve = run.curve(options.metric);
    if (curve.empty()) {
      plan.notes.append(
          run.imported
              ? CompareChart::tr("%1 (imported) has no %2.").arg(run.name, metric_name.toLower())
              : CompareChart::tr("%1 has no %2 yet.").arg(run.name, metric_name.toLower()));
      continue;
    }
    const std::vector<float>& x = curve.x(options.x_axis);
    if (!has_finite(x)) {
      plan.notes.append(
          CompareChart::tr("%1 has no %2 axis (an imported history records epochs only).")
              .arg(run.name, x_axis_title(options.x_axis).toLower()));
      continue;
    }
    // Smooth the raw points first, then decimate both for drawing. Without smoothing and a
    // baseline the run's own column is drawn, not a copy of it.
    const std::vector<float>* raw = &curve.value;
    const std::vector<float>* smooth = raw;
    std::vector<float> smoothed, raw_difference, smooth_difference;
    if (options.smoothing > 0) {
      smoothed = smooth_debiased_ema(*raw, options.smoothing);
      smooth = &smoothed;
    }
    if (baseline) {
      const std::vector<float>& base_smoothed = options.smoothing > 0 ? base_smooth : *base_raw;
      raw_difference = difference_to(x, *raw, *base_x, *base_raw);
      smooth_difference = difference_to(x, *smooth, *base_x, base_smoothed);
      raw = &raw_difference;
      smooth = &smooth_difference;
      if (!has_finite(smooth_difference)) {
        plan.notes.append(
            CompareChart::tr("%1 does not overlap %2 on this axis.").arg(run.name, baseline->name));
        continue;
      }
    }
    ChartPlan::Line line;
    line.run = i;
    line.name = run.name;
    line.smooth = decimate_min_max(x, *smooth, columns, log_y);
    if (line.smooth.isEmpty()) {
      plan.notes.append(
          CompareChart::tr("%1: no positive values to draw on a log axis.").arg(run.name));
      continue;
    }
    if (options.smoothing > 0) {
      line.raw = decimate_min_max(x, *raw, columns, log_y);
      extend(line.raw);
    }
    extend(line.smooth);

    if (options.best_markers && run.best_epoch >= 0) {
      const std::vector<float>& epoch_x = run.curve(Metric::ValAccuracy).x(options.x_axis);
      if (run.best_epoch < static_cast<int>(epoch_x.size())) {
        // On the measured value at the best epoch, not on the smoothed line near it.
        const double bx = epoch_x[run.best_epoch];
        const double by = interpolate(x, *raw, bx);
        if (std::isfinite(by) && (!log_y || by > 0)) {
          line.has_best = true;
          line.best = QPointF(bx, by);
        }
      }
    }
    plan.lines.append(std::move(line));
  }
  if (std::isfinite(x_min)) {
    plan.x_min = x_min;
    plan.x_max = x_max;
    plan.y_min = y_min;
    plan.y_max = y_max;
  }
  return plan;
}

int CompareChart::pixel_columns() const { return std::max(200, viewport()->width()); }

void CompareChart::attach(QAbstractSeries* series) {
  chart()->addSeries(series);
  series->attachAxis(x_axis_);
  series->attachAxis(y_axis_);
}

void CompareChart::use_log_y(bool log_y) {
  if (y_axis_ && log_y == y_log_) return;
  QChart* c = chart();
  if (y_axis_) {
    c->removeAxis(y_axis_);  // detaches it from every series
    delete y_axis_;
  }
  y_log_ = log_y;
  y_axis_ = log_y ? static_cast<QAbstractAxis*>(new_log_axis()) : new QValueAxis;
  c->addAxis(y_axis_, Qt::AlignLeft);
  for (QAbstractSeries* series : c->series()) series->attachAxis(y_axis_);
}

namespace {

void set_pen(QXYSeries* series, const QPen& pen) {
  if (series->pen() != pen) series->setPen(pen);
}

// Hidden, and without points: a pooled series that this plan does not use.
void retire(QXYSeries* series) {
  series->setVisible(false);
  if (series->count() > 0) series->clear();
}

}  // namespace

QStringList CompareChart::show_plan(const ChartPlan& plan, const QList<QColor>& colors) {
  // Series and axes are kept from one plan to the next and only refilled: making and attaching
  // them anew costs the GUI thread about 5 ms per run.
  QChart* c = chart();
  use_log_y(plan.log_y);
  curve_count_ = 0;
  x_axis_kind_ = plan.options.x_axis;
  if (c->title() != plan.title) c->setTitle(plan.title);
  const QString x_title = x_axis_title(plan.options.x_axis);
  if (x_axis_->titleText() != x_title) x_axis_->setTitleText(x_title);

  while (pool_.size() < plan.lines.size()) {
    // A run's three series are added together, so each run's line is drawn over its faint raw
    // values and under its marker, and later runs over earlier ones.
    RunSeries run{new QLineSeries, new QLineSeries, new QScatterSeries};
    run.marker->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    run.marker->setMarkerSize(9);
    run.marker->setBorderColor(Qt::white);
    for (QXYSeries* series : {static_cast<QXYSeries*>(run.faint), static_cast<QXYSeries*>(run.line),
                              static_cast<QXYSeries*>(run.marker)}) {
      series->setVisible(false);
      attach(series);
    }
    pool_.append(run);
  }
  for (int i = 0; i < pool_.size(); ++i) {
    const RunSeries& run = pool_[i];
    if (i >= plan.lines.size()) {
      retire(run.faint);
      retire(run.line);
      retire(run.marker);
      continue;
    }
    const ChartPlan::Line& line = plan.lines[i];
    const QColor color = colors.value(line.run, Qt::black);
    if (plan.options.smoothing > 0) {
      QColor light = color;
      light.setAlpha(55);
      set_pen(run.faint, QPen(light, 1));
      run.faint->replace(line.raw);
      run.faint->setVisible(true);
    } else {
      retire(run.faint);
    }
    if (run.line->name() != line.name) run.line->setName(line.name);
    set_pen(run.line, QPen(color, 2));
    run.line->replace(line.smooth);
    run.line->setVisible(true);
    ++curve_count_;
    if (line.has_best) {
      if (run.marker->color() != color) run.marker->setColor(color);
      run.marker->replace(QList<QPointF>{line.best});
      run.marker->setVisible(true);
    } else {
      retire(run.marker);
    }
  }

  x_min_ = plan.x_min;
  x_max_ = plan.x_max;
  const bool drawn = plan.x_min <= plan.x_max;
  if (drawn && plan.has_baseline) {
    // The baseline itself, as a reference line at zero.
    zero_->replace(QList<QPointF>{QPointF(plan.x_min, 0), QPointF(plan.x_max, 0)});
    zero_->setVisible(true);
  } else {
    retire(zero_);
  }
  if (drawn) {
    double y_min = plan.y_min, y_max = plan.y_max;
    set_x_range(plan.x_min, plan.x_max);
    if (plan.has_baseline) {
      y_min = std::min(y_min, 0.0);
      y_max = std::max(y_max, 0.0);
    }
    if (plan.log_y) {
      fit_log_axis(static_cast<QLogValueAxis*>(y_axis_), y_min, y_max);
    } else {
      if (metric_is_accuracy(plan.options.metric) && !plan.has_baseline) {
        y_min = std::max(y_min, 0.0);
        y_max = std::min(y_max, 1.0);
      }
      fit_value_axis(static_cast<QValueAxis*>(y_axis_), y_min, y_max, AxisNumbers::Real);
    }
  }
  return plan.notes;
}

void CompareChart::set_x_range(double min, double max) {
  if (!(max >= min)) return;
  // Whole epochs: ticks at 1, 2, 3 rather than 1, 1.5, 2; padded so the edge points show.
  fit_value_axis(x_axis_, min, max,
                 x_axis_kind_ == XAxis::Epoch ? AxisNumbers::Whole : AxisNumbers::Real);
}

}  // namespace allcnn::ui::compare
