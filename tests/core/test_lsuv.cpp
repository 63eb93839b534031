#include <QtTest>

#include <sstream>

#include <torch/torch.h>

#include "common/error.h"
#include "data/augment.h"
#include "data/batcher.h"
#include "data/dataset.h"
#include "init/initializers.h"
#include "init/lsuv.h"
#include "nn/model.h"

using namespace allcnn;

class TestLsuv : public QObject {
  Q_OBJECT

 private:
  torch::Tensor batch_;  // 128 real Fashion-MNIST training images, scaled to [0, 1]

  nn::ConvNet fresh_net(double width = 0.5, bool batch_norm = false) {
    nn::ModelOptions options;
    options.in_channels = 1;
    options.input_size = 28;
    options.width = width;
    options.batch_norm = batch_norm;
    nn::ConvNet net(options);
    init::initialize(*net, init::InitKind::Lsuv);
    return net;
  }

 private Q_SLOTS:
  void initTestCase() {
    torch::manual_seed(7);
    const QString dir = QStringLiteral(ALLCNN_FASHION_MNIST_DIR);
    if (!QFileInfo::exists(dir)) QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
    auto splits = data::load_dataset(data::DatasetKind::FashionMnist, dir.toStdString());
    data::Batcher batcher(splits.train, 128, /*shuffle=*/true, 7);
    batcher.start_epoch(0);
    data::Batch batch;
    QVERIFY(batcher.next(batch));
    data::Augmenter augmenter(data::AugmentOptions{}, splits.train, torch::kCPU);
    batch_ = augmenter.preprocess(batch.images);
  }

  void every_layer_reaches_unit_variance_on_a_real_batch_data() {
    QTest::addColumn<bool>("batch_norm");
    QTest::newRow("plain") << false;
    QTest::newRow("batch norm") << true;
  }
  void every_layer_reaches_unit_variance_on_a_real_batch() {
    QFETCH(bool, batch_norm);
    auto net = fresh_net(0.5, batch_norm);
    init::LsuvOptions options;  // tolerance 0.1, 10 iterations
    const auto trace = init::lsuv_initialize(*net, batch_, options);
    QCOMPARE(trace.layers.size(), net->conv_indices().size());

    // Measured independently, by a plain forward pass over the stack.
    const auto stats = init::measure_layers(*net, batch_);
    QCOMPARE(stats.size(), trace.layers.size());
    for (size_t i = 0; i < stats.size(); ++i) {
      const auto& layer = trace.layers[i];
      QCOMPARE(stats[i].layer, layer.layer);
      if (layer.skipped) continue;
      QVERIFY2(std::abs(stats[i].variance - 1.0) <= options.tolerance,
               qPrintable(QStringLiteral("%1: variance %2")
                              .arg(QString::fromStdString(layer.layer))
                              .arg(stats[i].variance)));
      QVERIFY(layer.converged);
      // Convolutions are linear in their weights: one rescaling lands on 1, a second
      // measurement confirms it.
      QVERIFY(layer.steps.size() <= 2);
      QCOMPARE(layer.steps.back().scale, 1.0);
    }
    // Orthonormal init leaves the first layers far from unit variance: LSUV really rescaled.
    QVERIFY(trace.layers.front().steps.front().scale != 1.0);
  }

