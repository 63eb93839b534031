#pragma once

#include <QVector>
#include <QWidget>

#include "inspect_types.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace allcnn::ui {
class BackgroundTask;
}

namespace allcnn::ui::inspect {

class InspectModel;

/// The learned kernels: the first layer as a grid of colour (or gray) patches, each scaled on
/// its own; a deeper layer as one row per output filter and one 3x3 kernel per input channel.
class FiltersView : public QWidget {
  Q_OBJECT

 public:
  explicit FiltersView(InspectModel* model, QWidget* parent = nullptr);
  /// Re-reads the filters of the loaded model (on a worker).
  void refresh();
  bool busy() const;
  int layer_count() const { return grids_.size(); }
  void show_layer(int index);
  void set_zoom(int factor);

 private:
  void redraw();

  InspectModel* model_;
  BackgroundTask* task_;
  QVector<LabelledImage> grids_;
  QComboBox* layer_ = nullptr;
  QSpinBox* zoom_ = nullptr;
  QLabel* caption_ = nullptr;
  QLabel* image_ = nullptr;
};

}  // namespace allcnn::ui::inspect
