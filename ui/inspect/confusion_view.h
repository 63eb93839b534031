#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace allcnn::ui::inspect {

class InspectModel;

/// The confusion matrix of the run's last evaluation as a heatmap (rows: true class, shaded by
/// the fraction of that row). Clicking a cell lists those test images as the loaded model
/// classifies them, with their top-k.
class ConfusionView : public QWidget {
  Q_OBJECT

 public:
  explicit ConfusionView(InspectModel* model, QWidget* parent = nullptr);
  void refresh();
  /// What clicking the cell does.
  void show_cell(int true_class, int predicted);
  int listed_count() const;

 private:
  InspectModel* model_;
  QLabel* caption_ = nullptr;
  QTableWidget* table_ = nullptr;
  QLabel* list_caption_ = nullptr;
  QListWidget* list_ = nullptr;
};

}  // namespace allcnn::ui::inspect
