#include <QtTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <vector>

#include <torch/torch.h>

#include <unistd.h>

#include "../common/checkpoint_builder.h"
#include "../common/error_of.h"
#include "common/error.h"
#include "data/dataset.h"
#include "init/lsuv.h"
#include "runs/run_reader.h"
#include "train/checkpoint.h"
#include "train/checkpoint_archive.h"
#include "train/run_model.h"
#include "train/trainer.h"

using namespace allcnn;
using allcnn::testing::error_of;
namespace fs = std::filesystem;

namespace {

// A small, fast run on real Fashion-MNIST; tests change what they exercise.
train::RunConfig tiny_config(const QTemporaryDir& runs, const std::string& name) {
  train::RunConfig config;
  config.dataset = data::DatasetKind::FashionMnist;
  config.data_dir = ALLCNN_FASHION_MNIST_DIR;
  config.model.width = 0.125;
  config.train_limit = 640;
  config.test_limit = 200;
  config.batch_size = 64;
  config.epochs = 2;
  config.augment.transforms.set(data::Augmentation::Shift, true);
  config.augment.transforms.set(data::Augmentation::Flip, true);
  config.lsuv.batch_size = 64;
  config.device = DeviceSpec{DeviceKind::Cpu};
  config.runs_dir = runs.path().toStdString();
  config.name = name;
  config.checkpoint_every = 0;
  return config;
}

// resume_is_exact's stop_batch values for stops outside a training batch.
constexpr int kBeforeFirstBatch = -2;  // stop requested before run(): stops LSUV before its
                                       // first layer; no checkpoint, nothing trained
constexpr int kNeverRan = -3;          // constructed (folder created) but run() never called
constexpr int kEvaluating = -4;        // stop_epoch's evaluation stopped after its first batch

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
    config.optimizer = train::OptimizerKind::Adam;
    config.augment = {};
    config.lsuv.batch_size = 256;
    train::Trainer trainer(config);
    train::RunControl control;
    const auto outcome = trainer.run(control);
    QCOMPARE(config::choice_name(outcome.state), std::string("finished"));
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

