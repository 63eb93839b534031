#pragma once

// IDX files (MNIST, Fashion-MNIST) as plain bytes: no torch here, so the parser is what the
// fuzz targets exercise and the tensor readers (data/dataset.h) only wrap it.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace allcnn::data {

/// An IDX array of unsigned bytes: its dimensions and its data, row-major. The data lives in
/// `buffer` from `offset` on (the header before it), so nothing is copied after reading.
struct IdxArray {
  std::vector<int64_t> dims;
  std::shared_ptr<std::vector<uint8_t>> buffer;
  size_t offset = 0;

  const uint8_t* data() const { return buffer->data() + offset; }
  /// The product of dims: the number of data bytes.
  size_t size() const { return buffer->size() - offset; }
};

/// No IDX array is accepted that holds more than this (the header says how much it holds, so
/// a hostile header is refused before anything is allocated).
inline constexpr uint64_t kMaxIdxDataBytes = uint64_t{8} << 30;

/// Parses an IDX file's bytes, raw or gzip-compressed (detected from the magic bytes 0x1f
/// 0x8b, not the name): magic 0x000008NN (unsigned bytes, NN = `dims` dimensions), NN
/// big-endian uint32 sizes, then exactly their product in bytes. `what` names the content in
/// messages ("images", "labels"). Decompression stops as soon as the output exceeds the size
/// the header implies, so a small file that inflates to gigabytes fails fast with little
/// memory. Throws allcnn::Error(name, reason) for every malformed input. Thread-safe.
IdxArray parse_idx(const uint8_t* bytes, size_t size, const std::string& name, uint8_t dims,
                   const std::string& what);

/// Reads and parses the file at `path` (see parse_idx); errors name the path.
IdxArray read_idx_file(const std::string& path, uint8_t dims, const std::string& what);

}  // namespace allcnn::data
