#include "compare_chart.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <utility>

#include <QAreaSeries>
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

bool has_finite(Span<float> v) {
  return std::any_of(v.begin(), v.end(), [](float x) { return std::isfinite(x); });
}

}  // namespace

QList<QList<int>> configurations(const QList<RunData>& runs) {
  QList<QMap<QString, QString>> settings;
  for (const RunData& run : runs)
    settings.append(run.readable() && !run.imported ? run.settings : QMap<QString, QString>());
  return group_by_settings(settings, configuration_blind_settings());
}

QString configuration_name(const RunData& first, int runs) {
  if (runs <= 1) return first.name;
  // A group's run says what the group varies in it; another run has only its name.
  const QString name = first.group.isEmpty() || first.group_varies.isEmpty()
                           ? first.name
                           : CompareChart::tr("%1: %2").arg(first.group, first.group_varies);
  return CompareChart::tr("%1 (%n seeds)", nullptr, runs).arg(name);
}

ChartPlan plan_chart(const QList<RunData>& runs, const ChartOptions& options, int columns) {
  ChartPlan plan;
  plan.options = options;
  const RunData* baseline = nullptr;
  for (const RunData& run : runs)
    if (!options.baseline_dir.isEmpty() && run.dir == options.baseline_dir) baseline = &run;
  plan.has_baseline = baseline != nullptr;
  const QString metric_name = metric_title(options.metric, runs);
  plan.title =
      baseline ? CompareChart::tr("%1 minus %2").arg(metric_name, baseline->name) : metric_name;

  // The baseline's columns are read where they are; only its smoothed values are new.
  Span<float> base_x, base_raw;
  std::vector<float> base_smooth;
  if (baseline) {
    const Curve b = baseline->curve(options.metric);
    base_x = b.x(options.x_axis);
    base_raw = b.value;
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

  // One run's values as they are drawn: smoothed, then minus the baseline. The run's own column
  // is used where nothing changes it, not a copy.
  struct Prepared {
    Span<float> x, raw, smooth;
    std::vector<float> smoothed, raw_difference, smooth_difference;
  };
  const auto prepare = [&](const RunData& run) -> std::unique_ptr<Prepared> {
    if (!run.readable()) {
      plan.notes.append(CompareChart::tr("%1 could not be read: %2").arg(run.name, run.error));
      return nullptr;
    }
    const Curve curve = run.curve(options.metric);
    if (curve.empty()) {
      plan.notes.append(
          run.imported
              ? CompareChart::tr("%1 (imported) has no %2.").arg(run.name, metric_name.toLower())
              : CompareChart::tr("%1 has no %2 yet.").arg(run.name, metric_name.toLower()));
      return nullptr;
    }
    auto p = std::make_unique<Prepared>();
    p->x = curve.x(options.x_axis);
    if (!has_finite(p->x)) {
      plan.notes.append(
          CompareChart::tr("%1 has no %2 axis (an imported history records epochs only).")
              .arg(run.name, x_axis_title(options.x_axis).toLower()));
      return nullptr;
    }
    p->raw = curve.value;
    p->smooth = p->raw;
    if (options.smoothing > 0) {
      p->smoothed = smooth_debiased_ema(p->raw, options.smoothing);
      p->smooth = p->smoothed;
    }
    if (baseline) {
      const Span<float> base_smoothed = options.smoothing > 0 ? base_smooth : base_raw;
      p->raw_difference = difference_to(p->x, p->raw, base_x, base_raw);
      p->smooth_difference = difference_to(p->x, p->smooth, base_x, base_smoothed);
      p->raw = p->raw_difference;
      p->smooth = p->smooth_difference;
    }
    return p;
  };
  const auto decimate = [&](Span<float> x, Span<float> y) {
    return decimate_min_max(x, y, columns, log_y);
  };
  // The bold line, drawn with a 2-pixel pen: its minimum and maximum over every two pixel
  // columns, one point per pixel on average. The pen covers the same pixels as at twice the
  // points, and costs half as much to draw (8 paper-scale runs' batch losses: tens of ms).
  const auto decimate_line = [&](Span<float> x, Span<float> y) {
    return decimate_min_max(x, y, std::max(100, columns / 2), log_y);
  };
  // The best validation epoch's x, by `accuracy` (one value per epoch row); NaN without one.
  const auto best_epoch_x = [&](const RunData& run, Span<float> accuracy) {
    const Column& epoch_x = run.curve(Metric::ValAccuracy).x(options.x_axis);
    int best = -1;
    for (size_t e = 0; e < accuracy.size() && e < epoch_x.size(); ++e)
      if (std::isfinite(accuracy[e]) && (best < 0 || accuracy[e] > accuracy[best]))
        best = static_cast<int>(e);
    return best < 0 ? kNaN : static_cast<double>(epoch_x[best]);
  };
  const auto mark_best = [&](ChartPlan::Line& line, double bx, Span<float> x, Span<float> y) {
    if (!options.best_markers || !std::isfinite(bx)) return;
    // On the measured value at the best epoch, not on the smoothed line near it.
    const double by = interpolate(x, y, bx);
    if (std::isfinite(by) && (!log_y || by > 0)) {
      line.has_best = true;
      line.best = QPointF(bx, by);
    }
  };

  // What is drawn as one line: a run, or (seeds merged) the runs of one configuration.
  QList<QList<int>> units;
  if (options.merge_seeds) {
    units = configurations(runs);
  } else {
    for (int i = 0; i < runs.size(); ++i) units.append(QList<int>{i});
  }

  for (const QList<int>& unit : units) {
    std::vector<std::pair<int, std::unique_ptr<Prepared>>> members;
    for (int i : unit) {
      if (baseline && &runs[i] == baseline) continue;
      if (auto p = prepare(runs[i])) members.emplace_back(i, std::move(p));
    }
    if (members.empty()) continue;
    ChartPlan::Line line;
    line.run = members.front().first;
    const RunData& first = runs[line.run];
    if (members.size() == 1) {
      const Prepared& p = *members.front().second;
      line.name = first.name;
      line.smooth = decimate_line(p.x, p.smooth);
      if (line.smooth.isEmpty()) {
        plan.notes.append(
            CompareChart::tr("%1: no positive values to draw on a log axis.").arg(first.name));
        continue;
      }
      if (options.smoothing > 0) {
        line.raw = decimate(p.x, p.raw);
        extend(line.raw);
      }
      extend(line.smooth);
      if (first.best_epoch >= 0) {
        const Column& epoch_x = first.curve(Metric::ValAccuracy).x(options.x_axis);
        if (first.best_epoch < static_cast<int>(epoch_x.size()))
          mark_best(line, epoch_x[first.best_epoch], p.x, p.raw);
      }
      plan.lines.append(std::move(line));
      continue;
    }

    // Several seeds of one configuration: their mean, in a band. The x values are the longest
    // run's (runs of one configuration share their steps and epochs; wall times differ a little).
    std::vector<Span<float>> smooth, raw, accuracy;
    Span<float> x;
    const RunData* most_epochs = nullptr;
    for (const auto& [i, p] : members) {
      smooth.push_back(p->smooth);
      raw.push_back(p->raw);
      accuracy.push_back(runs[i].curve(Metric::ValAccuracy).value);
      if (p->x.size() > x.size()) x = p->x;
      if (!most_epochs ||
          accuracy.back().size() > most_epochs->curve(Metric::ValAccuracy).value.size())
        most_epochs = &runs[i];
    }
    const Spread spread = spread_of(smooth, options.band);
    line.name = configuration_name(first, static_cast<int>(members.size()));
    line.members = static_cast<int>(members.size());
    line.smooth = decimate_line(x, spread.mean);
    if (line.smooth.isEmpty()) {
      plan.notes.append(
          CompareChart::tr("%1: no positive values to draw on a log axis.").arg(line.name));
      continue;
    }
    line.band_low = decimate(x, spread.low);
    line.band_high = decimate(x, spread.high);
    extend(line.smooth);
    extend(line.band_low);
    extend(line.band_high);
    const Spread mean_raw = spread_of(raw, options.band);
    // At the epoch where the mean validation accuracy is best.
    mark_best(line, best_epoch_x(*most_epochs, spread_of(accuracy, Band::MinMax).mean), x,
              mean_raw.mean);
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

void retire_band(QAreaSeries* band) {
  band->setVisible(false);
  if (band->upperSeries()->count() > 0) band->upperSeries()->clear();
  if (band->lowerSeries()->count() > 0) band->lowerSeries()->clear();
}

}  // namespace

QStringList CompareChart::show_plan(const ChartPlan& plan, const QList<QColor>& colors,
                                    const std::pair<double, double>* shared_x) {
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
    // A line's series are added together, so each line is drawn over its band and faint raw
    // values and under its marker, and later lines over earlier ones.
    RunSeries run{new QAreaSeries(new QLineSeries(this), new QLineSeries(this)), new QLineSeries,
                  new QLineSeries, new QScatterSeries};
    run.band->setPen(Qt::NoPen);
    run.band->setVisible(false);
    attach(run.band);
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
  // Every change of an axis's range lays out each series' points again (Qt Charts recomputes
  // their geometry, hidden or not). So every series is emptied first, the axes take their new
  // ranges, and only then are this plan's series filled: each laid out once, not three times
  // (8 paper-scale runs: tens of ms less on the GUI thread).
  for (int i = 0; i < pool_.size(); ++i)
    for (QXYSeries* series :
         {static_cast<QXYSeries*>(pool_[i].band->upperSeries()),
          static_cast<QXYSeries*>(pool_[i].band->lowerSeries()),
          static_cast<QXYSeries*>(pool_[i].faint), static_cast<QXYSeries*>(pool_[i].line),
          static_cast<QXYSeries*>(pool_[i].marker)})
      if (series->count() > 0) series->clear();
  fit_axes(plan, shared_x);

  for (int i = 0; i < pool_.size(); ++i) {
    const RunSeries& run = pool_[i];
    if (i >= plan.lines.size()) {
      retire_band(run.band);
      retire(run.faint);
      retire(run.line);
      retire(run.marker);
      continue;
    }
    const ChartPlan::Line& line = plan.lines[i];
    const QColor color = colors.value(line.run, Qt::black);
    if (!line.band_low.isEmpty()) {
      QColor fill = color;
      fill.setAlpha(50);
      if (run.band->brush() != QBrush(fill)) run.band->setBrush(fill);
      run.band->upperSeries()->replace(line.band_high);
      run.band->lowerSeries()->replace(line.band_low);
      run.band->setVisible(true);
    } else {
      retire_band(run.band);
    }
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

  if (plan.x_min <= plan.x_max && plan.has_baseline) {
    // The baseline itself, as a reference line at zero.
    zero_->replace(QList<QPointF>{QPointF(plan.x_min, 0), QPointF(plan.x_max, 0)});
    zero_->setVisible(true);
  }
  return plan.notes;
}

void CompareChart::fit_axes(const ChartPlan& plan, const std::pair<double, double>* shared_x) {
  retire(zero_);
  if (plan.x_min <= plan.x_max) {
    double y_min = plan.y_min, y_max = plan.y_max;
    if (shared_x && shared_x->first <= shared_x->second)
      set_x_range(shared_x->first, shared_x->second);
    else
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
}

void CompareChart::set_x_range(double min, double max) {
  if (!(max >= min)) return;
  // Whole epochs: ticks at 1, 2, 3 rather than 1, 1.5, 2; padded so the edge points show.
  fit_value_axis(x_axis_, min, max,
                 x_axis_kind_ == XAxis::Epoch ? AxisNumbers::Whole : AxisNumbers::Real);
}

}  // namespace allcnn::ui::compare
