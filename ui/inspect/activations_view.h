#pragma once

#include <QImage>
#include <QWidget>

#include "inspect_types.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace allcnn::ui {
class BackgroundTask;
}

namespace allcnn::ui::inspect {

class InspectModel;

/// Every layer's feature maps for one image, as colormapped grids labelled with the layer's
/// shape, followed by the class activation maps (the maps global average pooling turns into
/// the logits).
class ActivationsView : public QWidget {
  Q_OBJECT

 public:
  explicit ActivationsView(InspectModel* model, QWidget* parent = nullptr);
  void set_image(const QImage& input, const QString& source);
  /// Redraws with the loaded model (after a new run was loaded); the maps are computed on a
  /// worker.
  void refresh();
  bool busy() const;
  int grid_count() const { return grid_count_; }

 private:
  void show_maps(const QVector<LabelledImage>& grids, const QVector<LabelledImage>& cams);

  InspectModel* model_;
  BackgroundTask* task_;
  QImage input_;
  QString source_;
  int grid_count_ = 0;
  QLabel* caption_ = nullptr;
  QComboBox* colormap_ = nullptr;
  QCheckBox* per_map_ = nullptr;
  QSpinBox* size_ = nullptr;
  QWidget* content_ = nullptr;
  QGridLayout* grids_ = nullptr;
};

}  // namespace allcnn::ui::inspect
