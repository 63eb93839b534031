#include "run_data.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCoreApplication>

namespace allcnn::ui::compare {

QString metric_title(Metric metric) {
  switch (metric) {
    case Metric::BatchLoss:
      return QCoreApplication::translate("Metric", "Batch loss");
    case Metric::BatchAccuracy:
      return QCoreApplication::translate("Metric", "Batch accuracy");
    case Metric::TrainLoss:
      return QCoreApplication::translate("Metric", "Train loss (epoch)");
    case Metric::TrainAccuracy:
      return QCoreApplication::translate("Metric", "Train accuracy (epoch)");
    case Metric::ValLoss:
      return QCoreApplication::translate("Metric", "Validation or test loss");
    case Metric::ValAccuracy:
      return QCoreApplication::translate("Metric", "Validation or test accuracy");
    case Metric::LearningRate:
      return QCoreApplication::translate("Metric", "Learning rate");
  }
  return {};
}

QString metric_title(Metric metric, const QList<RunData>& runs) {
  if (metric != Metric::ValLoss && metric != Metric::ValAccuracy) return metric_title(metric);
  bool validation = false, test = false;
  for (const RunData& run : runs) {
    if (run.imported) continue;  // a Keras history's "val_" columns: the original's test split
    (run.on_validation ? validation : test) = true;
  }
  const bool loss = metric == Metric::ValLoss;
  if (validation && !test)
    return loss ? QCoreApplication::translate("Metric", "Validation loss")
                : QCoreApplication::translate("Metric", "Validation accuracy");
  if (test && !validation)
    return loss ? QCoreApplication::translate("Metric", "Test loss")
                : QCoreApplication::translate("Metric", "Test accuracy");
  return metric_title(metric);
}

QString evaluated_split_name(const RunData& run) {
  return run.on_validation ? QCoreApplication::translate("Metric", "validation")
                           : QCoreApplication::translate("Metric", "test");
}

QString metric_key(Metric metric) {
  switch (metric) {
    case Metric::BatchLoss:
      return QStringLiteral("batch_loss");
    case Metric::BatchAccuracy:
      return QStringLiteral("batch_accuracy");
    case Metric::TrainLoss:
      return QStringLiteral("train_loss");
    case Metric::TrainAccuracy:
      return QStringLiteral("train_accuracy");
    case Metric::ValLoss:
      return QStringLiteral("val_loss");
    case Metric::ValAccuracy:
      return QStringLiteral("val_accuracy");
    case Metric::LearningRate:
      return QStringLiteral("learning_rate");
  }
  return {};
}

bool metric_is_accuracy(Metric metric) {
  return metric == Metric::BatchAccuracy || metric == Metric::TrainAccuracy ||
         metric == Metric::ValAccuracy;
}

const Column& XColumns::of(XAxis axis) const {
  switch (axis) {
    case XAxis::Step:
      return step;
    case XAxis::Epoch:
      return epoch;
    case XAxis::WallTime:
      return wall_s;
  }
  return step;
}

bool Curve::empty() const {
  // The first value is finite in any real curve: this stops there.
  return std::none_of(value.begin(), value.end(), [](float v) { return std::isfinite(v); });
}

Rows Curves::rows_of(Metric m) const {
  switch (m) {
    case Metric::BatchLoss:
    case Metric::BatchAccuracy:
      return Rows::Batches;
    case Metric::LearningRate:
      return learning_rate_rows;
    case Metric::TrainLoss:
    case Metric::TrainAccuracy:
    case Metric::ValLoss:
    case Metric::ValAccuracy:
      return Rows::Epochs;
  }
  return Rows::Epochs;
}

Curve Curves::curve(Metric m) const { return Curve{x_of(m), values[static_cast<size_t>(m)]}; }

Curve RunData::curve(Metric m) const {
  static const Curves none;
  return (curves ? *curves : none).curve(m);
}

Curves& RunData::edit_curves() {
  // use_count() may count a copy another thread is just dropping: then this copies once more
  // than needed, never less.
  if (!curves || curves.use_count() != 1)
    curves = curves ? std::make_shared<Curves>(*curves) : std::make_shared<Curves>();  // cheap
  // Created non-const just above or by make_shared<Curves> elsewhere: the cast is sound.
  return const_cast<Curves&>(*curves);
}

namespace {

constexpr float kNoValue = std::numeric_limits<float>::quiet_NaN();

void append(XColumns& to, const XColumns& more) {
  to.step.append(more.step);
  to.epoch.append(more.epoch);
  to.wall_s.append(more.wall_s);
}

// Appends `more`'s rows to `to`, keeping every values column parallel to its x columns.
void append_rows(Curves& to, const Curves& more) {
  const size_t batches_before = to.batches.size(), epochs_before = to.epochs.size();
  if (to.learning_rate_rows != more.learning_rate_rows) {
    // RunFollower reads a run again rather than switch; an empty run takes the new rows' kind.
    to.learning_rate_rows = more.learning_rate_rows;
    to.values_of(Metric::LearningRate).clear();
  }
  append(to.batches, more.batches);
  append(to.epochs, more.epochs);
  for (int m = 0; m < kMetricCount; ++m) {
    const auto metric = static_cast<Metric>(m);
    auto& values = to.values_of(metric);
    const auto& added = more.values[static_cast<size_t>(m)];
    if (values.empty() && added.empty()) continue;  // not recorded on either side
    const bool per_batch = to.rows_of(metric) == Rows::Batches;
    values.resize(per_batch ? batches_before : epochs_before, kNoValue);
    values.append(added);
    values.resize(to.x_of(metric).size(), kNoValue);
  }
}

}  // namespace

void apply_delta(RunData& run, RunDelta&& delta) {
  if (delta.replace) {
    run = std::move(delta.run);
    return;
  }
  auto kept = std::move(run.curves);
  const auto gained = std::move(delta.run.curves);
  run = std::move(delta.run);
  run.curves = kept ? std::move(kept) : std::make_shared<Curves>();
  if (!gained || (gained->batches.size() == 0 && gained->epochs.size() == 0)) return;
  // Shared (the charts draw it, a worker may be reading it): a Curves of its own, whose columns
  // share their values with the old one and grow past its end, so no point is copied and the
  // other copies keep what they had.
  if (run.curves.use_count() != 1) run.curves = std::make_shared<Curves>(*run.curves);
  // Unshared, or created non-const just above: the cast is sound.
  append_rows(const_cast<Curves&>(*run.curves), *gained);
}

}  // namespace allcnn::ui::compare
