#include <QtTest>

#include <filesystem>
#include <fstream>

#include <torch/torch.h>

#include "common/error.h"
#include "data/dataset.h"
#include "init/lsuv.h"
#include "runs/run_folder.h"
#include "train/checkpoint.h"
#include "train/run_model.h"
#include "train/trainer.h"

using namespace allcnn;
namespace fs = std::filesystem;

namespace {

// A small, fast run on real Fashion-MNIST; tests change what they exercise.
train::RunConfig tiny_config(const QTemporaryDir& runs, const std::string& name) {
  train::RunConfig config;
  config.dataset = "fashion-mnist";
  config.data_dir = ALLCNN_FASHION_MNIST_DIR;
  config.model.width = 0.125;
  config.train_limit = 640;
  config.test_limit = 200;
  config.batch_size = 64;
  config.epochs = 2;
  config.augment.shift = true;
  config.augment.flip = true;
  config.lsuv_batch_size = 64;
  config.device = "cpu";
  config.runs_dir = runs.path().toStdString();
  config.name = name;
  config.checkpoint_every = 0;
  return config;
}

void expect_same_weights(const std::string& a, const std::string& b) {
  auto model_a = train::load_run_model(a, "last", "cpu");
  auto model_b = train::load_run_model(b, "last", "cpu");
  auto pa = model_a.net->named_parameters();
  auto pb = model_b.net->named_parameters();
  QCOMPARE(pa.size(), pb.size());
  for (const auto& item : pa)
    QVERIFY2(torch::equal(item.value(), pb[item.key()]), item.key().c_str());
  QCOMPARE(model_a.position.step, model_b.position.step);
}

}  // namespace

