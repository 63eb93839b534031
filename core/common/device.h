#pragma once

#include <string>
#include <vector>

#include <torch/types.h>

namespace allcnn {

/// "auto" (CUDA when available, else CPU), "cpu", "cuda" or "cuda:N". Throws allcnn::Error
/// naming --device when CUDA is asked for but absent, or for an unknown name.
torch::Device choose_device(const std::string& name);

/// Devices this process can actually use, as names choose_device() accepts: "cpu", "cuda:0", ...
std::vector<std::string> available_devices();

/// "cpu (2 threads)" or "cuda:0": what the run folder and the status bar show.
std::string describe_device(const torch::Device& device);

}  // namespace allcnn
