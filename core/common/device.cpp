#include "common/device.h"

#include <torch/torch.h>

#include "common/error.h"
#include "common/gpu_info.h"
#include "common/memory.h"

namespace allcnn {

torch::Device choose_device(const DeviceSpec& spec) {
  switch (spec.kind) {
    case DeviceKind::Auto:
      return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0)
                                         : torch::Device(torch::kCPU);
    case DeviceKind::Cpu:
      return torch::Device(torch::kCPU);
    case DeviceKind::Cuda:
      break;
  }
  if (!torch::cuda::is_available())
    throw Error("device",
                "CUDA was asked for, but this LibTorch build or machine has no CUDA device");
  const int index = std::max(0, spec.index);
  if (index >= static_cast<int>(torch::cuda::device_count()))
    throw Error("device", to_string(spec) + " does not exist (" +
                              std::to_string(torch::cuda::device_count()) + " CUDA devices)");
  return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
}

torch::Device choose_device(const std::string& name) {
  if (name.empty()) return choose_device(DeviceSpec{});
  const auto spec = parse_device(name);
  if (!spec)
    throw Error("device", "unknown device '" + name + "' (expected auto, cpu, cuda or cuda:N)");
  return choose_device(*spec);
}

std::vector<std::string> available_devices() {
  std::vector<std::string> devices{"cpu"};
  if (torch::cuda::is_available())
    for (size_t i = 0; i < torch::cuda::device_count(); ++i)
      devices.push_back("cuda:" + std::to_string(i));
  return devices;
}

std::string describe_device(const torch::Device& device) {
  if (device.is_cpu()) return "cpu (" + std::to_string(torch::get_num_threads()) + " threads)";
  const auto gpu = device.is_cuda() ? gpu_info(std::max<int>(0, device.index())) : std::nullopt;
  if (!gpu) return device.str();
  return device.str() + " (" + gpu->name + ", " +
         memory_text(static_cast<double>(gpu->total_bytes)) + ")";
}

}  // namespace allcnn
