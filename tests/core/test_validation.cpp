// The held-out validation split, the watch over each epoch's accuracy (best checkpoint, early
// stopping, reduce-on-plateau) and how a run folder says which split its columns are.

#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <vector>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "../common/error_of.h"
#include "common/error.h"
#include "config/run_config.h"
#include "data/dataset.h"
#include "data/seeded_sample.h"
#include "data/validation_split.h"
#include "runs/atomic_file.h"
#include "runs/csv_table.h"
#include "runs/run_folder.h"
#include "runs/run_reader.h"
#include "runs/run_writer.h"
#include "train/checkpoint.h"
#include "train/epoch_watch.h"
#include "train/schedule.h"

using namespace allcnn;
using allcnn::testing::error_of;

namespace {

// The first 6,000 Fashion-MNIST training images: real, unevenly mixed classes.
const data::Dataset& fashion_head() {
  static const data::Dataset head =
      data::load_dataset(data::DatasetKind::FashionMnist, ALLCNN_FASHION_MNIST_DIR)
          .train.head(6000);
  return head;
}

std::map<int64_t, int64_t> class_counts(const torch::Tensor& labels) {
  std::map<int64_t, int64_t> counts;
  const auto host = labels.to(torch::kCPU).contiguous();
  for (int64_t i = 0; i < host.numel(); ++i) ++counts[host[i].item<int64_t>()];
  return counts;
}

struct Watched {
  std::vector<int64_t> best_epochs, reduced_epochs;
  int64_t stopped_at = -1;  ///< the epoch whose verdict said stop; -1: never
  std::vector<double> scales;
};

// Feeds scripted accuracies through watch_epoch as the Trainer does, epoch after epoch.
Watched watch(const train::RunConfig& config, const std::vector<double>& accuracies) {
  train::TrainingPosition position;
  Watched watched;
  for (const double accuracy : accuracies) {
    const auto verdict = train::watch_epoch(config, position, accuracy);
    if (verdict.best) watched.best_epochs.push_back(position.epoch);
    if (verdict.reduced) watched.reduced_epochs.push_back(position.epoch);
    watched.scales.push_back(position.plateau_scale);
    if (verdict.stop) {
      watched.stopped_at = position.epoch;
      break;
    }
    ++position.epoch;
  }
  return watched;
}

}  // namespace

