#pragma once

// Shared by the fuzz targets: the one acceptable failure is allcnn::Error (a clear message for
// a bad file). Any other exception escapes LLVMFuzzerTestOneInput, and libFuzzer reports it as
// a finding, like a crash, a sanitizer report, a timeout or running out of memory.

#include <cstddef>
#include <cstdint>
#include <string>

#include "common/error.h"

namespace allcnn::fuzz {

template <typename Fn>
void refused_or_read(Fn fn) {
  try {
    fn();
  } catch (const Error& e) {
    // A message must name what it is about; an empty one would be useless to a user.
    if (std::string(e.what()).empty()) __builtin_trap();
  }
}

inline std::string text(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace allcnn::fuzz
