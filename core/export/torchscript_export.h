#pragma once

#include <string>

#include <torch/script.h>

#include "train/run_model.h"

namespace allcnn::exporting {

/// The model of `model` as a self-contained TorchScript module. LibTorch's C++ API cannot trace,
/// so the module is built directly: every parameter and buffer registered under its layer's name
/// ("conv1_weight", "bn1_running_mean"), and forward() defined from TorchScript source generated
/// from the layer list. forward(images) takes a float batch [N, C, S, S] with values in [0, 1]
/// and returns the logits [N, K]: it applies the run's normalization and ZCA whitening itself,
/// so it is usable without this program. Attributes: class_names (List[str]), in_channels,
/// input_size, image_fit ("crop" or "resize", how the run fitted other image sizes) and
/// preprocessing ("normalize,zca" etc.). Runs on the CPU in eval mode (dropout off, batch norm
/// on its running statistics). Call from one thread at a time per model.
torch::jit::Module build_torchscript_module(train::RunModel& model);

/// Writes build_torchscript_module() of `run_dir`'s checkpoint `which` ("best", "last") to
/// `out_path` (default: <run_dir>/export/model-<which>.pt), with a JSON extra file
/// "allcnn.json" repeating the attributes plus the architecture and the run's name. Returns the
/// path written. Throws allcnn::Error naming the run or the file.
std::string export_torchscript(const std::string& run_dir, const std::string& which,
                               const std::string& out_path = {});

}  // namespace allcnn::exporting
