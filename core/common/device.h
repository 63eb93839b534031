#pragma once

#include <string>
#include <vector>

#include <torch/types.h>

#include "config/choices.h"

namespace allcnn {

/// The torch device `spec` names: auto is CUDA when available, else the CPU. Throws
/// allcnn::Error naming the setting "device" when CUDA is asked for but absent.
torch::Device choose_device(const DeviceSpec& spec);
/// The same for a name ("auto", "cpu", "cuda", "cuda:N"); an unknown name is an Error too.
torch::Device choose_device(const std::string& name);

/// Devices this process can actually use, as names choose_device() accepts: "cpu", "cuda:0", ...
std::vector<std::string> available_devices();

/// "cpu (2 threads)" or "cuda:0 (NVIDIA H200, 150 GB)" (the name and memory where the NVIDIA
/// driver tells them, else "cuda:0"): what the run folder, the device list and the status bar show.
std::string describe_device(const torch::Device& device);

}  // namespace allcnn
