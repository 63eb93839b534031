#include "compare_view.h"

#include <algorithm>
#include <limits>

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "background_task.h"
#include "chart_style.h"
#include "compare_math.h"
#include "config/settings_table.h"
#include "duration_text.h"
#include "flow_layout.h"
#include "remembered_splitter.h"
#include "setting_text.h"

namespace allcnn::ui::compare {

CompareView::CompareView(QWidget* parent)
    : QWidget(parent),
      metric_(new QComboBox(this)),
      small_multiples_(new QCheckBox(tr("All metrics"), this)),
      x_axis_(new QComboBox(this)),
      smoothing_(new QSlider(Qt::Horizontal, this)),
      smoothing_value_(new QLabel(this)),
      log_y_(new QCheckBox(tr("Log y"), this)),
      markers_(new QCheckBox(tr("Best epoch"), this)),
      merge_seeds_(new QCheckBox(tr("Seeds as one"), this)),
      band_(new QComboBox(this)),
      baseline_(new QComboBox(this)),
      color_by_(new QComboBox(this)),
      plot_panel_(new QWidget(this)),
      legend_(new QLabel(plot_panel_)),
      grid_(new QGridLayout),
      notice_(new QLabel(this)),
      settings_table_(new QTableWidget(this)),
      configurations_table_(new QTableWidget(this)),
      side_tabs_(new QTabWidget(this)),
      redraw_timer_(new QTimer(this)),
      redraw_task_(new BackgroundTask(this)) {
  for (int m = 0; m < kMetricCount; ++m) metric_->addItem(metric_title(static_cast<Metric>(m)), m);
  metric_->setCurrentIndex(static_cast<int>(Metric::ValAccuracy));
  small_multiples_->setToolTip(tr("One chart per metric, side by side, with a shared legend"));
  for (XAxis axis : {XAxis::Step, XAxis::Epoch, XAxis::WallTime})
    x_axis_->addItem(x_axis_title(axis), static_cast<int>(axis));
  x_axis_->setCurrentIndex(static_cast<int>(XAxis::Epoch));
  smoothing_->setRange(0, 99);
  smoothing_->setValue(0);
  smoothing_->setMaximumWidth(140);
  smoothing_->setToolTip(tr("Exponential moving average weight (debiased, as in TensorBoard)"));
  smoothing_value_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.99")) + 4);
  markers_->setChecked(true);
  markers_->setToolTip(
      tr("Mark each run's epoch of best accuracy on its evaluated split (validation or test)"));
  merge_seeds_->setObjectName(QStringLiteral("merge_seeds"));
  merge_seeds_->setToolTip(
      tr("Runs whose settings differ only by seed draw as one line: their mean, in a band"));
  band_->addItem(tr("min–max"), static_cast<int>(Band::MinMax));
  band_->addItem(tr("± 1 std"), static_cast<int>(Band::StdDev));
  band_->setToolTip(
      tr("The band around the mean of merged seeds: their lowest and highest "
         "value, or one standard deviation"));
  band_->setEnabled(false);
  baseline_->setToolTip(tr("Draw each run minus this run"));
  baseline_->addItem(tr("No baseline"), QString());
  color_by_->setObjectName(QStringLiteral("color_by"));
  color_by_->addItem(tr("automatic"), static_cast<int>(ColorBy::Automatic));
  color_by_->addItem(tr("by run"), static_cast<int>(ColorBy::Run));
  color_by_->addItem(tr("by group"), static_cast<int>(ColorBy::Group));
  color_by_->setToolTip(
      tr("By group: each group (a sweep or a study) one hue, as in the run table, its "
         "configurations shades of it, and runs of no group grey. Automatic colours by group "
         "when the runs shown are of two or more groups, and by run otherwise."));

  auto* png = new QPushButton(tr("PNG…"), this);
  auto* svg = new QPushButton(tr("SVG…"), this);
  auto* csv = new QPushButton(tr("CSV…"), this);
  png->setObjectName(QStringLiteral("export_png"));
  png->setToolTip(tr("Save the chart as a PNG image, at twice the screen's resolution or more"));
  // Print and slides want more pixels than the screen has: 2x unless asked otherwise.
  auto* scales = new QMenu(png);
  for (const int scale : {2, 1, 3, 4}) {
    QAction* action = scales->addAction(scale == 1 ? tr("Screen resolution")
                                                   : tr("%1x the screen resolution").arg(scale));
    connect(action, &QAction::triggered, this, [this, scale] { export_png(scale); });
  }
  png->setMenu(scales);
  svg->setToolTip(svg_supported() ? tr("Save the chart as an SVG drawing")
                                  : tr("This build has no SVG support"));
  svg->setEnabled(svg_supported());
  csv->setToolTip(tr("Save the selected runs' metrics as one long-form CSV"));

  // The controls wrap onto a second line where the window is narrow; a label stays with its
  // control, the export buttons stay together.
  auto* controls = new FlowLayout;
  const auto group = [this, controls](std::initializer_list<QWidget*> widgets) {
    auto* box = new QWidget(this);
    auto* line = new QHBoxLayout(box);
    line->setContentsMargins(0, 0, 0, 0);
    line->setSpacing(4);
    for (QWidget* widget : widgets) line->addWidget(widget);
    controls->addWidget(box);
  };
  group({new QLabel(tr("Metric:"), this), metric_, small_multiples_});
  group({new QLabel(tr("x:"), this), x_axis_});
  smoothing_->setMinimumWidth(100);
  group({new QLabel(tr("Smoothing:"), this), smoothing_, smoothing_value_});
  group({log_y_, markers_});
  group({merge_seeds_, band_});
  group({new QLabel(tr("Baseline:"), this), baseline_});
  group({new QLabel(tr("Colours:"), this), color_by_});
  group({png, svg, csv});

  legend_->setObjectName(QStringLiteral("legend"));
  legend_->setTextFormat(Qt::RichText);
  legend_->setWordWrap(true);
  plot_panel_->setObjectName(QStringLiteral("plot_panel"));
  auto* plot_layout = new QVBoxLayout(plot_panel_);
  plot_layout->setContentsMargins(0, 0, 0, 0);
  plot_layout->setSpacing(2);
  plot_layout->addWidget(legend_);
  plot_layout->addLayout(grid_, 1);
  plot_panel_->setAutoFillBackground(true);
  QPalette white = plot_panel_->palette();
  white.setColor(QPalette::Window, Qt::white);
  plot_panel_->setPalette(white);

  settings_table_->setObjectName(QStringLiteral("settings_table"));
  settings_table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  settings_table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  settings_table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  settings_table_->setToolTip(
      tr("Only the settings in which the compared runs differ (imported histories have none)"));

  configurations_table_->setObjectName(QStringLiteral("configurations_table"));
  configurations_table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  configurations_table_->verticalHeader()->hide();
  configurations_table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  configurations_table_->setTextElideMode(Qt::ElideMiddle);
  configurations_table_->setToolTip(
      tr("The selected runs by configuration (runs that differ only by seed together): mean ± "
         "sample standard deviation over the seeds"));
  side_tabs_->setObjectName(QStringLiteral("side_tabs"));
  side_tabs_->setDocumentMode(true);
  side_tabs_->addTab(settings_table_, tr("Settings"));
  side_tabs_->addTab(configurations_table_, tr("Configurations"));

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(plot_panel_);
  splitter->addWidget(side_tabs_);
  splitter->setStretchFactor(0, 4);
  splitter->setStretchFactor(1, 1);

  notice_->setWordWrap(true);
  notice_->setStyleSheet(QStringLiteral("color: #555;"));

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(controls);
  splitter->setObjectName(QStringLiteral("chart_settings_split"));
  remember_splitter(splitter, QStringLiteral("compare/chart_settings"));
  layout->addWidget(splitter, 1);
  layout->addWidget(notice_);

  // Coalesce bursts (a slider drag, several live runs re-read at once) into one redraw.
  redraw_timer_->setSingleShot(true);
  redraw_timer_->setInterval(40);
  connect(redraw_timer_, &QTimer::timeout, this, [this] { draw(/*in_background=*/true); });
  connect(metric_, &QComboBox::currentIndexChanged, this, &CompareView::schedule_redraw);
  connect(x_axis_, &QComboBox::currentIndexChanged, this, &CompareView::schedule_redraw);
  connect(baseline_, &QComboBox::currentIndexChanged, this, &CompareView::schedule_redraw);
  connect(small_multiples_, &QCheckBox::toggled, this, [this](bool on) {
    metric_->setEnabled(!on);
    schedule_redraw();
  });
  connect(log_y_, &QCheckBox::toggled, this, &CompareView::schedule_redraw);
  connect(markers_, &QCheckBox::toggled, this, &CompareView::schedule_redraw);
  connect(merge_seeds_, &QCheckBox::toggled, this, [this](bool on) {
    band_->setEnabled(on);
    side_tabs_->setCurrentWidget(on ? configurations_table_ : settings_table_);
    schedule_redraw();
  });
  connect(band_, &QComboBox::currentIndexChanged, this, &CompareView::schedule_redraw);
  connect(color_by_, &QComboBox::currentIndexChanged, this, [this] { set_group_hues(hues_); });
  connect(smoothing_, &QSlider::valueChanged, this, &CompareView::schedule_redraw);
  connect(svg, &QPushButton::clicked, this, &CompareView::export_svg);
  connect(csv, &QPushButton::clicked, this, &CompareView::export_csv);
  redraw();
}

namespace {

// Whether the baseline choices and the settings table would come out the same for `a` as for
// `b`: the same runs, names, settings and readability. A followed run's update changes none of
// these, and rebuilding both took the GUI thread several milliseconds at each one.
bool same_settings_view(const QList<RunData>& a, const QList<RunData>& b) {
  if (a.size() != b.size()) return false;
  for (int i = 0; i < a.size(); ++i)
    if (a[i].dir != b[i].dir || a[i].name != b[i].name || a[i].imported != b[i].imported ||
        a[i].readable() != b[i].readable() || a[i].settings != b[i].settings)
      return false;
  return true;
}

}  // namespace

void CompareView::set_runs(const QList<RunData>& runs) {
  const bool settings_changed = !same_settings_view(runs_, runs);
  runs_ = runs;
  if (settings_changed) {
    update_baseline_choices();
    update_settings_table();
  }
  update_configurations_table();  // its figures change as a live run goes on
  schedule_redraw();
}

void CompareView::set_metric(Metric metric) { metric_->setCurrentIndex(static_cast<int>(metric)); }
void CompareView::set_x_axis(XAxis axis) { x_axis_->setCurrentIndex(static_cast<int>(axis)); }
void CompareView::set_smoothing(double weight) {
  smoothing_->setValue(static_cast<int>(std::lround(weight * 100)));
}
void CompareView::set_log_y(bool on) { log_y_->setChecked(on); }
void CompareView::set_small_multiples(bool on) { small_multiples_->setChecked(on); }
void CompareView::set_merge_seeds(bool on, Band band) {
  merge_seeds_->setChecked(on);
  band_->setCurrentIndex(band_->findData(static_cast<int>(band)));
}
void CompareView::set_baseline(const QString& dir) {
  const int index = baseline_->findData(dir);
  baseline_->setCurrentIndex(index < 0 ? 0 : index);
}

void CompareView::set_color_by(ColorBy by) {
  color_by_->setCurrentIndex(color_by_->findData(static_cast<int>(by)));
}

ColorBy CompareView::color_by() const {
  return static_cast<ColorBy>(color_by_->currentData().toInt());
}

void CompareView::set_group_hues(const GroupHues& hues) {
  hues_ = hues;
  // The tables' colours too, not only the charts'.
  update_settings_table();
  update_configurations_table();
  schedule_redraw();
}

QList<QColor> CompareView::colors() const { return run_colors(runs_, color_by(), hues_); }

ChartOptions CompareView::options() const {
  ChartOptions o;
  o.metric = static_cast<Metric>(metric_->currentData().toInt());
  o.x_axis = static_cast<XAxis>(x_axis_->currentData().toInt());
  o.smoothing = smoothing_->value() / 100.0;
  o.log_y = log_y_->isChecked();
  o.best_markers = markers_->isChecked();
  o.baseline_dir = baseline_->currentData().toString();
  o.merge_seeds = merge_seeds_->isChecked();
  o.band = static_cast<Band>(band_->currentData().toInt());
  return o;
}

void CompareView::schedule_redraw() { redraw_timer_->start(); }

QString CompareView::notice() const { return notice_->text(); }

void CompareView::update_baseline_choices() {
  const QString current = baseline_->currentData().toString();
  const QSignalBlocker block(baseline_);
  baseline_->clear();
  baseline_->addItem(tr("No baseline"), QString());
  for (const RunData& run : runs_) baseline_->addItem(run.name, run.dir);
  const int index = baseline_->findData(current);
  baseline_->setCurrentIndex(index < 0 ? 0 : index);
}

void CompareView::update_settings_table() {
  QList<QMap<QString, QString>> settings;
  QList<const RunData*> readable;
  for (const RunData& run : runs_) {
    // An imported history has no settings of ours: every key would count as a difference.
    if (!run.readable() || run.imported) continue;
    settings.append(run.settings);
    readable.append(&run);
  }
  differing_keys_ = differing_settings(settings, run_identity_settings());
  settings_table_->clear();
  settings_table_->setColumnCount(static_cast<int>(readable.size()));
  settings_table_->setRowCount(static_cast<int>(differing_keys_.size()));
  QStringList names;
  for (const RunData* run : readable) names.append(run->name);
  settings_table_->setHorizontalHeaderLabels(names);
  // Each setting by its label (the key in the tooltip); provenance keys as they are.
  for (int r = 0; r < differing_keys_.size(); ++r) {
    const auto* row = config::find_setting(differing_keys_[r].toStdString());
    auto* header = new QTableWidgetItem(row ? setting_label(*row) : differing_keys_[r]);
    header->setToolTip(row ? setting_tooltip(*row) : differing_keys_[r]);
    settings_table_->setVerticalHeaderItem(r, header);
  }
  const QList<QColor> run_color = colors();
  for (int c = 0; c < readable.size(); ++c) {
    settings_table_->horizontalHeaderItem(c)->setForeground(
        run_color.value(static_cast<int>(readable[c] - runs_.constData())));
    for (int r = 0; r < differing_keys_.size(); ++r) {
      const auto& s = readable[c]->settings;
      auto* item = new QTableWidgetItem(s.contains(differing_keys_[r]) ? s.value(differing_keys_[r])
                                                                       : tr("—"));
      settings_table_->setItem(r, c, item);
    }
  }
}

void CompareView::update_configurations_table() {
  const QList<QList<int>> groups = configurations(runs_);
  const QStringList headers = {tr("Configuration"),         tr("Runs"),
                               tr("Best accuracy"),         tr("Epoch of best"),
                               tr("Test accuracy of best"), tr("Time")};
  configurations_table_->clear();
  configurations_table_->setColumnCount(static_cast<int>(headers.size()));
  configurations_table_->setHorizontalHeaderLabels(headers);
  // The name column is as wide as it needs up to 220 pixels, cut in the middle beyond (its
  // tooltip has it whole), so that the figures stay in view in a narrow pane.
  configurations_table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
  configurations_table_->setRowCount(static_cast<int>(groups.size()));
  const auto mean_sd_text = [](const MeanSd& m, int decimals, double scale, const QString& unit) {
    if (m.count == 0) return tr("—");
    QString text = QString::number(m.mean * scale, 'f', decimals) + unit;
    if (m.count > 1)
      text += QStringLiteral(" ± ") + QString::number(m.sd * scale, 'f', decimals) + unit;
    return text;
  };
  const QList<QColor> run_color = colors();
  for (int row = 0; row < groups.size(); ++row) {
    std::vector<double> accuracy, epoch, test, seconds;
    for (int i : groups[row]) {
      const RunData& run = runs_[i];
      accuracy.push_back(run.best_val_accuracy);
      epoch.push_back(run.best_epoch >= 0 ? run.best_epoch + 1.0 : kNaN);  // counted from 1
      test.push_back(run.test_accuracy_of_best);  // runs with a validation split, finished
      seconds.push_back(run.duration_s);
    }
    const RunData& first = runs_[groups[row].first()];
    const MeanSd time = mean_sd(seconds);
    const QStringList cells = {
        configuration_name(first, static_cast<int>(groups[row].size())),
        QString::number(groups[row].size()),
        mean_sd_text(mean_sd(accuracy), 2, 100, QStringLiteral("%")) +
            (first.imported ? QString() : QStringLiteral(" (%1)").arg(evaluated_split_name(first))),
        mean_sd_text(mean_sd(epoch), 1, 1, QString()),
        mean_sd_text(mean_sd(test), 2, 100, QStringLiteral("%")),
        time.count == 0 ? tr("—") : duration_text(time.mean)};
    for (int column = 0; column < cells.size(); ++column) {
      auto* item = new QTableWidgetItem(cells[column]);
      if (column > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      configurations_table_->setItem(row, column, item);
    }
    configurations_table_->item(row, 0)->setForeground(run_color.value(groups[row].first()));
    configurations_table_->item(row, 0)->setToolTip(cells[0]);
  }
  configurations_table_->resizeColumnToContents(0);
  configurations_table_->setColumnWidth(0, std::min(220, configurations_table_->columnWidth(0)));
}

bool CompareView::redraw_pending() const {
  return redraw_timer_->isActive() || redraw_task_->busy();
}

QList<Metric> CompareView::shown_metrics() const {
  QList<Metric> metrics;
  if (small_multiples_->isChecked()) {
    for (int m = 0; m < kMetricCount; ++m) {
      const auto metric = static_cast<Metric>(m);
      for (const RunData& run : runs_)
        if (!run.curve(metric).empty()) {
          metrics.append(metric);
          break;
        }
    }
  }
  if (metrics.isEmpty()) metrics.append(options().metric);
  return metrics;
}

QList<int> CompareView::lay_out_charts(int count) {
  // Keep existing chart widgets when the count is unchanged (a live update): no relayout.
  while (charts_.size() > count) delete charts_.takeLast();
  while (charts_.size() < count) charts_.append(new CompareChart(plot_panel_));
  const int columns = count <= 1 ? 1 : (count <= 4 ? 2 : 3);
  QList<int> widths;
  for (int i = 0; i < charts_.size(); ++i) {
    grid_->addWidget(charts_[i], i / columns, i % columns);
    widths.append(charts_[i]->pixel_columns());
  }
  return widths;
}

namespace {

QList<ChartPlan> plan_charts(const QList<RunData>& runs, const QList<Metric>& metrics,
                             const ChartOptions& base, const QList<int>& widths) {
  QList<ChartPlan> plans;
  for (int i = 0; i < metrics.size(); ++i) {
    ChartOptions o = base;
    o.metric = metrics[i];
    plans.append(plan_chart(runs, o, widths.value(i, 200)));
  }
  return plans;
}

}  // namespace

void CompareView::redraw() { draw(/*in_background=*/false); }

void CompareView::draw(bool in_background) {
  redraw_timer_->stop();
  smoothing_value_->setText(QString::number(smoothing_->value() / 100.0, 'f', 2));
  const QList<Metric> metrics = shown_metrics();
  const QList<int> widths = lay_out_charts(static_cast<int>(metrics.size()));
  if (!in_background) {
    redraw_task_->discard();
    show_plans(runs_, plan_charts(runs_, metrics, options(), widths));
    return;
  }
  // Smoothing and decimating 8 paper-scale runs takes tens of milliseconds: a worker does it
  // from copies of the runs, whose curves are shared and never edited while shared.
  redraw_task_->start(
      [runs = runs_, metrics, base = options(), widths](TaskControl&) {
        return std::make_pair(runs, plan_charts(runs, metrics, base, widths));
      },
      [this](const std::pair<QList<RunData>, QList<ChartPlan>>& result) {
        // The layout may have changed since (small multiples toggled): lay out what this has.
        if (charts_.size() != result.second.size())
          lay_out_charts(static_cast<int>(result.second.size()));
        show_plans(result.first, result.second);
      },
      /*cancellable=*/false);
}

void CompareView::show_plans(const QList<RunData>& runs, const QList<ChartPlan>& plans) {
  const ChartOptions base = plans.isEmpty() ? options() : plans.first().options;
  const QList<QColor> colors = run_colors(runs, color_by(), hues_);
  // Small multiples share one x range.
  std::pair<double, double> x_range(std::numeric_limits<double>::infinity(),
                                    -std::numeric_limits<double>::infinity());
  for (const ChartPlan& plan : plans) {
    if (plan.x_min > plan.x_max) continue;
    x_range.first = std::min(x_range.first, plan.x_min);
    x_range.second = std::max(x_range.second, plan.x_max);
  }
  QStringList notes;
  for (int i = 0; i < plans.size() && i < charts_.size(); ++i)
    for (const QString& note :
         charts_[i]->show_plan(plans[i], colors, plans.size() > 1 ? &x_range : nullptr))
      if (!notes.contains(note)) notes.append(note);

  const ChartPlan* merged_plan = base.merge_seeds && !plans.isEmpty() ? &plans.first() : nullptr;
  bool merged = false;
  if (merged_plan)
    for (const ChartPlan::Line& line : merged_plan->lines) merged = merged || line.members > 1;
  QString legend = legend_entries(runs, merged_plan, base, colors);
  if (!runs.isEmpty() && base.best_markers)
    legend += QStringLiteral("&nbsp;&nbsp;&nbsp; <span style='color:#666'>&#9679; %1</span>")
                  .arg(tr("best epoch"));
  if (merged)
    legend += QStringLiteral("&nbsp;&nbsp;&nbsp; <span style='color:#666'>%1</span>")
                  .arg(base.band == Band::MinMax ? tr("band: the seeds' min–max")
                                                 : tr("band: ± 1 standard deviation"));
  if (!runs.isEmpty() && base.smoothing > 0)
    legend += QStringLiteral("&nbsp;&nbsp;&nbsp; <span style='color:#666'>%1</span>")
                  .arg(tr("faint: raw values"));
  legend_->setText(legend);

  if (runs.size() < 2)
    notes.prepend(runs.isEmpty() ? tr("Select two or more runs in the table to compare them.")
                                 : tr("Select one more run to compare (Ctrl+click)."));
  notice_->setText(notes.join(QLatin1Char('\n')));
  notice_->setVisible(!notes.isEmpty());
}

}  // namespace allcnn::ui::compare
