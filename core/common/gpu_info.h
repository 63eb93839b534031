#pragma once

// What the NVIDIA driver says of a CUDA device: its name and memory. LibTorch's C++ API has
// neither without the CUDA headers, which a CPU build of LibTorch lacks, so the driver's own
// libraries are opened at run time (libcuda for the name and size, NVML for the memory in use,
// matched by PCI bus id). On a machine without the driver every answer is empty. Torch-free.

#include <cstdint>
#include <optional>
#include <string>

namespace allcnn {

struct GpuInfo {
  std::string name;          ///< "NVIDIA H200"
  uint64_t total_bytes = 0;  ///< the device's memory
};

/// The CUDA device with this ordinal (the numbering of cuda:N and CUDA_VISIBLE_DEVICES), or
/// nothing where the driver is missing or has no such device.
std::optional<GpuInfo> gpu_info(int ordinal);

/// Memory in use on the device by every process, in bytes; nothing without NVML.
std::optional<uint64_t> gpu_memory_used(int ordinal);

}  // namespace allcnn
