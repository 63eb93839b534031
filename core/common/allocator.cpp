#include "common/allocator.h"

#include <cstdlib>
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace allcnn {

std::string tune_allocator_for_training() {
  static std::once_flag once;
  static std::string state;
  std::call_once(once, [] {
    const char* choice = std::getenv("ALLCNN_MALLOC");
    if (choice != nullptr && std::string(choice) == "default") {
      state = "default";
      return;
    }
#if defined(__GLIBC__)
    constexpr int kTrimThreshold = 1 << 30;  // never give freed memory back mid-run
    constexpr int kTopPad = 64 << 20;        // grow the heap in 64 MiB steps
    const bool ok = mallopt(M_MMAP_MAX, 0) == 1 && mallopt(M_TRIM_THRESHOLD, kTrimThreshold) == 1 &&
                    mallopt(M_TOP_PAD, kTopPad) == 1 && mallopt(M_ARENA_MAX, 1) == 1;
    state = ok ? "tuned" : "default";
#else
    state = "unavailable";
#endif
  });
  return state;
}

}  // namespace allcnn
