#pragma once

// The decoder front: header checks, then OpenCV's decoder, then the fit to the model's input.
// OpenCV only (no torch), internal to core/vision and the image fuzz target: the rest of the
// project goes through vision/image_file.h.

#include <cstddef>
#include <cstdint>
#include <string>

#include <opencv2/core.hpp>

namespace allcnn::vision {

/// Decodes a PNG, JPEG, BMP, WebP or TIFF image held in `bytes` to 8 bits with `channels`
/// channels (1: gray; 3: RGB, OpenCV's BGR converted) and fits it to a `side` x `side` square
/// (the shorter side resized, the centre cropped). The header is checked first
/// (decode_refusal with kMaxImagePixels), so nothing large is allocated for a file that only
/// claims to be large. Throws allcnn::Error(name, reason). Thread-safe.
cv::Mat decode_to_input(const unsigned char* bytes, size_t size, const std::string& name,
                        int64_t channels, int64_t side);

/// `image` (8-bit, 1 or 3 channels, not empty) fitted to `side` x `side` as above.
cv::Mat fit_to_input(const cv::Mat& image, int64_t side);

}  // namespace allcnn::vision