  // The interrupted run may read its metrics from the device in groups (as on a GPU); the
  // uninterrupted one reads them after every batch. Grouping changes when rows arrive, never
  // what they say, so both must agree bit for bit.
  void resume_is_exact_data() {
    QTest::addColumn<int>("stop_epoch");
    QTest::addColumn<int>("stop_batch");     // -1: at the epoch's end; or kBefore..., kNever...
    QTest::addColumn<int>("metrics_every");  // of the interrupted run
    QTest::addColumn<bool>("deterministic");
    QTest::addColumn<bool>("held_out");  // a validation split, plateau schedule, early stopping
    QTest::newRow("created, never ran (no checkpoint)") << 0 << kNeverRan << 1 << false << false;
    QTest::newRow("stopped during LSUV, before the first batch")
        << 0 << kBeforeFirstBatch << 1 << false << false;
    QTest::newRow("between epochs") << 0 << -1 << 1 << false << false;
    QTest::newRow("while evaluating") << 0 << kEvaluating << 1 << false << false;
    QTest::newRow("mid-epoch") << 1 << 4 << 1 << false << false;
    QTest::newRow("mid-epoch, metrics in groups of 3") << 1 << 4 << 3 << false << false;
    // Deterministic algorithms only: no operation of a run may lack one (it would throw).
    QTest::newRow("mid-epoch, --deterministic") << 1 << 4 << 1 << true << false;
    // The same split after the resume, and the watch's state restored from the checkpoint.
    QTest::newRow("mid-epoch, validation split") << 1 << 4 << 1 << false << true;
  }
  void resume_is_exact() {
    QFETCH(int, stop_epoch);
    QFETCH(int, stop_batch);
    QFETCH(int, metrics_every);
    QFETCH(bool, deterministic);
    QFETCH(bool, held_out);
    const auto configure = [&](train::RunConfig& config) {
      config.deterministic = deterministic;
      if (!held_out) return;
      config.validation = 0.1;
      config.schedule = train::ScheduleKind::Plateau;
      config.plateau_patience = 0;
      config.early_stop = 5;
    };
    QTemporaryDir runs;
    {
      auto config = tiny_config(runs, "straight");
      configure(config);
      train::Trainer straight(config);
      train::RunControl control;
      QCOMPARE(straight.run(control).state, train::RunState::Finished);
    }
    {
      train::TrainerCallbacks callbacks;
      train::RunControl control;
      callbacks.on_epoch = [&](const metrics::EpochMetrics& e) {
        if (stop_batch < 0 && e.epoch == stop_epoch) control.stop = true;
      };
      callbacks.on_batch = [&](const metrics::BatchMetrics& m) {
        if (m.epoch == stop_epoch && m.batch == stop_batch) control.stop = true;
      };
      int epochs_seen = 0, evaluation_total = 0;
      callbacks.on_epoch = [&, on_epoch = callbacks.on_epoch](const metrics::EpochMetrics& e) {
        on_epoch(e);
        ++epochs_seen;
      };
      callbacks.on_evaluation = [&](int64_t done, int64_t total) {
        evaluation_total = static_cast<int>(total);
        if (stop_batch == kEvaluating && epochs_seen == stop_epoch && done > 0) control.stop = true;
      };
      auto config = tiny_config(runs, "interrupted");
      config.metrics_every = metrics_every;
      configure(config);
      train::Trainer interrupted(config, callbacks);
      if (stop_batch == kNeverRan) {
        // Killed while loading or initializing: a folder with its config.json, no checkpoint.
        QVERIFY(!fs::exists(interrupted.run_dir() + "/checkpoints/last.pt"));
      } else {
        if (stop_batch == kBeforeFirstBatch) control.stop = true;
        const auto outcome = interrupted.run(control);
        QCOMPARE(outcome.state, train::RunState::Stopped);
        const auto record = runs::read_run(interrupted.run_dir());
        QCOMPARE(record.state, std::string("stopped"));
        if (stop_batch == kBeforeFirstBatch) {
          QVERIFY2(outcome.reason.english().find("during LSUV") != std::string::npos,
                   outcome.reason.english().c_str());
          QVERIFY(!fs::exists(interrupted.run_dir() + "/checkpoints/last.pt"));
          QVERIFY(record.batches.empty());
        } else {
          QVERIFY(fs::exists(interrupted.run_dir() + "/checkpoints/last.pt"));
        }
        if (stop_batch == kEvaluating) {
          // Every batch of the epoch trained, its evaluation cut short: no epoch row yet.
          QVERIFY2(outcome.reason.english().find("while evaluating epoch 1") != std::string::npos,
                   outcome.reason.english().c_str());
          QCOMPARE(evaluation_total, 200);
          QCOMPARE(record.batches.size(), size_t(10));
          QVERIFY(record.epochs.empty());
        }
      }
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
      QCOMPARE(rb.batches[i].accuracy, ra.batches[i].accuracy);
    }
    QCOMPARE(rb.epochs.size(), ra.epochs.size());
    for (size_t i = 0; i < ra.epochs.size(); ++i) {
      QCOMPARE(rb.epochs[i].train_loss, ra.epochs[i].train_loss);
      QCOMPARE(rb.epochs[i].val_accuracy, ra.epochs[i].val_accuracy);
      QCOMPARE(rb.epochs[i].learning_rate, ra.epochs[i].learning_rate);
    }
    QCOMPARE(rb.test.has_value(), held_out);
    if (held_out) {
      QCOMPARE(rb.test->best.epoch, ra.test->best.epoch);
      QCOMPARE(rb.test->best.evaluation.accuracy, ra.test->best.evaluation.accuracy);
      QCOMPARE(rb.test->last.evaluation.accuracy, ra.test->last.evaluation.accuracy);
    }
  }

