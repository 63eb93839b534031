#pragma once

// The decoder front: file and header checks, then OpenCV's decoder, then the fit to the model's
// input. OpenCV only (no torch), internal to core/vision (image files, image folders) and the
// image fuzz target: the rest of the project goes through vision/image_file.h.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "config/choices.h"

namespace allcnn::vision {

/// The bytes of an image file, within kMaxImageFileBytes. Throws allcnn::Error naming `path`:
/// missing, a folder, empty, too large, unreadable. Thread-safe.
std::vector<unsigned char> read_image_bytes(const std::string& path);

/// Decodes a PNG, JPEG, BMP, WebP or TIFF image held in `bytes` with cv::imdecode
/// `imread_flags` (8 bits per channel; an RGB result in R, G, B order, OpenCV's BGR converted).
/// The header is checked first (decode_refusal with kMaxImagePixels), so nothing large is
/// allocated for a file that only claims to be large. Throws allcnn::Error(name, reason).
/// Thread-safe.
cv::Mat decode_checked(const unsigned char* bytes, size_t size, const std::string& name,
                       int imread_flags);

/// `image` (8-bit, 1 or 3 channels, not empty) fitted to a `side` x `side` square: Crop
/// scales the shorter side to `side` and cuts out the centre, Resize squeezes the whole image.
/// Area interpolation when shrinking, bilinear when enlarging; an image of that size already
/// passes unchanged.
cv::Mat fit_to_input(const cv::Mat& image, int64_t side,
                     data::ImageFit fit = data::ImageFit::Crop);

/// decode_checked() to `channels` (1: gray; 3: RGB), then fit_to_input(). Throws
/// allcnn::Error(name, reason). Thread-safe.
cv::Mat decode_to_input(const unsigned char* bytes, size_t size, const std::string& name,
                        int64_t channels, int64_t side,
                        data::ImageFit fit = data::ImageFit::Crop);

}  // namespace allcnn::vision
