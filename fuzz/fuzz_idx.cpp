// IDX files, raw and gzip: the header checks and the bounded decompression.
#include "data/idx_format.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace allcnn;
  fuzz::refused_or_read([&] {
    const auto images = data::parse_idx(data, size, "images.idx", 3, "images");
    if (images.size() != size_t(images.dims[0] * images.dims[1] * images.dims[2])) __builtin_trap();
  });
  fuzz::refused_or_read([&] {
    const auto labels = data::parse_idx(data, size, "labels.idx", 1, "labels");
    if (labels.size() != size_t(labels.dims[0])) __builtin_trap();
  });
  return 0;
}
