#include "lr_find_dialog.h"

#include <algorithm>
#include <cmath>
#include <mutex>

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include "background_task.h"
#include "chart_style.h"
#include "common/error.h"
#include "config/choices.h"
#include "engine_text.h"
#include "log_axis.h"
#include "task_bar.h"
#include "train/lr_find.h"

namespace allcnn::ui {

/// What the test's thread hands the dialog between redraws.
struct LrFindDialog::Live {
  std::mutex mutex;
  std::vector<metrics::LrPoint> points;  ///< measured since the last take
  std::vector<Message> messages;
};

namespace {

// A rate as typed: the user's locale first ("0,01" in German), then C ("1e-6", "0.01").
bool parse_rate(const QString& text, double& rate) {
  bool ok = false;
  rate = QLocale().toDouble(text.trimmed(), &ok);
  if (!ok) rate = QLocale::c().toDouble(text.trimmed(), &ok);
  return ok;
}

QString rate_text(double rate) { return QString::number(rate, 'g', 3); }

QLineSeries* line(QChart* chart, const QString& name, const QColor& color, qreal width,
                  Qt::PenStyle style = Qt::SolidLine) {
  auto* series = new QLineSeries(chart);
  series->setName(name);
  QPen pen(color);
  pen.setWidthF(width);
  pen.setStyle(style);
  series->setPen(pen);
  chart->addSeries(series);
  return series;
}

}  // namespace

LrFindDialog::LrFindDialog(const train::RunConfig& form, QWidget* parent)
    : QDialog(parent),
      form_(form),
      live_(std::make_shared<Live>()),
      task_(new BackgroundTask(this)),
      redraw_(new QTimer(this)) {
  setWindowTitle(tr("Find a learning rate"));
  auto* layout = new QVBoxLayout(this);
  about_ = new QLabel(
      tr("Trains a fresh model of the form's run (%1, %2, %3, batch size %4) for a few hundred "
         "batches while the learning rate grows from From to To, and suggests the rate where the "
         "loss falls fastest. The schedule does not apply; the test is kept in the runs folder's "
         "lr-find folder.")
          .arg(QString::fromStdString(config::choice_name(form.model.arch)),
               QString::fromStdString(config::choice_name(form.init)),
               QString::fromStdString(config::choice_name(form.optimizer)))
          .arg(form.batch_size),
      this);
  about_->setWordWrap(true);
  layout->addWidget(about_);

  auto* range = new QHBoxLayout;
  start_lr_ = new QLineEdit(QStringLiteral("1e-6"), this);
  start_lr_->setObjectName(QStringLiteral("start_lr"));
  end_lr_ = new QLineEdit(QStringLiteral("1"), this);
  end_lr_->setObjectName(QStringLiteral("end_lr"));
  steps_ = new QSpinBox(this);
  steps_->setObjectName(QStringLiteral("steps"));
  steps_->setRange(static_cast<int>(runs::LrRange::kMinSteps), 5000);
  steps_->setValue(200);
  for (auto* edit : {start_lr_, end_lr_}) edit->setMaximumWidth(90);
  range->addWidget(new QLabel(tr("From:"), this));
  range->addWidget(start_lr_);
  range->addWidget(new QLabel(tr("To:"), this));
  range->addWidget(end_lr_);
  range->addWidget(new QLabel(tr("Batches:"), this));
  range->addWidget(steps_);
  start_ = new QPushButton(tr("&Start test"), this);
  start_->setObjectName(QStringLiteral("start_test"));
  range->addWidget(start_);
  range->addStretch(1);
  layout->addLayout(range);

  auto* chart = new QChart;
  chart->setMargins(QMargins(4, 4, 4, 4));
  chart->legend()->setAlignment(Qt::AlignBottom);
  // The series and axes are made once; each redraw (10 a second while the test runs) only
  // refills them.
  raw_ = line(chart, tr("loss"), series_color(0).lighter(160), 1.0);
  smoothed_ = line(chart, tr("smoothed loss"), series_color(0), 2.5);
  mark_ = line(chart, QString(), series_color(1), 2.0, Qt::DashLine);
  lowest_ = line(chart, tr("lowest loss"), series_color(2), 1.5, Qt::DotLine);
  x_ = new_log_axis(tr("learning rate"));
  y_ = new QValueAxis;
  y_->setTitleText(tr("loss"));
  chart->addAxis(x_, Qt::AlignBottom);
  chart->addAxis(y_, Qt::AlignLeft);
  for (auto* series : chart->series()) {
    series->attachAxis(x_);
    series->attachAxis(y_);
  }
  view_ = new QChartView(chart, this);
  view_->setRenderHint(QPainter::Antialiasing);
  view_->setMinimumSize(360, 220);
  layout->addWidget(view_, 1);
  layout->addWidget(new TaskBar(task_, this));
  result_ = new QLabel(this);
  result_->setObjectName(QStringLiteral("result"));
  result_->setWordWrap(true);
  result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(result_);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  use_ = buttons->addButton(tr("Use the suggestion"), QDialogButtonBox::AcceptRole);
  use_->setObjectName(QStringLiteral("use"));
  use_->setEnabled(false);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(use_, &QPushButton::clicked, this, [this] {
    chosen_rate_ = runs::rounded_rate(record_.suggestion.learning_rate);
    accept();
  });
  layout->addWidget(buttons);

  connect(start_, &QPushButton::clicked, this, &LrFindDialog::start);
  connect(task_, &BackgroundTask::started, this, [this] {
    start_->setEnabled(false);
    use_->setEnabled(false);
    redraw_->start();
  });
  connect(task_, &BackgroundTask::finished, this, [this] {
    start_->setEnabled(true);
    redraw_->stop();
  });
  connect(task_, &BackgroundTask::failed, this,
          [this](const QString& reason) { result_->setText(reason); });
  redraw_->setInterval(100);  // coalesce: the test measures a batch every few milliseconds
  connect(redraw_, &QTimer::timeout, this, &LrFindDialog::take_points);
  read_range(range_);
  draw(points_, nullptr);  // the empty axes of the range offered
  resize(760, 540);
}

LrFindDialog::~LrFindDialog() = default;

bool LrFindDialog::running() const { return task_->busy(); }

void LrFindDialog::set_range(double start_lr, double end_lr, int steps) {
  start_lr_->setText(rate_text(start_lr));
  end_lr_->setText(rate_text(end_lr));
  steps_->setValue(steps);
}

bool LrFindDialog::read_range(runs::LrRange& range) {
  range.steps = steps_->value();
  if (!parse_rate(start_lr_->text(), range.start_lr) ||
      !parse_rate(end_lr_->text(), range.end_lr)) {
    result_->setText(tr("The rates must be numbers, e.g. 1e-6 and 1."));
    return false;
  }
  try {
    range.validate();
  } catch (const Error& e) {
    result_->setText(engine_text(e.said()));
    return false;
  }
  return true;
}

void LrFindDialog::start() {
  runs::LrRange range;
  if (task_->busy() || !read_range(range)) return;
  range_ = range;
  points_.clear();
  record_ = {};
  result_->clear();
  draw(points_, nullptr);
  {
    const std::lock_guard<std::mutex> lock(live_->mutex);
    live_->points.clear();
    live_->messages.clear();
  }
  auto live = live_;
  task_->start(
      [config = form_, range, live](TaskControl& control) {
        train::LrFindCallbacks callbacks;
        callbacks.on_point = [&control, &live, range](const metrics::LrPoint& point) {
          {
            const std::lock_guard<std::mutex> lock(live->mutex);
            live->points.push_back(point);
          }
          control.report(static_cast<double>(point.step + 1) / static_cast<double>(range.steps),
                         tr("Batch %1 of %2: rate %3, loss %4")
                             .arg(point.step + 1)
                             .arg(range.steps)
                             .arg(rate_text(point.learning_rate))
                             .arg(point.loss, 0, 'f', 4));
        };
        callbacks.on_message = [&live](const Message& text) {
          const std::lock_guard<std::mutex> lock(live->mutex);
          live->messages.push_back(text);
        };
        callbacks.on_load_progress = [&control](int64_t, int64_t) { return !control.cancelled(); };
        return train::find_learning_rate(config, range, callbacks, control.cancel_flag());
      },
      [this](runs::LrFindRecord record) { show_record(std::move(record)); });
}

void LrFindDialog::take_points() {
  std::vector<metrics::LrPoint> fresh;
  std::vector<Message> messages;
  {
    const std::lock_guard<std::mutex> lock(live_->mutex);
    fresh.swap(live_->points);
    messages.swap(live_->messages);
  }
  if (!messages.empty()) result_->setText(engine_text(messages.back()));
  if (fresh.empty()) return;
  points_.insert(points_.end(), fresh.begin(), fresh.end());
  draw(points_, nullptr);
}

void LrFindDialog::show_record(runs::LrFindRecord record) {
  take_points();  // the messages that came after the last redraw
  record_ = std::move(record);
  points_ = record_.points;
  const bool found = record_.suggestion.found();
  draw(points_, found ? &record_.suggestion : nullptr);
  QStringList lines;
  if (!record_.status.reason.empty()) lines << engine_text(record_.status.reason);
  if (found)
    lines << engine_text(message(MessageCode::LrFindSuggestion,
                                 runs::rounded_rate(record_.suggestion.learning_rate),
                                 runs::rounded_rate(record_.suggestion.minimum_learning_rate)));
  else if (record_.status.state != "failed")
    lines << engine_text(message(MessageCode::LrFindNoSuggestion));
  lines << tr("Kept in %1").arg(QString::fromStdString(record_.dir));
  result_->setText(lines.join(QLatin1Char('\n')));
  use_->setEnabled(found);
  if (found)
    use_->setText(
        tr("Use %1").arg(rate_text(runs::rounded_rate(record_.suggestion.learning_rate))));
  Q_EMIT test_ended();
}

void LrFindDialog::draw(const std::vector<metrics::LrPoint>& points,
                        const runs::LrSuggestion* suggestion) {
  QList<QPointF> raw_points, smooth_points;
  double low = points.empty() ? 0.0 : points.front().smoothed_loss;
  const double start = low;
  for (const auto& p : points) {
    raw_points.append({p.learning_rate, p.loss});
    smooth_points.append({p.learning_rate, p.smoothed_loss});
    low = std::min({low, p.smoothed_loss, p.loss});
  }
  raw_->replace(raw_points);
  smoothed_->replace(smooth_points);
  // Up to a little above where the curve starts: the diverging tail runs off the top.
  double high = start;
  for (size_t i = 0; i < std::min<size_t>(points.size(), 10); ++i)
    high = std::max(high, points[i].loss);
  high = points.empty() ? 1.0 : std::max(high * 1.05, low + 1e-6);
  for (auto* series : {mark_, lowest_}) series->setVisible(suggestion != nullptr);
  if (suggestion) {
    mark_->setName(
        tr("suggested %1").arg(rate_text(runs::rounded_rate(suggestion->learning_rate))));
    mark_->replace({{suggestion->learning_rate, low}, {suggestion->learning_rate, high}});
    lowest_->replace(
        {{suggestion->minimum_learning_rate, low}, {suggestion->minimum_learning_rate, high}});
  }
  fit_log_axis(x_, range_.start_lr, range_.end_lr);
  fit_value_axis(y_, low, high, AxisNumbers::Real);
}

}  // namespace allcnn::ui
