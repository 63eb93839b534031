#include "layers_view.h"

#include <algorithm>

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "background_task.h"
#include "chart_style.h"
#include "task_bar.h"

namespace allcnn::ui::inspect {

namespace {

enum Column { kLayer, kDead, kWeightNorm, kGradNorm, kColumns };

QChartView* make_chart_view(QWidget* parent) {
  auto* chart = new QChart;
  chart->setMargins(QMargins(4, 4, 4, 4));
  chart->legend()->hide();
  auto* view = new QChartView(chart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumSize(220, 200);
  return view;
}

void clear_chart(QChart* chart) {
  chart->removeAllSeries();
  for (auto* axis : chart->axes()) {
    chart->removeAxis(axis);
    delete axis;
  }
}

// The bins as steps: each bin a flat top from its low to its high edge, down to 0 at both ends.
void draw_bins(QChart* chart, const QVector<HistogramBin>& bins, const QColor& color) {
  clear_chart(chart);
  if (bins.isEmpty()) return;
  auto* upper = new QLineSeries;
  QList<QPointF> points;
  points.reserve(2 * bins.size() + 2);
  points << QPointF(bins.front().low, 0);
  qint64 most = 1;
  for (const auto& bin : bins) {
    points << QPointF(bin.low, static_cast<double>(bin.count))
           << QPointF(bin.high, static_cast<double>(bin.count));
    most = std::max(most, bin.count);
  }
  points << QPointF(bins.back().high, 0);
  upper->replace(points);
  auto* area = new QAreaSeries(upper);
  area->setPen(QPen(color, 1.5));
  QColor fill = color;
  fill.setAlphaF(0.45);
  area->setBrush(fill);
  chart->addSeries(area);
  auto* x = new QValueAxis;
  fit_value_axis(x, bins.front().low, bins.back().high, AxisNumbers::Real, 0.0);
  auto* y = new QValueAxis;
  fit_value_axis(y, 0, static_cast<double>(most), AxisNumbers::Whole);
  y->setTitleText(LayersView::tr("count"));
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  area->attachAxis(x);
  area->attachAxis(y);
}

}  // namespace

LayersView::LayersView(QWidget* parent) : QWidget(parent), task_(new BackgroundTask(this)) {
  auto* layout = new QVBoxLayout(this);
  caption_ = new QLabel(tr("Open a run to see how its layers train."), this);
  caption_->setWordWrap(true);
  layout->addWidget(caption_);
  auto* bar = new TaskBar(task_, this);
  bar->set_text(tr("Reading the training diagnostics\u2026"));
  layout->addWidget(bar);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  table_ = new QTableWidget(0, kColumns, splitter);
  table_->setObjectName(QStringLiteral("layer_table"));
  table_->setHorizontalHeaderLabels(
      {tr("Layer"), tr("Dead ReLUs"), tr("Weight norm"), tr("Gradient norm")});
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);

  auto* right = new QWidget(splitter);
  auto* column = new QVBoxLayout(right);
  column->setContentsMargins(0, 0, 0, 0);
  auto* choices = new QHBoxLayout;
  auto* layer_label = new QLabel(tr("Histograms of"), right);
  layer_ = new QComboBox(right);
  layer_->setObjectName(QStringLiteral("histogram_layer"));
  layer_label->setBuddy(layer_);
  auto* epoch_label = new QLabel(tr("at the end of"), right);
  epoch_ = new QComboBox(right);
  epoch_->setObjectName(QStringLiteral("histogram_epoch"));
  epoch_label->setBuddy(epoch_);
  choices->addWidget(layer_label);
  choices->addWidget(layer_);
  choices->addWidget(epoch_label);
  choices->addWidget(epoch_);
  choices->addStretch(1);
  column->addLayout(choices);
  auto* charts = new QHBoxLayout;
  weight_view_ = make_chart_view(right);
  gradient_view_ = make_chart_view(right);
  charts->addWidget(weight_view_);
  charts->addWidget(gradient_view_);
  column->addLayout(charts, 1);
  splitter->setStretchFactor(0, 0);
  splitter->setStretchFactor(1, 1);
  layout->addWidget(splitter, 1);

