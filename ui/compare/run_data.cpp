#include "run_data.h"

#include <algorithm>
#include <cmath>

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
      return QCoreApplication::translate("Metric", "Validation loss");
    case Metric::ValAccuracy:
      return QCoreApplication::translate("Metric", "Validation accuracy");
    case Metric::LearningRate:
      return QCoreApplication::translate("Metric", "Learning rate");
  }
  return {};
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

const std::vector<double>& Curve::x(XAxis axis) const {
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

const Curve& RunData::curve(Metric m) const {
  static const Curves none;
  return (curves ? *curves : none)[static_cast<int>(m)];
}

RunData::Curves& RunData::edit_curves() {
  // use_count() may count a copy another thread is just dropping: then this copies once more
  // than needed, never less.
  if (!curves || curves.use_count() != 1)
    curves = curves ? std::make_shared<Curves>(*curves) : std::make_shared<Curves>();
  // Created non-const just above or by make_shared<Curves> elsewhere: the cast is sound.
  return const_cast<Curves&>(*curves);
}

void apply_delta(RunData& run, RunDelta&& delta) {
  if (delta.replace) {
    run = std::move(delta.run);
  } else {
    auto kept = std::move(run.curves);
    const auto gained = std::move(delta.run.curves);
    run = std::move(delta.run);
    run.curves = std::move(kept);
    if (gained) {
      auto& curves = run.edit_curves();
      for (size_t m = 0; m < curves.size(); ++m) {
        Curve& to = curves[m];
        const Curve& from = (*gained)[m];
        to.step.insert(to.step.end(), from.step.begin(), from.step.end());
        to.epoch.insert(to.epoch.end(), from.epoch.begin(), from.epoch.end());
        to.wall_s.insert(to.wall_s.end(), from.wall_s.begin(), from.wall_s.end());
        to.value.insert(to.value.end(), from.value.begin(), from.value.end());
      }
    }
  }
  for (int m = 0; m < kMetricCount; ++m) {
    const auto& c = run.curve(static_cast<Metric>(m));
    if (!c.empty() &&
        std::none_of(c.value.begin(), c.value.end(), [](double v) { return std::isfinite(v); }))
      run.edit_curve(static_cast<Metric>(m)) = Curve{};
  }
}

}  // namespace allcnn::ui::compare
