#include "init/initializers.h"

#include <cmath>

#include <torch/torch.h>

#include "common/error.h"

namespace allcnn::init {

namespace {

void fill_orthogonal(torch::Tensor& weight) {
  const int64_t rows = weight.size(0);
  const int64_t cols = weight.numel() / rows;
  // The SVD runs in double: the result must be orthonormal to float precision.
  auto gaussian = torch::randn({rows, cols}, torch::kFloat64);
  auto svd = torch::linalg_svd(gaussian, /*full_matrices=*/false);
  auto q = torch::matmul(std::get<0>(svd), std::get<2>(svd));
  weight.copy_(q.reshape(weight.sizes()).to(weight.dtype()));
}

}  // namespace

void fill_weight(torch::Tensor& weight, InitKind kind, double gaussian_std) {
  torch::NoGradGuard no_grad;
  const double receptive = static_cast<double>(weight.numel() / (weight.size(0) * weight.size(1)));
  const double fan_in = static_cast<double>(weight.size(1)) * receptive;
  const double fan_out = static_cast<double>(weight.size(0)) * receptive;
  switch (kind) {
    case InitKind::Gaussian:
      if (!(gaussian_std > 0)) throw Error("init_std", "the Gaussian std must be positive");
      weight.normal_(0.0, gaussian_std);
      break;
    case InitKind::GlorotNormal:
      weight.normal_(0.0, std::sqrt(2.0 / (fan_in + fan_out)));
      break;
    case InitKind::GlorotUniform: {
      const double limit = std::sqrt(6.0 / (fan_in + fan_out));
      weight.uniform_(-limit, limit);
      break;
    }
    case InitKind::HeNormal:
      weight.normal_(0.0, std::sqrt(2.0 / fan_in));
      break;
    case InitKind::HeUniform: {
      const double limit = std::sqrt(6.0 / fan_in);
      weight.uniform_(-limit, limit);
      break;
    }
    case InitKind::Orthogonal:
    case InitKind::Lsuv:
      fill_orthogonal(weight);
      break;
  }
}

void initialize(nn::ConvNetImpl& net, InitKind kind, double gaussian_std) {
  torch::NoGradGuard no_grad;
  for (size_t index : net.conv_indices()) {
    auto conv = net.conv(index);
    fill_weight(conv->weight, kind, gaussian_std);
    if (conv->bias.defined()) conv->bias.zero_();
  }
}

}  // namespace allcnn::init
