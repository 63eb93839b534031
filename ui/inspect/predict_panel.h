#pragma once

#include <functional>

#include <QImage>
#include <QVector>
#include <QWidget>

#include "inspect_types.h"

class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace allcnn::ui {
class BackgroundTask;
class TaskControl;
}  // namespace allcnn::ui

namespace allcnn::ui::inspect {

class InspectModel;

/// Drop image files, folders or image data here, paste (Ctrl+V), or open files: each image gets
/// a row with its network input and the top-k classes as probability bars. Bad files get a row
/// with the reason; with no model loaded nothing is classified and a message says why.
/// Images are decoded and classified on a worker, one drop after the other in the order they
/// came; a large folder shows progress and can be cancelled.
class PredictPanel : public QWidget {
  Q_OBJECT

 public:
  /// `model` is not owned and must outlive the panel.
  explicit PredictPanel(InspectModel* model, QWidget* parent = nullptr);

  void add_files(const QStringList& paths);
  void add_image(const QImage& image, const QString& name);
  void paste();
  /// Drops the results and what is still waiting to be classified.
  void clear();
  /// Whether images are still being classified or waiting.
  bool busy() const;

  const QVector<PredictionItem>& items() const { return items_; }
  /// The line above the results ("No model loaded ...", "3 images, 1 could not be read").
  QString message() const;

 Q_SIGNALS:
  /// An image was classified or clicked: the views that analyse one image follow it.
  void image_chosen(const QImage& input, const QString& source, int top_class);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  using Job = std::function<QVector<PredictionItem>(TaskControl&)>;
  void enqueue(Job job);
  void run_next();
  void append(const QVector<PredictionItem>& items);
  bool require_model();

  InspectModel* model_;
  BackgroundTask* task_;
  QVector<Job> waiting_;
  QVector<PredictionItem> items_;
  QLabel* message_ = nullptr;
  QSpinBox* top_k_ = nullptr;
  QVBoxLayout* rows_ = nullptr;
};

}  // namespace allcnn::ui::inspect
