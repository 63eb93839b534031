#include <QtTest>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <ctime>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "../common/error_of.h"
#include "common/error.h"
#include "runs/atomic_file.h"
#include "runs/csv_table.h"
#include "runs/run_folder.h"
#include "runs/run_lock.h"
#include "runs/run_reader.h"
#include "runs/run_writer.h"

using namespace allcnn;
using allcnn::testing::error_of;
namespace fs = std::filesystem;

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

metrics::BatchMetrics batch_row(int64_t step) {
  metrics::BatchMetrics m;
  m.step = step;
  m.epoch = step / 10;
  m.batch = step % 10;
  m.loss = 2.5 - 0.01 * static_cast<double>(step);
  m.accuracy = 0.125;
  m.learning_rate = 0.01;
  m.images_per_second = 123.5;
  m.elapsed_s = 0.5 * static_cast<double>(step);
  return m;
}

metrics::EpochMetrics epoch_row(int64_t epoch) {
  metrics::EpochMetrics e;
  e.epoch = epoch;
  e.train_loss = 1.5;
  e.train_accuracy = 0.5;
  e.validation.loss = 1.25;
  e.validation.accuracy = 0.625;
  e.validation.count = 8;
  e.validation.per_class_accuracy = {0.5, 0.75};
  e.validation.confusion = {2, 2, 1, 3};
  e.learning_rate = 0.01;
  e.elapsed_s = 10.0 * static_cast<double>(epoch + 1);
  return e;
}

}  // namespace

