#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace allcnn::vision {

/// What a file's first bytes say about it, read without decoding any pixel data.
struct ImageHeader {
  std::string format;  ///< "PNG", "JPEG", "BMP", "WebP", "TIFF"; empty when not recognised
  int64_t width = 0;   ///< 0 when the header does not say (a truncated file)
  int64_t height = 0;
};

/// Recognises the five supported formats by their signature and reads the dimensions from the
/// header (PNG IHDR, JPEG SOFn, BMP info header, WebP VP8/VP8L/VP8X, TIFF's first IFD). Pure
/// byte parsing: never allocates for pixels, so it is the safe first step before a decode.
ImageHeader read_image_header(const unsigned char* bytes, size_t size);

}  // namespace allcnn::vision
