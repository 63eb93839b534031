#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

#include "compare_chart.h"
#include "group_colors.h"
#include "run_data.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QSlider;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace allcnn::ui {
class BackgroundTask;
}

namespace allcnn::ui::compare {

/// Overlays the curves of the runs it is given: one metric, or small multiples of every metric
/// with a shared legend; x as step, epoch or wall time; smoothing; log y; best-epoch markers;
/// difference to a baseline run; colours by run or by group; and a table of only the settings
/// in which the runs differ.
/// Exports the charts (PNG, SVG) and the runs' metrics (long-form CSV). GUI thread only.
class CompareView : public QWidget {
  Q_OBJECT

 public:
  explicit CompareView(QWidget* parent = nullptr);

  /// Shows these runs (a live run calls this again as it progresses); redraws once, shortly.
  void set_runs(const QList<RunData>& runs);
  const QList<RunData>& runs() const { return runs_; }

  void set_metric(Metric metric);
  void set_x_axis(XAxis axis);
  void set_smoothing(double weight);
  void set_log_y(bool on);
  void set_small_multiples(bool on);
  void set_baseline(const QString& dir);  ///< empty: no baseline
  /// Runs that differ only by seed drawn as one line in a band of `band`.
  void set_merge_seeds(bool on, Band band = Band::MinMax);
  ChartOptions options() const;
  /// How the runs are coloured (by default Automatic: by group when they are of several).
  void set_color_by(ColorBy by);
  ColorBy color_by() const;
  /// Each group's hue, as the run browser shows it (RunTableModel::group_hues).
  void set_group_hues(const GroupHues& hues);
  /// The colour of each of runs(), as the charts, the legend and the tables draw it.
  QList<QColor> colors() const;

  /// Redraws now, on the GUI thread, instead of on the coalescing timer (tests, export); a
  /// redraw still being worked out on the worker is dropped.
  void redraw();
  /// Whether a redraw is scheduled or being worked out (tests wait for it to end).
  bool redraw_pending() const;

  /// The legend and charts as a PNG of `scale` times their size on screen (in pixels).
  bool save_png(const QString& path, int scale = 2);
  /// False when the build has no Qt SVG module (see svg_supported) or the file cannot be written.
  bool save_svg(const QString& path);
  static bool svg_supported();
  /// Returns an empty string on success, else why not.
  QString save_long_csv(const QString& path) const;

  /// The setting names shown in the differences table, in order.
  QStringList differing_keys() const { return differing_keys_; }
  /// The charts currently shown (one, or one per metric).
  QList<CompareChart*> charts() const { return charts_; }
  /// Why some runs are not drawn, or what to do next ("select two or more runs").
  QString notice() const;

 private:
  void schedule_redraw();
  /// Redraws the charts: at once, or (the scheduled redraw) with the charts' points worked out
  /// on a worker from the runs as they are now, then handed to the series here; a newer redraw
  /// drops an older one's result.
  void draw(bool in_background);
  /// The metrics to chart: the chosen one, or every metric some run has (small multiples).
  QList<Metric> shown_metrics() const;
  /// As many chart widgets as metrics, laid out in the grid; their pixel widths.
  QList<int> lay_out_charts(int count);
  /// Shows worked-out plans (one per chart, for `runs`), the shared x range, legend and notes.
  void show_plans(const QList<RunData>& runs, const QList<ChartPlan>& plans);
  /// The legend's entries (one per line drawn) in their colours; coloured by group, the
  /// entries of one group together after its name.
  QString legend_entries(const QList<RunData>& runs, const ChartPlan* merged,
                         const ChartOptions& base, const QList<QColor>& colors) const;
  void update_baseline_choices();
  void update_settings_table();
  /// One row per configuration of the runs (seeds together): runs, best validation accuracy
  /// and its epoch, time, each as mean ± standard deviation.
  void update_configurations_table();
  void settle_for_export();
  void export_png(int scale);
  void export_svg();
  void export_csv();

  QList<RunData> runs_;
  QStringList differing_keys_;
  QList<CompareChart*> charts_;

  QComboBox* metric_;
  QCheckBox* small_multiples_;
  QComboBox* x_axis_;
  QSlider* smoothing_;
  QLabel* smoothing_value_;
  QCheckBox* log_y_;
  QCheckBox* markers_;
  QCheckBox* merge_seeds_;
  QComboBox* band_;
  QComboBox* baseline_;
  QComboBox* color_by_;
  GroupHues hues_;
  QWidget* plot_panel_;  ///< legend + charts: what export renders
  QLabel* legend_;
  QGridLayout* grid_;
  QLabel* notice_;
  QTableWidget* settings_table_;
  QTableWidget* configurations_table_;
  QTabWidget* side_tabs_;  ///< the settings table and the configurations table
  QTimer* redraw_timer_;
  BackgroundTask* redraw_task_;
};

}  // namespace allcnn::ui::compare
