// Augmentation: the shift and flip primitives pixel by pixel, the fitted statistics
// (normalization, ZCA whitening) against their definitions, and the seeding contract of apply().

#include <QtTest>

#include <cmath>
#include <set>
#include <vector>

#include "../common/error_of.h"
#include "common/error.h"
#include "data/augment.h"
#include "data/dataset.h"

using allcnn::data::Augmenter;
using allcnn::data::AugmentFit;
using allcnn::data::AugmentOptions;
using allcnn::data::Dataset;
using allcnn::data::flip_images;
using allcnn::data::shift_images;

using allcnn::testing::error_of;

namespace {

const torch::Device kCpu(torch::kCPU);

torch::Tensor int64s(std::vector<int64_t> values) { return torch::tensor(values, torch::kInt64); }

// [1, 1, 3, 3] holding 1..9 row by row.
torch::Tensor three_by_three() { return torch::arange(1, 10, torch::kFloat32).view({1, 1, 3, 3}); }

// The definition: output (y, x) is input (y - dy, x - dx), or 0 where that lies outside.
torch::Tensor shift_by_definition(const torch::Tensor& image, int64_t dy, int64_t dx) {
  torch::Tensor out = torch::zeros_like(image);
  const int64_t h = image.size(2);
  const int64_t w = image.size(3);
  for (int64_t y = 0; y < h; ++y) {
    for (int64_t x = 0; x < w; ++x) {
      const int64_t sy = y - dy;
      const int64_t sx = x - dx;
      if (sy >= 0 && sy < h && sx >= 0 && sx < w) {
        out.select(2, y).select(2, x).copy_(image.select(2, sy).select(2, sx));
      }
    }
  }
  return out;
}

Dataset random_dataset(int64_t n, std::vector<int64_t> image_shape, uint64_t seed) {
  torch::manual_seed(seed);
  std::vector<int64_t> shape = {n};
  shape.insert(shape.end(), image_shape.begin(), image_shape.end());
  Dataset data;
  data.images = torch::randint(0, 256, shape, torch::kUInt8);
  data.labels = torch::zeros({n}, torch::kInt64);
  data.class_names = {"only"};
  return data;
}

// Samples of D = 16 pixels (1x4x4) with strong correlations: z N(0, I) mixed by I + J/4,
// whose covariance I + 1.5 J gives every pixel pair a correlation of 0.6.
Dataset correlated_dataset(int64_t n) {
  torch::manual_seed(1234);
  const torch::Tensor mixing =
      torch::eye(16) + 0.25 * torch::ones({16, 16}) + 0.05 * torch::randn({16, 16});
  const torch::Tensor z = torch::randn({n, 16});
  const torch::Tensor pixels = (128.0 + 20.0 * z.matmul(mixing)).round().clamp(0, 255);
  Dataset data;
  data.images = pixels.to(torch::kUInt8).view({n, 1, 4, 4});
  data.labels = torch::zeros({n}, torch::kInt64);
  data.class_names = {"only"};
  return data;
}

// n copies of a black 8x8 image with one white pixel at (y, x).
Dataset single_pixel_images(int64_t n, int64_t y, int64_t x) {
  Dataset data;
  data.images = torch::zeros({n, 1, 8, 8}, torch::kUInt8);
  data.images.select(2, y).select(2, x).fill_(255);
  data.labels = torch::zeros({n}, torch::kInt64);
  data.class_names = {"only"};
  return data;
}

std::set<int64_t> to_set(const torch::Tensor& values) {
  const torch::Tensor v = values.to(torch::kInt64).contiguous();
  return std::set<int64_t>(v.data_ptr<int64_t>(), v.data_ptr<int64_t>() + v.numel());
}

torch::Tensor covariance(const torch::Tensor& samples) {
  const torch::Tensor x = samples.reshape({samples.size(0), -1}).to(torch::kFloat64);
  const torch::Tensor centred = x - x.mean(0);
  return centred.t().matmul(centred) / static_cast<double>(x.size(0));
}

}  // namespace

