#pragma once

#include <QImage>

namespace at {
class Tensor;
}

namespace allcnn::ui {

/// The one place where tensors become images. `batch` is float [B, C, H, W] with C = 1 or 3,
/// values in [0, 1] (clamped), on any device. Returns the images tiled row-major in a grid of
/// `columns` columns with `spacing` pixels of dark gap, as RGB888 at the original resolution.
QImage batch_grid_image(const at::Tensor& batch, int columns = 8, int spacing = 2);

}  // namespace allcnn::ui
