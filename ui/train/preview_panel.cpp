#include "preview_panel.h"

#include <algorithm>

#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace allcnn::ui {

PreviewPanel::PreviewPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  title_ = new QLabel(this);
  title_->setAlignment(Qt::AlignCenter);
  title_->setWordWrap(true);
  QFont bold = title_->font();
  bold.setBold(true);
  title_->setFont(bold);
  layout->addWidget(title_);
  view_ = new QLabel(this);
  view_->setObjectName(QStringLiteral("preview_image"));
  view_->setAlignment(Qt::AlignCenter);
  view_->setMinimumSize(160, 120);
  view_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
  layout->addWidget(view_, 1);
  clear();
}

void PreviewPanel::set_image(const QImage& grid, int epoch, int batch) {
  image_ = grid;
  title_->setText(tr("Augmentation preview: epoch %1, batch %2").arg(epoch + 1).arg(batch + 1));
  rescale();
}

QString PreviewPanel::title() const { return title_->text(); }

void PreviewPanel::clear() {
  image_ = QImage();
  title_->setText(tr("Augmentation preview: the batch being trained"));
  view_->setPixmap(QPixmap());
  view_->setText(tr("Starts with the run."));
}

void PreviewPanel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  rescale();
}

void PreviewPanel::rescale() {
  if (image_.isNull()) return;
  // Whole-pixel zoom keeps the pixels square and sharp; below 1x, smooth downscaling.
  const double fit = std::min(static_cast<double>(view_->width()) / image_.width(),
                              static_cast<double>(view_->height()) / image_.height());
  QImage scaled;
  if (fit >= 1.0) {
    const int zoom = static_cast<int>(fit);
    scaled = image_.scaled(image_.size() * zoom, Qt::KeepAspectRatio, Qt::FastTransformation);
  } else {
    scaled = image_.scaled(view_->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
  }
  view_->setPixmap(QPixmap::fromImage(scaled));
}

}  // namespace allcnn::ui
