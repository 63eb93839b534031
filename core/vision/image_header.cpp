#include "vision/image_header.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>

namespace allcnn::vision {

namespace {

uint32_t be16(const unsigned char* p) { return (uint32_t(p[0]) << 8) | p[1]; }
uint32_t be32(const unsigned char* p) { return (be16(p) << 16) | be16(p + 2); }
uint32_t le16(const unsigned char* p) { return (uint32_t(p[1]) << 8) | p[0]; }
uint32_t le32(const unsigned char* p) { return (le16(p + 2) << 16) | le16(p); }

bool starts_with(const unsigned char* bytes, size_t size, const char* magic, size_t length) {
  return size >= length && std::memcmp(bytes, magic, length) == 0;
}

void read_png(const unsigned char* b, size_t n, ImageHeader& h) {
  if (n >= 24 && std::memcmp(b + 12, "IHDR", 4) == 0) {
    h.width = be32(b + 16);
    h.height = be32(b + 20);
  }
}

void read_jpeg(const unsigned char* b, size_t n, ImageHeader& h) {
  size_t pos = 2;
  while (pos + 4 <= n) {
    if (b[pos] != 0xFF) return;
    const unsigned char marker = b[pos + 1];
    if (marker == 0xFF) {  // fill byte
      ++pos;
      continue;
    }
    if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
      pos += 2;
      continue;
    }
    const uint32_t length = be16(b + pos + 2);
    const bool start_of_frame =
        marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (start_of_frame) {
      if (pos + 9 <= n) {
        h.height = be16(b + pos + 5);
        h.width = be16(b + pos + 7);
      }
      return;
    }
    if (marker == 0xDA || length < 2) return;  // scan data before any frame header
    pos += 2 + length;
  }
}

void read_bmp(const unsigned char* b, size_t n, ImageHeader& h) {
  if (n < 26) return;
  const uint32_t info_size = le32(b + 14);
  if (info_size == 12) {  // OS/2 BITMAPCOREHEADER: 16-bit sizes
    h.width = le16(b + 18);
    h.height = le16(b + 20);
    return;
  }
  const auto width = static_cast<int32_t>(le32(b + 18));
  const auto height = static_cast<int32_t>(le32(b + 22));
  h.width = width < 0 ? -int64_t(width) : width;
  h.height = height < 0 ? -int64_t(height) : height;  // negative: stored top-down
}

void read_webp(const unsigned char* b, size_t n, ImageHeader& h) {
  if (n < 30) return;
  if (std::memcmp(b + 12, "VP8 ", 4) == 0) {
    h.width = le16(b + 26) & 0x3FFF;
    h.height = le16(b + 28) & 0x3FFF;
  } else if (std::memcmp(b + 12, "VP8L", 4) == 0) {
    const uint32_t bits = le32(b + 21);
    h.width = (bits & 0x3FFF) + 1;
    h.height = ((bits >> 14) & 0x3FFF) + 1;
  } else if (std::memcmp(b + 12, "VP8X", 4) == 0) {
    h.width = (uint32_t(b[24]) | uint32_t(b[25]) << 8 | uint32_t(b[26]) << 16) + 1;
    h.height = (uint32_t(b[27]) | uint32_t(b[28]) << 8 | uint32_t(b[29]) << 16) + 1;
  }
}

// The size tags libtiff reads: it keeps the first of duplicated tags and converts BYTE, SHORT
// and LONG values (and 8-byte values stored elsewhere, which the decoder would also accept).
// Duplicates keep the largest value and any other type is refused, so no entry the decoder
// reads can claim a larger size than the one checked here.
void read_tiff(const unsigned char* b, size_t n, ImageHeader& h) {
  if (n < 8) return;
  const bool little = b[0] == 'I';
  auto u16 = [&](size_t at) { return little ? le16(b + at) : be16(b + at); };
  auto u32 = [&](size_t at) { return little ? le32(b + at) : be32(b + at); };
  const size_t ifd = u32(4);
  if (ifd > n || n - ifd < 2) return;
  const uint32_t entries = u16(ifd);
  for (uint32_t i = 0; i < entries; ++i) {
    const size_t entry = ifd + 2 + 12 * size_t(i);
    if (entry + 12 > n) return;
    const uint32_t tag = u16(entry);
    int64_t* size = tag == 256   ? &h.width
                    : tag == 257 ? &h.height
                    : tag == 322 ? &h.tile_width
                    : tag == 323 ? &h.tile_height
                                 : nullptr;
    if (size == nullptr) continue;
    const uint32_t type = u16(entry + 2);
    int64_t value = 0;
    if (type == 1)  // BYTE
      value = b[entry + 8];
    else if (type == 3)  // SHORT
      value = u16(entry + 8);
    else if (type == 4)  // LONG
      value = u32(entry + 8);
    else
      h.problem =
          "unsupported TIFF field type " + std::to_string(type) + " for tag " + std::to_string(tag);
    *size = std::max(*size, value);
  }
}

std::string pixels_text(int64_t width, int64_t height) {
  return std::to_string(width) + "x" + std::to_string(height) + " pixels";
}

// width x height > max_pixels, without overflow: each side is below 2^32.
bool more_pixels_than(int64_t width, int64_t height, int64_t max_pixels) {
  return static_cast<uint64_t>(width) * static_cast<uint64_t>(height) >
         static_cast<uint64_t>(max_pixels);
}

}  // namespace

