#pragma once

#include <cstdint>

#include <torch/types.h>

#include "config/augment_options.h"
#include "data/dataset.h"

namespace allcnn::data {

/// Statistics fitted once on the training images (as floats in [0, 1]), in float64, stored
/// as float32 on the augmenter's device.
struct AugmentFit {
  torch::Tensor mean;  ///< [C, H, W] per-feature mean (featurewise normalization, ZCA centring)
  /// [C, H, W] per-feature population standard deviation; a feature constant over the
  /// training set (std below 1e-6) gets 1, so normalization only centres it.
  torch::Tensor std;
  /// [D, D], D = C*H*W: U diag(1/sqrt(S + eps)) U^T, from the eigendecomposition U S U^T of
  /// the covariance X^T X / N of the centred (and, with `normalize`, normalized) training data.
  /// Undefined unless the options ask for ZCA.
  torch::Tensor whitening;
};

/// Turns uint8 batches into the float input of the network, on the training device:
/// scale to [0, 1], then the deterministic transforms (normalize, ZCA), then, for training
/// batches only, the random ones (shift, flip). Random draws come from LibTorch's default
/// generator on the device, which the Trainer reseeds from (seed, epoch, batch) before every
/// batch, so a seeded run is reproducible and a resumed one continues exactly.
///
/// Every failure (bad options, bad statistics, a batch of the wrong type or shape) throws
/// allcnn::Error. apply() and preprocess() only read the augmenter; apply() draws from the
/// device's default generator, so concurrent training calls are not reproducible.
class Augmenter {
 public:
  /// Fits what `options` needs on `train` (the whole training split); `device` is where the
  /// statistics live and where batches are transformed.
  Augmenter(const AugmentOptions& options, const Dataset& train, torch::Device device);
  /// For a model restored from a checkpoint: the fitted statistics are given, not recomputed.
  Augmenter(const AugmentOptions& options, AugmentFit fit, torch::Device device);

  /// uint8 [B, C, H, W] -> float [B, C, H, W] on the device. `train` enables shift and flip:
  /// shift draws dy, then dx (torch::randint in [-round(f*H), round(f*H)], resp. W, int64 [B]),
  /// flip then draws torch::rand([B]) < 0.5; the result is
  /// flip_images(shift_images(preprocess(images), dy, dx), mask).
  torch::Tensor apply(const torch::Tensor& images_uint8, bool train) const;
  /// The deterministic part only (scale, normalize, ZCA): what evaluation and prediction use.
  torch::Tensor preprocess(const torch::Tensor& images_uint8) const;

  const AugmentOptions& options() const { return options_; }
  const AugmentFit& fit() const { return fit_; }

 private:
  AugmentOptions options_;
  AugmentFit fit_;
  torch::Device device_;
};

/// Shifts each image by (dy[i], dx[i]) pixels with zero fill; exposed for exact tests.
/// Positive dy moves the content down, positive dx to the right. Any dtype; dy, dx: integer [B].
torch::Tensor shift_images(const torch::Tensor& images, const torch::Tensor& dy,
                           const torch::Tensor& dx);
/// Mirrors the images whose `mask` entry is true left-right; exposed for exact tests.
torch::Tensor flip_images(const torch::Tensor& images, const torch::Tensor& mask);

}  // namespace allcnn::data
