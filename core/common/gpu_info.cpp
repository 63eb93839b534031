#include "common/gpu_info.h"

#include <dlfcn.h>

#include <array>

namespace allcnn {
namespace {

// The few entry points used, with the driver's C signatures (CUresult and nvmlReturn_t are
// ints, 0 is success; CUdevice is an int; nvmlDevice_t a pointer).
struct Driver {
  int (*cuInit)(unsigned) = nullptr;
  int (*cuDeviceGetCount)(int*) = nullptr;
  int (*cuDeviceGet)(int*, int) = nullptr;
  int (*cuDeviceGetName)(char*, int, int) = nullptr;
  int (*cuDeviceTotalMem)(size_t*, int) = nullptr;
  int (*cuDeviceGetPCIBusId)(char*, int, int) = nullptr;
  bool cuda = false;

  struct NvmlMemory {
    unsigned long long total, free, used;
  };
  int (*nvmlDeviceGetHandleByPciBusId)(const char*, void**) = nullptr;
  int (*nvmlDeviceGetMemoryInfo)(void*, NvmlMemory*) = nullptr;
  bool nvml = false;
};

template <typename F>
bool find(void* library, const char* name, F& function) {
  function = reinterpret_cast<F>(dlsym(library, name));
  return function != nullptr;
}

// Opened once, never closed: the driver stays loaded for the life of the process anyway.
const Driver& driver() {
  static const Driver d = [] {
    Driver r;
    if (void* cuda = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL)) {
      r.cuda = find(cuda, "cuInit", r.cuInit) &&
               find(cuda, "cuDeviceGetCount", r.cuDeviceGetCount) &&
               find(cuda, "cuDeviceGet", r.cuDeviceGet) &&
               find(cuda, "cuDeviceGetName", r.cuDeviceGetName) &&
               find(cuda, "cuDeviceTotalMem_v2", r.cuDeviceTotalMem) &&
               find(cuda, "cuDeviceGetPCIBusId", r.cuDeviceGetPCIBusId) && r.cuInit(0) == 0;
    }
    if (!r.cuda) return r;
    if (void* nvml = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL)) {
      int (*init)() = nullptr;
      r.nvml = find(nvml, "nvmlInit_v2", init) &&
               find(nvml, "nvmlDeviceGetHandleByPciBusId_v2", r.nvmlDeviceGetHandleByPciBusId) &&
               find(nvml, "nvmlDeviceGetMemoryInfo", r.nvmlDeviceGetMemoryInfo) && init() == 0;
    }
    return r;
  }();
  return d;
}

std::optional<int> device(int ordinal) {
  const auto& d = driver();
  int count = 0, dev = 0;
  if (!d.cuda || ordinal < 0 || d.cuDeviceGetCount(&count) != 0 || ordinal >= count ||
      d.cuDeviceGet(&dev, ordinal) != 0)
    return std::nullopt;
  return dev;
}

}  // namespace

std::optional<GpuInfo> gpu_info(int ordinal) {
  const auto dev = device(ordinal);
  if (!dev) return std::nullopt;
  const auto& d = driver();
  std::array<char, 256> name{};
  size_t total = 0;
  if (d.cuDeviceGetName(name.data(), static_cast<int>(name.size()), *dev) != 0 ||
      d.cuDeviceTotalMem(&total, *dev) != 0)
    return std::nullopt;
  return GpuInfo{name.data(), total};
}

std::optional<uint64_t> gpu_memory_used(int ordinal) {
  const auto dev = device(ordinal);
  const auto& d = driver();
  if (!dev || !d.nvml) return std::nullopt;
  std::array<char, 32> bus{};
  void* handle = nullptr;
  Driver::NvmlMemory memory{};
  if (d.cuDeviceGetPCIBusId(bus.data(), static_cast<int>(bus.size()), *dev) != 0 ||
      d.nvmlDeviceGetHandleByPciBusId(bus.data(), &handle) != 0 ||
      d.nvmlDeviceGetMemoryInfo(handle, &memory) != 0)
    return std::nullopt;
  return memory.used;
}

}  // namespace allcnn