  // With a validation split, each epoch is evaluated on it and best.pt chosen by it; the test
  // split is evaluated once, for the best and the last checkpoint, and recorded apart.
  void best_follows_validation_and_test_is_recorded() {
    QTemporaryDir runs;
    auto config = tiny_config(runs, "held-out");
    config.validation = 0.2;  // 128 of the 640 training images
    config.epochs = 3;
    std::vector<Message> said;
    train::TrainerCallbacks callbacks;
    callbacks.on_message = [&](const Message& m) { said.push_back(m); };
    train::Trainer trainer(config, callbacks);
    train::RunControl control;
    const auto outcome = trainer.run(control);
    QCOMPARE(outcome.state, train::RunState::Finished);
    const auto record = runs::read_run(trainer.run_dir());
    QCOMPARE(record.evaluated_split, metrics::EvaluatedSplit::Validation);
    QCOMPARE(record.batches.size(), size_t(3 * 8));  // 512 images left to train on
    QVERIFY(record.last_evaluation.has_value());
    QCOMPARE(record.last_evaluation->count, int64_t(128));
    QCOMPARE(record.epochs.size(), size_t(3));
    size_t best = 0;
    for (size_t i = 1; i < record.epochs.size(); ++i)
      if (record.epochs[i].val_accuracy > record.epochs[best].val_accuracy) best = i;
    QCOMPARE(outcome.best_epoch, static_cast<int64_t>(best));
    auto best_model = train::load_run_model(trainer.run_dir(), "best", "cpu");
    QCOMPARE(best_model.position.epoch, static_cast<int64_t>(best + 1));
    QCOMPARE(best_model.position.best_accuracy, record.epochs[best].val_accuracy);

    QVERIFY(record.test.has_value());
    QCOMPARE(record.test->best.epoch, static_cast<int64_t>(best));
    QCOMPARE(record.test->last.epoch, int64_t(2));
    // The recorded test accuracies are those of the checkpoints themselves.
    const auto best_on_test = train::evaluate_on_test_split(best_model, 200);
    QCOMPARE(record.test->best.evaluation.count, int64_t(200));
    QCOMPARE(record.test->best.evaluation.accuracy, best_on_test.accuracy);
    auto last_model = train::load_run_model(trainer.run_dir(), "last", "cpu");
    QCOMPARE(record.test->last.evaluation.accuracy,
             train::evaluate_on_test_split(last_model, 200).accuracy);
    QVERIFY(outcome.test.has_value());
    const auto has = [&](MessageCode code) {
      return std::any_of(said.begin(), said.end(),
                         [&](const Message& m) { return m.code == code; });
    };
    QVERIFY(has(MessageCode::ValidationHeldOut));
    QVERIFY(has(MessageCode::TestOfBest));
    QVERIFY(has(MessageCode::TestOfLast));
    QVERIFY(!has(MessageCode::EvaluatingOnTest));
  }

  // A run that cannot improve (a learning rate far below float32's resolution of the weights,
  // no batch norm: the weights stay as they are) stops early, as a finished run saying why.
  void early_stopping_finishes_the_run_with_its_reason() {
    QTemporaryDir runs;
    auto config = tiny_config(runs, "early");
    config.validation = 64;
    config.epochs = 6;
    config.early_stop = 2;
    config.learning_rate = 1e-12;
    config.model.batch_norm = false;
    train::Trainer trainer(config);
    train::RunControl control;
    const auto outcome = trainer.run(control);
    QCOMPARE(outcome.state, train::RunState::Finished);
    QCOMPARE(outcome.reason.english(),
             std::string("stopped early at epoch 3: no improvement of the validation accuracy "
                         "for 2 epochs since epoch 1"));
    const auto record = runs::read_run(trainer.run_dir());
    QCOMPARE(record.state, std::string("finished"));
    QCOMPARE(record.reason, outcome.reason);
    QCOMPARE(record.epochs.size(), size_t(3));
    QVERIFY(record.test.has_value());
    QCOMPARE(record.test->best.epoch, int64_t(0));
    QCOMPARE(record.test->last.epoch, int64_t(2));
  }

