#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QStringList>

#include "run_data.h"

namespace allcnn::ui::compare {

/// How a comparison chart draws its runs.
struct ChartOptions {
  Metric metric = Metric::ValAccuracy;
  XAxis x_axis = XAxis::Epoch;
  double smoothing = 0;  ///< debiased EMA weight in [0, 1)
  bool log_y = false;
  bool best_markers = true;  ///< a dot at each run's best validation epoch
  QString baseline_dir;      ///< non-empty: draw each run minus this run
};

/// One chart of one metric for several runs: the smoothed curve of each run in its colour over
/// its raw curve drawn faint, optionally a marker at the best epoch. Every series is filled by one
/// replace() call with points decimated to the chart's pixel columns. GUI thread only.
class CompareChart : public QChartView {
  Q_OBJECT

 public:
  explicit CompareChart(QWidget* parent = nullptr);

  /// Redraws for these runs (colours parallel to runs). Returns one line for each run that is
  /// not drawn and why (no such metric, no wall time, ...), so the view never shows an
  /// unexplained empty chart.
  QStringList show_runs(const QList<RunData>& runs, const QList<QColor>& colors,
                        const ChartOptions& options);

  /// The number of curves drawn by the last show_runs (smoothed ones; tests use it).
  int curve_count() const { return curve_count_; }

  /// The x range of what the last show_runs drew (empty chart: min > max), and a way to widen
  /// it, so small multiples share one x range.
  double x_min() const { return x_min_; }
  double x_max() const { return x_max_; }
  void set_x_range(double min, double max);

 private:
  int curve_count_ = 0;
  double x_min_ = 1, x_max_ = 0;
  XAxis x_axis_ = XAxis::Epoch;
};

/// The title of an x axis.
QString x_axis_title(XAxis axis);

}  // namespace allcnn::ui::compare
