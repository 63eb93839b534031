// CIFAR-10/100 binary record files.
#include "data/cifar_format.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace allcnn;
  for (int label_bytes : {1, 2}) {
    fuzz::refused_or_read([&] {
      const int classes = label_bytes == 1 ? 10 : 100;
      const auto records = data::parse_cifar(data, size, "batch.bin", label_bytes, classes, 64);
      for (auto label : records.labels)
        if (label >= classes) __builtin_trap();
    });
  }
  return 0;
}
