#include <QtTest>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "runs/run_folder.h"

using namespace allcnn;

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

train::BatchMetrics batch_row(int64_t step) {
  train::BatchMetrics m;
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

train::EpochMetrics epoch_row(int64_t epoch) {
  train::EpochMetrics e;
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
      runs::RunWriter writer(dir);
      for (int64_t step = 0; step < 25; ++step) writer.append_batch(batch_row(step));
      writer.append_epoch(epoch_row(0));
      writer.append_epoch(epoch_row(1));
      writer.set_status("stopped", "stopped by the user at epoch 3, batch 6");
    }
    const auto record = runs::read_run(dir);
    QCOMPARE(record.batches.size(), size_t(25));
    QCOMPARE(record.batches[24].step, 24);
    QCOMPARE(record.batches[24].epoch, 2);
    QCOMPARE(record.batches[24].loss, 2.5 - 0.24);
    QCOMPARE(record.batches[7].images_per_second, 123.5);
    QCOMPARE(record.epochs.size(), size_t(2));
    QCOMPARE(record.epochs[1].val_accuracy, 0.625);
    QCOMPARE(record.state, std::string("stopped"));
    QCOMPARE(record.reason, std::string("stopped by the user at epoch 3, batch 6"));
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
      runs::RunWriter writer(dir);
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
    QTest::newRow("bad batch row")
        << "batches.csv"
        << "step,epoch,batch,loss,accuracy,learning_rate,images_per_second,elapsed_s\n"
           "0,0,0,2.3,0.1,0.01,100,0.1\nzero,0,1,2.3,0.1,0.01,100,0.2\n1,0,1,2,0,0,0,0\n"
        << "batches.csv: line 3 is malformed";
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
      runs::RunWriter writer(dir);
      for (int64_t step = 0; step < 15; ++step) writer.append_batch(batch_row(step));
      writer.append_epoch(epoch_row(0));
      writer.append_epoch(epoch_row(1));
    }
    { runs::RunWriter resumed(dir, /*truncate_to_step=*/12, /*truncate_to_epoch=*/1); }
    const auto record = runs::read_run(dir);
    QCOMPARE(record.batches.size(), size_t(12));
    QCOMPARE(record.batches.back().step, 11);
    QCOMPARE(record.epochs.size(), size_t(1));
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
};

QTEST_GUILESS_MAIN(TestRunFolder)
#include "test_run_folder.moc"
