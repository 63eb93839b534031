#pragma once

#include <QImage>
#include <QWidget>

class QLabel;

namespace allcnn::ui {

/// The augmentation preview: the next training batch after augmentation, de-normalized,
/// scaled up by whole pixels so the shifts and flips stay visible.
class PreviewPanel : public QWidget {
  Q_OBJECT

 public:
  explicit PreviewPanel(QWidget* parent = nullptr);

  void set_image(const QImage& grid);
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
