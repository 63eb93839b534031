// The training diagnostics: a class whose output unit is dead is named in a warning (the log,
// the callbacks and the run's status), a healthy run says nothing, and diagnostics.csv and
// histograms.csv are written, read back and cut back on resume like the other records.

#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <vector>

#include <torch/torch.h>

#include "../common/narrow_run.h"
#include "common/message.h"
#include "data/augment.h"
#include "init/initializers.h"
#include "nn/model.h"
#include "runs/csv_table.h"
#include "runs/run_reader.h"
#include "runs/run_writer.h"
#include "train/checkpoint.h"
#include "train/diagnostics.h"
#include "train/trainer.h"

using namespace allcnn;
namespace fs = std::filesystem;

namespace {

constexpr int64_t kDeadClass = 3;  // Fashion-MNIST's "Dress"

// What a run said through its callbacks.
struct Heard {
  std::vector<Message> warnings;
  std::vector<Message> messages;
  int64_t windows = 0;
};

train::TrainerCallbacks listening(Heard& heard) {
  train::TrainerCallbacks callbacks;
  callbacks.on_warning = [&heard](const Message& m) { heard.warnings.push_back(m); };
  callbacks.on_message = [&heard](const Message& m) { heard.messages.push_back(m); };
  callbacks.on_diagnostics = [&heard](const std::vector<metrics::DiagnosticsRow>&) {
    ++heard.windows;
  };
  return callbacks;
}

// A short run on real Fashion-MNIST: 8 batches of 64, diagnostics every 4.
train::RunConfig short_run(const QTemporaryDir& runs, const std::string& name, bool batch_norm) {
  auto config = testing::narrow_bn_run(runs.path().toStdString());
  config.model.batch_norm = batch_norm;
  config.model.dropout = false;
  config.train_limit = 512;
  config.test_limit = 128;
  config.epochs = 1;
  config.learning_rate = 0.01;
  config.diagnostics_every = 4;
  config.name = name;
  return config;
}

// He-initialized weights for `config`'s model on Fashion-MNIST, whose last convolution gives
// class kDeadClass a zero weight and a bias far below zero: its ReLU is 0 for every input, so
// no gradient ever reaches it and the class stays dead while everything else trains.
std::string dead_class_weights(const QTemporaryDir& dir, const train::RunConfig& config) {
  auto options = config.model;
  options.in_channels = 1;
  options.input_size = 28;
  options.classes = 10;
  nn::ConvNet net(options);
  torch::manual_seed(5);
  init::initialize(*net, init::InitKind::HeUniform);
  {
    torch::NoGradGuard no_grad;
    auto last = net->conv(net->conv_indices().back());
    last->weight[kDeadClass].zero_();
    last->bias[kDeadClass].fill_(-100.0);
  }
  const std::string path = dir.filePath(QStringLiteral("dead-class.pt")).toStdString();
  train::save_checkpoint(path, *net, nullptr, data::AugmentFit{}, train::TrainingPosition{});
  return path;
}

}  // namespace

