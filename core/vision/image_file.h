#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <torch/types.h>

#include "config/choices.h"
#include "vision/image_header.h"

namespace allcnn::vision {

/// The network input an image is fitted to: channels (1: grayscale, 3: RGB), square side, and
/// how an image of another size or shape is fitted (a run trained on an image folder says which).
struct ModelInput {
  int64_t channels = 3;
  int64_t size = 32;
  data::ImageFit fit = data::ImageFit::Crop;
};

/// Decodes a PNG, JPEG, BMP, WebP or TIFF file into the dataset layout: uint8 [1, C, H, W]
/// with RGB planes in R, G, B order (OpenCV's BGR converted) or one gray plane, fitted to the
/// input.size square as input.fit says (area interpolation when shrinking, bilinear when
/// enlarging). An image already of the input size passes unchanged, so
/// Augmenter::preprocess() then normalizes it exactly as in training.
/// Throws allcnn::Error naming the file: unreadable path, a folder, an empty file, not a
/// supported image, too large (file size or header dimensions), corrupt data.
/// Thread-safe (no shared state).
torch::Tensor load_image_file(const std::string& path, const ModelInput& input);

/// The same from bytes in memory (a drop from another application); `name` is what errors say.
torch::Tensor decode_image_bytes(const unsigned char* bytes, size_t size, const std::string& name,
                                 const ModelInput& input);

/// The same from already decoded, interleaved RGB pixels (a pasted image); `stride` is the
/// byte distance between rows.
torch::Tensor image_from_rgb(const unsigned char* rgb, int width, int height, size_t stride,
                             const ModelInput& input);

/// Files are kept as given (bad ones fail later, with their own message); a folder becomes its
/// image files (by extension, not recursive), sorted by name. A path that does not exist is
/// kept, so the decode step reports it. Throws allcnn::Error for a folder that cannot be listed.
std::vector<std::string> expand_image_paths(const std::vector<std::string>& paths);

}  // namespace allcnn::vision
