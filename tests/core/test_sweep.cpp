// A sweep trains a tiny real group end to end on Fashion-MNIST: a run that fails does not stop
// the others, each run's config.json records its group, and sweeping again skips what
// finished and resumes what was stopped.
#include <QtTest>

#include <mutex>

#include <nlohmann/json.hpp>

#include "config/group.h"
#include "runs/run_reader.h"
#include "train/sweep.h"

using namespace allcnn;

namespace {

// Two runs of one epoch on a few hundred images, a narrow model; the second run's data folder
// does not exist, so it fails.
std::vector<config::GroupRun> tiny_group(const QTemporaryDir& runs, const std::string& data_dir,
                                         const std::string& missing_dir) {
  const nlohmann::json group = {
      {"name", "tiny"},
      {"base",
       {{"dataset", "fashion-mnist"},
        {"width", 0.125},
        {"train_limit", 256},
        {"test_limit", 128},
        {"batch_size", 64},
        {"epochs", 1},
        {"init", "he-uniform"},
        {"device", "cpu"},
        {"checkpoint_every", 0},
        {"drift_every", 0},
        {"runs_dir", runs.path().toStdString()}}},
      {"vary", {{"data_dir", nlohmann::json::array({data_dir, missing_dir})}}},
      {"seeds", nlohmann::json::array({3u})}};
  return config::expand_group(config::parse_group(group, "tiny.json"));
}

}  // namespace

class TestSweep : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void failedRunDoesNotStopTheSweep() {
    QTemporaryDir runs;
    const std::string missing = runs.filePath("no-such-data").toStdString();
    const auto group = tiny_group(runs, ALLCNN_FASHION_MNIST_DIR, missing);
    QCOMPARE(group.size(), size_t{2});

    std::vector<size_t> started;
    train::SweepCallbacks callbacks;
    callbacks.on_run_start = [&](size_t index, size_t count, const config::GroupRun&) {
      QCOMPARE(count, size_t{2});
      started.push_back(index);
    };
    train::RunControl control;
    auto results = train::run_sweep(group, control, callbacks);
    QCOMPARE(results.size(), size_t{2});
    QCOMPARE(started, (std::vector<size_t>{0, 1}));
    QCOMPARE(results[0].state, train::RunState::Finished);
    QVERIFY(!results[0].skipped && !results[0].resumed);
    QCOMPARE(results[0].best_epoch, int64_t{0});  // its one epoch was evaluated
    QVERIFY(results[0].best_validation_accuracy >= 0);
    QCOMPARE(results[1].state, train::RunState::Failed);
    QVERIFY2(results[1].reason.english().find("no-such-data") != std::string::npos,
             results[1].reason.english().c_str());

    // The finished run's folder records its group.
    const auto summary = runs::summarize_run(results[0].run_dir);
    QCOMPARE(summary.name, group[0].config.name);
    QCOMPARE(summary.state, std::string("finished"));
    QCOMPARE(summary.provenance.group.name, std::string("tiny"));
    QCOMPARE(summary.provenance.group.varies.size(), size_t{1});
    QCOMPARE(summary.provenance.group.varies[0].first, std::string("data_dir"));
    QCOMPARE(summary.provenance.group.seed_index, int64_t{0});
    QCOMPARE(summary.config["seed"].get<uint64_t>(), uint64_t{3});

    // Again: the finished run is skipped, the failed one tried again (and fails again).
    results = train::run_sweep(group, control, callbacks);
    QCOMPARE(results.size(), size_t{2});
    QVERIFY(results[0].skipped);
    QCOMPARE(results[0].state, train::RunState::Finished);
    QCOMPARE(results[0].reason.message.code, MessageCode::SweepFinishedBefore);
    QCOMPARE(results[0].best_epoch, int64_t{0});
    QCOMPARE(results[1].state, train::RunState::Failed);
    QVERIFY(!results[1].skipped);
  }

  void stoppedRunIsResumed() {
    QTemporaryDir runs;
    auto group = tiny_group(runs, ALLCNN_FASHION_MNIST_DIR, "unused");
    group.resize(1);
    group[0].config.epochs = 2;

    train::RunControl control;
    train::SweepCallbacks callbacks;
    callbacks.trainer.on_batch = [&](const metrics::BatchMetrics& m) {
      if (m.epoch == 1 && m.batch == 1) control.stop.store(true);
    };
    auto results = train::run_sweep(group, control, callbacks);
    QCOMPARE(results.size(), size_t{1});
    QCOMPARE(results[0].state, train::RunState::Stopped);

    control.stop.store(false);
    callbacks.trainer.on_batch = nullptr;
    results = train::run_sweep(group, control, callbacks);
    QCOMPARE(results.size(), size_t{1});
    QVERIFY(results[0].resumed);
    QCOMPARE(results[0].state, train::RunState::Finished);
    const auto summary = runs::summarize_run(results[0].run_dir);
    QCOMPARE(summary.epochs_done, int64_t{2});
    QCOMPARE(summary.provenance.group.name, std::string("tiny"));
  }

  // Two lanes (as two GPUs would be): the runs train at once, each on its lane's device, and
  // the results come back in the runs' order. A second sweep of the same lanes skips both.
  void lanesTrainRunsAtOnce() {
    QTemporaryDir runs;
    auto group = tiny_group(runs, ALLCNN_FASHION_MNIST_DIR, "unused");
    group.resize(1);
    group.push_back(group[0]);  // the same run at another learning rate
    group[1].config.name += "-lr2";
    group[1].config.learning_rate = 0.02;
    for (auto& run : group) run.config.device = DeviceSpec{};  // auto: the lane decides

    std::mutex mutex;
    std::vector<size_t> events;  // index on start, 100 + index on end
    train::SweepCallbacks callbacks;
    callbacks.on_run_start = [&](size_t index, size_t, const config::GroupRun&) {
      const std::lock_guard<std::mutex> lock(mutex);
      events.push_back(index);
    };
    callbacks.on_run_end = [&](size_t index, size_t, const train::SweepResult&) {
      const std::lock_guard<std::mutex> lock(mutex);
      events.push_back(100 + index);
    };
    train::RunControl control;
    const std::vector<DeviceSpec> lanes = {DeviceSpec{DeviceKind::Cpu},
                                           DeviceSpec{DeviceKind::Cpu}};
    auto results = train::run_sweep(group, control, callbacks, lanes);
    QCOMPARE(results.size(), size_t{2});
    // Both started before either ended.
    QCOMPARE(events.size(), size_t{4});
    QVERIFY(events[0] < 100 && events[1] < 100);
    for (size_t i = 0; i < 2; ++i) {
      QCOMPARE(results[i].name, group[i].config.name);
      QCOMPARE(results[i].state, train::RunState::Finished);
      const auto summary = runs::summarize_run(results[i].run_dir);
      QCOMPARE(summary.config["device"].get<std::string>(), std::string("cpu"));
    }
    results = train::run_sweep(group, control, callbacks, lanes);
    QCOMPARE(results.size(), size_t{2});
    QVERIFY(results[0].skipped && results[1].skipped);
  }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "test_sweep.moc"
