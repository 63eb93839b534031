#pragma once

#include <QImage>
#include <QWidget>

#include "inspect_types.h"

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace allcnn::ui {
class BackgroundTask;
}

namespace allcnn::ui::inspect {

class InspectModel;

/// Plain gradient, deconvnet and guided backpropagation (Springenberg et al., 2014) of one
/// class score with respect to the input image, side by side with the image itself.
class SaliencyView : public QWidget {
  Q_OBJECT

 public:
  explicit SaliencyView(InspectModel* model, QWidget* parent = nullptr);
  /// `top_class` is selected in the class list (the prediction, usually).
  void set_image(const QImage& input, const QString& source, int top_class);
  /// Re-reads the class names and redraws (after a new run was loaded).
  void refresh();
  void set_class(int index);
  int panel_count() const { return panel_count_; }
  bool busy() const;

 private:
  void redraw();
  void show_panels(const QVector<LabelledImage>& panels);

  InspectModel* model_;
  BackgroundTask* task_;
  QImage input_;
  QString source_;
  int panel_count_ = 0;
  QComboBox* class_ = nullptr;
  QLabel* caption_ = nullptr;
  QHBoxLayout* panels_ = nullptr;
};

}  // namespace allcnn::ui::inspect
