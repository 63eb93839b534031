#include <QtTest>

#include <cmath>

#include <torch/torch.h>

#include "common/error.h"
#include "init/initializers.h"
#include "nn/model.h"

using allcnn::init::InitKind;

Q_DECLARE_METATYPE(InitKind)

namespace {
// A convolution weight large enough that the sample std is within 1% of the true one
// (relative standard error of a std estimate from n samples: 1/sqrt(2n), about 0.13% here).
constexpr int64_t kOut = 256, kIn = 128, kKernel = 3;
constexpr double kFanIn = kIn * kKernel * kKernel, kFanOut = kOut * kKernel * kKernel;
}  // namespace

class TestInitializers : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init() { torch::manual_seed(1234); }

  void textbook_spread_data() {
    QTest::addColumn<InitKind>("kind");
    QTest::addColumn<double>("expected_std");
    QTest::addColumn<double>("uniform_limit");  // 0 for normal distributions
    QTest::newRow("gaussian 0.01") << InitKind::Gaussian << 0.01 << 0.0;
    QTest::newRow("glorot-normal")
        << InitKind::GlorotNormal << std::sqrt(2.0 / (kFanIn + kFanOut)) << 0.0;
    QTest::newRow("he-normal") << InitKind::HeNormal << std::sqrt(2.0 / kFanIn) << 0.0;
    const double glorot_limit = std::sqrt(6.0 / (kFanIn + kFanOut));
    QTest::newRow("glorot-uniform")
        << InitKind::GlorotUniform << glorot_limit / std::sqrt(3.0) << glorot_limit;
    const double he_limit = std::sqrt(6.0 / kFanIn);
    QTest::newRow("he-uniform") << InitKind::HeUniform << he_limit / std::sqrt(3.0) << he_limit;
  }
  void textbook_spread() {
    QFETCH(InitKind, kind);
    QFETCH(double, expected_std);
    QFETCH(double, uniform_limit);
    auto w = torch::empty({kOut, kIn, kKernel, kKernel});
    allcnn::init::fill_weight(w, kind, 0.01);
    const double std = w.std().item<double>();
    const double mean = w.mean().item<double>();
    QVERIFY2(std::abs(std / expected_std - 1.0) < 0.01,
             qPrintable(QStringLiteral("std %1, expected %2").arg(std).arg(expected_std)));
    QVERIFY(std::abs(mean) < 0.01 * expected_std * 10);
    if (uniform_limit > 0) {
      QVERIFY(w.abs().max().item<double>() <= uniform_limit);
      QVERIFY(w.abs().max().item<double>() > 0.99 * uniform_limit);
    }
  }

  void orthogonal_rows_are_orthonormal_data() {
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("kernel");
    QTest::newRow("wide 96x27") << 96 << 3 << 3;    // fan_in 27 < out: columns orthonormal
    QTest::newRow("tall 96x864") << 96 << 96 << 3;  // rows orthonormal
    QTest::newRow("1x1 10x192") << 10 << 192 << 1;
  }
  void orthogonal_rows_are_orthonormal() {
    QFETCH(int, out);
    QFETCH(int, in);
    QFETCH(int, kernel);
    for (auto kind : {InitKind::Orthogonal, InitKind::Lsuv}) {
      auto w = torch::empty({out, in, kernel, kernel});
      allcnn::init::fill_weight(w, kind);
      auto flat = w.reshape({out, -1}).to(torch::kFloat64);
      auto gram = flat.size(0) <= flat.size(1) ? flat.matmul(flat.t()) : flat.t().matmul(flat);
      auto eye = torch::eye(gram.size(0), torch::kFloat64);
      const double error = (gram - eye).abs().max().item<double>();
      QVERIFY2(error < 1e-5, qPrintable(QStringLiteral("max |W W^T - I| = %1").arg(error)));
    }
  }

  void initialize_touches_every_convolution_and_zeroes_biases() {
    allcnn::nn::ModelOptions options;
    options.width = 0.25;
    allcnn::nn::ConvNet net(options);
    allcnn::init::initialize(*net, InitKind::Gaussian, 0.05);
    for (size_t i : net->conv_indices()) {
      auto conv = net->conv(i);
      QVERIFY(std::abs(conv->weight.std().item<double>() - 0.05) < 0.05 * 0.25);
      QCOMPARE(conv->bias.abs().sum().item<double>(), 0.0);
    }
  }
};

QTEST_GUILESS_MAIN(TestInitializers)
#include "test_initializers.moc"
