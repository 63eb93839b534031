#include "chart_panel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>

#include "chart_style.h"

namespace allcnn::ui {
namespace {

// Series keys: the store's names, the tests' handles.
const QString kBatchLoss = QStringLiteral("batch_loss");
const QString kBatchAccuracy = QStringLiteral("batch_accuracy");
const QString kTrainLoss = QStringLiteral("train_loss");
const QString kValLoss = QStringLiteral("val_loss");
const QString kTrainAccuracy = QStringLiteral("train_accuracy");
const QString kValAccuracy = QStringLiteral("val_accuracy");
const QString kLearningRate = QStringLiteral("learning_rate");

constexpr int kMinimumColumns = 64;

}  // namespace

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent) {
  grid_ = new QGridLayout(this);
  grid_->setContentsMargins(0, 0, 0, 0);
  grid_->setSpacing(4);
  plots_.reserve(5);
  // The series of one kind of row share its x: the batch's fractional epoch, the epoch.
  batch_table_ = store_.add_table({kBatchLoss, kBatchAccuracy, kLearningRate});
  epoch_table_ = store_.add_table({kTrainLoss, kValLoss, kTrainAccuracy, kValAccuracy});

  const QColor train = series_color(0), validation = series_color(1), rate = series_color(2);
  add_curve(add_plot(tr("Batch loss"), tr("loss"), 0, 0), kBatchLoss, tr("batch"), train);
  Plot& batch_accuracy = add_plot(tr("Batch accuracy"), tr("accuracy"), 0, 1);
  batch_accuracy.fixed_unit_range = true;
  add_curve(batch_accuracy, kBatchAccuracy, tr("batch"), train);
  add_curve(add_plot(tr("Learning rate"), tr("learning rate"), 0, 2), kLearningRate,
            tr("learning rate"), rate);
  Plot& epoch_loss = add_plot(tr("Epoch loss"), tr("loss"), 1, 0);
  add_curve(epoch_loss, kTrainLoss, tr("training"), train);
  add_curve(epoch_loss, kValLoss, tr("validation"), validation);
  Plot& epoch_accuracy = add_plot(tr("Epoch accuracy"), tr("accuracy"), 1, 1);
  epoch_accuracy.fixed_unit_range = true;
  add_curve(epoch_accuracy, kTrainAccuracy, tr("training"), train);
  add_curve(epoch_accuracy, kValAccuracy, tr("validation"), validation);
  for (auto& plot : plots_) {
    plot.chart->legend()->setVisible(plot.curves.size() > 1);
    plot.chart->legend()->setAlignment(Qt::AlignBottom);
    redraw(plot);
  }
}

ChartPanel::Plot& ChartPanel::add_plot(const QString& title, const QString& y_title, int row,
                                       int column) {
  Plot plot;
  plot.chart = new QChart;
  plot.chart->setTitle(title);
  plot.chart->setAnimationOptions(QChart::NoAnimation);
  plot.chart->setMargins(QMargins(4, 4, 4, 4));
  plot.chart->layout()->setContentsMargins(0, 0, 0, 0);
  plot.chart->setBackgroundRoundness(0);
  plot.x_axis = new QValueAxis;
  plot.x_axis->setTitleText(tr("epoch"));
  plot.y_axis = new QValueAxis;
  plot.y_axis->setTitleText(y_title);
  plot.chart->addAxis(plot.x_axis, Qt::AlignBottom);
  plot.chart->addAxis(plot.y_axis, Qt::AlignLeft);
  plot.view = new QChartView(plot.chart, this);
  plot.view->setRenderHint(QPainter::Antialiasing, true);
  plot.view->setMinimumSize(220, 160);
  grid_->addWidget(plot.view, row, column);
  plots_.push_back(plot);
  return plots_.back();
}

void ChartPanel::add_curve(Plot& plot, const QString& key, const QString& label,
                           const QColor& color) {
  auto* series = new QLineSeries;
  series->setName(label);
  QPen pen(color);
  pen.setWidthF(1.2);
  series->setPen(pen);
  plot.chart->addSeries(series);
  series->attachAxis(plot.x_axis);
  series->attachAxis(plot.y_axis);
  // Epoch curves have few points (one, after the first epoch): mark them so they show.
  series->setPointsVisible(key != kBatchLoss && key != kBatchAccuracy && key != kLearningRate);
  series->setMarkerSize(6.0);
  plot.curves.push_back({key, series});
}