  // Reduce-on-plateau under the paper's protocol (the test split decides): every epoch without
  // a better accuracy halves the rate (patience 0); a stop and a resume keep its count.
  void the_plateau_schedule_reduces_and_survives_a_resume() {
    QTemporaryDir runs;
    auto config = tiny_config(runs, "plateau");
    config.epochs = 4;
    config.schedule = train::ScheduleKind::Plateau;
    config.plateau_patience = 0;
    config.plateau_factor = 0.5;
    config.learning_rate = 1e-12;
    config.model.batch_norm = false;
    {
      train::TrainerCallbacks callbacks;
      train::RunControl control;
      callbacks.on_epoch = [&](const metrics::EpochMetrics& e) {
        if (e.epoch == 1) control.stop = true;
      };
      train::Trainer trainer(config, callbacks);
      QCOMPARE(trainer.run(control).state, train::RunState::Stopped);
    }
    const std::string dir = runs.path().toStdString() + "/plateau";
    {
      auto resumed = train::Trainer::resume(dir);
      train::RunControl control;
      QCOMPARE(resumed->run(control).state, train::RunState::Finished);
    }
    const auto record = runs::read_run(dir);
    QCOMPARE(record.evaluated_split, metrics::EvaluatedSplit::Test);
    std::ifstream epochs(dir + "/epochs.csv");
    std::string header;
    std::getline(epochs, header);
    QVERIFY2(header.find(",test_loss,test_accuracy,") != std::string::npos, header.c_str());
    QVERIFY(!record.test.has_value());  // the epochs' columns are the test results
    const std::vector<double> expected = {1e-12, 1e-12, 0.5e-12, 0.25e-12};
    QCOMPARE(record.epochs.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
      QVERIFY2(std::abs(record.epochs[i].learning_rate / expected[i] - 1) < 1e-9,
               qPrintable(QString::number(record.epochs[i].learning_rate)));
    for (const auto& batch : record.batches)
      QVERIFY(std::abs(batch.learning_rate / expected[static_cast<size_t>(batch.epoch)] - 1) <
              1e-9);
  }

  // The process that trains a run holds its lock: a second writer is refused, naming it; once
  // it is gone, a status that still says running reads as interrupted.
  void one_process_writes_a_run() {
    QTemporaryDir runs;
    std::string dir;
    {
      train::Trainer first(tiny_config(runs, "owned"));
      dir = first.run_dir();
      QCOMPARE(runs::RunFolder(dir).read_status().state, std::string("running"));
      const QString error = error_of([&] { train::Trainer::resume(dir); });
      QVERIFY2(error.contains(QStringLiteral("is being trained by pid %1").arg(::getpid())),
               qPrintable(error));
    }
    const auto status = runs::RunFolder(dir).read_status();
    QCOMPARE(status.state, std::string("interrupted"));
    QVERIFY2(status.reason.english().find("pid " + std::to_string(::getpid())) != std::string::npos,
             status.reason.english().c_str());
    QCOMPARE(runs::RunFolder(dir).read_recorded_status().state, std::string("running"));
  }

  // A batch whose activations cannot fit in this machine's memory is refused before anything is
  // allocated or created, with the estimate. Width 16 at 28x28 needs terabytes for 60,000 images.
  void an_oversized_batch_is_refused_with_the_estimate() {
    QTemporaryDir runs;
    auto config = tiny_config(runs, "huge");
    config.model.width = 16;
    config.train_limit = 0;
    config.batch_size = 65536;
    QString subject;
    const QString error = error_of([&] { train::Trainer trainer(config); }, &subject);
    QCOMPARE(subject, QStringLiteral("batch_size"));
    QVERIFY2(error.contains(QRegularExpression(
                 QStringLiteral("a batch of 60000 images needs about [0-9.]+ (TB|PB) for training "
                                "\\(all-cnn-c, width 16, 28x28 pixels\\); this machine has "
                                "[0-9.]+ [KMGT]?B available: about [0-9]+ images fit"))),
             qPrintable(error));
    QVERIFY(!fs::exists(runs.path().toStdString() + "/huge"));
  }

  void a_nan_loss_stops_the_run_with_a_reason_data() {
    QTest::addColumn<int>("metrics_every");
    QTest::newRow("metrics every batch") << 1;
    QTest::newRow("metrics in groups of 4") << 4;
  }
  void a_nan_loss_stops_the_run_with_a_reason() {
    QFETCH(int, metrics_every);
    QTemporaryDir runs;
    auto config = tiny_config(runs, "diverging");
    config.metrics_every = metrics_every;
    config.init = init::InitKind::Gaussian;
    config.learning_rate = 1e6;  // the largest the table allows
    config.momentum = 0.0;
    config.nesterov = false;
    train::Trainer trainer(config);
    train::RunControl control;
    const auto outcome = trainer.run(control);
    QCOMPARE(outcome.state, train::RunState::Failed);
    QVERIFY2(outcome.reason.english().find("NaN") != std::string::npos ||
                 outcome.reason.english().find("infinite") != std::string::npos,
             outcome.reason.english().c_str());
    const auto record = runs::read_run(trainer.run_dir());
    QCOMPARE(record.state, std::string("failed"));
    QVERIFY(record.reason.english().find("lower learning rate") != std::string::npos);
    // Stopped where it went wrong: every row is finite, and the reason names the first bad
    // batch, the one after the last row (a group's later batches are not recorded).
    QVERIFY(record.batches.size() < 10);
    for (const auto& row : record.batches) QVERIFY(std::isfinite(row.loss));
    const std::string first_bad = "batch " + std::to_string(record.batches.size() + 1) + " ";
    QVERIFY2(outcome.reason.english().find(first_bad) != std::string::npos,
             outcome.reason.english().c_str());
  }

  // Groups of metrics reach the callback and batches.csv together, with the group's speed.
  void metrics_in_groups_arrive_together() {
    QTemporaryDir runs;
    auto config = tiny_config(runs, "grouped");
    config.epochs = 1;
    config.metrics_every = 4;
    std::vector<int64_t> steps;
    train::TrainerCallbacks callbacks;
    callbacks.on_batch = [&](const metrics::BatchMetrics& m) { steps.push_back(m.step); };
    train::Trainer trainer(config, callbacks);
    train::RunControl control;
    QCOMPARE(trainer.run(control).state, train::RunState::Finished);
    const std::vector<int64_t> expected = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};  // 640 / 64 batches
    QCOMPARE(steps, expected);
    const auto rows = runs::read_run(trainer.run_dir()).batches;
    QCOMPARE(rows.size(), size_t{10});
    // Groups 0-3, 4-7 and the epoch's end 8-9 share their speed; neighbours across differ.
    for (size_t i : {1, 2, 3, 5, 6, 7, 9})
      QCOMPARE(rows[i].images_per_second, rows[i - 1].images_per_second);
    QVERIFY(rows[4].images_per_second != rows[3].images_per_second);
    QVERIFY(rows[8].images_per_second != rows[7].images_per_second);
  }

