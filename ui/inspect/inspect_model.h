#pragma once

#include <memory>

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include "inspect_types.h"
#include "vision/colormap.h"

namespace allcnn::ui::inspect {

/// A trained model loaded from a run folder, and everything the inspect views ask of it, as
/// QImages and plain values. The torch side lives behind the pointer, so no header of
/// ui/inspect includes torch or OpenCV.
///
/// Errors never escape: loading returns a message, per-image failures come back in the
/// PredictionItem. All calls are synchronous and meant for the GUI thread (the networks are
/// small; one image takes milliseconds on the CPU).
class InspectModel {
  Q_DECLARE_TR_FUNCTIONS(InspectModel)

 public:
  InspectModel();
  ~InspectModel();
  InspectModel(const InspectModel&) = delete;
  InspectModel& operator=(const InspectModel&) = delete;

  /// Loads checkpoints/<checkpoint>.pt ("best" or "last") of `run_dir` on the CPU. Returns an
  /// empty string on success, else the reason; a failed load keeps no model.
  QString load(const QString& run_dir, const QString& checkpoint);
  bool loaded() const;
  QString run_dir() const;
  /// "all-cnn-c, width 0.25, 1x28x28, fashion-mnist, best checkpoint (epoch 2)".
  QString description() const;
  QStringList class_names() const;

  /// Decodes and classifies files and folders (expanded to their images).
  QVector<PredictionItem> predict_files(const QStringList& paths, int k);
  /// Classifies image bytes (a drop of data rather than of a file).
  PredictionItem predict_bytes(const QByteArray& bytes, const QString& name, int k);
  /// Classifies a pasted image.
  PredictionItem predict_image(const QImage& image, const QString& name, int k);

  /// One grid per convolution: the first layer as colour (or gray) patches, deeper layers as
  /// one row per output filter with one kernel per input channel.
  QVector<LabelledImage> filter_grids();

  /// Every layer's feature maps for `input` (a PredictionItem's input), one grid per layer,
  /// titled by layer and labelled with its shape.
  QVector<LabelledImage> activation_grids(const QImage& input, vision::Colormap map, bool per_map);
  /// The class maps before global average pooling, one image per class (titled by the class,
  /// `shape` says the map's mean, which is the logit), all on one shared colour scale.
  QVector<LabelledImage> class_activation_maps(const QImage& input, vision::Colormap map);

  /// Input, gradient, deconvnet and guided backpropagation for class `class_index`.
  QVector<LabelledImage> saliency(const QImage& input, int class_index);

  /// The run's last evaluation (K*K, row = true class); empty when the run has none.
  QVector<qint64> confusion(QString* note = nullptr) const;
  /// Test images of class `true_class` that the loaded model classifies as `predicted`, at most
  /// `limit`, each with its top-k. The first call reads and classifies the test split.
  QVector<PredictionItem> test_images(int true_class, int predicted, int limit, int k,
                                      QString* error = nullptr);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace allcnn::ui::inspect
