#pragma once

#include <QImage>
#include <QString>
#include <QVector>

namespace allcnn::ui::inspect {

/// One class of a top-k list, as the views show it.
struct ScoredClass {
  int index = 0;
  QString name;
  double probability = 0.0;
};

/// One classified image, or the reason it could not be classified.
struct PredictionItem {
  QString source;  ///< file path, "pasted image", "test image 123"
  /// The exact network input before normalization (model size; Grayscale8 or RGB888): what the
  /// activation and saliency views analyse. Null when `error` is set.
  QImage input;
  QVector<ScoredClass> top;
  QString error;
};

/// One labelled picture of a view: a layer's filters, a layer's feature maps, a saliency map.
struct LabelledImage {
  QString title;  ///< "conv1", "relu3", ...
  QString shape;  ///< "24 x 28 x 28"
  QImage image;
};

}  // namespace allcnn::ui::inspect
