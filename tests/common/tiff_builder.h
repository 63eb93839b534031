#pragma once

// Hand-made TIFF files: a first IFD of chosen entries and a few bytes of deflate data, enough
// for a decoder to allocate what the header asks for. Used by the vision tests and the fuzz
// corpus; no library needed.

#include <cstdint>
#include <string>
#include <vector>

namespace allcnn::testing {

struct TiffEntry {
  uint16_t tag, type;  ///< type 3: SHORT, 4: LONG (others as given)
  uint32_t value;
};

inline std::string tiff(std::vector<TiffEntry> entries, bool big_endian = false) {
  std::string b = big_endian ? std::string("MM\0*", 4) : std::string("II*\0", 4);
  auto u16 = [&](uint32_t v) {
    const char low = char(v & 0xff), high = char(v >> 8 & 0xff);
    b += big_endian ? high : low;
    b += big_endian ? low : high;
  };
  auto u32 = [&](uint32_t v) {
    if (big_endian)
      u16(v >> 16), u16(v & 0xffff);
    else
      u16(v & 0xffff), u16(v >> 16);
  };
  const uint32_t data_at = 8 + 2 + 12 * uint32_t(entries.size() + 2) + 4;
  const std::string data("\x78\x9c\x63\x00\x00\x00\x01\x00\x01", 9);  // zlib of one zero byte
  entries.push_back({324, 4, data_at});                               // TileOffsets
  entries.push_back({325, 4, static_cast<uint32_t>(data.size())});    // TileByteCounts
  u32(8);
  u16(static_cast<uint32_t>(entries.size()));
  for (const auto& e : entries) {
    u16(e.tag), u16(e.type), u32(1);
    if (e.type == 3)  // a SHORT sits in the first two bytes of the value field
      u16(e.value), u16(0);
    else
      u32(e.value);
  }
  u32(0);
  return b + data;
}

/// 64x64 8-bit gray, deflate, one tile of `tile` x `tile` pixels.
inline std::string tiled_tiff(uint32_t tile) {
  return tiff({{256, 4, 64},
               {257, 4, 64},
               {258, 3, 8},
               {259, 3, 8},
               {262, 3, 1},
               {277, 3, 1},
               {322, 4, tile},
               {323, 4, tile}});
}

}  // namespace allcnn::testing