  // The preview gets the batch being trained when it is due, with its epoch and batch: not one
  // batch for the whole run.
  void the_preview_follows_training() {
    QTemporaryDir runs;
    auto config = tiny_config(runs, "preview");
    config.init = init::InitKind::HeNormal;
    int asked = 0;
    std::vector<std::pair<int64_t, int64_t>> shown;
    std::vector<torch::Tensor> images;
    train::TrainerCallbacks callbacks;
    callbacks.preview_images = 5;
    callbacks.preview_due = [&asked] { return asked++ % 3 == 0; };
    callbacks.on_preview = [&](const torch::Tensor& batch, int64_t epoch, int64_t index) {
      shown.emplace_back(epoch, index);
      images.push_back(batch.clone());
    };
    train::Trainer trainer(config, callbacks);
    train::RunControl control;
    QCOMPARE(trainer.run(control).state, train::RunState::Finished);
    QCOMPARE(asked, 20);  // asked once per batch: 2 epochs of 640 / 64
    const std::vector<std::pair<int64_t, int64_t>> expected = {{0, 0}, {0, 3}, {0, 6}, {0, 9},
                                                               {1, 2}, {1, 5}, {1, 8}};
    QVERIFY(shown == expected);
    for (const auto& batch : images) {
      QCOMPARE(batch.sizes().vec(), (std::vector<int64_t>{5, 1, 28, 28}));
      QCOMPARE(batch.device().type(), torch::kCPU);
      QVERIFY(batch.min().item<float>() >= 0.0F);
      QVERIFY(batch.max().item<float>() <= 1.0F);
      QVERIFY(batch.max().item<float>() > 0.1F);  // pictures, not black
    }
    for (size_t i = 1; i < images.size(); ++i) QVERIFY(!torch::equal(images[i], images[0]));
  }

