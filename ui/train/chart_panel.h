#pragma once

#include <vector>

#include <QElapsedTimer>
#include <QString>
#include <QWidget>

#include "metrics_buffer.h"
#include "series_store.h"

class QChart;
class QChartView;
class QGridLayout;
class QLineSeries;
class QValueAxis;

namespace allcnn::ui {

/// The live charts of a run: batch loss, batch accuracy, epoch loss and accuracy (training and
/// validation, or test for a run without a validation split) and the learning rate, all over
/// epochs. add() only stores raw points; refresh() decimates each dirty chart to its pixel width
/// and replaces its series in one call each.
class ChartPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ChartPanel(QWidget* parent = nullptr);

  void clear();
  void add(const MetricsChunk& chunk);
  /// Redraws the charts whose data changed since the last refresh.
  void refresh();
  /// refresh(), unless the last one was recent compared to its cost: redrawing may take at most
  /// about a quarter of the GUI thread, however many points the curves hold. Returns whether
  /// it redrew.
  bool refresh_if_due();
  /// Names the epoch evaluation's curves after the split they are of: validation, or test
  /// (a run without a validation split). The epochs' rows say it too, when they come.
  void name_evaluated_split(metrics::EvaluatedSplit split);
  /// Puts `widget` in the free cell of the chart grid (the augmentation preview).
  void set_corner_widget(QWidget* widget);

  const SeriesStore& store() const { return store_; }
  /// How many points the chart now draws for the series `key` (after decimation).
  int drawn_points(const QString& key) const;

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  struct Curve {
    QString key;
    QLineSeries* series = nullptr;
  };
  struct Plot {
    QChartView* view = nullptr;
    QChart* chart = nullptr;
    QValueAxis* x_axis = nullptr;
    QValueAxis* y_axis = nullptr;
    std::vector<Curve> curves;
    bool fixed_unit_range = false;  // accuracies: always [0, 1]
    bool dirty = false;
  };

  Plot& add_plot(const QString& title, const QString& y_title, int row, int column);
  void add_curve(Plot& plot, const QString& key, const QString& label, const QColor& color);
  void redraw(Plot& plot);
  void mark_dirty(const QString& key);
  QGridLayout* grid_ = nullptr;
  std::vector<Plot> plots_;
  SeriesStore store_;
  int batch_table_ = 0, epoch_table_ = 0;  ///< the store's tables of batch and epoch rows
  QElapsedTimer since_refresh_;
  double refresh_cost_ms_ = 0.0;
};

}  // namespace allcnn::ui
