#pragma once

// CIFAR-10/100 binary record files as plain bytes: no torch here, so the parser is what the
// fuzz targets exercise and the tensor reader (data/dataset.h) only wraps it.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace allcnn::data {

inline constexpr int64_t kCifarChannels = 3;
inline constexpr int64_t kCifarSide = 32;
inline constexpr int64_t kCifarPixelBytes = kCifarChannels * kCifarSide * kCifarSide;
/// The largest official file (CIFAR-100's train.bin) has 50000 records; no file may have more,
/// and a larger file is refused by its size before it is read.
inline constexpr int64_t kMaxCifarRecords = 50000;

/// The records of one CIFAR file: `count` images of 3x32x32 bytes (R, G, B planes, each
/// row-major: already the network's [C, H, W] layout), back to back, and their labels.
struct CifarRecords {
  int64_t count = 0;
  std::shared_ptr<std::vector<uint8_t>> pixels;  ///< count * kCifarPixelBytes bytes
  std::vector<uint8_t> labels;                   ///< count labels, each < num_classes
};

/// Parses a CIFAR binary file's bytes: records of `label_bytes` label bytes (1: CIFAR-10; 2:
/// CIFAR-100's coarse then fine label, the fine one is kept) and 3072 pixel bytes; at most
/// `max_records` of them. Throws allcnn::Error(name, reason) for an empty file, a partial
/// record, too many records, a label outside [0, num_classes), or bad arguments. Thread-safe.
CifarRecords parse_cifar(const uint8_t* bytes, size_t size, const std::string& name,
                         int label_bytes, int num_classes, int64_t max_records = kMaxCifarRecords);

/// Reads and parses the file at `path` (see parse_cifar); its size is checked against
/// `max_records` before it is read. Errors name the path.
CifarRecords read_cifar_file(const std::string& path, int label_bytes, int num_classes,
                             int64_t max_records = kMaxCifarRecords);

}  // namespace allcnn::data