  // bfloat16 autocast: the run trains (finite, falling loss) and its arithmetic differs from
  // float32's, so the switch reaches the forward pass.
  void bf16_autocast_trains_in_bfloat16() {
    QTemporaryDir runs;
    auto fp32 = tiny_config(runs, "fp32");
    fp32.epochs = 1;
    fp32.init = init::InitKind::HeNormal;
    fp32.optimizer = train::OptimizerKind::Adam;
    auto bf16 = fp32;
    bf16.name = "bf16";
    bf16.bf16 = true;
    for (const auto& config : {fp32, bf16}) {
      train::Trainer trainer(config);
      train::RunControl control;
      const auto outcome = trainer.run(control);
      QVERIFY2(outcome.state == train::RunState::Finished, outcome.reason.english().c_str());
    }
    const auto a = runs::read_run(runs.path().toStdString() + "/fp32").batches;
    const auto b = runs::read_run(runs.path().toStdString() + "/bf16").batches;
    QCOMPARE(b.size(), a.size());
    QVERIFY(std::isfinite(b.back().loss));
    QVERIFY2(b.back().loss < b.front().loss, "the bf16 run did not learn");
    QVERIFY(b.front().loss != a.front().loss);
    // Same data, same weights: bf16 rounding moves the first loss by far less than 5%.
    QVERIFY(std::abs(b.front().loss - a.front().loss) < 0.05 * a.front().loss);
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
        model.augmenter->preprocess(splits.train.images.narrow(0, 0, config.lsuv.batch_size));
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
    config.init = init::InitKind::HeNormal;
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

    // What the Trainer writes passes the validator LibTorch's loader is guarded by.
    {
      std::ifstream in(last, std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
      train::check_checkpoint_archive(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(),
                                      last);
    }
    // A well-formed archive LibTorch loads, but not ours: refused after loading, by its keys.
    const std::string foreign = runs.path().toStdString() + "/foreign.pt";
    std::ofstream(foreign, std::ios::binary) << testing::zip(testing::CheckpointParts().members());
    try {
      train::load_checkpoint(foreign, *net, nullptr, nullptr);
      QFAIL("a foreign archive was accepted");
    } catch (const Error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains("is not an All-CNN Workbench checkpoint"),
               e.what());
    }
    // The same with a tensor reaching past its storage: LibTorch would load it and read out of
    // bounds later; the validator refuses it before LibTorch sees it.
    testing::CheckpointParts hostile;
    hostile.rows = 3;
    std::ofstream(foreign, std::ios::binary) << testing::zip(hostile.members());
    try {
      train::load_checkpoint(foreign, *net, nullptr, nullptr);
      QFAIL("a hostile archive was accepted");
    } catch (const Error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains("reaches past its storage"), e.what());
    }

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
