#include "image_convert.h"

#include <algorithm>
#include <cmath>

#include <torch/torch.h>
#include <QPainter>

namespace allcnn::ui::inspect {

namespace {

QImage blank_grid(int count, int columns, int tile_width, int tile_height, int spacing) {
  const int rows = (count + columns - 1) / columns;
  QImage grid(columns * tile_width + (columns - 1) * spacing,
              rows * tile_height + (rows - 1) * spacing, QImage::Format_RGB888);
  grid.fill(QColor(40, 40, 40));
  return grid;
}

}  // namespace

int grid_columns(int count) {
  return std::max(1, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(count)))));
}

QImage image_from_planes(const at::Tensor& planes) {
  const auto hwc = planes.detach().to(torch::kCPU, torch::kUInt8).permute({1, 2, 0}).contiguous();
  const int height = static_cast<int>(hwc.size(0)), width = static_cast<int>(hwc.size(1));
  const int channels = static_cast<int>(hwc.size(2));
  const auto format = channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
  const QImage view(hwc.data_ptr<uint8_t>(), width, height, width * channels, format);
  return view.copy();
}

at::Tensor planes_from_image(const QImage& image, int channels) {
  const QImage converted =
      image.convertToFormat(channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
  auto hwc = torch::empty({converted.height(), converted.width(), channels}, torch::kUInt8);
  for (int y = 0; y < converted.height(); ++y)
    std::copy_n(converted.constScanLine(y), converted.width() * channels,
                hwc.data_ptr<uint8_t>() + static_cast<size_t>(y) * converted.width() * channels);
  return hwc.permute({2, 0, 1}).unsqueeze(0).contiguous();
}

QImage image_from_rgb(const vision::RgbImage& rgb) {
  if (rgb.width <= 0 || rgb.height <= 0) return {};
  const QImage view(rgb.pixels.data(), rgb.width, rgb.height, rgb.width * 3, QImage::Format_RGB888);
  return view.copy();
}

QImage map_grid(const at::Tensor& maps, vision::Colormap map, bool per_map, int columns,
                int spacing) {
  const auto values = maps.detach().to(torch::kCPU, torch::kFloat32).contiguous();
  const int count = static_cast<int>(values.size(0));
  const int height = static_cast<int>(values.size(1)), width = static_cast<int>(values.size(2));
  if (count == 0) return {};
  QImage grid = blank_grid(count, columns, width, height, spacing);
  const float low = values.min().item<float>(), high = values.max().item<float>();
  QPainter painter(&grid);
  for (int i = 0; i < count; ++i) {
    const float* data = values.data_ptr<float>() + static_cast<size_t>(i) * width * height;
    const auto rgb = per_map ? vision::apply_colormap(data, width, height, map)
                             : vision::apply_colormap(data, width, height, low, high, map);
    painter.drawImage((i % columns) * (width + spacing), (i / columns) * (height + spacing),
                      image_from_rgb(rgb));
  }
  return grid;
}

QImage map_image(const at::Tensor& values, vision::Colormap map, float low, float high) {
  const auto v = values.detach().to(torch::kCPU, torch::kFloat32).contiguous();
  return image_from_rgb(vision::apply_colormap(v.data_ptr<float>(), static_cast<int>(v.size(1)),
                                               static_cast<int>(v.size(0)), low, high, map));
}

QImage patch_grid(const at::Tensor& patches, int columns, int spacing) {
  const auto values = patches.detach().to(torch::kCPU, torch::kFloat32).clamp(0, 1);
  const int count = static_cast<int>(values.size(0));
  if (count == 0) return {};
  const int height = static_cast<int>(values.size(2)), width = static_cast<int>(values.size(3));
  QImage grid = blank_grid(count, columns, width, height, spacing);
  QPainter painter(&grid);
  for (int i = 0; i < count; ++i) {
    const auto planes = (values[i] * 255).round().to(torch::kUInt8);
    painter.drawImage((i % columns) * (width + spacing), (i / columns) * (height + spacing),
                      image_from_planes(planes).convertToFormat(QImage::Format_RGB888));
  }
  return grid;
}

QImage signed_image(const at::Tensor& values) {
  const auto v = values.detach().to(torch::kCPU, torch::kFloat32).contiguous();
  if (v.size(0) == 1) {
    return image_from_rgb(vision::diverging_map(v.data_ptr<float>(), static_cast<int>(v.size(2)),
                                                static_cast<int>(v.size(1))));
  }
  const float largest = std::max(v.abs().max().item<float>(), 1e-12f);
  return image_from_planes(((v / largest) * 127.5 + 127.5).round().clamp(0, 255).to(torch::kUInt8));
}

}  // namespace allcnn::ui::inspect
