#include "vision/image_decode.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "vision/image_header.h"

namespace allcnn::vision {

cv::Mat fit_to_input(const cv::Mat& image, int64_t size) {
  const int side = static_cast<int>(size);
  cv::Mat resized = image;
  const int shorter = std::min(image.cols, image.rows);
  if (shorter != side) {
    const double scale = double(side) / shorter;
    const int width = std::max(side, static_cast<int>(std::lround(image.cols * scale)));
    const int height = std::max(side, static_cast<int>(std::lround(image.rows * scale)));
    cv::resize(image, resized, cv::Size(width, height), 0, 0,
               scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
  }
  const int x = (resized.cols - side) / 2;
  const int y = (resized.rows - side) / 2;
  return resized(cv::Rect(x, y, side, side)).clone();
}

cv::Mat decode_to_input(const unsigned char* bytes, size_t size, const std::string& name,
                        int64_t channels, int64_t side) {
  if ((channels != 1 && channels != 3) || side < 1 || side > 4096)
    throw Error("model input", "expected 1 or 3 channels and a side in [1, 4096]");
  if (size == 0) throw Error(name, "empty file");
  if (size > kMaxImageFileBytes)
    throw Error(name, "image too large to decode safely: " + std::to_string(size >> 20) +
                          " MiB (the limit is " + std::to_string(kMaxImageFileBytes >> 20) +
                          " MiB)");
  const ImageHeader header = read_image_header(bytes, size);
  const std::string refusal = decode_refusal(header, kMaxImagePixels);
  if (!refusal.empty()) throw Error(name, refusal);
  cv::Mat decoded;
  try {
    const cv::Mat buffer(1, static_cast<int>(size), CV_8UC1, const_cast<unsigned char*>(bytes));
    // IMREAD_COLOR / IMREAD_GRAYSCALE always give 8 bits (16-bit and alpha images are converted).
    decoded = cv::imdecode(buffer, channels == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
  } catch (const cv::Exception& e) {
    throw Error(name, "could not decode the " + header.format + " image: " + e.msg);
  }
  if (decoded.empty())
    throw Error(name, "could not decode the " + header.format + " image (corrupt or truncated)");
  if (decoded.channels() == 3) cv::cvtColor(decoded, decoded, cv::COLOR_BGR2RGB);
  return fit_to_input(decoded, side);
}

}  // namespace allcnn::vision
