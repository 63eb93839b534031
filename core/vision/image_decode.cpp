#include "vision/image_decode.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "vision/image_header.h"

namespace allcnn::vision {

namespace fs = std::filesystem;

namespace {

cv::Mat scaled(const cv::Mat& image, int width, int height) {
  if (image.cols == width && image.rows == height) return image;
  // Area interpolation averages the pixels a target pixel covers: right for shrinking, but
  // blocky (nearest-like) when enlarging.
  const bool shrinking = width <= image.cols && height <= image.rows;
  cv::Mat out;
  cv::resize(image, out, cv::Size(width, height), 0, 0,
             shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
  return out;
}

}  // namespace

std::vector<unsigned char> read_image_bytes(const std::string& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw Error(path, message(MessageCode::NoSuchFile));
  if (fs::is_directory(status)) throw Error(path, message(MessageCode::FolderNotImage));
  const auto bytes_on_disk = fs::file_size(path, ec);
  if (ec) throw Error(path, message(MessageCode::CannotRead, ec.message()));
  if (bytes_on_disk == 0) throw Error(path, message(MessageCode::EmptyFile));
  if (bytes_on_disk > kMaxImageFileBytes)
    throw Error(path, message(MessageCode::ImageFileTooLarge, bytes_on_disk >> 20,
                              kMaxImageFileBytes >> 20));
  std::ifstream file(path, std::ios::binary);
  if (!file) throw Error(path, message(MessageCode::CannotOpen, std::strerror(errno)));
  std::vector<unsigned char> bytes(bytes_on_disk);
  file.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (file.gcount() != static_cast<std::streamsize>(bytes.size()))
    throw Error(path, message(MessageCode::EndedEarly));
  return bytes;
}

cv::Mat decode_checked(const unsigned char* bytes, size_t size, const std::string& name,
                       int imread_flags) {
  if (size == 0) throw Error(name, message(MessageCode::EmptyFile));
  if (size > kMaxImageFileBytes)
    throw Error(name,
                message(MessageCode::ImageBytesTooLarge, size >> 20, kMaxImageFileBytes >> 20));
  const ImageHeader header = read_image_header(bytes, size);
  const std::string refusal = decode_refusal(header, kMaxImagePixels);
  if (!refusal.empty()) throw Error(name, refusal);
  cv::Mat decoded;
  try {
    const cv::Mat buffer(1, static_cast<int>(size), CV_8UC1, const_cast<unsigned char*>(bytes));
    decoded = cv::imdecode(buffer, imread_flags);
  } catch (const cv::Exception& e) {
    throw Error(name, message(MessageCode::DecodeFailedBecause, header.format, e.msg));
  }
  if (decoded.empty()) throw Error(name, message(MessageCode::DecodeFailed, header.format));
  if (decoded.depth() != CV_8U) throw Error(name, message(MessageCode::DeepImage));
  if (decoded.channels() == 3) cv::cvtColor(decoded, decoded, cv::COLOR_BGR2RGB);
  return decoded;
}

cv::Mat fit_to_input(const cv::Mat& image, int64_t size, data::ImageFit fit) {
  const int side = static_cast<int>(size);
  if (fit == data::ImageFit::Resize) return scaled(image, side, side).clone();
  const double scale = double(side) / std::min(image.cols, image.rows);
  const int width = std::max(side, static_cast<int>(std::lround(image.cols * scale)));
  const int height = std::max(side, static_cast<int>(std::lround(image.rows * scale)));
  const cv::Mat resized = scaled(image, width, height);
  const int x = (resized.cols - side) / 2;
  const int y = (resized.rows - side) / 2;
  return resized(cv::Rect(x, y, side, side)).clone();
}

cv::Mat decode_to_input(const unsigned char* bytes, size_t size, const std::string& name,
                        int64_t channels, int64_t side, data::ImageFit fit) {
  if ((channels != 1 && channels != 3) || side < 1 || side > 4096)
    throw Error("model input", "expected 1 or 3 channels and a side in [1, 4096]");
  // IMREAD_COLOR / IMREAD_GRAYSCALE always give 8 bits (16-bit and alpha images are converted).
  const cv::Mat decoded =
      decode_checked(bytes, size, name, channels == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
  return fit_to_input(decoded, side, fit);
}

}  // namespace allcnn::vision
