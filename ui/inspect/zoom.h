#pragma once

#include <algorithm>
#include <cmath>

#include <QImage>
#include <QPixmap>

namespace allcnn::ui::inspect {

/// Small maps are enlarged by an integer factor without smoothing, so every unit stays a
/// crisp square: the factor that brings `width` closest to `target_pixels`, at least 1.
inline int fit_factor(int width, int target_pixels) {
  if (width <= 0) return 1;
  return std::max(1, static_cast<int>(std::lround(double(target_pixels) / width)));
}

inline QPixmap zoomed(const QImage& image, int factor) {
  if (image.isNull()) return {};
  return QPixmap::fromImage(image.scaled(image.width() * factor, image.height() * factor,
                                         Qt::IgnoreAspectRatio, Qt::FastTransformation));
}

}  // namespace allcnn::ui::inspect
