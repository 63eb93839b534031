#pragma once

#include <utility>

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QStringList>

#include "compare_math.h"
#include "run_data.h"

class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace allcnn::ui::compare {

/// How a comparison chart draws its runs.
struct ChartOptions {
  Metric metric = Metric::ValAccuracy;
  XAxis x_axis = XAxis::Epoch;
  double smoothing = 0;  ///< debiased EMA weight in [0, 1)
  bool log_y = false;
  bool best_markers = true;  ///< a dot at each run's best validation epoch
  QString baseline_dir;      ///< non-empty: draw each run minus this run
  /// Runs that differ only by seed (and name) draw as one line, their mean, in a band.
  bool merge_seeds = false;
  Band band = Band::MinMax;
};

/// What one chart draws, worked out from the runs' curves alone: the decimated points of each
/// run, ready to hand to its series, and why some runs are not drawn. Plain values: computed on
/// any thread (CompareView does it on a worker, from the shared, immutable curves), shown on
/// the GUI thread.
struct ChartPlan {
  /// One run's lines.
  struct Line {
    int run = 0;  ///< its index in the runs (its colour)
    QString name;
    QList<QPointF> raw;     ///< the raw values drawn faint under the smoothed line; empty
                            ///< without smoothing
    QList<QPointF> smooth;  ///< the line itself (the raw values without smoothing)
    bool has_best = false;  ///< a marker at the best epoch, at `best`
    QPointF best;
    /// Seeds merged: how many runs the line is the mean of (1: a run of its own), and the band
    /// around it (empty for one run).
    int members = 1;
    QList<QPointF> band_low, band_high;
  };
  ChartOptions options;
  QString title;
  bool log_y = false;
  bool has_baseline = false;
  QList<Line> lines;
  QStringList notes;  ///< one line for each run that is not drawn, and why
  double x_min = 1, x_max = 0, y_min = 1, y_max = 0;  ///< of every point; empty: min > max
};

/// The runs of each configuration among `runs` (group_by_settings without the seed, the run's
/// identity and its group record); an imported or unreadable run is one of its own.
QList<QList<int>> configurations(const QList<RunData>& runs);

/// How a configuration of several seeds is named: by its group and what the group varies in it
/// ("regularization: bn=true"), or after its first run, with the number of seeds.
QString configuration_name(const RunData& first, int runs);

/// Works out one chart of `options.metric` for `runs`, decimated to `columns` pixel columns.
/// Any thread: reads only the runs (whose curves are immutable while shared).
ChartPlan plan_chart(const QList<RunData>& runs, const ChartOptions& options, int columns);

/// One chart of one metric for several runs: the smoothed curve of each run in its colour over
/// its raw curve drawn faint, optionally a marker at the best epoch. Every series is filled by one
/// replace() call with points decimated to the chart's pixel columns; the series are reused
/// from one plan to the next. GUI thread only.
class CompareChart : public QChartView {
  Q_OBJECT

 public:
  explicit CompareChart(QWidget* parent = nullptr);

  /// Shows a plan worked out elsewhere (plan_chart; colours parallel to its runs). Returns one
  /// line for each run that is not drawn and why (no such metric, no wall time, ...), so the
  /// view never shows an unexplained empty chart. Only series are filled here: one replace()
  /// call each.
  /// `shared_x`, where given, is the x range of small multiples, which share one.
  QStringList show_plan(const ChartPlan& plan, const QList<QColor>& colors,
                        const std::pair<double, double>* shared_x = nullptr);
  /// The pixel columns a plan for this chart should be decimated to.
  int pixel_columns() const;

  /// The number of curves drawn by the last show_plan (smoothed ones; tests use it).
  int curve_count() const { return curve_count_; }

 private:
  /// One line's series: the band of merged seeds, its raw values drawn faint, the line, its
  /// best-epoch marker.
  struct RunSeries {
    QAreaSeries* band;
    QLineSeries* faint;
    QLineSeries* line;
    QScatterSeries* marker;
  };
  void attach(QAbstractSeries* series);
  /// The axes' ranges for `plan` (x: `shared_x` where given); hides the baseline's zero line.
  void fit_axes(const ChartPlan& plan, const std::pair<double, double>* shared_x);
  void set_x_range(double min, double max);
  /// Puts a log or a linear y axis in place, keeping the one there when it is of that kind.
  void use_log_y(bool log_y);

  int curve_count_ = 0;
  XAxis x_axis_kind_ = XAxis::Epoch;
  QValueAxis* x_axis_ = nullptr;
  QAbstractAxis* y_axis_ = nullptr;
  bool y_log_ = false;
  QList<RunSeries> pool_;        ///< grows to the most runs shown; unused ones hidden and empty
  QLineSeries* zero_ = nullptr;  ///< the baseline's reference line at 0
};

/// The title of an x axis.
QString x_axis_title(XAxis axis);

}  // namespace allcnn::ui::compare
