#include <QtTest>

#include <torch/torch.h>

#include "common/error.h"
#include "nn/model.h"

using allcnn::nn::Architecture;
using allcnn::nn::ConvNet;
using allcnn::nn::ModelOptions;

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
