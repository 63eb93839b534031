#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace allcnn::vision {

/// Plain interleaved RGB pixels, row-major, 3 bytes a pixel, no padding: what the UI turns
/// into a QImage without knowing OpenCV.
struct RgbImage {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> pixels;  ///< width * height * 3
};

enum class Colormap { Gray, Viridis, Inferno, Jet, Turbo };

/// "gray", "viridis", "inferno", "jet", "turbo".
std::string to_string(Colormap map);
std::vector<std::string> colormap_names();

/// Colours a float map of width x height (row-major). The values are scaled linearly from
/// [low, high] to the colormap's range (values outside are clamped); low == high maps
/// everything to the bottom colour.
RgbImage apply_colormap(const float* values, int width, int height, float low, float high,
                        Colormap map);

/// As above with [low, high] the map's own minimum and maximum (per-map normalization).
RgbImage apply_colormap(const float* values, int width, int height, Colormap map);

/// A signed map (a saliency gradient, a filter): zero in the middle, blue for negative, red
/// for positive, scaled by the largest magnitude.
RgbImage diverging_map(const float* values, int width, int height);

}  // namespace allcnn::vision
