#include "lsuv_page.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "background_task.h"
#include "chart_style.h"
#include "flow_layout.h"
#include "log_axis.h"
#include "task_bar.h"

namespace allcnn::ui {

namespace {

// A chart view with its legend below it (every layer listed, however many), in a frame the
// page lays out: view->parentWidget().
QChartView* make_view(const QString& title) {
  auto* chart = new QChart;
  chart->setTitle(title);
  chart->setMargins(QMargins(4, 4, 4, 4));
  auto* frame = new QWidget;
  auto* column = new QVBoxLayout(frame);
  column->setContentsMargins(0, 0, 0, 0);
  column->setSpacing(0);
  auto* view = new QChartView(chart, frame);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumHeight(220);
  column->addWidget(view, 1);
  column->addWidget(new ChartLegend(frame));
  return view;
}

void show_legend(QChartView* view) {
  view->parentWidget()->findChild<ChartLegend*>()->show_series(view->chart());
}

void reset(QChart* chart) {
  chart->removeAllSeries();
  for (auto* axis : chart->axes()) {
    chart->removeAxis(axis);
    delete axis;
  }
}

}  // namespace

LsuvPage::LsuvPage(QWidget* parent) : QWidget(parent), task_(new BackgroundTask(this)) {
  auto* layout = new QVBoxLayout(this);
  build_form();
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  trace_view_ = make_view(tr("LSUV: output variance of each layer per iteration"));
  variance_view_ = make_view(tr("Initializers: output variance over depth (log10)"));
  dead_view_ = make_view(tr("Initializers: dead ReLU fraction over depth"));
  drift_view_ = make_view(tr("Drift: activation variance over epochs"));
  training_dead_view_ = make_view(tr("Training: dead ReLU share of each layer"));
  gradient_view_ = make_view(tr("Training: gradient norm of each layer"));
  table_ = new QTableWidget(0, 7, this);
  table_->setHorizontalHeaderLabels({tr("Layer"), tr("Iterations"), tr("Variance before"),
                                     tr("Variance after"), tr("Total scale"), tr("Time (ms)"),
                                     tr("Result")});
  // Columns as wide as their titles (German ones are long); the table scrolls sideways.
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);

  // Five charts and a table do not fit a laptop's height at a readable size: they scroll.
  auto* charts = new QWidget(this);
  auto* grid = new QGridLayout(charts);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->addWidget(trace_view_->parentWidget(), 0, 0);
  grid->addWidget(table_, 0, 1);
  grid->addWidget(variance_view_->parentWidget(), 1, 0);
  grid->addWidget(dead_view_->parentWidget(), 1, 1);
  grid->addWidget(drift_view_->parentWidget(), 2, 0, 1, 2);
  grid->addWidget(training_dead_view_->parentWidget(), 3, 0);
  grid->addWidget(gradient_view_->parentWidget(), 3, 1);
  layout->addWidget(findChild<QWidget*>(QStringLiteral("lsuv_form")));
  layout->addWidget(message_);
  layout->addWidget(new TaskBar(task_, this));
  auto* scroll = new QScrollArea(this);
  scroll->setObjectName(QStringLiteral("lsuv_charts"));
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(charts);
  layout->addWidget(scroll, 1);
}

// The task (a child) cancels and waits for a measurement still running.
LsuvPage::~LsuvPage() = default;

