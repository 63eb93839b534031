#include "common/zip_reader.h"

#include <algorithm>
#include <climits>
#include <set>

#include <zlib.h>

#include "common/error.h"

namespace allcnn {

namespace {

constexpr uint32_t kLocalSignature = 0x04034b50;
constexpr uint32_t kCentralSignature = 0x02014b50;
constexpr uint32_t kEndSignature = 0x06054b50;
constexpr uint32_t kZip64EndSignature = 0x06064b50;
constexpr uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr size_t kEndBytes = 22;
constexpr size_t kCentralBytes = 46;
constexpr size_t kLocalBytes = 30;

uint16_t le16(const uint8_t* p) { return static_cast<uint16_t>(p[0] | (p[1] << 8)); }
uint32_t le32(const uint8_t* p) { return uint32_t{le16(p)} | (uint32_t{le16(p + 2)} << 16); }
uint64_t le64(const uint8_t* p) { return uint64_t{le32(p)} | (uint64_t{le32(p + 4)} << 32); }

std::string printable(const std::string& name) {
  std::string out;
  for (char c : name.substr(0, 80)) out += (static_cast<unsigned char>(c) < 0x20 ? '?' : c);
  return "'" + out + (name.size() > 80 ? "...'" : "'");
}

}  // namespace

void ZipReader::fail(const std::string& reason) const { throw Error(name_, reason); }

void ZipReader::read_end_record(uint64_t& count, uint64_t& directory_offset,
                                uint64_t& directory_size) {
  if (size_ < kEndBytes) fail("is not a ZIP archive (" + std::to_string(size_) + " bytes)");
  // The end record is the last thing in the file, followed only by its comment.
  size_t at = size_ - kEndBytes;
  const size_t lowest = size_ - kEndBytes > 0xFFFF ? size_ - kEndBytes - 0xFFFF : 0;
  for (;; --at) {
    if (le32(bytes_ + at) == kEndSignature && le16(bytes_ + at + 20) == size_ - at - kEndBytes)
      break;
    if (at == lowest) fail("is not a ZIP archive (no end of central directory record)");
  }
  const uint8_t* end = bytes_ + at;
  if (le16(end + 4) != 0 || le16(end + 6) != 0 || le16(end + 8) != le16(end + 10))
    fail("is a multi-part ZIP archive");
  count = le16(end + 10);
  directory_size = le32(end + 12);
  directory_offset = le32(end + 16);
  uint64_t directory_limit = at;  // the central directory ends before this
  const bool needs_zip64 =
      count == 0xFFFF || directory_size == 0xFFFFFFFF || directory_offset == 0xFFFFFFFF;
  if (at >= 20 && le32(bytes_ + at - 20) == kZip64LocatorSignature) {
    const uint8_t* locator = bytes_ + at - 20;
    const uint64_t record = le64(locator + 8);
    if (le32(locator + 4) != 0 || le32(locator + 16) > 1) fail("is a multi-part ZIP archive");
    if (record > at - 20 || at - 20 - record < 56 || le32(bytes_ + record) != kZip64EndSignature)
      fail("has a broken ZIP64 end record");
    const uint8_t* r = bytes_ + record;
    if (le32(r + 16) != 0 || le32(r + 20) != 0 || le64(r + 24) != le64(r + 32))
      fail("is a multi-part ZIP archive");
    count = le64(r + 32);
    directory_size = le64(r + 40);
    directory_offset = le64(r + 48);
    directory_limit = record;
  } else if (needs_zip64) {
    fail("has ZIP64 markers but no ZIP64 end record");
  }
  if (directory_offset > directory_limit || directory_limit - directory_offset < directory_size)
    fail("the central directory lies outside the archive");
  if (count > directory_size / kCentralBytes)
    fail("the central directory is too small for its " + std::to_string(count) + " members");
}

ZipReader::ZipReader(const uint8_t* bytes, size_t size, std::string name, size_t max_entries)
    : bytes_(bytes), size_(size), name_(std::move(name)) {
  uint64_t count = 0, directory_offset = 0, directory_size = 0;
  read_end_record(count, directory_offset, directory_size);
  if (count > max_entries)
    fail("has " + std::to_string(count) + " members, more than the " + std::to_string(max_entries) +
         " expected");
  struct Span {
    uint64_t begin, end;
    size_t entry;
  };
  std::vector<Span> spans;
  std::set<std::string> names;
  const uint64_t directory_end = directory_offset + directory_size;
  uint64_t pos = directory_offset;
  for (uint64_t i = 0; i < count; ++i) {
    const std::string which = "member " + std::to_string(i + 1);
    if (directory_end - pos < kCentralBytes || le32(bytes_ + pos) != kCentralSignature)
      fail("the central directory is corrupt at " + which);
    const uint8_t* c = bytes_ + pos;
    const uint16_t flags = le16(c + 8);
    ZipEntry entry;
    entry.method = le16(c + 10);
    entry.crc32 = le32(c + 16);
    entry.compressed_size = le32(c + 20);
    entry.size = le32(c + 24);
    const size_t name_length = le16(c + 28), extra_length = le16(c + 30);
    const size_t comment_length = le16(c + 32);
    uint64_t local = le32(c + 42);
    const uint64_t record = kCentralBytes + name_length + extra_length + comment_length;
    if (directory_end - pos < record) fail("the central directory is corrupt at " + which);
    entry.name.assign(reinterpret_cast<const char*>(c + kCentralBytes), name_length);
    const std::string shown = printable(entry.name);
    // ZIP64: the sizes and the offset that do not fit 32 bits follow in this order.
    for (const uint8_t *x = c + kCentralBytes + name_length, *x_end = x + extra_length;
         x < x_end;) {
      if (x_end - x < 4) fail("member " + shown + " has a corrupt extra field");
      const uint16_t id = le16(x), length = le16(x + 2);
      if (static_cast<size_t>(x_end - x - 4) < length)
        fail("member " + shown + " has a corrupt extra field");
      if (id == 0x0001) {
        const uint8_t* field = x + 4;
        size_t left = length;
        for (uint64_t* value : {&entry.size, &entry.compressed_size, &local}) {
          if (*value != 0xFFFFFFFF) continue;
          if (left < 8) fail("member " + shown + " has a corrupt ZIP64 field");
          *value = le64(field);
          field += 8;
          left -= 8;
        }
      }
      x += 4 + length;
    }
    if (le16(c + 34) != 0 && le16(c + 34) != 0xFFFF) fail("is a multi-part ZIP archive");
    if ((flags & 0x41) != 0) fail("member " + shown + " is encrypted");
    if (entry.method != 0 && entry.method != 8)
      fail("member " + shown + " uses compression method " + std::to_string(entry.method) +
           " (only stored and deflate are read)");
    if (entry.method == 0 && entry.compressed_size != entry.size)
      fail("stored member " + shown + " has two different sizes");
    if (!names.insert(entry.name).second) fail("member " + shown + " appears twice");
    if (local > directory_offset || directory_offset - local < kLocalBytes ||
        le32(bytes_ + local) != kLocalSignature)
      fail("member " + shown + " has no local header where the directory says");
    const uint8_t* l = bytes_ + local;
    const uint64_t data = local + kLocalBytes + le16(l + 26) + le16(l + 28);
    if (data > directory_offset || directory_offset - local - kLocalBytes < le16(l + 26) ||
        std::string(reinterpret_cast<const char*>(l + kLocalBytes), le16(l + 26)) != entry.name)
      fail("member " + shown + " has a local header for another name");
    if (le16(l + 8) != entry.method) fail("member " + shown + " has two compression methods");
    if (directory_offset - data < entry.compressed_size)
      fail("member " + shown + "'s data runs past the end of the archive");
    entry.data_offset = data;
    spans.push_back({local, data + entry.compressed_size, entries_.size()});
    entries_.push_back(std::move(entry));
    pos += record;
  }
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  for (size_t i = 1; i < spans.size(); ++i)
    if (spans[i].begin < spans[i - 1].end)
      fail("members " + printable(entries_[spans[i - 1].entry].name) + " and " +
           printable(entries_[spans[i].entry].name) + " overlap");
}

const ZipEntry* ZipReader::find(const std::string& name) const {
  for (const auto& entry : entries_)
    if (entry.name == name) return &entry;
  return nullptr;
}

std::vector<uint8_t> ZipReader::contents(const ZipEntry& entry, uint64_t max_bytes) const {
  const std::string shown = printable(entry.name);
  if (entry.size > max_bytes)
    fail("member " + shown + " has " + std::to_string(entry.size) + " bytes, more than the " +
         std::to_string(max_bytes) + " it may have");
  const uint8_t* data = bytes_ + entry.data_offset;
  std::vector<uint8_t> out;
  if (entry.method == 0) {
    out.assign(data, data + entry.size);
  } else {
    if (entry.compressed_size > UINT_MAX || entry.size >= UINT_MAX)
      fail("member " + shown + " is too large to inflate");
    out.resize(static_cast<size_t>(entry.size) + 1);  // one byte more proves a longer stream
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) fail("cannot start zlib");
    z.next_in = const_cast<Bytef*>(data);
    z.avail_in = static_cast<uInt>(entry.compressed_size);
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    const int status = inflate(&z, Z_FINISH);
    const uint64_t produced = out.size() - z.avail_out;
    inflateEnd(&z);
    if (status != Z_STREAM_END || produced != entry.size)
      fail("member " + shown + " does not inflate to the " + std::to_string(entry.size) +
           " bytes its directory entry states");
    out.resize(static_cast<size_t>(entry.size));
  }
  if (crc32_z(0, out.data(), out.size()) != entry.crc32)
    fail("member " + shown + " is corrupt (CRC-32 mismatch)");
  return out;
}

void ZipReader::verify(const ZipEntry& entry, uint64_t max_bytes) const {
  if (entry.method != 0) {
    contents(entry, max_bytes);
    return;
  }
  if (crc32_z(0, bytes_ + entry.data_offset, static_cast<size_t>(entry.size)) != entry.crc32)
    fail("member " + printable(entry.name) + " is corrupt (CRC-32 mismatch)");
}

}  // namespace allcnn