  connect(layer_, &QComboBox::currentIndexChanged, this, [this] { draw_histograms(); });
  connect(epoch_, &QComboBox::currentIndexChanged, this, [this] { draw_histograms(); });
  connect(table_, &QTableWidget::cellClicked, this, [this](int row, int) {
    const int index = layer_->findText(table_->item(row, kLayer)->text());
    if (index >= 0) layer_->setCurrentIndex(index);
  });
  fit_table_width();
  draw_histograms();
}

LayersView::~LayersView() = default;

bool LayersView::busy() const { return task_->busy(); }
QChart* LayersView::weight_chart() const { return weight_view_->chart(); }
QChart* LayersView::gradient_chart() const { return gradient_view_->chart(); }
QString LayersView::caption() const { return caption_->text(); }
QString LayersView::chosen_layer() const { return layer_->currentText(); }
qint64 LayersView::chosen_epoch() const {
  return epoch_->currentIndex() < 0 ? -1 : epoch_->currentData().toLongLong();
}

void LayersView::load(const QString& run_dir) {
  run_dir_ = run_dir;
  // A live run's folder is read again after every window: each read is on the worker, and
  // starting one drops what an earlier one (of this run or another) would have shown.
  task_->start([run_dir](TaskControl&) { return read_layer_diagnostics(run_dir); },
               [this](const LayerDiagnostics& diagnostics) {
                 if (diagnostics.run_dir != run_dir_) return;  // the view moved on
                 show_diagnostics(diagnostics);
               },
               /*cancellable=*/false);
}

void LayersView::follow(const QString& run_dir) {
  if (task_->busy()) return;
  if (run_dir_.isEmpty() || run_dir_ == run_dir) load(run_dir);
}

void LayersView::choose(const QString& layer, qint64 epoch) {
  const QSignalBlocker block_layer(layer_), block_epoch(epoch_);
  const int layer_index = layer_->findText(layer);
  if (layer_index >= 0) layer_->setCurrentIndex(layer_index);
  const int epoch_index = epoch_->findData(epoch);
  if (epoch_index >= 0) epoch_->setCurrentIndex(epoch_index);
  draw_histograms();
}

void LayersView::show_diagnostics(const LayerDiagnostics& diagnostics) {
  shown_ = diagnostics;
  const QString run = QFileInfo(shown_.run_dir).fileName();
  if (!shown_.error.isEmpty()) {
    caption_->setText(tr("Cannot read the training diagnostics: %1").arg(shown_.error));
  } else if (shown_.latest.isEmpty()) {
    caption_->setText(tr("%1 recorded no training diagnostics (its diagnostics_every is 0, or "
                         "it has not trained a whole window yet).")
                          .arg(run));
  } else {
    const auto dying = std::count_if(shown_.latest.begin(), shown_.latest.end(),
                                     [](const LayerWindow& w) { return w.mostly_dead; });
    QString text = tr("%1: the window ending at batch %2 (epoch %3), the latest of %4.")
                       .arg(run)
                       .arg(shown_.latest_step + 1)
                       .arg(shown_.latest_epoch + 1)
                       .arg(shown_.windows);
    if (dying > 0)
      text += QLatin1Char(' ') + tr("%1 of %2 layers are more than 90% dead (marked).")
                                     .arg(dying)
                                     .arg(shown_.latest.size());
    caption_->setText(text);
  }
  fill_table();
  fill_choices();
  draw_histograms();
  Q_EMIT shown_changed();
}

void LayersView::fill_table() {
  table_->setRowCount(static_cast<int>(shown_.latest.size()));
  const QColor dying_background(255, 205, 210), dying_text(140, 0, 20);
  for (int r = 0; r < shown_.latest.size(); ++r) {
    const auto& row = shown_.latest[r];
    const QString dead = QStringLiteral("%1 %").arg(100.0 * row.dead_fraction, 0, 'f', 1);
    const QString cells[kColumns] = {row.layer, dead, QString::number(row.weight_norm, 'g', 5),
                                     QString::number(row.grad_norm, 'g', 5)};
    const double values[kColumns] = {0, row.dead_fraction, row.weight_norm, row.grad_norm};
    for (int c = 0; c < kColumns; ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (c != kLayer) {
        item->setData(Qt::UserRole, values[c]);  // the recorded value, unrounded
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      }
      if (row.mostly_dead) {
        item->setBackground(dying_background);
        item->setForeground(dying_text);
        item->setToolTip(
            tr("More than 90% of this layer's ReLUs were 0 for every image of the "
               "window: it is dying."));
      }
      table_->setItem(r, c, item);
    }
  }
  fit_table_width();
}

// As wide as its columns need (German titles are long): no number hides behind a scroll bar.
void LayersView::fit_table_width() {
  table_->resizeColumnsToContents();
  int width = 2 * table_->frameWidth() + table_->verticalScrollBar()->sizeHint().width();
  for (int c = 0; c < kColumns; ++c) width += table_->horizontalHeader()->sectionSize(c);
  table_->setMinimumWidth(width);
}

void LayersView::fill_choices() {
  const QString layer = layer_->currentText();
  const qint64 epoch = chosen_epoch();
  // Following a live run: a view at its latest epoch moves on to the next one.
  const bool at_latest =
      epoch_->currentIndex() < 0 || epoch_->currentIndex() == epoch_->count() - 1;
  const QSignalBlocker block_layer(layer_), block_epoch(epoch_);
  layer_->clear();
  layer_->addItems(shown_.layers);
  layer_->setCurrentIndex(std::max(0, static_cast<int>(layer_->findText(layer))));
  epoch_->clear();
  for (const qint64 e : shown_.epochs) epoch_->addItem(tr("epoch %1").arg(e + 1), e);
  const int kept = epoch_->findData(epoch);
  epoch_->setCurrentIndex(at_latest || kept < 0 ? epoch_->count() - 1 : kept);
}

void LayersView::draw_histograms() {
  const QString layer = chosen_layer();
  const qint64 epoch = chosen_epoch();
  const LayerHistograms* shown = epoch < 0 ? nullptr : shown_.find(epoch, layer);
  if (!shown) {
    for (auto* view : {weight_view_, gradient_view_}) clear_chart(view->chart());
    const bool run_shown = !shown_.run_dir.isEmpty();  // before a run is opened: no titles
    weight_view_->chart()->setTitle(run_shown ? tr("Weights (no histograms recorded)") : QString());
    gradient_view_->chart()->setTitle(run_shown ? tr("Gradients (no histograms recorded)")
                                                : QString());
    return;
  }
  weight_view_->chart()->setTitle(tr("Weights of %1").arg(layer));
  gradient_view_->chart()->setTitle(
      shown->gradient.isEmpty() ? tr("Gradients of %1: none recorded").arg(layer)
                                : tr("Gradients of %1 (the epoch's last batch)").arg(layer));
  draw_bins(weight_view_->chart(), shown->weight, series_color(1));
  draw_bins(gradient_view_->chart(), shown->gradient, series_color(2));
}

}  // namespace allcnn::ui::inspect
