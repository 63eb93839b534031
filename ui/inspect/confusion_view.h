#pragma once

#include <memory>

#include <QPoint>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace allcnn::ui {
class BackgroundTask;
}

namespace allcnn::ui::inspect {

class InspectModel;
struct TestVerdict;

/// The confusion matrix of the loaded checkpoint (best or last) on the run's test split, as a
/// heatmap (rows: true class, shaded by the fraction of that row). The test split is classified
/// on a worker, with progress and Cancel, when the tab is first shown (or a cell is asked
/// for); the result is kept per checkpoint. Clicking a cell lists those test images with their
/// top-k, from the same classification, so the list and the count always agree.
class ConfusionView : public QWidget {
  Q_OBJECT

 public:
  explicit ConfusionView(InspectModel* model, QWidget* parent = nullptr);
  ~ConfusionView() override;

  /// Forgets the matrix (a new model was loaded); classifies again once the tab is visible.
  void refresh();
  /// Classifies the test split with the loaded model, unless that is done or under way.
  void classify();
  /// What clicking the cell does; before the matrix is there, the cell is listed once it is.
  void show_cell(int true_class, int predicted);
  int listed_count() const;
  bool busy() const;
  /// The matrix shown, or null.
  const TestVerdict* verdict() const { return verdict_.get(); }
  /// The number a cell of the table shows (-1 outside it).
  qint64 shown_count(int true_class, int predicted) const;

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void show_verdict();
  void list_cell(int true_class, int predicted);

  InspectModel* model_;
  BackgroundTask* task_;
  std::shared_ptr<const TestVerdict> verdict_;
  QPoint wanted_cell_{-1, -1};  ///< asked for before the matrix was there
  QLabel* caption_ = nullptr;
  QPushButton* classify_ = nullptr;
  QTableWidget* table_ = nullptr;
  QLabel* list_caption_ = nullptr;
  QListWidget* list_ = nullptr;
};

}  // namespace allcnn::ui::inspect
