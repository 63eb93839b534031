#include "nn/model.h"

#include <cmath>

#include <torch/torch.h>

#include "common/error.h"
#include "nn/sync_batch_norm.h"

namespace allcnn::nn {

namespace {

int64_t scaled(int64_t channels, double width) {
  return std::max<int64_t>(1, std::llround(static_cast<double>(channels) * width));
}

std::string conv_kind(int64_t kernel, int64_t stride, int64_t padding) {
  return "Conv2d " + std::to_string(kernel) + "x" + std::to_string(kernel) + " s" +
         std::to_string(stride) + " p" + std::to_string(padding);
}

}  // namespace

ConvNetImpl::ConvNetImpl(const ModelOptions& options) : options_(options) {
  if (options.width <= 0) throw Error("width", "the width multiplier must be positive");
  if (options.in_channels < 1) throw Error("in_channels", "must be at least 1");
  if (options.classes < 2) throw Error("classes", "must be at least 2");
  if (options.input_size < 16)
    throw Error("input_size", "must be at least 16 pixels for two halvings and a 3x3 valid conv");

  layers_ = register_module("layers", torch::nn::Sequential());
  const int64_t c1 = scaled(96, options.width);
  const int64_t c2 = scaled(192, options.width);
  int64_t in = options.in_channels;
  int conv_number = 0;
  int pool_number = 0;

  // A convolution, its optional batch norm and its ReLU: the paper puts a ReLU after every
  // convolution, the stride-2 ones included.
  auto conv = [&](int64_t out, int64_t kernel, int64_t stride, int64_t padding) {
    ++conv_number;
    const std::string suffix = std::to_string(conv_number);
    add("conv" + suffix,
        torch::nn::AnyModule(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                                   .stride(stride)
                                                   .padding(padding)
                                                   .bias(!options.batch_norm))),
        conv_kind(kernel, stride, padding));
    if (options.batch_norm) add("bn" + suffix, torch::nn::AnyModule(SyncableBatchNorm(out)));
    add("relu" + suffix, torch::nn::AnyModule(torch::nn::ReLU()));
    in = out;
  };
  auto after_pool_dropout = [&]() {
    if (options.dropout)
      add("dropout" + std::to_string(pool_number),
          torch::nn::AnyModule(torch::nn::Dropout(torch::nn::DropoutOptions(0.5))));
  };
  // Each of the two downsampling stages, in the variant's own way.
  auto stage = [&](int64_t channels) {
    ++pool_number;
    switch (options.arch) {
      case Architecture::ModelC:
        conv(channels, 3, 1, 1);
        conv(channels, 3, 1, 1);
        add("pool" + std::to_string(pool_number),
            torch::nn::AnyModule(
                torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(3).stride(2).padding(1))));
        break;
      case Architecture::StridedCnnC:
        conv(channels, 3, 1, 1);
        conv(channels, 3, 2, 1);
        break;
      case Architecture::ConvPoolCnnC:
        conv(channels, 3, 1, 1);
        conv(channels, 3, 1, 1);
        conv(channels, 3, 1, 1);
        add("pool" + std::to_string(pool_number),
            torch::nn::AnyModule(
                torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(3).stride(2).padding(1))));
        break;
      case Architecture::AllCnnC:
        conv(channels, 3, 1, 1);
        conv(channels, 3, 1, 1);
        conv(channels, 3, 2, 1);
        break;
    }
    after_pool_dropout();
  };

  if (options.dropout)
    add("dropout_input", torch::nn::AnyModule(torch::nn::Dropout(torch::nn::DropoutOptions(0.2))));
  stage(c1);
  stage(c2);
  conv(c2, 3, 1, 0);
  conv(c2, 1, 1, 0);
  conv(options.classes, 1, 1, 0);
  add("global_avg_pool", torch::nn::AnyModule(GlobalAvgPool()));
  add("flatten", torch::nn::AnyModule(torch::nn::Flatten()));
}

void ConvNetImpl::add(const std::string& name, torch::nn::AnyModule module,
                      const std::string& kind) {
  layers_->push_back(name, std::move(module));
  names_.push_back(name);
  kinds_.push_back(kind);
}

torch::Tensor ConvNetImpl::forward(torch::Tensor x) { return layers_->forward(x); }

torch::Tensor ConvNetImpl::forward_range(torch::Tensor x, size_t begin, size_t end) {
  auto layer = layers_->begin();
  for (size_t i = begin; i < end && i < names_.size(); ++i) x = layer[i].forward(x);
  return x;
}

void ConvNetImpl::use_channels_last() {
  torch::NoGradGuard no_grad;
  for (auto& parameter : parameters())
    if (parameter.dim() == 4)
      parameter.set_data(parameter.contiguous(torch::MemoryFormat::ChannelsLast));
}

std::vector<size_t> ConvNetImpl::conv_indices() const {
  std::vector<size_t> indices;
  for (size_t i = 0; i < names_.size(); ++i)
    if (names_[i].rfind("conv", 0) == 0) indices.push_back(i);
  return indices;
}

torch::nn::Conv2d ConvNetImpl::conv(size_t index) {
  return torch::nn::Conv2d(layers_->ptr<torch::nn::Conv2dImpl>(index));
}

std::vector<LayerDescription> ConvNetImpl::describe() {
  torch::NoGradGuard no_grad;
  EvalScope eval_mode(*this);
  std::vector<LayerDescription> rows;
  auto x = torch::zeros({1, options_.in_channels, options_.input_size, options_.input_size});
  for (size_t i = 0; i < names_.size(); ++i) {
    auto module = layers_->ptr(i);
    x = layers_->begin()[i].forward(x);
    LayerDescription row;
    row.name = names_[i];
    row.parameters = count_parameters(*module);
    if (!kinds_[i].empty()) {
      row.kind = kinds_[i];
    } else if (module->as<torch::nn::MaxPool2dImpl>()) {
      row.kind = "MaxPool2d 3x3 s2 p1";
    } else if (auto* d = module->as<torch::nn::DropoutImpl>()) {
      row.kind =
          "Dropout " + std::to_string(static_cast<int>(std::lround(d->options.p() * 100))) + "%";
    } else if (module->as<SyncableBatchNormImpl>()) {
      row.kind = "BatchNorm2d";
    } else if (module->as<torch::nn::ReLUImpl>()) {
      row.kind = "ReLU";
    } else if (module->as<GlobalAvgPoolImpl>()) {
      row.kind = "GlobalAvgPool";
    } else if (module->as<torch::nn::FlattenImpl>()) {
      row.kind = "Flatten (logits; softmax in the loss)";
    } else {
      row.kind = module->name();
    }
    row.output_shape.assign(x.sizes().begin() + 1, x.sizes().end());
    rows.push_back(std::move(row));
  }
  return rows;
}

int64_t ConvNetImpl::parameter_count() const { return count_parameters(*this); }

int64_t count_parameters(const torch::nn::Module& module) {
  int64_t total = 0;
  for (const auto& p : module.parameters(/*recurse=*/true)) total += p.numel();
  return total;
}

}  // namespace allcnn::nn