class TestTrainer : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    if (!QFileInfo::exists(QStringLiteral(ALLCNN_FASHION_MNIST_DIR)))
      QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
  }

  // The bar: at least 80% on all 10,000 Fashion-MNIST test images after 3 epochs on 10,000
  // training images. A pipeline with shuffled labels, a broken loss, wrong preprocessing at
  // test time or no weight updates stays near 10%.
  void learns_fashion_mnist() {
    QTemporaryDir runs;
    train::RunConfig config = tiny_config(runs, "learn");
    config.model.width = 0.25;
    config.model.batch_norm = true;
    config.model.dropout = false;
    config.train_limit = 10000;
    config.test_limit = 1000;  // per-epoch evaluation; the bar is checked on all 10,000 below
    config.epochs = 3;
    config.optimizer = "adam";
    config.augment = {};
    config.lsuv_batch_size = 256;
    train::Trainer trainer(config);
    train::RunControl control;
    const auto outcome = trainer.run(control);
    QCOMPARE(train::to_string(outcome.state), std::string("finished"));
    const auto record = runs::read_run(trainer.run_dir());
    QCOMPARE(record.batches.size(), size_t(3 * 157));
    QCOMPARE(record.epochs.size(), size_t(3));
    QVERIFY(record.lsuv.has_value());
    QCOMPARE(record.state, std::string("finished"));

    auto model = train::load_run_model(trainer.run_dir(), "last", "cpu");
    const auto full = train::evaluate_on_test_split(model);
    QCOMPARE(full.count, int64_t(10000));
    qInfo("test accuracy on all 10,000 test images after 3 epochs: %.4f (loss %.4f)", full.accuracy,
          full.loss);
    QVERIFY(full.accuracy >= 0.80);
  }

  void resume_is_exact_data() {
    QTest::addColumn<int>("stop_epoch");
    QTest::addColumn<int>("stop_batch");  // -1: at the epoch's end
    QTest::newRow("between epochs") << 0 << -1;
    QTest::newRow("mid-epoch") << 1 << 4;
  }
  void resume_is_exact() {
    QFETCH(int, stop_epoch);
    QFETCH(int, stop_batch);
    QTemporaryDir runs;
    {
      train::Trainer straight(tiny_config(runs, "straight"));
      train::RunControl control;
      QCOMPARE(straight.run(control).state, train::RunState::Finished);
    }
    {
      train::TrainerCallbacks callbacks;
      train::RunControl control;
      callbacks.on_epoch = [&](const train::EpochMetrics& e) {
        if (stop_batch < 0 && e.epoch == stop_epoch) control.stop = true;
      };
      callbacks.on_batch = [&](const train::BatchMetrics& m) {
        if (m.epoch == stop_epoch && m.batch == stop_batch) control.stop = true;
      };
      train::Trainer interrupted(tiny_config(runs, "interrupted"), callbacks);
      QCOMPARE(interrupted.run(control).state, train::RunState::Stopped);
      QCOMPARE(runs::read_run(interrupted.run_dir()).state, std::string("stopped"));
    }
    {
      auto resumed = train::Trainer::resume(runs.path().toStdString() + "/interrupted");
      train::RunControl control;
      QCOMPARE(resumed->run(control).state, train::RunState::Finished);
    }
    const std::string a = runs.path().toStdString() + "/straight";
    const std::string b = runs.path().toStdString() + "/interrupted";
    expect_same_weights(a, b);
    const auto ra = runs::read_run(a), rb = runs::read_run(b);
    QCOMPARE(rb.batches.size(), ra.batches.size());
    for (size_t i = 0; i < ra.batches.size(); ++i) {
      QCOMPARE(rb.batches[i].step, ra.batches[i].step);
      QCOMPARE(rb.batches[i].loss, ra.batches[i].loss);
    }
    QCOMPARE(rb.epochs.size(), ra.epochs.size());
    QCOMPARE(rb.epochs.back().val_accuracy, ra.epochs.back().val_accuracy);
  }

  void a_nan_loss_stops_the_run_with_a_reason() {
    QTemporaryDir runs;
    auto config = tiny_config(runs, "diverging");
    config.init = "gaussian";
    config.learning_rate = 1e12;
    config.momentum = 0.0;
    config.nesterov = false;
    train::Trainer trainer(config);
    train::RunControl control;
    const auto outcome = trainer.run(control);
    QCOMPARE(outcome.state, train::RunState::Failed);
    QVERIFY2(outcome.reason.find("NaN") != std::string::npos ||
                 outcome.reason.find("infinite") != std::string::npos,
             outcome.reason.c_str());
    const auto record = runs::read_run(trainer.run_dir());
    QCOMPARE(record.state, std::string("failed"));
    QVERIFY(record.reason.find("lower learning rate") != std::string::npos);
    QVERIFY(record.batches.size() < 10);  // stopped within the batch it went wrong
  }

  void the_drift_probe_equals_a_direct_computation() {
    QTemporaryDir runs;
    auto config = tiny_config(runs, "drift");
    config.epochs = 1;
    {
      train::Trainer trainer(config);
      train::RunControl control;
      QCOMPARE(trainer.run(control).state, train::RunState::Finished);
    }
    const std::string dir = runs.path().toStdString() + "/drift";
    const auto record = runs::read_run(dir);
    auto model = train::load_run_model(dir, "last", "cpu");
    auto splits = data::load_dataset(data::DatasetKind::FashionMnist, ALLCNN_FASHION_MNIST_DIR);
    const auto probe =
        model.augmenter->preprocess(splits.train.images.narrow(0, 0, config.lsuv_batch_size));
    const auto direct = init::measure_layers(*model.net, probe);
    size_t compared = 0;
    for (const auto& row : record.drift) {
      if (row.epoch != 0) continue;
      const auto& expected = direct.at(compared++);
      QCOMPARE(row.layer, expected.layer);
      QVERIFY(std::abs(row.variance - expected.variance) <= 1e-5 * std::abs(expected.variance));
      QVERIFY(std::abs(row.dead_fraction - expected.dead_fraction) <= 1e-6);
    }
    QCOMPARE(compared, direct.size());
    // The probe also ran right after initialization (epoch -1), with LSUV's unit variances.
    QCOMPARE(record.drift.front().epoch, int64_t(-1));
  }

  void bad_checkpoints_are_rejected_with_a_message() {
    QTemporaryDir runs;
    auto config = tiny_config(runs, "source");
    config.epochs = 1;
    config.init = "he-normal";
    {
      train::Trainer trainer(config);
      train::RunControl control;
      QCOMPARE(trainer.run(control).state, train::RunState::Finished);
    }
    const std::string last = runs.path().toStdString() + "/source/checkpoints/last.pt";

    // Truncated.
    const std::string truncated = runs.path().toStdString() + "/truncated.pt";
    fs::copy_file(last, truncated);
    fs::resize_file(truncated, fs::file_size(last) / 2);
    nn::ModelOptions options = config.model;
    options.in_channels = 1;
    options.input_size = 28;
    nn::ConvNet net(options);
    try {
      train::load_checkpoint(truncated, *net, nullptr, nullptr);
      QFAIL("a truncated checkpoint was accepted");
    } catch (const Error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("truncated.pt")), e.what());
    }

    // Not a checkpoint at all.
    const std::string text = runs.path().toStdString() + "/notes.pt";
    std::ofstream(text) << "not a checkpoint";
    QVERIFY_THROWS_EXCEPTION(Error, train::load_checkpoint(text, *net, nullptr, nullptr));

    // From another model.
    options.arch = nn::Architecture::ModelC;
    nn::ConvNet other(options);
    try {
      train::load_checkpoint(last, *other, nullptr, nullptr);
      QFAIL("a checkpoint of another model was accepted");
    } catch (const Error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("another model")), e.what());
    }
  }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "test_trainer.moc"
