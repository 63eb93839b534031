#include "explain/features.h"

#include <torch/torch.h>

#include "common/error.h"
#include "explain/prediction.h"
#include "nn/input_layout.h"

namespace allcnn::explain {

namespace {

// Min-max scales each row of `rows` [R, D] to [0, 1]; a constant row becomes 0.5.
torch::Tensor scale_rows(const torch::Tensor& rows) {
  const auto low = std::get<0>(rows.min(1, /*keepdim=*/true));
  const auto high = std::get<0>(rows.max(1, /*keepdim=*/true));
  const auto range = high - low;
  return torch::where(range > 0, (rows - low) / range.clamp_min(1e-12),
                      torch::full_like(rows, 0.5));
}

}  // namespace

std::vector<std::vector<ClassScore>> top_k(const torch::Tensor& logits, int64_t k,
                                           const std::vector<std::string>& class_names) {
  const auto probabilities = torch::softmax(logits.detach().to(torch::kCPU, torch::kFloat64), 1);
  const int64_t count = std::min<int64_t>(std::max<int64_t>(k, 1), probabilities.size(1));
  const auto [values, indices] = probabilities.topk(count, 1);
  std::vector<std::vector<ClassScore>> rows(static_cast<size_t>(probabilities.size(0)));
  for (int64_t b = 0; b < probabilities.size(0); ++b) {
    for (int64_t j = 0; j < count; ++j) {
      ClassScore score;
      score.index = indices[b][j].item<int64_t>();
      score.probability = values[b][j].item<double>();
      score.name = score.index < static_cast<int64_t>(class_names.size())
                       ? class_names[static_cast<size_t>(score.index)]
                       : std::to_string(score.index);
      rows[static_cast<size_t>(b)].push_back(std::move(score));
    }
  }
  return rows;
}

std::vector<std::vector<ClassScore>> predict(train::RunModel& model,
                                             const torch::Tensor& images_uint8, int64_t k) {
  torch::NoGradGuard no_grad;
  model.net->eval();
  const auto input =
      nn::in_model_layout(model.augmenter->preprocess(images_uint8.to(model.device)));
  return top_k(model.net->forward(input), k, model.class_names);
}

FilterBank layer_filters(nn::ConvNetImpl& net, size_t conv_number) {
  const auto convs = net.conv_indices();
  if (conv_number >= convs.size())
    throw Error("filters", "the model has " + std::to_string(convs.size()) + " convolutions, not " +
                               std::to_string(conv_number + 1));
  torch::NoGradGuard no_grad;
  const auto weight =
      net.conv(convs[conv_number])->weight.detach().to(torch::kCPU, torch::kFloat32);
  const int64_t out = weight.size(0), in = weight.size(1), kh = weight.size(2), kw = weight.size(3);
  FilterBank bank;
  bank.layer = net.layer_names()[convs[conv_number]];
  bank.first_layer = conv_number == 0;
  bank.patches = bank.first_layer
                     ? scale_rows(weight.reshape({out, in * kh * kw})).reshape({out, in, kh, kw})
                     : scale_rows(weight.reshape({out * in, kh * kw})).reshape({out, in, kh, kw});
  return bank;
}

std::vector<LayerActivation> layer_activations(nn::ConvNetImpl& net, const torch::Tensor& input) {
  torch::NoGradGuard no_grad;
  std::vector<LayerActivation> layers;
  auto x = input;
  for (size_t i = 0; i < net.layer_count(); ++i) {
    x = net.forward_range(x, i, i + 1);
    layers.push_back({net.layer_names()[i], x[0].detach().to(torch::kCPU, torch::kFloat32)});
  }
  return layers;
}

size_t global_pool_index(const nn::ConvNetImpl& net) {
  const auto& names = net.layer_names();
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == "global_avg_pool") return i;
  throw Error("class activation maps", "the model has no global average pooling layer");
}

torch::Tensor class_activation_maps(nn::ConvNetImpl& net, const torch::Tensor& input) {
  torch::NoGradGuard no_grad;
  return net.forward_range(input, 0, global_pool_index(net));
}

}  // namespace allcnn::explain
