// The image header parser and the refusal rules (pixel and tile limits, in 64 bits).
#include "fuzz_common.h"
#include "vision/image_header.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace allcnn::vision;
  const ImageHeader header = read_image_header(data, size);
  const std::string refusal = decode_refusal(header, kMaxImagePixels);
  // Whatever is let through has sides and a pixel count within the limit.
  if (refusal.empty() && (header.width <= 0 || header.height <= 0 ||
                          uint64_t(header.width) * uint64_t(header.height) > kMaxImagePixels))
    __builtin_trap();
  return 0;
}
