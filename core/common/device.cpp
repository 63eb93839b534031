#include "common/device.h"

#include <torch/torch.h>

#include "common/error.h"

namespace allcnn {

torch::Device choose_device(const std::string& name) {
  if (name == "auto" || name.empty())
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0)
                                       : torch::Device(torch::kCPU);
  if (name == "cpu") return torch::Device(torch::kCPU);
  if (name == "cuda" || name.rfind("cuda:", 0) == 0) {
    if (!torch::cuda::is_available())
      throw Error("--device",
                  "CUDA was asked for, but this LibTorch build or machine has no CUDA device");
    torch::Device device = name == "cuda" ? torch::Device(torch::kCUDA, 0) : torch::Device(name);
    if (device.index() >= static_cast<int>(torch::cuda::device_count()))
      throw Error("--device", name + " does not exist (" +
                                  std::to_string(torch::cuda::device_count()) + " CUDA devices)");
    return device;
  }
  throw Error("--device", "unknown device '" + name + "' (expected auto, cpu, cuda or cuda:N)");
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
  return device.str();
}

}  // namespace allcnn
