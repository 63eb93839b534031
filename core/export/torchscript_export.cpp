#include "export/torchscript_export.h"

#include <filesystem>
#include <sstream>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/torch_compat.h"
#include "config/setting.h"
#include "config/settings_table.h"
#include "nn/sync_batch_norm.h"
#include "runs/run_folder.h"

namespace allcnn::exporting {

namespace fs = std::filesystem;

namespace {

std::string int_list(int64_t a, int64_t b) {
  return "[" + std::to_string(a) + ", " + std::to_string(b) + "]";
}

// Plain contiguous float32 CPU copies: the module must not depend on our channels-last layout.
torch::Tensor plain(const torch::Tensor& t) {
  return t.detach().to(torch::kCPU, torch::kFloat32).contiguous().clone();
}

// Registers the layers' tensors and returns the forward source lines that use them.
class SourceBuilder {
 public:
  explicit SourceBuilder(torch::jit::Module& module) : module_(module) {}

  std::string tensor(const std::string& name, const torch::Tensor& value, bool parameter) {
    if (parameter)
      module_.register_parameter(name, plain(value), /*is_buffer=*/false);
    else
      module_.register_buffer(name, plain(value));
    return "self." + name;
  }

  void line(const std::string& text) { source_ << "    " << text << "\n"; }
  std::string source() const { return source_.str(); }

