#pragma once

#include <string>
#include <vector>

#include <torch/types.h>

#include "config/choices.h"
#include "nn/model.h"

namespace allcnn::init {

/// Fills one convolution weight [out, in, kh, kw] in place by a classical rule, with fans
/// fan_in = in*kh*kw and fan_out = out*kh*kw:
///  - Gaussian: N(0, gaussian_std^2);
///  - Glorot normal: N(0, 2 / (fan_in + fan_out)); Glorot uniform: U(+-sqrt(6 / (fan_in +
///  fan_out)));
///  - He normal: N(0, 2 / fan_in); He uniform: U(+-sqrt(6 / fan_in));
///  - orthogonal (and LSUV's pre-initialization): the orthogonal factor U V^T of the SVD of a
///    Gaussian matrix (out, fan_in), so the flattened rows (or columns, if out > fan_in) are
///    orthonormal.
/// Uses LibTorch's default generator: seed it for reproducible weights.
void fill_weight(torch::Tensor& weight, InitKind kind, double gaussian_std = 0.01);

/// Initializes every convolution of `net` by `kind` (LSUV: its orthonormal pre-initialization
/// only; run lsuv_initialize() after it) and sets the biases to zero.
void initialize(nn::ConvNetImpl& net, InitKind kind, double gaussian_std = 0.01);

}  // namespace allcnn::init
