#pragma once

#include <QImage>
#include <QWidget>

class QLabel;

namespace allcnn::ui {

/// The augmentation preview: images of the batch being trained, after augmentation,
/// de-normalized, scaled up by whole pixels so the shifts and flips stay visible, under the
/// batch's epoch and number.
class PreviewPanel : public QWidget {
  Q_OBJECT

 public:
  explicit PreviewPanel(QWidget* parent = nullptr);

  /// `epoch` and `batch` count from 0, as the trainer does; the title counts from 1.
  void set_image(const QImage& grid, int epoch, int batch);
  QString title() const;
  void clear();
  const QImage& image() const { return image_; }

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void rescale();

  QLabel* title_ = nullptr;
  QLabel* view_ = nullptr;
  QImage image_;
};

}  // namespace allcnn::ui
