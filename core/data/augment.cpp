#include "data/augment.h"

#include <cmath>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "common/error.h"

namespace allcnn::data {

namespace {

// Images per step of the fitting passes: bounds the float64 copy of the training set
// (4096 x 3072 x 8 bytes = 96 MiB for CIFAR) instead of converting all 50000 images at once.
constexpr int64_t kFitChunk = 4096;
// A feature whose training std is below this is constant (MNIST's border pixels, say). Like
// scikit-learn's StandardScaler, its std is taken as 1, so it is centred but never divided by
// a near-zero number that would blow up the few test images where it differs.
constexpr double kConstantFeatureStd = 1e-6;
// The whitening matrix is D x D; beyond this many features it would take gigabytes.
constexpr int64_t kMaxZcaFeatures = 12288;

std::string shape_string(const torch::Tensor& t) {
  std::string text = "[";
  for (int64_t i = 0; i < t.dim(); ++i) text += (i == 0 ? "" : ", ") + std::to_string(t.size(i));
  return text + "]";
}

void check_image_batch(const torch::Tensor& images, const char* subject) {
  if (!images.defined() || images.dim() != 4) {
    throw Error(subject, "expected a [B, C, H, W] tensor, got " +
                             (images.defined() ? shape_string(images) : std::string("none")));
  }
}

void check_options(const AugmentOptions& options) {
  if (!(options.shift_fraction >= 0.0 && options.shift_fraction <= 1.0)) {
    throw Error("shift_fraction",
                "must be in [0, 1], got " + std::to_string(options.shift_fraction));
  }
  if (!(options.zca_epsilon >= 0.0)) {
    throw Error("zca_epsilon", "must not be negative, got " + std::to_string(options.zca_epsilon));
  }
}

torch::Tensor flat_unit_chunk(const torch::Tensor& images, int64_t start, int64_t count,
                              torch::Device device) {
  return images.narrow(0, start, count)
      .to(device)
      .to(torch::kFloat64)
      .div_(255.0)
      .reshape({count, -1});
}

// U diag(1 / sqrt(S + eps)) U^T of the covariance. eigh is the SVD of a symmetric positive
// semi-definite matrix (same U, same S) and several times faster; rounding can leave tiny
// negative eigenvalues, clamped to 0.
torch::Tensor zca_matrix(const torch::Tensor& covariance, double epsilon) {
  const auto [eigenvalues, eigenvectors] = torch::linalg_eigh(covariance);
  const auto scale = eigenvalues.clamp_min(0.0).add(epsilon).rsqrt();
  return (eigenvectors * scale.unsqueeze(0)).matmul(eigenvectors.t());
}

// Two float64 passes: the mean, then the centred second moments (the diagonal only, unless ZCA
// needs the whole covariance).
AugmentFit fit_statistics(const AugmentOptions& options, const Dataset& train,
                          torch::Device device) {
  const torch::Tensor& images = train.images;
  check_image_batch(images, "training images");
  const int64_t n = images.size(0);
  if (n == 0) throw Error("training images", "empty; nothing to fit the augmentation on");
  const int64_t features = images.size(1) * images.size(2) * images.size(3);
  if (options.zca() && features > kMaxZcaFeatures) {
    throw Error("zca", "ZCA whitening of " + std::to_string(features) +
                           " features needs a matrix that large squared; at most " +
                           std::to_string(kMaxZcaFeatures) + " features are supported");
  }
  const auto stat_options = torch::TensorOptions().dtype(torch::kFloat64).device(device);

  torch::Tensor sum = torch::zeros({features}, stat_options);
  for (int64_t start = 0; start < n; start += kFitChunk) {
    const int64_t count = std::min(kFitChunk, n - start);
    sum += flat_unit_chunk(images, start, count, device).sum(0);
  }
  const torch::Tensor mean = sum / static_cast<double>(n);

  torch::Tensor squares = torch::zeros({features}, stat_options);
  torch::Tensor covariance;
  if (options.zca()) covariance = torch::zeros({features, features}, stat_options);
  for (int64_t start = 0; start < n; start += kFitChunk) {
    const int64_t count = std::min(kFitChunk, n - start);
    const torch::Tensor centred = flat_unit_chunk(images, start, count, device) - mean;
    squares += centred.square().sum(0);
    if (options.zca()) covariance.addmm_(centred.t(), centred);
  }
  torch::Tensor std = (squares / static_cast<double>(n)).sqrt();
  std = torch::where(std < kConstantFeatureStd, torch::ones_like(std), std);

  AugmentFit fit;
  const auto image_shape = images.sizes().slice(1);
  fit.mean = mean.view(image_shape).to(torch::kFloat32);
  fit.std = std.view(image_shape).to(torch::kFloat32);
  if (options.zca()) {
    covariance /= static_cast<double>(n);
    // Whitening comes after normalization in preprocess(), so it is fitted on normalized data,
    // whose covariance is the centred one scaled by 1 / (std_i std_j).
    if (options.normalize()) covariance /= std.unsqueeze(1) * std.unsqueeze(0);
    fit.whitening = zca_matrix(covariance, options.zca_epsilon).to(torch::kFloat32);
  }
  return fit;
}

void check_fit(const AugmentOptions& options, const AugmentFit& fit) {
  const char* subject = "augmentation statistics";
  if ((options.normalize() || options.zca()) && !fit.mean.defined()) {
    throw Error(subject, "the mean is missing");
  }
  if (options.normalize() && (!fit.std.defined() || !fit.std.sizes().equals(fit.mean.sizes()))) {
    throw Error(subject, "the standard deviation is missing or does not match the mean");
  }
  if (options.zca()) {
    const int64_t features = fit.mean.numel();
    if (!fit.whitening.defined() || fit.whitening.dim() != 2 || fit.whitening.size(0) != features ||
        fit.whitening.size(1) != features) {
      throw Error(subject, "the ZCA whitening matrix is missing or not " +
                               std::to_string(features) + "x" + std::to_string(features));
    }
  }
}

torch::Tensor on_device(const torch::Tensor& t, torch::Device device) {
  return t.defined() ? t.to(device, torch::kFloat32) : t;
}

}  // namespace

Augmenter::Augmenter(const AugmentOptions& options, const Dataset& train, torch::Device device)
    : options_(options), device_(device) {
  check_options(options_);
  fit_ = fit_statistics(options_, train, device_);
}

Augmenter::Augmenter(const AugmentOptions& options, AugmentFit fit, torch::Device device)
    : options_(options), device_(device) {
  check_options(options_);
  check_fit(options_, fit);
  fit_.mean = on_device(fit.mean, device_);
  fit_.std = on_device(fit.std, device_);
  fit_.whitening = on_device(fit.whitening, device_);
}

torch::Tensor Augmenter::preprocess(const torch::Tensor& images_uint8) const {
  check_image_batch(images_uint8, "images");
  if (images_uint8.scalar_type() != torch::kUInt8) {
    throw Error("images", std::string("expected uint8 pixels, got ") +
                              c10::toString(images_uint8.scalar_type()));
  }
  if (fit_.mean.defined() && !images_uint8.sizes().slice(1).equals(fit_.mean.sizes())) {
    throw Error("images", "batch of " + shape_string(images_uint8) +
                              " does not match the fitted image shape " + shape_string(fit_.mean));
  }
  torch::Tensor x = images_uint8.to(device_).to(torch::kFloat32).div_(255.0);
  if (options_.normalize()) x = (x - fit_.mean) / fit_.std;
  if (options_.zca()) {
    // Normalized data is already centred.
    if (!options_.normalize()) x = x - fit_.mean;
    const std::vector<int64_t> shape = x.sizes().vec();
    x = x.reshape({shape[0], fit_.whitening.size(0)}).matmul(fit_.whitening).view(shape);
  }
  return x;
}

torch::Tensor Augmenter::apply(const torch::Tensor& images_uint8, bool train) const {
  torch::Tensor x = preprocess(images_uint8);
  if (!train) return x;
  const int64_t batch = x.size(0);
  if (options_.shift()) {
    const int64_t max_dy = std::llround(options_.shift_fraction * static_cast<double>(x.size(2)));
    const int64_t max_dx = std::llround(options_.shift_fraction * static_cast<double>(x.size(3)));
    const auto index_options = torch::TensorOptions().dtype(torch::kInt64).device(x.device());
    const torch::Tensor dy = torch::randint(-max_dy, max_dy + 1, {batch}, index_options);
    const torch::Tensor dx = torch::randint(-max_dx, max_dx + 1, {batch}, index_options);
    x = shift_images(x, dy, dx);
  }
  if (options_.flip()) {
    const torch::Tensor mask = torch::rand({batch}, x.options()) < 0.5;
    x = flip_images(x, mask);
  }
  return x;
}

torch::Tensor shift_images(const torch::Tensor& images, const torch::Tensor& dy,
                           const torch::Tensor& dx) {
  check_image_batch(images, "shift_images");
  const int64_t b = images.size(0);
  const int64_t c = images.size(1);
  const int64_t h = images.size(2);
  const int64_t w = images.size(3);
  if (dy.dim() != 1 || dy.size(0) != b || dx.dim() != 1 || dx.size(0) != b) {
    throw Error("shift_images", "dy and dx must hold one offset per image (" + std::to_string(b) +
                                    "), got " + shape_string(dy) + " and " + shape_string(dx));
  }
  const auto index_options = torch::TensorOptions().dtype(torch::kInt64).device(images.device());
  // Output pixel (y, x) of image i comes from (y - dy[i], x - dx[i]): one gather per axis with
  // clamped indices, then the pixels whose source lies outside the image are zeroed.
  const torch::Tensor rows =
      torch::arange(h, index_options).view({1, h}) - dy.to(index_options).view({b, 1});
  const torch::Tensor cols =
      torch::arange(w, index_options).view({1, w}) - dx.to(index_options).view({b, 1});
  const torch::Tensor source_rows = rows.clamp(0, h - 1).view({b, 1, h, 1}).expand({b, c, h, w});
  const torch::Tensor source_cols = cols.clamp(0, w - 1).view({b, 1, 1, w}).expand({b, c, h, w});
  torch::Tensor shifted = images.gather(2, source_rows).gather(3, source_cols);
  const torch::Tensor valid =
      ((rows >= 0) & (rows < h)).view({b, 1, h, 1}) & ((cols >= 0) & (cols < w)).view({b, 1, 1, w});
  return shifted.masked_fill_(valid.logical_not(), 0);
}

torch::Tensor flip_images(const torch::Tensor& images, const torch::Tensor& mask) {
  check_image_batch(images, "flip_images");
  const int64_t b = images.size(0);
  if (mask.dim() != 1 || mask.size(0) != b) {
    throw Error("flip_images", "mask must hold one entry per image (" + std::to_string(b) +
                                   "), got " + shape_string(mask));
  }
  const torch::Tensor selected = mask.to(images.device(), torch::kBool).view({b, 1, 1, 1});
  return torch::where(selected, images.flip({3}), images);
}

}  // namespace allcnn::data
