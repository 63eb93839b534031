// The long-form CSV the compare page exports; what it reads back must write back the same.
#include "fuzz_common.h"
#include "runs/long_csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace allcnn;
  fuzz::refused_or_read([&] {
    const auto rows = runs::read_long_csv(fuzz::text(data, size), "long.csv");
    const auto again = runs::read_long_csv(runs::write_long_csv(rows), "again.csv");
    if (again.size() != rows.size()) __builtin_trap();
  });
  return 0;
}
