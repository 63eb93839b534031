#include <QtTest>

#include <torch/torch.h>

#include "common/error.h"
#include "nn/model.h"
#include "nn/sync_batch_norm.h"

using allcnn::nn::Architecture;
using allcnn::nn::ConvNet;
using allcnn::nn::ModelOptions;
using allcnn::nn::SyncableBatchNorm;

namespace {

/// The sums of a single process: what it is given, plus `others` (what other processes would
/// add); records the size of each sum.
struct RecordingSum : allcnn::nn::ProcessSum {
  double others = 0.0;
  std::vector<int64_t> sizes;
  torch::Tensor sum(torch::Tensor local) override {
    sizes.push_back(local.numel());
    return local.detach() + others;
  }
};

}  // namespace

Q_DECLARE_METATYPE(Architecture)

class TestModels : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void parameter_counts_match_the_paper_data() {
    QTest::addColumn<Architecture>("arch");
    QTest::addColumn<qlonglong>("parameters");
    QTest::newRow("all-cnn-c") << Architecture::AllCnnC << 1369738LL;
    QTest::newRow("convpool-cnn-c") << Architecture::ConvPoolCnnC << 1369738LL;
    QTest::newRow("strided-cnn-c") << Architecture::StridedCnnC << 954730LL;
    QTest::newRow("model-c") << Architecture::ModelC << 954730LL;
  }
  void parameter_counts_match_the_paper() {
    QFETCH(Architecture, arch);
    QFETCH(qlonglong, parameters);
    ModelOptions options;
    options.arch = arch;
    ConvNet net(options);
    QCOMPARE(static_cast<qlonglong>(net->parameter_count()), parameters);
  }

  void every_layer_has_the_paper_shape_data() {
    QTest::addColumn<Architecture>("arch");
    QTest::addColumn<QString>("expected");  // "name:C,H,W" joined by spaces; relu/dropout omitted
    QTest::newRow("all-cnn-c")
        << Architecture::AllCnnC
        << "conv1:96,32,32 conv2:96,32,32 conv3:96,16,16 conv4:192,16,16 conv5:192,16,16 "
           "conv6:192,8,8 conv7:192,6,6 conv8:192,6,6 conv9:10,6,6 global_avg_pool:10,1,1 "
           "flatten:10";
    QTest::newRow("model-c")
        << Architecture::ModelC
        << "conv1:96,32,32 conv2:96,32,32 pool1:96,16,16 conv3:192,16,16 conv4:192,16,16 "
           "pool2:192,8,8 conv5:192,6,6 conv6:192,6,6 conv7:10,6,6 global_avg_pool:10,1,1 "
           "flatten:10";
    QTest::newRow("strided-cnn-c")
        << Architecture::StridedCnnC
        << "conv1:96,32,32 conv2:96,16,16 conv3:192,16,16 conv4:192,8,8 conv5:192,6,6 "
           "conv6:192,6,6 conv7:10,6,6 global_avg_pool:10,1,1 flatten:10";
    QTest::newRow("convpool-cnn-c")
        << Architecture::ConvPoolCnnC
        << "conv1:96,32,32 conv2:96,32,32 conv3:96,32,32 pool1:96,16,16 conv4:192,16,16 "
           "conv5:192,16,16 conv6:192,16,16 pool2:192,8,8 conv7:192,6,6 conv8:192,6,6 "
           "conv9:10,6,6 global_avg_pool:10,1,1 flatten:10";
  }
  void every_layer_has_the_paper_shape() {
    QFETCH(Architecture, arch);
    QFETCH(QString, expected);
    ModelOptions options;
    options.arch = arch;
    ConvNet net(options);
    QStringList actual;
    for (const auto& row : net->describe()) {
      const QString name = QString::fromStdString(row.name);
      if (name.startsWith(QLatin1String("relu")) || name.startsWith(QLatin1String("dropout")))
        continue;
      QStringList dims;
      for (auto d : row.output_shape) dims << QString::number(d);
      actual << name + QLatin1Char(':') + dims.join(QLatin1Char(','));
    }
    QCOMPARE(actual.join(QLatin1Char(' ')), expected);
  }

  void relu_follows_every_convolution() {
    ModelOptions options;
    options.batch_norm = true;
    ConvNet net(options);
    const auto& names = net->layer_names();
    for (size_t i : net->conv_indices()) {
      QVERIFY(i + 2 < names.size());
      QVERIFY2(names[i + 1].rfind("bn", 0) == 0, names[i + 1].c_str());
      QVERIFY2(names[i + 2].rfind("relu", 0) == 0, names[i + 2].c_str());
      QVERIFY(!net->conv(i)->bias.defined());  // batch norm makes the bias redundant
    }
  }

  void dropout_sits_on_the_input_and_after_each_downsampling() {
    ModelOptions options;
    ConvNet net(options);
    QStringList dropouts;
    for (const auto& row : net->describe())
      if (row.name.rfind("dropout", 0) == 0)
        dropouts << QString::fromStdString(row.name + " " + row.kind);
    QCOMPARE(dropouts.join(QLatin1Char('|')),
             QStringLiteral("dropout_input Dropout 20%|dropout1 Dropout 50%|dropout2 Dropout 50%"));
    options.dropout = false;
    ConvNet plain(options);
    for (const auto& name : plain->layer_names()) QVERIFY(name.rfind("dropout", 0) != 0);
  }

  void mnist_sized_grayscale_input_works() {
    ModelOptions options;
    options.in_channels = 1;
    options.input_size = 28;
    options.width = 0.25;
    ConvNet net(options);
    net->eval();
    auto out = net->forward(torch::rand({5, 1, 28, 28}));
    QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{5, 10}));
    const auto rows = net->describe();
    QCOMPARE(rows.front().output_shape.at(0), 1);  // the input dropout keeps the input shape
  }

  void width_scales_hidden_channels_only() {
    ModelOptions options;
    options.width = 0.5;
    options.classes = 100;
    ConvNet net(options);
    QCOMPARE(net->conv(net->conv_indices().front())->options.out_channels(), 48);
    QCOMPARE(net->conv(net->conv_indices().back())->options.out_channels(), 100);
  }

  // Unsynchronized, it is BatchNorm2d bit for bit: outputs, running statistics, gradients.
  void syncable_batch_norm_computes_what_batch_norm_2d_does() {
    torch::manual_seed(3);
    torch::nn::BatchNorm2d reference(8);
    SyncableBatchNorm syncable(8);
    {
      torch::NoGradGuard no_grad;
      reference->weight.uniform_(0.5, 1.5);
      reference->bias.uniform_(-0.5, 0.5);
      syncable->weight.copy_(reference->weight);
      syncable->bias.copy_(reference->bias);
    }
    const auto input =
        (torch::randn({6, 8, 5, 5}) * 3 + 1).contiguous(torch::MemoryFormat::ChannelsLast);
    for (int step = 0; step < 2; ++step) {
      auto a = input.clone().requires_grad_(), b = input.clone().requires_grad_();
      const auto out_a = reference->forward(a), out_b = syncable->forward(b);
      QVERIFY(torch::equal(out_a, out_b));
      (out_a * out_a).sum().backward();
      (out_b * out_b).sum().backward();
      QVERIFY(torch::equal(a.grad(), b.grad()));
    }
    QVERIFY(torch::equal(reference->weight.grad(), syncable->weight.grad()));
    QVERIFY(torch::equal(reference->running_mean, syncable->running_mean));
    QVERIFY(torch::equal(reference->running_var, syncable->running_var));
    QCOMPARE(syncable->num_batches_tracked.item<int64_t>(), int64_t{2});
    reference->eval();
    syncable->eval();
    QVERIFY(torch::equal(reference->forward(input), syncable->forward(input)));
    // The same parameter and buffer names: checkpoints of either load into the other.
    QCOMPARE(syncable->named_parameters().keys(), reference->named_parameters().keys());
    QCOMPARE(syncable->named_buffers().keys(), reference->named_buffers().keys());
  }

  // Synchronized with a single process, its statistics are the batch's own: what BatchNorm2d
  // computes up to rounding, the gradients through the statistics included. One sum in the
  // forward pass, one in the backward pass, and none once the guard is gone.
  void synchronized_over_one_process_matches_batch_norm_2d() {
    torch::manual_seed(4);
    torch::nn::BatchNorm2d reference(8);
    SyncableBatchNorm syncable(8);
    torch::nn::Sequential model(syncable);
    const auto input = torch::randn({6, 8, 5, 5}) * 3 + 1;
    RecordingSum one_process;
    auto a = input.clone().requires_grad_(), b = input.clone().requires_grad_();
    const auto out_a = reference->forward(a);
    torch::Tensor out_b;
    {
      allcnn::nn::SynchronizedBatchNorm synchronized(*model, &one_process);
      out_b = syncable->forward(b);
      (out_b * out_b.detach().sin()).sum().backward();
    }
    (out_a * out_a.detach().sin()).sum().backward();
    QVERIFY(syncable->process_sum() == nullptr);
    QCOMPARE(one_process.sizes, (std::vector<int64_t>{17, 17}));
    QVERIFY(torch::allclose(out_a, out_b, 1e-5, 1e-5));
    QVERIFY2(torch::allclose(a.grad(), b.grad(), 1e-4, 1e-5),
             qPrintable(QString::number((a.grad() - b.grad()).abs().max().item<double>())));
    QVERIFY(torch::allclose(reference->weight.grad(), syncable->weight.grad(), 1e-4, 1e-5));
    QVERIFY(torch::allclose(reference->running_mean, syncable->running_mean, 1e-5, 1e-6));
    QVERIFY(torch::allclose(reference->running_var, syncable->running_var, 1e-5, 1e-6));
  }

  // A process without images takes part in each layer's forward sum in layer order, then in
  // their backward sums in reverse order, and takes the others' statistics into its running
  // ones.
  void a_process_without_images_takes_part_in_every_sum() {
    SyncableBatchNorm first(4), second(6);
    torch::nn::Sequential model(first, torch::nn::ReLU(), second);
    RecordingSum others;
    others.others = 2.0;  // the other processes: sum of x 2, sum of x^2 2, count 2 per channel
    {
      allcnn::nn::SynchronizedBatchNorm synchronized(*model, &others);
      synchronized.take_part_without_images();
    }
    QCOMPARE(others.sizes, (std::vector<int64_t>{9, 13, 13, 9}));
    // Mean 1, variance 0: momentum 0.1 from 0 and from 1.
    QVERIFY(torch::allclose(second->running_mean, torch::full({6}, 0.1)));
    QVERIFY(torch::allclose(second->running_var, torch::full({6}, 0.9)));
    QCOMPARE(first->num_batches_tracked.item<int64_t>(), int64_t{1});
  }

  void bad_options_are_rejected_with_the_setting_named() {
    ModelOptions options;
    options.width = 0;
    try {
      ConvNet net(options);
      QFAIL("a zero width was accepted");
    } catch (const allcnn::Error& e) {
      QCOMPARE(QString::fromStdString(e.subject()), QStringLiteral("width"));
    }
  }
};

QTEST_GUILESS_MAIN(TestModels)
#include "test_models.moc"
