#pragma once

// LibTorch's own checkpoint loader, for the inputs the validator accepts (a no-op where the
// fuzz build has no LibTorch). LibTorch may refuse them with an exception; it must not crash.

#include <cstddef>
#include <cstdint>

namespace allcnn::fuzz {

#ifdef ALLCNN_FUZZ_WITH_TORCH
void load_with_torch(const uint8_t* data, size_t size);
#else
inline void load_with_torch(const uint8_t*, size_t) {}
#endif

}  // namespace allcnn::fuzz
