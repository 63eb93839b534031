// A checkpoint file as it is read: the ZIP structure, the members, the code and the pickles.
// What the validator accepts goes on to LibTorch's loader (torch_load.cpp, where built with
// LibTorch), which must then never crash.

#include "fuzz_common.h"
#include "torch_load.h"
#include "train/checkpoint_archive.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace allcnn;
  bool accepted = false;
  fuzz::refused_or_read([&] {
    train::check_checkpoint_archive(data, size, "checkpoint.pt");
    accepted = true;
  });
  if (accepted) fuzz::load_with_torch(data, size);
  return 0;
}