void LsuvPage::build_form() {
  auto* form = new QWidget(this);
  form->setObjectName(QStringLiteral("lsuv_form"));
  // The settings wrap onto more lines where the window is narrow (and German is long).
  auto* row = new FlowLayout(form);
  row->setContentsMargins(0, 0, 0, 0);

  run_dir_ = new QLineEdit(form);
  run_dir_->setPlaceholderText(tr("run folder"));
  auto* browse = new QPushButton(tr("Open run..."), form);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Open a run folder"), run_dir_->text());
    if (!dir.isEmpty()) load_run(dir);
  });
  connect(run_dir_, &QLineEdit::returnPressed, this, [this] { load_run(run_dir_->text()); });

  arch_ = new QComboBox(form);
  arch_->addItems({QStringLiteral("all-cnn-c"), QStringLiteral("model-c"),
                   QStringLiteral("strided-cnn-c"), QStringLiteral("convpool-cnn-c")});
  width_ = new QDoubleSpinBox(form);
  width_->setRange(0.05, 4.0);
  width_->setSingleStep(0.25);
  width_->setValue(1.0);
  width_->setPrefix(tr("width "));
  batch_norm_ = new QCheckBox(tr("batch norm"), form);
  batch_size_ = new QSpinBox(form);
  batch_size_->setRange(2, 4096);
  batch_size_->setValue(128);
  batch_size_->setPrefix(tr("batch "));
  tolerance_ = new QDoubleSpinBox(form);
  tolerance_->setDecimals(4);
  tolerance_->setRange(0.0001, 1.0);
  tolerance_->setSingleStep(0.01);
  tolerance_->setValue(0.1);
  tolerance_->setPrefix(tr("tolerance "));
  max_iterations_ = new QSpinBox(form);
  max_iterations_->setRange(1, 100);
  max_iterations_->setValue(10);
  max_iterations_->setPrefix(tr("max iterations "));
  layers_ = new QLineEdit(form);
  layers_->setPlaceholderText(tr("layers, e.g. conv1,conv2 (all)"));
  run_button_ = new QPushButton(tr("Run LSUV on a fresh model"), form);
  run_button_->setToolTip(
      tr("On a batch drawn as the training page's settings would draw it: "
         "its dataset, data folder, preprocessing and seed."));
  connect(run_button_, &QPushButton::clicked, this, &LsuvPage::run_fresh);
  connect(task_, &BackgroundTask::started, this, [this] { run_button_->setEnabled(false); });
  connect(task_, &BackgroundTask::finished, this, [this] { run_button_->setEnabled(true); });

  run_dir_->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
  row->addWidget(run_dir_, 1);
  row->addWidget(browse);
  for (QWidget* w :
       std::initializer_list<QWidget*>{arch_, width_, batch_norm_, batch_size_, tolerance_,
                                       max_iterations_, layers_, run_button_})
    row->addWidget(w);
}

void LsuvPage::load_run(const QString& run_dir) {
  run_dir_->setText(run_dir);
  message_->setText(tr("Reading %1...").arg(run_dir));
  // A long run's folder holds hundreds of thousands of rows: read it on the worker.
  task_->start([run_dir](TaskControl&) { return inspect_run(run_dir); },
               [this](const LsuvInspection& inspection) {
                 show_inspection(inspection);
                 Q_EMIT finished();
               },
               /*cancellable=*/false);
}

void LsuvPage::refresh_run(const QString& run_dir) {
  if (task_->busy()) return;  // the next window comes soon
  if (inspection_.source == run_dir || inspection_.inits.isEmpty()) load_run(run_dir);
}

void LsuvPage::set_data_source(std::function<train::RunConfig()> source) {
  data_source_ = std::move(source);
}

