#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace allcnn::vision {

/// Images whose header claims more pixels than this are rejected before decoding: a 50
/// megapixel RGB image already needs 150 MB decoded, and a small crafted file can claim far
/// more (a decompression bomb). The network sees 32x32 anyway.
inline constexpr int64_t kMaxImagePixels = 50'000'000;
/// Files larger than this are not read into memory at all.
inline constexpr uintmax_t kMaxImageFileBytes = uintmax_t(256) << 20;

/// What a file's first bytes say about it, read without decoding any pixel data.
struct ImageHeader {
  std::string format;  ///< "PNG", "JPEG", "BMP", "WebP", "TIFF"; empty when not recognised
  int64_t width = 0;   ///< 0 when the header does not say (a truncated file)
  int64_t height = 0;
  /// TIFF only: the tile size (TileWidth, TileLength), 0 when the image is not tiled. The
  /// decoder allocates a whole tile at once, so a small image may still claim a huge tile.
  int64_t tile_width = 0;
  int64_t tile_height = 0;
  /// A reason the header cannot be trusted even though it was recognised (a TIFF size field of
  /// a type the checks cannot read); empty when none.
  std::string problem;
};

/// Recognises the five supported formats by their signature and reads the dimensions from the
/// header (PNG IHDR, JPEG SOFn, BMP info header, WebP VP8/VP8L/VP8X, TIFF's first IFD). Pure
/// byte parsing: never allocates for pixels, so it is the safe first step before a decode.
ImageHeader read_image_header(const unsigned char* bytes, size_t size);

/// Why `header` must not be handed to a decoder, or an empty string when it may: not a
/// supported format, no dimensions, width x height or a TIFF tile's width x height above
/// `max_pixels` (products in 64 bits, so no claimed size can overflow the check).
std::string decode_refusal(const ImageHeader& header, int64_t max_pixels);

/// Whether the name ends in an extension of a supported format (case-insensitive).
bool has_image_extension(const std::string& path);

}  // namespace allcnn::vision
