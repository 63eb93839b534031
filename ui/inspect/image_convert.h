#pragma once

#include <QImage>
#include <QStringList>

#include "vision/colormap.h"

namespace at {
class Tensor;
}

// The one place in ui/inspect where tensors and core/vision buffers become QImages (and back).
// Only inspect_model.cpp calls these; it holds the tensors.
namespace allcnn::ui::inspect {

/// uint8 [C, H, W] (C = 1 or 3, the dataset layout) -> Grayscale8 or RGB888, a deep copy.
QImage image_from_planes(const at::Tensor& planes);

/// The reverse: Grayscale8/RGB888 (others are converted) -> uint8 [1, channels, H, W].
at::Tensor planes_from_image(const QImage& image, int channels);

/// Plain RGB pixels from core/vision -> RGB888, a deep copy.
QImage image_from_rgb(const vision::RgbImage& rgb);

/// Float maps [N, H, W] tiled row-major in `columns` columns with `spacing` pixels of gap,
/// each coloured by `map`; `per_map` scales every map to its own range, else all share one.
QImage map_grid(const at::Tensor& maps, vision::Colormap map, bool per_map, int columns,
                int spacing = 1);

/// One float map [H, W] coloured by `map` over the range [low, high].
QImage map_image(const at::Tensor& values, vision::Colormap map, float low, float high);

/// Patches [N, C, h, w] with values in [0, 1] (C = 1: gray, C = 3: RGB) tiled like map_grid.
QImage patch_grid(const at::Tensor& patches, int columns, int spacing = 1);

/// A signed map [C, H, W] (a saliency gradient): one channel -> blue/white/red around zero;
/// three channels -> RGB with zero at mid-gray, scaled by the largest magnitude.
QImage signed_image(const at::Tensor& values);

/// A near-square column count for `count` tiles.
int grid_columns(int count);

}  // namespace allcnn::ui::inspect