class TestDiagnostics : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    if (!QFileInfo::exists(QStringLiteral(ALLCNN_FASHION_MNIST_DIR)))
      QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
  }

  void dead_class_unit_is_named() {
    QTemporaryDir runs;
    auto config = short_run(runs, "dead", /*batch_norm=*/false);
    config.weights = dead_class_weights(runs, config);
    Heard heard;
    train::Trainer trainer(config, listening(heard));
    train::RunControl control;
    const auto outcome = trainer.run(control);
    QCOMPARE(outcome.state, train::RunState::Finished);
    QCOMPARE(heard.windows, int64_t{2});

    // Said once (the second window finds it still dead), naming the class and the cures.
    int dead_class_warnings = 0;
    Message said;
    for (const auto& warning : heard.warnings) {
      qInfo("%s", warning.english().c_str());
      if (warning.code != MessageCode::ClassUnitDead ||
          warning.args.at(0) != std::to_string(kDeadClass))
        continue;
      said = warning;
      QCOMPARE(warning.args.at(1), std::string("Dress"));
      QCOMPARE(warning.args.at(2), std::string("conv9"));
      QCOMPARE(warning.args.at(3), std::string("4"));
      ++dead_class_warnings;
    }
    QCOMPARE(dead_class_warnings, 1);
    const std::string text = said.english();
    qInfo("%s", text.c_str());
    for (const char* cure : {"--bn", "a lower learning rate", "--init lsuv"})
      QVERIFY2(text.find(cure) != std::string::npos, text.c_str());
    // The log has it too.
    QVERIFY(std::find(heard.messages.begin(), heard.messages.end(), said) != heard.messages.end());

    const auto record = runs::read_run(outcome.run_dir);
    QCOMPARE(record.state, std::string("finished"));
    QCOMPARE(record.reason.message.code, heard.warnings.back().code);
    // Two windows of nine convolutions; the last one's dead share counts the dead class.
    QCOMPARE(record.diagnostics.size(), size_t{18});
    QCOMPARE(record.diagnostics.back().layer, std::string("conv9"));
    QCOMPARE(record.diagnostics.back().step, int64_t{7});
    QVERIFY(record.diagnostics.back().dead_fraction >= 0.1);
    QVERIFY(record.diagnostics.back().weight_norm > 0);
    QVERIFY(record.diagnostics.back().grad_norm > 0);
    // The epoch's histograms: each convolution's weight and gradient, all its values counted.
    QVERIFY(!record.histograms.empty());
    int64_t conv1_weights = 0;
    for (const auto& bin : record.histograms)
      if (bin.layer == "conv1" && bin.tensor == "weight") conv1_weights += bin.count;
    QCOMPARE(conv1_weights, int64_t{24 * 1 * 3 * 3});
  }

  void healthy_run_is_silent() {
    QTemporaryDir runs;
    Heard heard;
    train::Trainer trainer(short_run(runs, "healthy", /*batch_norm=*/true), listening(heard));
    train::RunControl control;
    const auto outcome = trainer.run(control);
    QCOMPARE(outcome.state, train::RunState::Finished);
    QCOMPARE(heard.windows, int64_t{2});
    for (const auto& warning : heard.warnings) qWarning("%s", warning.english().c_str());
    QVERIFY(heard.warnings.empty());
    const auto record = runs::read_run(outcome.run_dir);
    QVERIFY(record.reason.empty());
    QCOMPARE(record.diagnostics.size(), size_t{18});
    for (const auto& row : record.diagnostics) QVERIFY(row.dead_fraction <= 0.9);
  }

  // The warning logic on its own: each problem once, again only after it went away.
  void warnings_are_said_once() {
    train::DiagnosticsWindow window;
    window.batches = 10;
    window.rows = {{9, 0, "conv1", 0.95, 1, 1}, {9, 0, "conv2", 0.95, 1, 1}};
    window.dead_channels = {19, 19};
    window.channels = {20, 20};
    window.stuck_classes = {{1, 0.0}, {2, 0.5}};
    const std::vector<std::string> names = {"a", "b", "c"};
    std::set<std::string> warned;
    const auto first = train::diagnostics_warnings(window, names, 0.05, warned);
    QCOMPARE(first.size(), size_t{3});  // conv2 is the class layer: its classes are said
    QCOMPARE(first[0].code, MessageCode::ClassUnitDead);
    QCOMPARE(first[1].code, MessageCode::ClassUnitConstant);
    QCOMPARE(first[1].args.at(3), std::string("0.5"));
    QCOMPARE(first[2].code, MessageCode::LayerMostlyDead);
    const std::string layer_text = first[2].english();
    QVERIFY2(layer_text.rfind("95% of the ReLUs of layer conv1 (19 of 20 channels)", 0) == 0,
             layer_text.c_str());
    QVERIFY(train::diagnostics_warnings(window, names, 0.05, warned).empty());
    window.stuck_classes.clear();
    window.rows[0].dead_fraction = 0.5;
    QVERIFY(train::diagnostics_warnings(window, names, 0.05, warned).empty());
    window.stuck_classes = {{1, 0.0}};
    QCOMPARE(train::diagnostics_warnings(window, names, 0.05, warned).size(), size_t{1});
  }

  void files_round_trip_and_resume_cuts_them() {
    QTemporaryDir dir;
    const std::string path = dir.path().toStdString();
    std::ofstream(path + "/config.json") << "{}";
    const std::vector<metrics::DiagnosticsRow> first = {{4, 0, "conv1", 0.25, 1.5, 0.125},
                                                        {4, 0, "conv2", 0, 2.5, 1e-9}};
    const std::vector<metrics::DiagnosticsRow> second = {{9, 1, "conv1", 0.5, 1.25, 0.0625}};
    const std::vector<metrics::HistogramRow> bins = {{0, "conv1", "weight", -1, 0, 3},
                                                     {0, "conv1", "weight", 0, 1, 5},
                                                     {1, "conv1", "gradient", -0.5, 0.5, 8}};
    {
      runs::RunWriter writer{runs::RunFolder(path)};
      writer.append_diagnostics(first);
      writer.append_diagnostics(second);
      writer.append_histograms(bins);
    }
    auto record = runs::read_run(path);
    QCOMPARE(record.diagnostics.size(), size_t{3});
    QCOMPARE(record.diagnostics[1].layer, std::string("conv2"));
    QCOMPARE(record.diagnostics[1].grad_norm, 1e-9);
    QCOMPARE(record.diagnostics[2].dead_fraction, 0.5);
    QCOMPARE(record.histograms.size(), size_t{3});
    QCOMPARE(record.histograms[2].tensor, std::string("gradient"));
    QCOMPARE(record.histograms[1].count, int64_t{5});
    QVERIFY(record.warnings.empty());
    // A resume from step 5 of epoch 1 writes the later rows again.
    { runs::RunWriter writer{runs::RunFolder(path), 5, 1}; }
    record = runs::read_run(path);
    QCOMPARE(record.diagnostics.size(), size_t{2});
    QCOMPARE(record.histograms.size(), size_t{2});
  }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "test_diagnostics.moc"
