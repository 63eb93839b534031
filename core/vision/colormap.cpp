#include "vision/colormap.h"

#include <algorithm>
#include <cmath>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace allcnn::vision {

namespace {

struct ColormapName {
  Colormap map;
  const char* name;
};
constexpr ColormapName kNames[] = {{Colormap::Gray, "gray"},
                                   {Colormap::Viridis, "viridis"},
                                   {Colormap::Inferno, "inferno"},
                                   {Colormap::Jet, "jet"},
                                   {Colormap::Turbo, "turbo"}};

RgbImage from_bgr(const cv::Mat& bgr) {
  RgbImage image;
  image.width = bgr.cols;
  image.height = bgr.rows;
  image.pixels.resize(size_t(bgr.cols) * bgr.rows * 3);
  cv::Mat rgb(bgr.rows, bgr.cols, CV_8UC3, image.pixels.data());
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  return image;
}

}  // namespace

std::string to_string(Colormap map) {
  for (const auto& entry : kNames)
    if (entry.map == map) return entry.name;
  return "gray";
}

std::vector<std::string> colormap_names() {
  std::vector<std::string> names;
  for (const auto& entry : kNames) names.emplace_back(entry.name);
  return names;
}

RgbImage apply_colormap(const float* values, int width, int height, float low, float high,
                        Colormap map) {
  if (width <= 0 || height <= 0) return {};
  const cv::Mat source(height, width, CV_32FC1, const_cast<float*>(values));
  cv::Mat scaled;
  const double range = high - low;
  if (range > 0 && std::isfinite(range))
    source.convertTo(scaled, CV_8UC1, 255.0 / range, -low * 255.0 / range);  // saturates
  else
    scaled = cv::Mat::zeros(height, width, CV_8UC1);
  cv::Mat bgr;
  switch (map) {
    case Colormap::Gray:
      cv::cvtColor(scaled, bgr, cv::COLOR_GRAY2BGR);
      break;
    case Colormap::Viridis:
      cv::applyColorMap(scaled, bgr, cv::COLORMAP_VIRIDIS);
      break;
    case Colormap::Inferno:
      cv::applyColorMap(scaled, bgr, cv::COLORMAP_INFERNO);
      break;
    case Colormap::Jet:
      cv::applyColorMap(scaled, bgr, cv::COLORMAP_JET);
      break;
    case Colormap::Turbo:
      cv::applyColorMap(scaled, bgr, cv::COLORMAP_TURBO);
      break;
  }
  return from_bgr(bgr);
}

RgbImage apply_colormap(const float* values, int width, int height, Colormap map) {
  const size_t count = size_t(std::max(width, 0)) * size_t(std::max(height, 0));
  if (count == 0) return {};
  const auto [low, high] = std::minmax_element(values, values + count);
  return apply_colormap(values, width, height, *low, *high, map);
}

RgbImage diverging_map(const float* values, int width, int height) {
  RgbImage image;
  if (width <= 0 || height <= 0) return image;
  const size_t count = size_t(width) * height;
  float largest = 0;
  for (size_t i = 0; i < count; ++i) largest = std::max(largest, std::fabs(values[i]));
  image.width = width;
  image.height = height;
  image.pixels.resize(count * 3);
  for (size_t i = 0; i < count; ++i) {
    const float v = largest > 0 ? std::clamp(values[i] / largest, -1.0f, 1.0f) : 0.0f;
    // White at zero, saturating to red (positive) or blue (negative).
    const auto fade = static_cast<uint8_t>(std::lround(255 * (1 - std::fabs(v))));
    image.pixels[3 * i + 0] = v >= 0 ? 255 : fade;
    image.pixels[3 * i + 1] = fade;
    image.pixels[3 * i + 2] = v <= 0 ? 255 : fade;
  }
  return image;
}

}  // namespace allcnn::vision
