#include "vision/image_file.h"

#include <algorithm>
#include <filesystem>

#include <torch/torch.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "vision/image_decode.h"
#include "vision/image_header.h"

namespace allcnn::vision {

namespace fs = std::filesystem;

namespace {

void check_input(const ModelInput& input) {
  if ((input.channels != 1 && input.channels != 3) || input.size < 1)
    throw Error("model input", "expected 1 or 3 channels and a positive size");
}

// An 8-bit image with 1 (gray) or 3 (RGB, interleaved) channels -> uint8 [1, C, H, W].
torch::Tensor to_tensor(const cv::Mat& fitted) {
  const int64_t channels = fitted.channels();
  auto hwc = torch::from_blob(const_cast<unsigned char*>(fitted.data),
                              {fitted.rows, fitted.cols, channels},
                              {static_cast<int64_t>(fitted.step[0]), channels, 1}, torch::kUInt8);
  return hwc.permute({2, 0, 1}).unsqueeze(0).contiguous();
}

}  // namespace

torch::Tensor decode_image_bytes(const unsigned char* bytes, size_t size, const std::string& name,
                                 const ModelInput& input) {
  check_input(input);
  return to_tensor(decode_to_input(bytes, size, name, input.channels, input.size, input.fit));
}

torch::Tensor load_image_file(const std::string& path, const ModelInput& input) {
  const auto bytes = read_image_bytes(path);
  return decode_image_bytes(bytes.data(), bytes.size(), path, input);
}

torch::Tensor image_from_rgb(const unsigned char* rgb, int width, int height, size_t stride,
                             const ModelInput& input) {
  check_input(input);
  if (width <= 0 || height <= 0) throw Error("pasted image", message(MessageCode::PastedEmpty));
  if (int64_t(width) * height > kMaxImagePixels)
    throw Error("pasted image", message(MessageCode::PastedTooLarge, width, height));
  const cv::Mat image(height, width, CV_8UC3, const_cast<unsigned char*>(rgb), stride);
  cv::Mat converted;
  if (input.channels == 1)
    cv::cvtColor(image, converted, cv::COLOR_RGB2GRAY);  // the same weights as IMREAD_GRAYSCALE
  else
    converted = image;
  return to_tensor(fit_to_input(converted, input.size, input.fit));
}

std::vector<std::string> expand_image_paths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::directory_iterator it(path, ec);
    if (ec) throw Error(path, message(MessageCode::CannotList, ec.message()));
    for (const auto& entry : it)
      if (entry.is_regular_file(ec) && has_image_extension(entry.path().string()))
        found.push_back(entry.path().string());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace allcnn::vision