  void the_trace_records_every_iteration() {
    auto net = fresh_net(0.25);
    init::LsuvOptions options;
    options.tolerance = 1e-9;  // at float precision: most layers use all their iterations
    options.max_iterations = 3;
    const auto trace = init::lsuv_initialize(*net, batch_, options);
    for (const auto& layer : trace.layers) {
      const auto& steps = layer.steps;
      QVERIFY(!steps.empty() && steps.size() <= 3);
      for (size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].iteration, int(i));
        QVERIFY(steps[i].elapsed_ms >= 0);
        if (i > 0) QVERIFY(steps[i].elapsed_ms >= steps[i - 1].elapsed_ms);
        // Each rescaling is 1/sqrt of the variance it measured.
        if (steps[i].scale != 1.0)
          QVERIFY(std::abs(steps[i].scale - 1.0 / std::sqrt(steps[i].variance)) < 1e-9);
      }
      // Stopping early is allowed only on reaching the tolerance.
      if (steps.size() < 3) QVERIFY(std::abs(steps.back().variance - 1.0) <= options.tolerance);
      if (steps.size() > 1) QVERIFY(std::abs(steps[1].variance - 1.0) < 1e-3);
    }
  }

  void one_iteration_rescales_each_layer_once() {
    auto net = fresh_net(0.25);
    init::LsuvOptions options;
    options.max_iterations = 1;
    const auto trace = init::lsuv_initialize(*net, batch_, options);
    for (const auto& layer : trace.layers) {
      QCOMPARE(layer.steps.size(), size_t(1));
      QVERIFY(std::abs(layer.variance_after - 1.0) < 1e-3);
    }
  }

  void a_single_layer_fed_known_variance_reaches_one_in_one_rescaling() {
    auto net = fresh_net(0.25);
    const auto input = torch::randn({256, 1, 28, 28}) * 3.0;  // variance 9
    init::LsuvOptions options;
    options.layers = {"conv1"};
    const auto trace = init::lsuv_initialize(*net, input, options);
    const auto& conv1 = trace.layers.front();
    QCOMPARE(conv1.steps.size(), size_t(2));  // measure and rescale, then confirm
    QVERIFY(conv1.steps[0].variance > 2.0);   // orthonormal weights keep the input's scale
    QVERIFY(std::abs(conv1.steps[1].variance - 1.0) < 1e-3);
    QCOMPARE(conv1.steps[1].scale, 1.0);
  }

  void skip_rules_are_reported() {
    auto net = fresh_net(0.25);
    init::LsuvOptions options;
    options.layers = {"conv1", "conv9"};
    options.min_outputs_per_sample = 400;  // conv9: 10 maps of 5x5 = 250 values per sample
    const auto before = net->conv(net->conv_indices()[1])->weight.clone();
    const auto trace = init::lsuv_initialize(*net, batch_, options);
    QVERIFY(!trace.layers[0].skipped);
    QCOMPARE(trace.layers[1].skip_reason, std::string("not selected"));
    QVERIFY(torch::equal(before, net->conv(net->conv_indices()[1])->weight));
    const auto& last = trace.layers.back();
    QCOMPARE(last.layer, std::string("conv9"));
    QVERIFY(last.skipped);
    QVERIFY2(last.skip_reason.find("250 outputs per sample") != std::string::npos,
             last.skip_reason.c_str());
    QVERIFY_THROWS_EXCEPTION(
        Error, init::lsuv_initialize(*net, batch_, init::LsuvOptions{0.1, 10, 32, {"relu1"}}));
  }

  void trace_round_trips_through_csv() {
    auto net = fresh_net(0.25);
    init::LsuvOptions options;
    options.min_outputs_per_sample = 400;
    const auto trace = init::lsuv_initialize(*net, batch_, options);
    std::stringstream csv;
    init::write_lsuv_csv(trace, csv);
    const auto back = init::read_lsuv_csv(csv, "lsuv.csv");
    QCOMPARE(back.layers.size(), trace.layers.size());
    for (size_t i = 0; i < trace.layers.size(); ++i) {
      QCOMPARE(back.layers[i].layer, trace.layers[i].layer);
      QCOMPARE(back.layers[i].skipped, trace.layers[i].skipped);
      QCOMPARE(back.layers[i].skip_reason.empty(), trace.layers[i].skip_reason.empty());
      QCOMPARE(back.layers[i].steps.size(), trace.layers[i].steps.size());
      for (size_t s = 0; s < trace.layers[i].steps.size(); ++s)
        QVERIFY(std::abs(back.layers[i].steps[s].variance - trace.layers[i].steps[s].variance) <=
                1e-6 * std::abs(trace.layers[i].steps[s].variance));
    }
    std::stringstream bad("layer,foo\nconv1,1\n");
    QVERIFY_THROWS_EXCEPTION(Error, init::read_lsuv_csv(bad, "bad.csv"));
  }
};

QTEST_GUILESS_MAIN(TestLsuv)
#include "test_lsuv.moc"
