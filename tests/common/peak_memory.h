#pragma once

// The growth of this process's peak resident memory over a piece of work: the bomb tests
// assert with it that a hostile file is refused without the memory it asks for.

#include <cstdint>
#include <fstream>
#include <string>

namespace allcnn::testing {

class PeakMemory {
 public:
  /// Resets the kernel's peak (VmHWM) to the current resident size. Returns false where the
  /// kernel does not allow it (then growth() means nothing).
  bool reset() {
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
    clear.flush();
    start_kib_ = field("VmRSS:");
    return clear.good() && field("VmHWM:") <= start_kib_ + 1024;
  }
  /// Peak minus resident size at reset(), in MiB.
  int64_t growth_mib() const { return (field("VmHWM:") - start_kib_) / 1024; }

 private:
  static int64_t field(const std::string& name) {
    std::ifstream status("/proc/self/status");
    std::string key;
    int64_t kib = 0;
    while (status >> key) {
      if (key == name && status >> kib) return kib;
    }
    return 0;
  }
  int64_t start_kib_ = 0;
};

}  // namespace allcnn::testing
