#pragma once

// The one place where LibTorch version differences are handled: the engine builds against
// Debian's LibTorch 1.13 (CPU) and against LibTorch 2.x with CUDA.
#include <ATen/Context.h>
#include <ATen/autocast_mode.h>
#include <c10/core/DeviceType.h>
#include <c10/core/ScalarType.h>
#include <torch/version.h>

#include <cstdlib>
#include <variant>

#define ALLCNN_TORCH_AT_LEAST(major, minor) \
  (TORCH_VERSION_MAJOR > (major) ||         \
   (TORCH_VERSION_MAJOR == (major) && TORCH_VERSION_MINOR >= (minor)))

#if !ALLCNN_TORCH_AT_LEAST(2, 1)
#include <c10/util/variant.h>
#endif

namespace allcnn {

/// The alternative T of an options variant (a convolution's padding), or null. LibTorch 2.1
/// replaced its own c10::variant by std::variant.
template <typename T, typename Variant>
const T* variant_get_if(const Variant& value) {
#if ALLCNN_TORCH_AT_LEAST(2, 1)
  return std::get_if<T>(&value);
#else
  return c10::get_if<T>(&value);
#endif
}

/// "1.13.1" etc., recorded in every run's config.json.
inline const char* torch_version_string() { return TORCH_VERSION; }

/// cuDNN's autotuner: picks the fastest convolution algorithm per input shape on first use.
/// Worth it for fixed-shape training; a no-op without CUDA.
inline void set_cudnn_benchmark(bool enabled) { at::globalContext().setBenchmarkCuDNN(enabled); }

/// Deterministic algorithms only (an operation without one throws c10::Error naming itself)
/// and cuDNN's deterministic convolutions, or back to LibTorch's defaults. Process-wide, like
/// the autotuner: set it before a run starts. cuBLAS needs a fixed workspace for determinism,
/// read from the environment when its handle is created; it is set here unless the user did.
inline void set_deterministic(bool enabled) {
  if (enabled) ::setenv("CUBLAS_WORKSPACE_CONFIG", ":4096:8", /*overwrite=*/0);
  at::globalContext().setDeterministicCuDNN(enabled);
  at::globalContext().setDeterministicAlgorithms(enabled, /*warn_only=*/false);
}

/// Mixed precision for the forward pass (and the loss) on `device_type` (CPU or CUDA), in
/// `dtype` (bf16 by default), for the lifetime of the scope; what Python's
/// `with torch.autocast(...)` does. Run backward() and the optimizer step after the scope ends.
/// On leaving the outermost scope the cache of down-cast weights is cleared, so the next step
/// sees the weights the optimizer just updated. Thread-local state: create and destroy it on
/// the thread that runs the forward pass. `enabled` false makes it a no-op, so callers keep one
/// code path.
class AutocastScope {
 public:
  AutocastScope(c10::DeviceType device_type, bool enabled,
                c10::ScalarType dtype = c10::ScalarType::BFloat16)
      : device_type_(device_type), enabled_(enabled) {
    if (!enabled_) return;
    was_enabled_ = is_enabled(device_type_);
    previous_dtype_ = get_dtype(device_type_);
    set_enabled(device_type_, true);
    set_dtype(device_type_, dtype);
    at::autocast::increment_nesting();
  }
  ~AutocastScope() {
    if (!enabled_) return;
    if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
    set_enabled(device_type_, was_enabled_);
    set_dtype(device_type_, previous_dtype_);
  }
  AutocastScope(const AutocastScope&) = delete;
  AutocastScope& operator=(const AutocastScope&) = delete;

 private:
  // LibTorch 2.4 made the autocast switches per device type and deprecated the
  // per-device functions that 1.13 has.
#if ALLCNN_TORCH_AT_LEAST(2, 4)
  static bool is_enabled(c10::DeviceType type) { return at::autocast::is_autocast_enabled(type); }
  static void set_enabled(c10::DeviceType type, bool on) {
    at::autocast::set_autocast_enabled(type, on);
  }
  static c10::ScalarType get_dtype(c10::DeviceType type) {
    return at::autocast::get_autocast_dtype(type);
  }
  static void set_dtype(c10::DeviceType type, c10::ScalarType dtype) {
    at::autocast::set_autocast_dtype(type, dtype);
  }
#else
  static bool is_enabled(c10::DeviceType type) {
    return type == c10::DeviceType::CUDA ? at::autocast::is_enabled()
                                         : at::autocast::is_cpu_enabled();
  }
  static void set_enabled(c10::DeviceType type, bool on) {
    if (type == c10::DeviceType::CUDA)
      at::autocast::set_enabled(on);
    else
      at::autocast::set_cpu_enabled(on);
  }
  static c10::ScalarType get_dtype(c10::DeviceType type) {
    return type == c10::DeviceType::CUDA ? at::autocast::get_autocast_gpu_dtype()
                                         : at::autocast::get_autocast_cpu_dtype();
  }
  static void set_dtype(c10::DeviceType type, c10::ScalarType dtype) {
    if (type == c10::DeviceType::CUDA)
      at::autocast::set_autocast_gpu_dtype(dtype);
    else
      at::autocast::set_autocast_cpu_dtype(dtype);
  }
#endif

  c10::DeviceType device_type_;
  bool enabled_;
  bool was_enabled_ = false;
  c10::ScalarType previous_dtype_ = c10::ScalarType::BFloat16;
};

}  // namespace allcnn
