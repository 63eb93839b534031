#include "tensor_image.h"

#include <algorithm>

#include <torch/torch.h>

namespace allcnn::ui {

QImage batch_grid_image(const at::Tensor& batch, int columns, int spacing) {
  if (!batch.defined() || batch.dim() != 4 || batch.size(0) == 0) return {};
  const int count = static_cast<int>(batch.size(0));
  const int channels = static_cast<int>(batch.size(1));
  const int height = static_cast<int>(batch.size(2));
  const int width = static_cast<int>(batch.size(3));
  if (channels != 1 && channels != 3) return {};
  columns = std::max(1, std::min(columns, count));
  const int rows = (count + columns - 1) / columns;

  // [B, H, W, C] uint8 on the CPU, contiguous: rows of interleaved pixels.
  const auto pixels = batch.detach()
                          .to(torch::kCPU, torch::kFloat32)
                          .clamp(0.0, 1.0)
                          .mul(255.0)
                          .round()
                          .to(torch::kUInt8)
                          .permute({0, 2, 3, 1})
                          .contiguous();
  const uint8_t* data = pixels.data_ptr<uint8_t>();

  QImage grid(columns * width + (columns + 1) * spacing, rows * height + (rows + 1) * spacing,
              QImage::Format_RGB888);
  grid.fill(QColor(40, 40, 40));
  for (int i = 0; i < count; ++i) {
    const int left = spacing + (i % columns) * (width + spacing);
    const int top = spacing + (i / columns) * (height + spacing);
    const uint8_t* image = data + static_cast<size_t>(i) * height * width * channels;
    for (int y = 0; y < height; ++y) {
      uchar* line = grid.scanLine(top + y) + left * 3;
      const uint8_t* source = image + static_cast<size_t>(y) * width * channels;
      for (int x = 0; x < width; ++x) {
        for (int k = 0; k < 3; ++k)
          line[3 * x + k] = source[x * channels + (channels == 3 ? k : 0)];
      }
    }
  }
  return grid;
}

}  // namespace allcnn::ui
