#pragma once

// A strict, bounded reader of ZIP archives held in memory (the container of LibTorch's
// checkpoints). No torch here: the checkpoint validator and its fuzz target build without it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace allcnn {

/// One member of a ZIP archive, as its central directory and local header agree on it.
struct ZipEntry {
  std::string name;
  uint16_t method = 0;  ///< 0: stored, 8: deflated (the only two accepted)
  uint32_t crc32 = 0;
  uint64_t compressed_size = 0;
  uint64_t size = 0;         ///< uncompressed
  uint64_t data_offset = 0;  ///< where the (compressed) data starts in the archive
};

/// Reads the central directory of the archive in `bytes` (which must outlive the reader) and
/// checks it against every local header: the end record and ZIP64 records where present, no
/// encryption, no method but stored and deflate, unique names, every member's header and data
/// inside the archive, before the central directory and not overlapping another member.
/// Throws allcnn::Error(name, reason) otherwise. Thread-safe once constructed (const only).
class ZipReader {
 public:
  ZipReader(const uint8_t* bytes, size_t size, std::string name, size_t max_entries = 100000);

  const std::vector<ZipEntry>& entries() const { return entries_; }
  /// The entry named `name`, or null.
  const ZipEntry* find(const std::string& name) const;

  /// The entry's content, inflated if need be, its CRC-32 checked. Refuses (allcnn::Error) an
  /// entry larger than `max_bytes` before inflating anything, and a deflate stream that
  /// produces more or less than the size the directory states.
  std::vector<uint8_t> contents(const ZipEntry& entry, uint64_t max_bytes) const;

  /// Checks a stored entry's CRC-32 in place (no copy); deflated entries go through
  /// contents() with `max_bytes`.
  void verify(const ZipEntry& entry, uint64_t max_bytes) const;

 private:
  void read_end_record(uint64_t& count, uint64_t& directory_offset, uint64_t& directory_size);
  [[noreturn]] void fail(const std::string& reason) const;

  const uint8_t* bytes_;
  size_t size_;
  std::string name_;
  std::vector<ZipEntry> entries_;
};

}  // namespace allcnn