class TestAugment : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // ---- primitives ----

  void shift_moves_pixels_as_specified_data() {
    QTest::addColumn<int>("dy");
    QTest::addColumn<int>("dx");
    QTest::addColumn<QList<int>>("expected");  // the 3x3 result, row by row
    QTest::newRow("none") << 0 << 0 << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("down") << 1 << 0 << QList<int>{0, 0, 0, 1, 2, 3, 4, 5, 6};
    QTest::newRow("up") << -1 << 0 << QList<int>{4, 5, 6, 7, 8, 9, 0, 0, 0};
    QTest::newRow("right") << 0 << 1 << QList<int>{0, 1, 2, 0, 4, 5, 0, 7, 8};
    QTest::newRow("left by two") << 0 << -2 << QList<int>{3, 0, 0, 6, 0, 0, 9, 0, 0};
    QTest::newRow("up and right") << -1 << 1 << QList<int>{0, 4, 5, 0, 7, 8, 0, 0, 0};
    QTest::newRow("out of the image") << 3 << 0 << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0};
  }
  void shift_moves_pixels_as_specified() {
    QFETCH(int, dy);
    QFETCH(int, dx);
    QFETCH(QList<int>, expected);
    const torch::Tensor shifted = shift_images(three_by_three(), int64s({dy}), int64s({dx}));
    const std::vector<int64_t> values(expected.begin(), expected.end());
    QVERIFY(torch::equal(shifted, torch::tensor(values).to(torch::kFloat32).view({1, 1, 3, 3})));
  }

  void shift_matches_its_definition_in_a_batch() {
    // Two channels, non-square, distinct non-zero values; offsets inside and beyond the image.
    const std::vector<std::pair<int64_t, int64_t>> offsets = {{0, 0},  {2, -1},  {-3, 4}, {4, 0},
                                                              {0, -5}, {-1, -1}, {3, 2}};
    const int64_t b = static_cast<int64_t>(offsets.size());
    const torch::Tensor images =
        torch::arange(1, 1 + b * 2 * 4 * 5, torch::kFloat32).view({b, 2, 4, 5});
    std::vector<int64_t> dy;
    std::vector<int64_t> dx;
    for (const auto& [y, x] : offsets) {
      dy.push_back(y);
      dx.push_back(x);
    }
    const torch::Tensor shifted = shift_images(images, int64s(dy), int64s(dx));
    for (int64_t i = 0; i < b; ++i) {
      const torch::Tensor expected =
          shift_by_definition(images.narrow(0, i, 1), offsets[i].first, offsets[i].second);
      QVERIFY2(torch::equal(shifted.narrow(0, i, 1), expected), qPrintable(QString::number(i)));
    }
    // Any dtype: the uint8 batches move the same way.
    const torch::Tensor bytes = images.to(torch::kUInt8);
    QVERIFY(torch::equal(shift_images(bytes, int64s(dy), int64s(dx)), shifted.to(torch::kUInt8)));
  }

  void flip_mirrors_only_the_selected_images() {
    const torch::Tensor images = torch::arange(1, 19, torch::kFloat32).view({3, 1, 2, 3});
    const torch::Tensor mask = torch::tensor({true, false, true});
    const torch::Tensor flipped = flip_images(images, mask);
    const torch::Tensor expected =
        torch::tensor({3, 2, 1, 6, 5, 4, 7, 8, 9, 10, 11, 12, 15, 14, 13, 18, 17, 16},
                      torch::kFloat32)
            .view({3, 1, 2, 3});
    QVERIFY(torch::equal(flipped, expected));
    QVERIFY(torch::equal(images, torch::arange(1, 19, torch::kFloat32).view({3, 1, 2, 3})));
  }

  void primitives_reject_mismatched_arguments() {
    const torch::Tensor images = torch::zeros({2, 1, 3, 3});
    QVERIFY(error_of([&] {
              shift_images(images, int64s({1}), int64s({1, 2}));
            }).startsWith("shift_images: "));
    QVERIFY(
        error_of([&] { flip_images(images, torch::tensor({true})); }).startsWith("flip_images: "));
    QVERIFY(error_of([&] {
              flip_images(torch::zeros({3, 3}), torch::tensor({true}));
            }).startsWith("flip_images: "));
  }

  // ---- fitted statistics ----

  void normalize_gives_zero_mean_and_unit_std() {
    Dataset train = random_dataset(500, {2, 3, 3}, 5);
    // Features with different spreads, and one constant feature.
    train.images.select(1, 1).floor_divide_(4);
    train.images.select(1, 0).select(1, 0).select(1, 0).fill_(77);
    AugmentOptions options;
    options.transforms.set(allcnn::data::Augmentation::Normalize, true);
    const Augmenter augmenter(options, train, kCpu);

    QCOMPARE(augmenter.fit().mean.sizes().vec(), (std::vector<int64_t>{2, 3, 3}));
    QCOMPARE(augmenter.fit().mean.scalar_type(), torch::kFloat32);
    QCOMPARE(augmenter.fit().std[0][0][0].item<float>(), 1.0f);  // constant: std taken as 1

    const torch::Tensor x = augmenter.preprocess(train.images).to(torch::kFloat64);
    const torch::Tensor mean = x.mean(0);
    const torch::Tensor spread = (x - mean).square().mean(0).sqrt();
    QVERIFY2(mean.abs().max().item<double>() < 1e-5,
             qPrintable(QString::number(mean.abs().max().item<double>())));
    // The constant feature is centred to exactly 0, every other one has unit spread.
    QCOMPARE(x.select(1, 0).select(1, 0).select(1, 0).abs().max().item<double>(), 0.0);
    spread.view({-1})[0].fill_(1.0);
    QVERIFY2((spread - 1.0).abs().max().item<double>() < 1e-4,
             qPrintable(QString::number((spread - 1.0).abs().max().item<double>())));
  }

  void zca_whitened_covariance_is_the_identity_data() {
    QTest::addColumn<bool>("normalize");
    QTest::newRow("zca") << false;
    QTest::newRow("normalize then zca") << true;
  }
  void zca_whitened_covariance_is_the_identity() {
    QFETCH(bool, normalize);
    const Dataset train = correlated_dataset(2000);
    const torch::Tensor raw = covariance(train.images.to(torch::kFloat64));
    const torch::Tensor raw_std = raw.diagonal().sqrt();
    const torch::Tensor correlation = raw / (raw_std.unsqueeze(1) * raw_std.unsqueeze(0));
    const torch::Tensor off_diagonal = torch::eye(16, torch::kBool).logical_not();
    QVERIFY(correlation.masked_select(off_diagonal).min().item<double>() > 0.45);  // a real test

    AugmentOptions options;
    options.transforms.set(allcnn::data::Augmentation::Zca, true);
    options.transforms.set(allcnn::data::Augmentation::Normalize, normalize);
    const Augmenter augmenter(options, train, kCpu);
    const torch::Tensor whitening = augmenter.fit().whitening;
    QCOMPARE(whitening.sizes().vec(), (std::vector<int64_t>{16, 16}));
    QCOMPARE(whitening.scalar_type(), torch::kFloat32);
    // ZCA, unlike PCA whitening, is symmetric: it whitens without rotating the pixels away.
    QVERIFY((whitening - whitening.t()).abs().max().item<float>() <
            1e-4f * whitening.abs().max().item<float>());

    const torch::Tensor whitened = augmenter.preprocess(train.images);
    QCOMPARE(whitened.sizes().vec(), train.images.sizes().vec());
    const torch::Tensor deviation = (covariance(whitened) - torch::eye(16, torch::kFloat64)).abs();
    QVERIFY2(deviation.max().item<double>() < 1e-2,
             qPrintable(QString::number(deviation.max().item<double>())));
    QVERIFY(whitened.to(torch::kFloat64).mean(0).abs().max().item<double>() < 1e-4);
  }

  void restored_statistics_preprocess_identically() {
    const Dataset train = correlated_dataset(300);
    AugmentOptions options;
    options.transforms.set(allcnn::data::Augmentation::Normalize, true);
    options.transforms.set(allcnn::data::Augmentation::Zca, true);
    const Augmenter fitted(options, train, kCpu);
    const Augmenter restored(options, fitted.fit(), kCpu);
    QVERIFY(torch::equal(restored.preprocess(train.images), fitted.preprocess(train.images)));

    AugmentFit incomplete = fitted.fit();
    incomplete.whitening = torch::Tensor();
    QVERIFY(error_of([&] {
              Augmenter(options, incomplete, kCpu);
            }).startsWith("augmentation statistics: "));
  }

  // ---- apply() ----

  void evaluation_is_deterministic_preprocessing() {
    const Dataset train = random_dataset(64, {3, 8, 8}, 9);
    AugmentOptions options;
    options.transforms.set(allcnn::data::Augmentation::Shift, true);
    options.transforms.set(allcnn::data::Augmentation::Flip, true);
    options.transforms.set(allcnn::data::Augmentation::Normalize, true);
    const Augmenter augmenter(options, train, kCpu);
    const torch::Tensor first = augmenter.apply(train.images, false);
    QCOMPARE(first.scalar_type(), torch::kFloat32);
    QVERIFY(torch::equal(first, augmenter.apply(train.images, false)));
    QVERIFY(torch::equal(first, augmenter.preprocess(train.images)));
  }

  void scaling_alone_maps_bytes_to_the_unit_interval() {
    const Dataset train = random_dataset(4, {1, 2, 2}, 2);
    const Augmenter augmenter(AugmentOptions{}, train, kCpu);
    QVERIFY(torch::allclose(augmenter.preprocess(train.images),
                            train.images.to(torch::kFloat32) / 255.0f));
  }

  void training_augmentation_is_reproducible_from_the_seed() {
    const Dataset train = random_dataset(32, {3, 8, 8}, 10);
    AugmentOptions options;
    options.transforms.set(allcnn::data::Augmentation::Shift, true);
    options.transforms.set(allcnn::data::Augmentation::Flip, true);
    const Augmenter augmenter(options, train, kCpu);
    torch::manual_seed(7);
    const torch::Tensor a = augmenter.apply(train.images, true);
    torch::manual_seed(7);
    const torch::Tensor b = augmenter.apply(train.images, true);
    torch::manual_seed(8);
    const torch::Tensor c = augmenter.apply(train.images, true);
    QVERIFY(torch::equal(a, b));
    QVERIFY(!torch::equal(a, c));
    QVERIFY(!torch::equal(a, augmenter.preprocess(train.images)));
  }

  void training_augmentation_composes_the_primitives() {
    const Dataset train = random_dataset(16, {3, 10, 10}, 11);
    AugmentOptions options;
    options.transforms.set(allcnn::data::Augmentation::Shift, true);
    options.shift_fraction = 0.2;
    options.transforms.set(allcnn::data::Augmentation::Flip, true);
    options.transforms.set(allcnn::data::Augmentation::Normalize, true);
    const Augmenter augmenter(options, train, kCpu);
    // The documented draws: dy, then dx, in [-2, 2], then the flip mask.
    torch::manual_seed(5);
    const torch::Tensor dy = torch::randint(-2, 3, {16}, torch::kInt64);
    const torch::Tensor dx = torch::randint(-2, 3, {16}, torch::kInt64);
    const torch::Tensor mask = torch::rand({16}) < 0.5;
    const torch::Tensor expected =
        flip_images(shift_images(augmenter.preprocess(train.images), dy, dx), mask);
    torch::manual_seed(5);
    QVERIFY(torch::equal(augmenter.apply(train.images, true), expected));
  }

  void shifts_and_flips_have_the_specified_distribution() {
    // One bright pixel per 8x8 image; where it lands tells the shift or the flip drawn.
    const int64_t n = 400;
    AugmentOptions shift_only;
    shift_only.transforms.set(allcnn::data::Augmentation::Shift, true);
    shift_only.shift_fraction = 0.25;  // round(0.25 * 8) = 2 pixels
    const Dataset centred = single_pixel_images(n, 4, 3);
    torch::manual_seed(21);
    const torch::Tensor shifted =
        Augmenter(shift_only, centred, kCpu).apply(centred.images, true).view({n, 64});
    QVERIFY(torch::equal(shifted.amax(1), torch::ones({n})));  // never shifted out of the image
    const torch::Tensor position = shifted.argmax(1);
    const auto dy = to_set(position.floor_divide(8) - 4);
    const auto dx = to_set(position.remainder(8) - 3);
    QCOMPARE(dy, (std::set<int64_t>{-2, -1, 0, 1, 2}));
    QCOMPARE(dx, (std::set<int64_t>{-2, -1, 0, 1, 2}));

    AugmentOptions flip_only;
    flip_only.transforms.set(allcnn::data::Augmentation::Flip, true);
    const Dataset left = single_pixel_images(n, 4, 1);
    torch::manual_seed(22);
    const torch::Tensor flipped = Augmenter(flip_only, left, kCpu).apply(left.images, true);
    const torch::Tensor mirrored = flipped.select(2, 4).select(2, 6).view({n}) == 1.0f;
    const torch::Tensor kept = flipped.select(2, 4).select(2, 1).view({n}) == 1.0f;
    QVERIFY(torch::equal(mirrored.logical_xor(kept), torch::ones({n}, torch::kBool)));
    const double fraction = mirrored.to(torch::kFloat64).mean().item<double>();
    QVERIFY2(fraction > 0.4 && fraction < 0.6, qPrintable(QString::number(fraction)));
  }

  // ---- errors ----

  void bad_input_is_an_error() {
    const Dataset train = random_dataset(8, {1, 4, 4}, 3);
    AugmentOptions options;
    options.transforms.set(allcnn::data::Augmentation::Normalize, true);
    const Augmenter augmenter(options, train, kCpu);
    QVERIFY(error_of([&] {
              augmenter.preprocess(train.images.to(torch::kFloat32));
            }).startsWith("images: expected uint8"));
    QVERIFY(error_of([&] {
              augmenter.preprocess(torch::zeros({2, 1, 5, 5}, torch::kUInt8));
            }).contains("does not match the fitted image shape [1, 4, 4]"));
    QVERIFY(error_of([&] {
              augmenter.preprocess(torch::zeros({4, 4}, torch::kUInt8));
            }).startsWith("images: expected a [B, C, H, W] tensor"));
    QVERIFY(error_of([&] {
              Augmenter(options, train.head(0), kCpu);
            }).startsWith("training images: empty"));
    AugmentOptions bad_shift;
    bad_shift.shift_fraction = -0.1;
    QVERIFY(error_of([&] { Augmenter(bad_shift, train, kCpu); }).startsWith("shift_fraction: "));
  }

  void cuda_matches_cpu() {
    if (!torch::cuda::is_available()) QSKIP("no CUDA device");
    const Dataset train = correlated_dataset(500);
    AugmentOptions options;
    options.transforms.set(allcnn::data::Augmentation::Normalize, true);
    options.transforms.set(allcnn::data::Augmentation::Zca, true);
    options.transforms.set(allcnn::data::Augmentation::Shift, true);
    options.transforms.set(allcnn::data::Augmentation::Flip, true);
    const Augmenter cpu(options, train, kCpu);
    const Augmenter cuda(options, train, torch::Device(torch::kCUDA));
    const torch::Tensor on_cuda = cuda.preprocess(train.images);
    QCOMPARE(on_cuda.device().type(), torch::kCUDA);
    QVERIFY(torch::allclose(on_cuda.cpu(), cpu.preprocess(train.images), 1e-3, 1e-3));
    torch::manual_seed(3);
    const torch::Tensor a = cuda.apply(train.images, true);
    torch::manual_seed(3);
    QVERIFY(torch::equal(a, cuda.apply(train.images, true)));
  }
};

QTEST_GUILESS_MAIN(TestAugment)
#include "test_augment.moc"
