#include "run_data.h"

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

}  // namespace allcnn::ui::compare
