// The decoder front: header checks, OpenCV's decoders, the fit to a 32x32 input.
#include <opencv2/core.hpp>

#include "fuzz_common.h"
#include "vision/image_decode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace allcnn;
  fuzz::refused_or_read([&] {
    const cv::Mat fitted = vision::decode_to_input(data, size, "image", 3, 32);
    if (fitted.rows != 32 || fitted.cols != 32 || fitted.channels() != 3) __builtin_trap();
  });
  return 0;
}
