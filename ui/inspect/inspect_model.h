#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include "inspect_types.h"
#include "vision/colormap.h"

namespace allcnn::ui::inspect {

/// The loaded checkpoint's verdict on the whole test split (the run's dataset, data folder and
/// test limit): the confusion matrix and, for the drill-down, every test image's top classes.
/// The matrix and the drill-down come from the same classification, so they always agree.
/// Immutable once made; the views share it.
struct TestVerdict {
  QString checkpoint;  ///< "best checkpoint (epoch 12)"
  int classes = 0;
  qint64 count = 0;           ///< test images classified
  QVector<qint64> confusion;  ///< classes x classes, row = true class
  struct Tensors;             ///< the images, labels and top-k (torch, behind the pointer)
  std::shared_ptr<const Tensors> tensors;

  qint64 correct() const;
  /// Test images in cell (true_class, predicted), at most `limit`, each with its top-k
  /// (k at most 5). Cheap: no network runs.
  QVector<PredictionItem> cell_images(int true_class, int predicted, int limit, int k,
                                      const QStringList& names) const;
};

/// A trained model loaded from a run folder, and everything the inspect views ask of it, as
/// QImages and plain values. The torch side lives behind the pointer, so no header of
/// ui/inspect includes torch or OpenCV.
///
/// Errors never escape: loading returns a message, per-image failures come back in the
/// PredictionItem. Any thread may call it. The cheap queries (loaded, description, class
/// names) never wait. The others run the network and belong on a worker (the views use a
/// BackgroundTask): calls on one loaded model take turns; a model adopted meanwhile does not
/// wait for them.
class InspectModel {
  Q_DECLARE_TR_FUNCTIONS(InspectModel)

 public:
  struct Loaded;
  using Handle = std::shared_ptr<Loaded>;

  InspectModel();
  ~InspectModel();
  InspectModel(const InspectModel&) = delete;
  InspectModel& operator=(const InspectModel&) = delete;

  /// Loads checkpoints/<checkpoint>.pt ("best" or "last") of `run_dir` on the GPU where there
  /// is one. Returns null and sets `error` on failure. Slow (a file read): on a worker.
  static Handle open(const QString& run_dir, const QString& checkpoint, QString* error);
  /// Makes `loaded` the model every call uses (null: none). GUI thread.
  void adopt(Handle loaded);

  bool loaded() const;
  QString run_dir() const;
  /// "all-cnn-c, width 0.25, 1x28x28, fashion-mnist, best checkpoint (epoch 2)".
  QString description() const;
  QStringList class_names() const;

  /// Decodes and classifies files and folders (expanded to their images). `progress` (may be
  /// empty) hears (done, total) per file; once `cancel` is set the rest are left out.
  QVector<PredictionItem> predict_files(const QStringList& paths, int k,
                                        const std::function<void(int, int)>& progress = {},
                                        const std::atomic<bool>* cancel = nullptr);
  /// Classifies a pasted or dropped image.
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

  /// The loaded checkpoint's verdict on the test split, computed in batches with `progress`
  /// hearing (done, total); null when cancelled or on error (then `error` says why). Kept per
  /// checkpoint file (path, size, modification time): asking again, or for the other
  /// checkpoint and back, costs nothing; a checkpoint rewritten by a running run is
  /// classified afresh.
  std::shared_ptr<const TestVerdict> classify_test_split(
      const std::function<void(qint64, qint64)>& progress, const std::atomic<bool>* cancel,
      QString* error);

 private:
  Handle current() const;

  /// At most this many verdicts are kept (each holds its test split: 30 MB for CIFAR-10).
  static constexpr size_t kKeptVerdicts = 4;

  mutable std::mutex mutex_;  ///< guards the members below, never held while working
  Handle loaded_;
  std::map<QString, std::shared_ptr<const TestVerdict>> verdicts_;
  std::vector<QString> verdict_order_;  ///< oldest first
};

}  // namespace allcnn::ui::inspect