std::string decode_refusal(const ImageHeader& header, int64_t max_pixels) {
  if (header.format.empty()) return "not an image (expected PNG, JPEG, BMP, WebP or TIFF)";
  if (!header.problem.empty()) return "corrupt " + header.format + " header: " + header.problem;
  if (header.width <= 0 || header.height <= 0)
    return "corrupt or truncated " + header.format + " header";
  const std::string limit =
      " (the limit is " + std::to_string(max_pixels / 1'000'000) + " megapixels)";
  if (more_pixels_than(header.width, header.height, max_pixels))
    return "image too large to decode safely: " + pixels_text(header.width, header.height) + limit;
  if (header.tile_width > 0 || header.tile_height > 0) {
    // A missing tile side defaults to the image's.
    const int64_t tile_width = header.tile_width > 0 ? header.tile_width : header.width;
    const int64_t tile_height = header.tile_height > 0 ? header.tile_height : header.height;
    if (more_pixels_than(tile_width, tile_height, max_pixels))
      return "image too large to decode safely: its tiles are " +
             pixels_text(tile_width, tile_height) + limit;
  }
  return {};
}

ImageHeader read_image_header(const unsigned char* bytes, size_t size) {
  ImageHeader header;
  if (starts_with(bytes, size, "\x89PNG\r\n\x1a\n", 8)) {
    header.format = "PNG";
    read_png(bytes, size, header);
  } else if (starts_with(bytes, size, "\xFF\xD8\xFF", 3)) {
    header.format = "JPEG";
    read_jpeg(bytes, size, header);
  } else if (starts_with(bytes, size, "BM", 2)) {
    header.format = "BMP";
    read_bmp(bytes, size, header);
  } else if (size >= 12 && std::memcmp(bytes, "RIFF", 4) == 0 &&
             std::memcmp(bytes + 8, "WEBP", 4) == 0) {
    header.format = "WebP";
    read_webp(bytes, size, header);
  } else if (starts_with(bytes, size, "II*\0", 4) || starts_with(bytes, size, "MM\0*", 4)) {
    header.format = "TIFF";
    read_tiff(bytes, size, header);
  }
  return header;
}

bool has_image_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* known :
       {".png", ".jpg", ".jpeg", ".jpe", ".bmp", ".dib", ".webp", ".tif", ".tiff"})
    if (ext == known) return true;
  return false;
}

}  // namespace allcnn::vision