class TestValidation : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    if (!QFileInfo::exists(QStringLiteral(ALLCNN_FASHION_MNIST_DIR)))
      QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
  }

  // Disjoint, covering, stratified, and a function of the seed.
  void the_split_is_disjoint_stratified_and_seeded() {
    const auto& train = fashion_head();
    const int64_t count = 600;
    const auto split = data::split_validation(train, count, 7);
    QCOMPARE(split.validation.size(), count);
    QCOMPARE(split.train.size(), train.size() - count);

    const auto chosen = data::validation_indices(train.labels, 10, count, 7);
    QCOMPARE(static_cast<int64_t>(chosen.size()), count);
    QVERIFY(std::is_sorted(chosen.begin(), chosen.end()));
    QCOMPARE(std::set<int64_t>(chosen.begin(), chosen.end()).size(), chosen.size());
    QVERIFY(chosen.front() >= 0 && chosen.back() < train.size());
    // The validation images are exactly the chosen ones, and none of them is trained on: the
    // two parts together are the whole set, image for image.
    const auto index = torch::tensor(chosen, torch::kInt64);
    QVERIFY(torch::equal(split.validation.images, train.images.index_select(0, index)));
    QVERIFY(torch::equal(split.validation.labels, train.labels.index_select(0, index)));
    auto rest = torch::ones({train.size()}, torch::kBool);
    rest.index_fill_(0, index, false);
    QVERIFY(torch::equal(split.train.images, train.images.index({rest})));

    // Each class in proportion (within one image), 10% of 6,000.
    const auto all = class_counts(train.labels);
    const auto held = class_counts(split.validation.labels);
    for (const auto& [label, size] : all) {
      const double expected = static_cast<double>(count) * size / train.size();
      QVERIFY2(std::abs(held.at(label) - expected) < 1.0,
               qPrintable(QStringLiteral("class %1: %2 held out, %3 expected")
                              .arg(label)
                              .arg(held.at(label))
                              .arg(expected)));
    }

    QCOMPARE(data::validation_indices(train.labels, 10, count, 7), chosen);
    QVERIFY(data::validation_indices(train.labels, 10, count, 8) != chosen);
  }

  // The one seeded draw behind the validation split and an image folder's test split: a
  // subset of the size asked (at most all), the rest beside it, both sorted; every item can be
  // chosen; the same generator state draws the same, and exactly `count` draws are used.
  void a_seeded_sample_chooses_a_sorted_subset() {
    std::vector<int64_t> items(20);
    std::iota(items.begin(), items.end(), int64_t(100));
    std::set<int64_t> ever_chosen;
    for (uint64_t seed = 0; seed < 100; ++seed) {
      std::mt19937_64 generator(seed), again(seed);
      const auto drawn = data::seeded_sample(items, 5, generator);
      QCOMPARE(drawn.chosen.size(), size_t(5));
      QVERIFY(std::is_sorted(drawn.chosen.begin(), drawn.chosen.end()));
      QVERIFY(std::is_sorted(drawn.rest.begin(), drawn.rest.end()));
      std::vector<int64_t> both = drawn.chosen;
      both.insert(both.end(), drawn.rest.begin(), drawn.rest.end());
      std::sort(both.begin(), both.end());
      QCOMPARE(both, items);
      QCOMPARE(data::seeded_sample(items, 5, again).chosen, drawn.chosen);
      QCOMPARE(generator(), again());
      ever_chosen.insert(drawn.chosen.begin(), drawn.chosen.end());
    }
    QCOMPARE(ever_chosen.size(), items.size());
    std::mt19937_64 generator(1);
    QCOMPARE(data::seeded_sample(items, 50, generator).chosen, items);
    // mt19937_64's sequence is the standard's: these are the items of seed 42 everywhere.
    std::mt19937_64 pinned(42);
    QCOMPARE(data::seeded_sample(items, 3, pinned).chosen, (std::vector<int64_t>{100, 101, 106}));
  }

  void a_fraction_counts_the_training_images() {
    train::RunConfig config;
    QCOMPARE(config.validation_count(6000), int64_t(0));  // the paper's protocol by default
    QVERIFY(!config.has_validation());
    config.validation = 0.1;
    QCOMPARE(config.validation_count(6000), int64_t(600));
    QCOMPARE(config.validation_count(3), int64_t(1));  // at least one image
    config.validation = 250;
    QCOMPARE(config.validation_count(6000), int64_t(250));
  }

  void bad_sizes_are_rejected_naming_the_setting_data() {
    QTest::addColumn<int64_t>("count");
    QTest::addColumn<QString>("says");
    QTest::newRow("all of them") << int64_t(10) << "leave nothing to train on";
    QTest::newRow("more than all") << int64_t(11) << "leave nothing to train on";
    // Class 0 has one image; 5 of 10 take it (its remainder ties class 1's, and wins).
    QTest::newRow("a class emptied") << int64_t(5) << "leave class 0 without training images";
  }
  void bad_sizes_are_rejected_naming_the_setting() {
    QFETCH(int64_t, count);
    QFETCH(QString, says);
    const auto labels = torch::tensor({0, 1, 1, 1, 1, 1, 1, 1, 1, 1}, torch::kInt64);
    QString subject;
    const QString error =
        error_of([&] { data::validation_indices(labels, 2, count, 1); }, &subject);
    QCOMPARE(subject, QStringLiteral("validation"));
    QVERIFY2(error.contains(says), qPrintable(error));
  }

  void a_fractional_count_above_one_is_rejected() {
    train::RunConfig config;
    config.validation = 12.5;
    QString subject;
    const QString error = error_of([&] { config.validate(); }, &subject);
    QCOMPARE(subject, QStringLiteral("validation"));
    QVERIFY2(error.contains("neither a fraction below 1 nor a whole number"), qPrintable(error));
    config.validation = 0.25;
    config.validate();
  }

  // The best epoch is the first of the highest accuracies; early stopping ends the K-th epoch
  // without a better one.
  void early_stopping_stops_at_the_right_epoch_data() {
    QTest::addColumn<int64_t>("patience");
    QTest::addColumn<std::vector<double>>("accuracies");
    QTest::addColumn<std::vector<int64_t>>("best_epochs");
    QTest::addColumn<int64_t>("stopped_at");
    const std::vector<double> rises_then_flat = {0.5, 0.6, 0.55, 0.6, 0.58, 0.7, 0.71};
    QTest::newRow("off") << int64_t(0) << rises_then_flat << std::vector<int64_t>{0, 1, 5, 6}
                         << int64_t(-1);
    // Best at epoch 1; epochs 2, 3, 4 without a better one (an equal one is not better).
    QTest::newRow("3 epochs") << int64_t(3) << rises_then_flat << std::vector<int64_t>{0, 1}
                              << int64_t(4);
    QTest::newRow("4 epochs: recovers in time")
        << int64_t(4) << rises_then_flat << std::vector<int64_t>{0, 1, 5, 6} << int64_t(-1);
    QTest::newRow("1 epoch") << int64_t(1) << rises_then_flat << std::vector<int64_t>{0, 1}
                             << int64_t(2);
  }
  void early_stopping_stops_at_the_right_epoch() {
    QFETCH(int64_t, patience);
    QFETCH(std::vector<double>, accuracies);
    QFETCH(std::vector<int64_t>, best_epochs);
    QFETCH(int64_t, stopped_at);
    train::RunConfig config;
    config.early_stop = patience;
    const auto watched = watch(config, accuracies);
    QCOMPARE(watched.best_epochs, best_epochs);
    QCOMPARE(watched.stopped_at, stopped_at);
    QVERIFY(watched.reduced_epochs.empty());  // not the plateau schedule
  }

  // As PyTorch's ReduceLROnPlateau (mode max, no cooldown): the (patience + 1)-th epoch in a
  // row without a better accuracy reduces, and the count starts again.
  void plateau_reduces_at_the_right_epochs() {
    train::RunConfig config;
    config.schedule = train::ScheduleKind::Plateau;
    config.plateau_patience = 1;
    config.plateau_factor = 0.5;
    config.learning_rate = 0.01;
    const auto watched = watch(config, {0.5, 0.6, 0.6, 0.6, 0.7, 0.65, 0.65, 0.65, 0.65});
    QCOMPARE(watched.reduced_epochs, (std::vector<int64_t>{3, 6, 8}));
    QCOMPARE(watched.scales.back(), 0.125);
    // The learning rate follows the scale the position keeps; other schedules ignore it.
    QCOMPARE(train::learning_rate_at(config, 1000, 100, 0.25), 0.0025);
    config.schedule = train::ScheduleKind::Constant;
    QCOMPARE(train::learning_rate_at(config, 1000, 100, 0.25), 0.01);
  }

  // The watch's state travels in the checkpoint: a resumed run continues its counts.
  void the_watch_survives_a_checkpoint() {
    QTemporaryDir tmp;
    nn::ModelOptions options;
    options.width = 0.125;
    options.input_size = 28;
    options.in_channels = 1;
    nn::ConvNet net(options);
    train::TrainingPosition position;
    position.epoch = 5;
    position.best_accuracy = 0.75;
    position.best_epoch = 2;
    position.plateau_scale = 0.01;
    position.plateau_wait = 2;
    const std::string path = tmp.path().toStdString() + "/last.pt";
    train::save_checkpoint(path, *net, nullptr, {}, position);
    const auto loaded = train::load_checkpoint(path, *net, nullptr, nullptr);
    QCOMPARE(loaded.best_epoch, int64_t(2));
    QCOMPARE(loaded.best_accuracy, 0.75);
    QCOMPARE(loaded.plateau_scale, 0.01);
    QCOMPARE(loaded.plateau_wait, int64_t(2));
  }

  // A run from before the validation split: val_* columns that were test evaluations, and no
  // "validation" in its config.json. It reads, labelled test.
  void an_old_run_folder_still_reads_as_test() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    runs::write_file_atomically(dir + "/config.json", R"({"arch": "all-cnn-c", "epochs": 2})");
    runs::write_file_atomically(dir + "/epochs.csv",
                                "epoch,train_loss,train_accuracy,val_loss,val_accuracy,"
                                "learning_rate,elapsed_s,best\n"
                                "0,1.5,0.5,1.2,0.6,0.01,10.5,1\n"
                                "1,1.1,0.6,1.0,0.65,0.01,21.0,1\n");
    const auto summary = runs::summarize_run(dir);
    QCOMPARE(summary.evaluated_split, metrics::EvaluatedSplit::Test);
    QCOMPARE(summary.epochs_done, int64_t(2));
    QCOMPARE(summary.best_accuracy, 0.65);
    QVERIFY(!summary.test.has_value());
    const auto record = runs::read_run(dir);
    QCOMPARE(record.evaluated_split, metrics::EvaluatedSplit::Test);
    QCOMPARE(record.epochs.size(), size_t(2));
    QCOMPARE(record.epochs[1].val_accuracy, 0.65);
  }

  // Which header each protocol writes, and that both read back (with test.json).
  void the_columns_name_their_split() {
    for (const auto split : {metrics::EvaluatedSplit::Test, metrics::EvaluatedSplit::Validation}) {
      QTemporaryDir tmp;
      const std::string dir = tmp.path().toStdString();
      const bool held_out = split == metrics::EvaluatedSplit::Validation;
      runs::write_file_atomically(dir + "/config.json",
                                  held_out ? R"({"validation": 0.1})" : R"({"validation": 0})");
      metrics::TestResults results;
      {
        runs::RunWriter writer(runs::RunFolder(dir), -1, -1, split);
        metrics::EpochMetrics e;
        e.validation.accuracy = 0.5;
        e.validation.per_class_accuracy = {0.5, 0.5};
        e.validation.confusion = {1, 1, 1, 1};
        e.validation.count = 4;
        writer.append_epoch(e);
        results.best = {0, e.validation};
        results.last = {0, e.validation};
        results.last.evaluation.accuracy = 0.25;
        writer.write_test(results);
      }
      std::ifstream in(dir + "/epochs.csv");
      std::string header;
      std::getline(in, header);
      QCOMPARE(header,
               held_out ? runs::epochs_table().header() : runs::epochs_table().alternate_header());
      QVERIFY(header.find(held_out ? ",val_loss,val_accuracy," : ",test_loss,test_accuracy,") !=
              std::string::npos);
      const auto record = runs::read_run(dir);
      QCOMPARE(record.evaluated_split, split);
      QCOMPARE(record.epochs.size(), size_t(1));
      QCOMPARE(record.epochs[0].val_accuracy, 0.5);
      QVERIFY(record.test.has_value());
      QCOMPARE(record.test->last.evaluation.accuracy, 0.25);
      QCOMPARE(record.test->best.evaluation.confusion, (std::vector<int64_t>{1, 1, 1, 1}));
    }
  }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
