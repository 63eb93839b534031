#pragma once

// The one place where LibTorch version differences are handled: the engine builds against
// Debian's LibTorch 1.13 (CPU) and against LibTorch 2.x with CUDA.
#include <torch/version.h>

#define ALLCNN_TORCH_AT_LEAST(major, minor) \
  (TORCH_VERSION_MAJOR > (major) ||         \
   (TORCH_VERSION_MAJOR == (major) && TORCH_VERSION_MINOR >= (minor)))

namespace allcnn {

/// "1.13.1" etc., recorded in every run's config.json.
inline const char* torch_version_string() { return TORCH_VERSION; }

}  // namespace allcnn
