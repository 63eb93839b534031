// Keras CSVLogger and pandas history files, imported as read-only runs.
#include "fuzz_common.h"
#include "runs/keras_history.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace allcnn;
  fuzz::refused_or_read([&] { runs::parse_keras_history(fuzz::text(data, size), "history.csv"); });
  return 0;
}