void LsuvPage::run_fresh() {
  if (task_->busy()) return;
  LsuvRequest request;
  if (data_source_) request.data = data_source_();
  request.arch = arch_->currentText();
  request.width = width_->value();
  request.batch_norm = batch_norm_->isChecked();
  request.batch_size = batch_size_->value();
  request.tolerance = tolerance_->value();
  request.max_iterations = max_iterations_->value();
  for (const auto& layer : layers_->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
    request.layers << layer.trimmed();
  message_->setText(tr("Running LSUV and the other initializers on a batch of real data..."));
  task_->start([request](TaskControl& control) { return inspect_fresh(request, control); },
               [this](const LsuvInspection& inspection) {
                 show_inspection(inspection);
                 Q_EMIT finished();
               });
}

void LsuvPage::show_inspection(const LsuvInspection& inspection) {
  inspection_ = inspection;
  if (!inspection.error.isEmpty()) {
    message_->setText(QStringLiteral("<b>%1</b> %2")
                          .arg(tr("Cannot inspect:"), inspection.error.toHtmlEscaped()));
  } else {
    QStringList skipped;
    for (const auto& row : inspection.trace)
      if (row.skipped) skipped << QStringLiteral("%1 (%2)").arg(row.layer, row.skip_reason);
    message_->setText(
        inspection.source +
        (skipped.isEmpty()
             ? QString()
             : QStringLiteral(" - ") + tr("skipped: %1").arg(skipped.join(QStringLiteral(", ")))));
  }
  draw_trace();
  draw_inits();
  draw_drift();
  draw_training();
  // One entry per layer or initializer (and one for the two tolerance lines).
  for (auto* view :
       {trace_view_, variance_view_, dead_view_, drift_view_, training_dead_view_, gradient_view_})
    show_legend(view);
  fill_table();
}

void LsuvPage::draw_trace() {
  QChart* chart = trace_view_->chart();
  reset(chart);
  double low = 1.0 - inspection_.tolerance, high = 1.0 + inspection_.tolerance;
  int iterations = 1;
  for (const auto& row : inspection_.trace) {
    if (row.variances.isEmpty()) continue;
    auto* series = new QLineSeries;
    series->setName(row.layer);
    QList<QPointF> points;
    for (int i = 0; i < row.variances.size(); ++i) {
      points << QPointF(i, row.variances[i]);
      low = std::min(low, row.variances[i]);
      high = std::max(high, row.variances[i]);
    }
    iterations = std::max(iterations, static_cast<int>(row.variances.size()));
    series->replace(points);
    series->setPointsVisible(true);
    series->setPen(QPen(series_color(static_cast<int>(chart->series().size())), 2));
    chart->addSeries(series);
  }
  // The target and the tolerance band.
  const double tolerance = inspection_.tolerance;
  for (double level : {1.0 - tolerance, 1.0, 1.0 + tolerance}) {
    auto* line = new QLineSeries;
    line->setName(level == 1.0 ? tr("target 1") : tr("tolerance"));
    line->append(0, level);
    line->append(std::max(1, iterations - 1), level);
    QPen pen(level == 1.0 ? Qt::black : Qt::gray);
    pen.setStyle(level == 1.0 ? Qt::SolidLine : Qt::DashLine);
    line->setPen(pen);
    chart->addSeries(line);
  }
  auto* x = new QValueAxis;
  x->setTitleText(tr("iteration"));
  fit_value_axis(x, 0, iterations - 1, AxisNumbers::Whole);
  auto* y = new_log_axis(tr("variance"));
  // Variances span many decades (Gaussian(0.01) shrinks the signal by orders of magnitude per
  // layer); a log axis bounded by the data keeps every line visible.
  fit_log_axis(y, low, high);
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  for (auto* series : chart->series()) {
    series->attachAxis(x);
    series->attachAxis(y);
  }
}

void LsuvPage::draw_inits() {
  for (auto* view : {variance_view_, dead_view_}) reset(view->chart());
  if (inspection_.inits.isEmpty()) return;
  const QStringList layers = inspection_.inits.front().layers;
  // Variances span tens of decades (Gaussian(0.01) loses two per layer): plot their log10 on
  // a linear axis, which stays readable where a log axis would need a label per decade.
  double low = 0.0, high = 0.0;
  int index = 0;
  for (const auto& column : inspection_.inits) {
    auto* variance = new QLineSeries;
    auto* dead = new QLineSeries;
    variance->setName(column.init);
    dead->setName(column.init);
    for (int i = 0; i < column.variance.size(); ++i) {
      const double log_variance = std::log10(std::max(column.variance[i], 1e-300));
      variance->append(i + 1, log_variance);
      dead->append(i + 1, column.dead_fraction[i]);
      low = std::min(low, log_variance);
      high = std::max(high, log_variance);
    }
    const QColor color = series_color(index++);
    for (auto* series : {variance, dead}) {
      QPen pen(color);
      pen.setWidth(2);
      series->setPen(pen);
      series->setPointsVisible(true);
    }
    variance_view_->chart()->addSeries(variance);
    dead_view_->chart()->addSeries(dead);
  }
  for (auto* view : {variance_view_, dead_view_}) {
    auto* x = new QValueAxis;
    fit_value_axis(x, 1, static_cast<double>(layers.size()), AxisNumbers::Whole);
    x->setTitleText(tr("convolution (1 = %1, %2 = %3)")
                        .arg(layers.value(0))
                        .arg(layers.size())
                        .arg(layers.value(layers.size() - 1)));
    auto* y = new QValueAxis;
    if (view == variance_view_) {
      fit_value_axis(y, low, high, AxisNumbers::Whole);
      y->setTitleText(tr("log10 variance (0: unit)"));
    } else {
      fit_value_axis(y, 0, 1, AxisNumbers::Real);
      y->setTitleText(tr("dead fraction"));
    }
    view->chart()->addAxis(x, Qt::AlignBottom);
    view->chart()->addAxis(y, Qt::AlignLeft);
    for (auto* series : view->chart()->series()) {
      series->attachAxis(x);
      series->attachAxis(y);
    }
  }
}

void LsuvPage::draw_drift() {
  QChart* chart = drift_view_->chart();
  reset(chart);
  if (inspection_.drift.isEmpty()) {
    chart->setTitle(tr("Drift: activation variance over epochs (open a run folder)"));
    return;
  }
  chart->setTitle(tr("Drift: activation variance over epochs (-1: after initialization)"));
  double low = 1.0, high = 1.0, last = 0;
  for (const auto& series_data : inspection_.drift) {
    auto* series = new QLineSeries;
    series->setName(series_data.layer);
    for (int i = 0; i < series_data.epochs.size(); ++i) {
      series->append(series_data.epochs[i], std::max(series_data.variance[i], 1e-30));
      low = std::min(low, std::max(series_data.variance[i], 1e-30));
      high = std::max(high, series_data.variance[i]);
      last = std::max(last, series_data.epochs[i]);
    }
    series->setPointsVisible(true);
    series->setPen(QPen(series_color(static_cast<int>(chart->series().size())), 2));
    chart->addSeries(series);
  }
  auto* x = new QValueAxis;
  fit_value_axis(x, -1, std::max(0.0, last), AxisNumbers::Whole);
  x->setTitleText(tr("epoch"));
  auto* y = new_log_axis(tr("variance"));
  fit_log_axis(y, low, high);
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  for (auto* series : chart->series()) {
    series->attachAxis(x);
    series->attachAxis(y);
  }
}

void LsuvPage::draw_training() {
  for (auto* view : {training_dead_view_, gradient_view_}) reset(view->chart());
  const bool empty = inspection_.dead_training.isEmpty();
  training_dead_view_->chart()->setTitle(
      empty ? tr("Training: dead ReLU share of each layer (open a run folder)")
            : tr("Training: share of each layer's ReLUs that were 0 for every image of a window"));
  gradient_view_->chart()->setTitle(empty
                                        ? tr("Training: gradient norm of each layer")
                                        : tr("Training: gradient norm of each layer, per window"));
  if (empty) return;
  double last = 1, low = 1, high = 1;
  bool first = true;
  for (const auto& data : inspection_.gradient_norms)
    for (int i = 0; i < data.values.size(); ++i) {
      const double value = std::max(data.values[i], 1e-30);
      low = first ? value : std::min(low, value);
      high = first ? value : std::max(high, value);
      first = false;
    }
  for (auto* view : {training_dead_view_, gradient_view_}) {
    const bool dead = view == training_dead_view_;
    QChart* chart = view->chart();
    for (const auto& data : dead ? inspection_.dead_training : inspection_.gradient_norms) {
      auto* series = new QLineSeries;
      series->setName(data.layer);
      QList<QPointF> points;
      for (int i = 0; i < data.steps.size(); ++i) {
        points << QPointF(data.steps[i], dead ? data.values[i] : std::max(data.values[i], 1e-30));
        last = std::max(last, data.steps[i]);
      }
      series->replace(points);
      series->setPointsVisible(points.size() < 50);
      series->setPen(QPen(series_color(static_cast<int>(chart->series().size())), 2));
      chart->addSeries(series);
    }
  }
  for (auto* view : {training_dead_view_, gradient_view_}) {
    auto* x = new QValueAxis;
    fit_value_axis(x, 0, last, AxisNumbers::Whole);
    x->setTitleText(tr("batches trained"));
    QAbstractAxis* y = nullptr;
    if (view == training_dead_view_) {
      auto* share = new QValueAxis;
      fit_value_axis(share, 0, 1, AxisNumbers::Real);
      share->setTitleText(tr("dead fraction"));
      y = share;
    } else {
      auto* norm = new_log_axis(tr("gradient norm"));
      fit_log_axis(norm, low, high);
      y = norm;
    }
    view->chart()->addAxis(x, Qt::AlignBottom);
    view->chart()->addAxis(y, Qt::AlignLeft);
    for (auto* series : view->chart()->series()) {
      series->attachAxis(x);
      series->attachAxis(y);
    }
  }
}

void LsuvPage::fill_table() {
  table_->setRowCount(static_cast<int>(inspection_.trace.size()));
  for (int r = 0; r < inspection_.trace.size(); ++r) {
    const auto& row = inspection_.trace[r];
    double total_scale = 1.0;
    for (double s : row.scales) total_scale *= s;
    const QString result = row.skipped ? tr("skipped: %1").arg(row.skip_reason)
                                       : (row.converged ? tr("converged") : tr("not converged"));
    const QStringList cells{row.layer,
                            QString::number(row.variances.size()),
                            QString::number(row.variance_before, 'g', 5),
                            QString::number(row.variance_after, 'g', 5),
                            QString::number(total_scale, 'g', 5),
                            QString::number(row.elapsed_ms, 'f', 1),
                            result};
    for (int c = 0; c < cells.size(); ++c) table_->setItem(r, c, new QTableWidgetItem(cells[c]));
  }
}

}  // namespace allcnn::ui