void ChartPanel::name_evaluated_split(metrics::EvaluatedSplit split) {
  const QString name = split == metrics::EvaluatedSplit::Validation ? tr("validation") : tr("test");
  for (auto& plot : plots_)
    for (auto& curve : plot.curves)
      if ((curve.key == kValLoss || curve.key == kValAccuracy) && curve.series->name() != name)
        curve.series->setName(name);
}

void ChartPanel::set_corner_widget(QWidget* widget) { grid_->addWidget(widget, 1, 2); }

void ChartPanel::clear() {
  store_.clear();
  for (auto& plot : plots_) redraw(plot);
}

void ChartPanel::add(const MetricsChunk& chunk) {
  for (const auto& b : chunk.batches) {
    const double per_epoch = std::max<int64_t>(1, b.batches_per_epoch);
    const double x = static_cast<double>(b.epoch) + static_cast<double>(b.batch + 1) / per_epoch;
    store_.append(batch_table_, x, {b.loss, b.accuracy, b.learning_rate});
  }
  for (const auto& e : chunk.epochs) {
    name_evaluated_split(e.split);
    const double x = static_cast<double>(e.epoch + 1);
    store_.append(epoch_table_, x,
                  {e.train_loss, e.validation.loss, e.train_accuracy, e.validation.accuracy});
  }
  if (!chunk.batches.empty()) {
    mark_dirty(kBatchLoss);
    mark_dirty(kBatchAccuracy);
    mark_dirty(kLearningRate);
  }
  if (!chunk.epochs.empty()) {
    mark_dirty(kTrainLoss);
    mark_dirty(kTrainAccuracy);
  }
}

void ChartPanel::mark_dirty(const QString& key) {
  for (auto& plot : plots_)
    for (const auto& curve : plot.curves)
      if (curve.key == key) plot.dirty = true;
}

void ChartPanel::refresh() {
  QElapsedTimer cost;
  cost.start();
  for (auto& plot : plots_)
    if (plot.dirty) redraw(plot);
  refresh_cost_ms_ = cost.nsecsElapsed() / 1e6;
  since_refresh_.start();
}

bool ChartPanel::refresh_if_due() {
  if (since_refresh_.isValid() && since_refresh_.elapsed() < 3.0 * refresh_cost_ms_) return false;
  refresh();
  return true;
}

void ChartPanel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  // The decimation depends on the width in pixels.
  for (auto& plot : plots_) plot.dirty = true;
}

void ChartPanel::redraw(Plot& plot) {
  plot.dirty = false;
  double x_max = 0.0;
  for (const auto& curve : plot.curves) {
    const RawSeries raw = store_.series(curve.key);
    if (raw.size() > 0) x_max = std::max(x_max, static_cast<double>(raw.x.back()));
  }
  x_max = x_max > 0.0 ? x_max : 1.0;
  const int columns = std::max(kMinimumColumns, static_cast<int>(plot.chart->plotArea().width()));

  double y_min = std::numeric_limits<double>::infinity();
  double y_max = -std::numeric_limits<double>::infinity();
  for (const auto& curve : plot.curves) {
    const QList<QPointF> points = store_.decimate(curve.key, 0.0, x_max, columns);
    for (const auto& p : points) {
      if (!std::isfinite(p.y())) continue;
      y_min = std::min(y_min, p.y());
      y_max = std::max(y_max, p.y());
    }
    curve.series->replace(points);
  }
  // Ticks at whole epochs and round values, labelled with the digits that tell them apart;
  // padded so that points on the edges show whole.
  fit_value_axis(plot.x_axis, 0.0, x_max, AxisNumbers::Whole);
  if (plot.fixed_unit_range || !(y_min <= y_max))
    fit_value_axis(plot.y_axis, 0.0, 1.0, AxisNumbers::Real);
  else
    fit_value_axis(plot.y_axis, y_min, y_max, AxisNumbers::Real);
}

int ChartPanel::drawn_points(const QString& key) const {
  for (const auto& plot : plots_)
    for (const auto& curve : plot.curves)
      if (curve.key == key) return static_cast<int>(curve.series->count());
  return 0;
}

}  // namespace allcnn::ui