 private:
  torch::jit::Module& module_;
  std::ostringstream source_;
};

void add_layer(SourceBuilder& b, const std::string& name,
               const std::shared_ptr<torch::nn::Module>& layer) {
  if (auto* conv = layer->as<torch::nn::Conv2dImpl>()) {
    const auto& o = conv->options;
    const auto* padding = variant_get_if<torch::ExpandingArray<2>>(o.padding());
    if (padding == nullptr) throw Error(name, "only explicit convolution padding is exported");
    const std::string weight = b.tensor(name + "_weight", conv->weight, true);
    const std::string bias =
        conv->bias.defined() ? b.tensor(name + "_bias", conv->bias, true) : "None";
    b.line("x = torch.conv2d(x, " + weight + ", " + bias + ", " +
           int_list((*o.stride())[0], (*o.stride())[1]) + ", " +
           int_list((**padding)[0], (**padding)[1]) + ", " +
           int_list((*o.dilation())[0], (*o.dilation())[1]) + ", " + std::to_string(o.groups()) +
           ")");
  } else if (auto* bn = layer->as<nn::SyncableBatchNormImpl>()) {
    b.line("x = torch.batch_norm(x, " + b.tensor(name + "_weight", bn->weight, true) + ", " +
           b.tensor(name + "_bias", bn->bias, true) + ", " +
           b.tensor(name + "_running_mean", bn->running_mean, false) + ", " +
           b.tensor(name + "_running_var", bn->running_var, false) + ", False, 0.0, " +
           std::to_string(bn->options.eps()) + ", False)");
  } else if (layer->as<torch::nn::ReLUImpl>()) {
    b.line("x = torch.relu(x)");
  } else if (auto* pool = layer->as<torch::nn::MaxPool2dImpl>()) {
    const auto& o = pool->options;
    b.line("x = torch.max_pool2d(x, " + int_list((*o.kernel_size())[0], (*o.kernel_size())[1]) +
           ", " + int_list((*o.stride())[0], (*o.stride())[1]) + ", " +
           int_list((*o.padding())[0], (*o.padding())[1]) + ", " +
           int_list((*o.dilation())[0], (*o.dilation())[1]) + ", " +
           (o.ceil_mode() ? "True" : "False") + ")");
  } else if (layer->as<torch::nn::DropoutImpl>()) {
    // Evaluation: dropout is the identity.
  } else if (layer->as<nn::GlobalAvgPoolImpl>()) {
    b.line("x = torch.mean(x, [2, 3], True)");
  } else if (layer->as<torch::nn::FlattenImpl>()) {
    b.line("x = torch.flatten(x, 1)");
  } else {
    throw Error(name,
                "has a layer type the TorchScript export does not know (" + layer->name() + ")");
  }
}

}  // namespace

torch::jit::Module build_torchscript_module(train::RunModel& model) {
  torch::NoGradGuard no_grad;
  auto& net = *model.net;
  const auto& options = net.options();
  const int64_t channels = options.in_channels, side = options.input_size;
  const auto& augment = model.augmenter->options();
  const auto& fit = model.augmenter->fit();

  torch::jit::Module module("AllCnnExport");
  c10::List<std::string> names;
  for (const auto& name : model.class_names) names.push_back(name);
  module.register_attribute("class_names", c10::ListType::ofStrings(), names);
  module.register_attribute("in_channels", c10::IntType::get(), channels);
  module.register_attribute("input_size", c10::IntType::get(), side);
  // The settings table's own spelling of the augment setting: "normalize,zca", "none", ...
  const std::string preprocessing = config::setting("augment").format(model.config);
  module.register_attribute("preprocessing", c10::StringType::get(), preprocessing);
  module.register_attribute("image_fit", c10::StringType::get(),
                            config::choice_name(model.config.folder.fit));

  SourceBuilder b(module);
  const std::string shape = "[" + std::to_string(channels) + ", " + std::to_string(side) + ", " +
                            std::to_string(side) + "]";
  // assert, not raise: a module defined from C++ has no Python resolver for exception names.
  b.line("assert images.dim() == 4 and images.size(1) == " + std::to_string(channels) +
         " and images.size(2) == " + std::to_string(side) +
         " and images.size(3) == " + std::to_string(side) +
         ", \"expected a float image batch [N, " + shape.substr(1) + " with values in [0, 1]\"");
  b.line("x = images.float()");
  // The same steps, in the same order, as data::Augmenter::preprocess().
  if (augment.normalize())
    b.line("x = (x - " + b.tensor("mean", fit.mean, false) + ") / " +
           b.tensor("std", fit.std, false));
  if (augment.zca()) {
    if (!augment.normalize()) b.line("x = x - " + b.tensor("mean", fit.mean, false));
    b.line("x = torch.matmul(x.reshape(x.size(0), " + std::to_string(fit.whitening.size(0)) +
           "), " + b.tensor("whitening", fit.whitening, false) + ").reshape(x.size(0), " +
           std::to_string(channels) + ", " + std::to_string(side) + ", " + std::to_string(side) +
           ")");
  }
  const auto& layer_names = net.layer_names();
  for (size_t i = 0; i < layer_names.size(); ++i)
    add_layer(b, layer_names[i], net.layers()->ptr(i));
  b.line("return x");
  module.define("def forward(self, images: Tensor) -> Tensor:\n" + b.source());
  module.eval();
  return module;
}

std::string export_torchscript(const std::string& run_dir, const std::string& which,
                               const std::string& out_path) {
  auto model = train::load_run_model(run_dir, which, "cpu");
  const std::string path =
      out_path.empty()
          ? (fs::path(run_dir) / runs::kExportDir / ("model-" + which + ".pt")).string()
          : out_path;
  auto module = build_torchscript_module(model);
  const auto& options = model.net->options();
  nlohmann::json meta = {
      {"format", "allcnn TorchScript export 1"},
      {"run", model.config.name},
      {"checkpoint", which},
      {"arch", config::choice_name(options.arch)},
      {"class_names", model.class_names},
      {"in_channels", options.in_channels},
      {"input_size", options.input_size},
      {"preprocessing", config::setting("augment").format(model.config)},
      {"image_fit", config::choice_name(model.config.folder.fit)},
      {"input", "float [N, C, H, W] in [0, 1], RGB planes in R, G, B order"},
      {"output", "logits [N, classes]; softmax gives the probabilities"},
  };
  std::error_code ec;
  if (fs::path(path).has_parent_path()) fs::create_directories(fs::path(path).parent_path(), ec);
  try {
    module.save(path, {{"allcnn.json", meta.dump(2)}});
  } catch (const c10::Error& e) {
    throw Error(path,
                std::string("cannot write the TorchScript file: ") + e.what_without_backtrace());
  }
  return path;
}

}  // namespace allcnn::exporting