class TestRunFolder : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void rows_read_back_exactly() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    runs::write_file_atomically(dir + "/config.json", R"({"arch": "all-cnn-c"})");
    {
      const runs::RunFolder folder(dir);
      runs::RunWriter writer(folder);
      for (int64_t step = 0; step < 25; ++step) writer.append_batch(batch_row(step));
      writer.append_epoch(epoch_row(0));
      auto best = epoch_row(1);
      best.best = true;
      writer.append_epoch(best);
      writer.append_drift(-1, {{"conv1", 1.0, 0.125, 0.25}, {"conv2", 0.5, -0.5, 0.75}});
      folder.write_status("stopped", message(MessageCode::StoppedAt, 3, 6));
    }
    const auto record = runs::read_run(dir);
    QCOMPARE(record.batches.size(), size_t(25));
    QCOMPARE(record.batches[24].step, 24);
    QCOMPARE(record.batches[24].epoch, 2);
    QCOMPARE(record.batches[24].loss, 2.5 - 0.24);
    QCOMPARE(record.batches[7].images_per_second, 123.5);
    QCOMPARE(record.epochs.size(), size_t(2));
    QCOMPARE(record.epochs[1].val_accuracy, 0.625);
    QCOMPARE(record.epochs[1].elapsed_s, 20.0);
    QVERIFY(!record.epochs[0].best);
    QVERIFY(record.epochs[1].best);
    QCOMPARE(record.drift.size(), size_t(2));
    QCOMPARE(record.drift[1].epoch, int64_t(-1));
    QCOMPARE(record.drift[1].layer, std::string("conv2"));
    QCOMPARE(record.drift[1].mean, -0.5);
    QCOMPARE(record.drift[1].dead_fraction, 0.75);
    QCOMPARE(record.state, std::string("stopped"));
    QCOMPARE(record.reason.english(), std::string("stopped by the user at epoch 3, batch 6"));
    // The code and its parameters come back, for the workbench to word in its language.
    QVERIFY(record.reason == Reason(message(MessageCode::StoppedAt, 3, 6)));
    QVERIFY(record.last_evaluation.has_value());
    QCOMPARE(record.last_evaluation->confusion, (std::vector<int64_t>{2, 2, 1, 3}));
    QCOMPARE(record.config.at("arch").get<std::string>(), std::string("all-cnn-c"));
    QVERIFY(record.warnings.empty());
  }

  void a_torn_last_line_is_dropped_with_a_warning() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    runs::write_file_atomically(dir + "/config.json", "{}");
    {
      runs::RunWriter writer{runs::RunFolder(dir)};
      for (int64_t step = 0; step < 3; ++step) writer.append_batch(batch_row(step));
    }
    std::ofstream(dir + "/batches.csv", std::ios::app) << "3,0,3,2.4";  // killed mid-write
    const auto record = runs::read_run(dir);
    QCOMPARE(record.batches.size(), size_t(3));
    QCOMPARE(record.warnings.size(), size_t(1));
  }

  void corrupt_files_name_the_file_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("contents");
    QTest::addColumn<QString>("message");
    QTest::newRow("config not json") << "config.json"
                                     << "{arch:"
                                     << "config.json: is not valid JSON";
    QTest::newRow("config number beyond a double") << "config.json"
                                                   << R"({"lr": 1e999})"
                                                   << "config.json: is not valid JSON";
    QTest::newRow("bad batch row")
        << "batches.csv"
        << "step,epoch,batch,loss,accuracy,learning_rate,images_per_second,elapsed_s\n"
           "0,0,0,2.3,0.1,0.01,100,0.1\nzero,0,1,2.3,0.1,0.01,100,0.2\n1,0,1,2,0,0,0,0\n"
        << "batches.csv: line 3, step: 'zero' is not a number";
    QTest::newRow("foreign csv") << "epochs.csv"
                                 << "a,b\n1,2\n"
                                 << "epochs.csv: unexpected header";
  }
  void corrupt_files_name_the_file() {
    QFETCH(QString, file);
    QFETCH(QString, contents);
    QFETCH(QString, message);
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    std::ofstream(dir + "/config.json") << "{}";
    std::ofstream(dir + "/" + file.toStdString()) << contents.toStdString();
    try {
      runs::read_run(dir);
      QFAIL("a corrupt run folder was accepted");
    } catch (const Error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
  }

  void a_missing_config_is_not_a_run() {
    QTemporaryDir tmp;
    QVERIFY_THROWS_EXCEPTION(Error, runs::read_run(tmp.path().toStdString()));
  }

  void resuming_truncates_replayed_rows() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    std::ofstream(dir + "/config.json") << "{}";
    {
      runs::RunWriter writer{runs::RunFolder(dir)};
      for (int64_t step = 0; step < 15; ++step) writer.append_batch(batch_row(step));
      writer.append_epoch(epoch_row(0));
      writer.append_epoch(epoch_row(1));
    }
    {
      runs::RunWriter resumed(runs::RunFolder(dir), /*truncate_to_step=*/12,
                              /*truncate_to_epoch=*/1);
    }
    const auto record = runs::read_run(dir);
    QCOMPARE(record.batches.size(), size_t(12));
    QCOMPARE(record.batches.back().step, 11);
    QCOMPARE(record.epochs.size(), size_t(1));
  }

  // The owner names new folders, refuses clashes and names that leave the runs folder.
  void creating_a_folder_chooses_or_checks_its_name() {
    QTemporaryDir tmp;
    const std::string root = tmp.path().toStdString();
    const auto first = runs::RunFolder::create(root, "", "all-cnn-c-lsuv-sgd");
    const auto second = runs::RunFolder::create(root, "", "all-cnn-c-lsuv-sgd");
    QVERIFY(first.name().rfind("all-cnn-c-lsuv-sgd-", 0) == 0);
    QVERIFY(second.name() != first.name());
    QVERIFY(
        fs::is_directory(fs::path(second.checkpoint_path(runs::Checkpoint::Best)).parent_path()));
    QCOMPARE(first.checkpoint_path(runs::Checkpoint::Last), first.dir() + "/checkpoints/last.pt");

    const auto named = runs::RunFolder::create(root, "mine", "unused");
    QCOMPARE(named.name(), std::string("mine"));
    try {
      runs::RunFolder::create(root, "mine", "unused");
      QFAIL("a second run with the same name was created");
    } catch (const Error& e) {
      QCOMPARE(e.subject(), named.dir());
      QVERIFY2(std::string(e.what()).find("exists already") != std::string::npos, e.what());
    }
    QVERIFY_THROWS_EXCEPTION(Error, runs::RunFolder::create(root, "../escape", "unused"));
    QVERIFY_THROWS_EXCEPTION(Error, runs::RunFolder::create(root, "..", "unused"));
    QVERIFY(!fs::exists(fs::path(root).parent_path() / "escape"));
    QVERIFY_THROWS_EXCEPTION(Error, runs::RunFolder::open(root + "/missing"));
    QVERIFY_THROWS_EXCEPTION(Error, runs::checkpoint_from_string("latest"));
    QVERIFY(runs::checkpoint_from_string("best") == runs::Checkpoint::Best);
  }

  // config.json holds the settings as given plus the provenance, every key of which is listed
  // (so that readers of the settings can skip exactly those).
  void config_carries_its_provenance() {
    QTemporaryDir tmp;
    const auto folder = runs::RunFolder::create(tmp.path().toStdString(), "run", "");
    const nlohmann::json settings = {{"arch", "all-cnn-c"}, {"epochs", 3}};
    config::Provenance provenance;
    provenance.torch_version = "1.13.1";
    provenance.device = "cpu";
    provenance.parameters = 1369738;
    provenance.learning_rate = 0.01;
    folder.write_config(settings, provenance);

    const auto config = folder.read_config();
    const auto back = config::read_provenance(config);
    QCOMPARE(back.torch_version, provenance.torch_version);
    QCOMPARE(back.device, provenance.device);
    QCOMPARE(back.parameters, provenance.parameters);
    QCOMPARE(back.learning_rate, provenance.learning_rate);
    QVERIFY(!back.host.empty());
    QVERIFY(back.created.size() >= 19);  // 2026-11-28T12:00:00+0100
    auto rest = config;
    for (const auto& key : config::provenance_keys()) rest.erase(key);
    QCOMPARE(rest, settings);
  }

  // Each CSV's columns are named once: what the writer writes is what the reader expects.
  void every_csv_header_is_the_tables() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    { runs::RunWriter writer{runs::RunFolder(dir)}; }
    const auto first_line = [&](const char* file) {
      std::ifstream in(dir + "/" + file);
      std::string line;
      std::getline(in, line);
      return line;
    };
    QCOMPARE(first_line(runs::kBatchesFile), runs::batches_table().header());
    QCOMPARE(first_line(runs::kEpochsFile), runs::epochs_table().header());
    QCOMPARE(first_line(runs::kDriftFile), runs::drift_table().header());
    QCOMPARE(
        runs::batches_table().header(),
        std::string("step,epoch,batch,loss,accuracy,learning_rate,images_per_second,elapsed_s"));
    metrics::BatchMetrics row;
    QVERIFY(runs::batches_table().parse("1,0,1,2.5,0.5,0.01,100", row).find("7 fields") !=
            std::string::npos);
    QVERIFY(runs::batches_table().parse("1,0,1,2.5,x,0.01,100,1", row).find("accuracy") !=
            std::string::npos);
    metrics::EpochRow epoch;
    QVERIFY(!runs::epochs_table().parse("0,1,1,1,1,1,1,2", epoch).empty());  // best is 0 or 1
  }

  void atomic_write_leaves_no_temporary() {
    QTemporaryDir tmp;
    const std::string path = tmp.path().toStdString() + "/status";
    runs::write_file_atomically(path, "running\n");
    runs::write_file_atomically(path, "finished\n");
    QCOMPARE(read_all(path), std::string("finished\n"));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files).size(), 1);
    QVERIFY_THROWS_EXCEPTION(Error, runs::write_file_atomically("/nonexistent-dir/x", "y"));
  }

  // The kernel releases a killed owner's lock: a child process takes a run, says "running",
  // and is killed with SIGKILL; the folder then reads as interrupted, naming the child.
  void a_killed_owner_leaves_an_interrupted_run() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    std::ofstream(dir + "/config.json") << "{}";
    const runs::RunFolder folder(dir);
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
      auto lock = runs::RunLock::acquire(folder);
      folder.write_status("running");
      const char byte = 1;
      if (::write(ready[1], &byte, 1) != 1) ::_exit(2);
      ::pause();
      ::_exit(0);
    }
    ::close(ready[1]);
    char byte = 0;
    QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1));
    ::close(ready[0]);

    QVERIFY(runs::is_locked(folder));
    QCOMPARE(folder.read_status().state, std::string("running"));
    QCOMPARE(folder.read_status().pid, int64_t(child));
    const QString refused = error_of([&] { runs::RunLock::acquire(folder); });
    QVERIFY2(refused.contains(QStringLiteral("is being trained by pid %1 on ").arg(child)),
             qPrintable(refused));

    ::kill(child, SIGKILL);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(!runs::is_locked(folder));
    const auto after = folder.read_status();
    QCOMPARE(after.state, std::string("interrupted"));
    QVERIFY2(after.reason.english().find("pid " + std::to_string(child)) != std::string::npos,
             after.reason.english().c_str());
    QCOMPARE(after.reason.message.code, MessageCode::ProcessVanished);
    QCOMPARE(runs::summarize_run(dir).state, std::string("interrupted"));
    QCOMPARE(runs::read_run(dir).state, std::string("interrupted"));
    // The next owner takes it at once.
    auto lock = runs::RunLock::acquire(folder);
    QVERIFY(runs::is_locked(folder));
  }

  // A killed atomic write leaves "<file>.tmp-<pid>"; the next owner removes them, and only
  // those.
  void taking_a_run_removes_leftover_temporaries() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    fs::create_directories(dir + "/checkpoints");
    std::ofstream(dir + "/config.json") << "{}";
    std::ofstream(dir + "/status.tmp-4242") << "runn";
    std::ofstream(dir + "/checkpoints/last.pt.tmp-4243") << std::string(4096, 'x');
    std::ofstream(dir + "/checkpoints/last.pt") << "kept";
    std::ofstream(dir + "/notes.json") << "kept";
    { auto lock = runs::RunLock::acquire(runs::RunFolder(dir)); }
    QVERIFY(!fs::exists(dir + "/status.tmp-4242"));
    QVERIFY(!fs::exists(dir + "/checkpoints/last.pt.tmp-4243"));
    QVERIFY(fs::exists(dir + "/checkpoints/last.pt"));
    QVERIFY(fs::exists(dir + "/notes.json"));
    QVERIFY(fs::exists(dir + "/config.json"));
  }

  // What `allcnn runs` lists, from config.json, the status and epochs.csv only.
  void a_summary_reads_state_epochs_and_best() {
    QTemporaryDir tmp;
    const std::string root = tmp.path().toStdString();
    const auto folder = runs::RunFolder::create(root, "b-run", "x");
    folder.write_config(nlohmann::json{{"epochs", 350}}, {});
    {
      runs::RunWriter writer(folder);
      auto e0 = epoch_row(0), e1 = epoch_row(1), e2 = epoch_row(2);
      e1.validation.accuracy = 0.75;
      for (const auto& e : {e0, e1, e2}) writer.append_epoch(e);
    }
    folder.write_status("stopped", message(MessageCode::Text, "stopped by the user"));
    fs::create_directories(root + "/a-not-a-run");  // no config.json: not listed
    runs::RunFolder::create(root, "a-run", "x").write_config(nlohmann::json::object(), {});

    const auto dirs = runs::list_run_folders(root);
    QCOMPARE(dirs.size(), size_t(2));
    QVERIFY(QString::fromStdString(dirs[0]).endsWith(QStringLiteral("/a-run")));
    const auto summary = runs::summarize_run(dirs[1]);
    QCOMPARE(summary.name, std::string("b-run"));
    QCOMPARE(summary.state, std::string("stopped"));
    QCOMPARE(summary.reason.english(), std::string("stopped by the user"));
    QCOMPARE(summary.epochs_done, int64_t(3));
    QCOMPARE(summary.epochs_planned, int64_t(350));
    QCOMPARE(summary.best_accuracy, 0.75);
    QCOMPARE(summary.best_epoch, int64_t(1));
    QVERIFY(std::abs(summary.last_write - static_cast<int64_t>(std::time(nullptr))) < 60);
    QCOMPARE(runs::summarize_run(dirs[0]).epochs_done, int64_t(0));
    QVERIFY(!error_of([&] { runs::list_run_folders(root + "/missing"); }).isEmpty());
  }

  // Restarting from step 0 removes what training wrote, not the settings or the notes.
  void clearing_records_keeps_config_and_notes() {
    QTemporaryDir tmp;
    const auto folder = runs::RunFolder::create(tmp.path().toStdString(), "r", "x");
    folder.write_config(nlohmann::json::object(), {});
    {
      runs::RunWriter writer(folder);
      writer.append_batch(batch_row(0));
    }
    std::ofstream(folder.checkpoint_path(runs::Checkpoint::Last)) << "x";
    std::ofstream(folder.dir() + "/notes.json") << "kept";
    folder.clear_records();
    QVERIFY(!fs::exists(folder.path(runs::kBatchesFile)));
    QVERIFY(!fs::exists(folder.checkpoint_path(runs::Checkpoint::Last)));
    QVERIFY(fs::exists(folder.path(runs::kConfigFile)));
    QVERIFY(fs::exists(folder.dir() + "/notes.json"));
  }
};

QTEST_GUILESS_MAIN(TestRunFolder)
#include "test_run_folder.moc"
