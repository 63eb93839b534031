// The compare page's data side: engine-written runs and Keras histories read back exactly,
// smoothing against a reference, the settings diff, the long-form CSV round trip, bad folders.
#include <cmath>
#include <cstdio>
#include <tuple>
#include <utility>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "common/error.h"
#include "compare_math.h"
#include "notes.h"
#include "run_fixture.h"
#include "run_loader.h"
#include "runs/keras_history.h"
#include "runs/long_csv.h"
#include "runs/run_lock.h"

using namespace allcnn;
using namespace allcnn::ui::compare;

namespace {

// The run writer keeps 9 significant digits (elapsed time: 6 decimals); "exactly" means
// exactly what it wrote.
double as_written(double v, const char* format = "%.9g") {
  char text[64];
  std::snprintf(text, sizeof text, format, v);
  return std::stod(text);
}

void write_text(const QString& path, const QByteArray& text) {
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(text);
}

}  // namespace

class TestCompareData : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void engine_run_reads_back_exactly() {
    QTemporaryDir root;
    const QString dir = test::write_fixture_run(root.path(), "he", "he-normal", 3, 4, 1.0, 1);
    const RunData run = load_run_folder(dir);
    QVERIFY2(run.readable(), qPrintable(run.error));
    QCOMPARE(run.name, QStringLiteral("he"));
    QCOMPARE(run.state, QStringLiteral("finished"));
    QCOMPARE(run.initializer, QStringLiteral("he-normal"));
    QCOMPARE(run.batch_size, 64);
    QCOMPARE(run.epochs_done, 3);
    QCOMPARE(run.epochs_planned, 3);
    QCOMPARE(run.best_epoch, 1);
    QCOMPARE(run.best_val_accuracy, 0.9);
    QVERIFY(run.warnings.isEmpty());

    const Curve& loss = run.curve(Metric::BatchLoss);
    QCOMPARE(loss.value.size(), size_t(12));
    for (int64_t step = 0; step < 12; ++step) {
      QCOMPARE(loss.step[step], double(step));
      QCOMPARE(loss.value[step], as_written(test::fixture_loss(1.0, step)));
      QCOMPARE(loss.wall_s[step], as_written(0.5 * double(step + 1), "%.6f"));
      QCOMPARE(loss.epoch[step], double(step / 4) + double(step % 4 + 1) / 4.0);
    }
    const Curve& val = run.curve(Metric::ValAccuracy);
    QCOMPARE(val.value.size(), size_t(3));
    QCOMPARE(val.epoch, (std::vector<double>{1, 2, 3}));
    QCOMPARE(val.step, (std::vector<double>{3, 7, 11}));  // the last step of each epoch
    QCOMPARE(val.value[0], 0.6);
    QCOMPARE(run.final_loss, as_written(test::fixture_loss(1.0, 11)));
    QCOMPARE(run.duration_s, 6.0);
  }

  void keras_history_reads_back_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<std::vector<double>>("epochs");
    QTest::addColumn<std::vector<double>>("val_accuracy");
    QTest::addColumn<std::vector<double>>("loss");
    QTest::newRow("csvlogger acc")
        << QByteArray(
               "epoch,acc,loss,val_acc,val_loss\n"
               "0,0.5,1.25,0.625,1.125\n1,0.75,0.5,0.8125,0.25\n")
        << std::vector<double>{1, 2} << std::vector<double>{0.625, 0.8125}
        << std::vector<double>{1.25, 0.5};
    QTest::newRow("csvlogger accuracy, lr, CRLF")
        << QByteArray(
               "epoch,accuracy,loss,lr,val_accuracy,val_loss\r\n"
               "0,0.5,1.25,0.01,0.625,1.125\r\n1,0.75,0.5,0.01,0.8125,0.25\r\n")
        << std::vector<double>{1, 2} << std::vector<double>{0.625, 0.8125}
        << std::vector<double>{1.25, 0.5};
    QTest::newRow("pandas index column")
        << QByteArray(
               ",acc,loss,val_acc,val_loss\n0,0.5,1.25,0.625,1.125\n1,0.75,0.5,0.8125,0.25\n"
               "2,0.8,0.4,0.9,0.2\n")
        << std::vector<double>{1, 2, 3} << std::vector<double>{0.625, 0.8125, 0.9}
        << std::vector<double>{1.25, 0.5, 0.4};
    QTest::newRow("reordered, NA, no epoch column")
        << QByteArray("val_loss,loss,val_acc,acc\n1.125,1.25,NA,0.5\n0.25,0.5,0.8125,0.75\n")
        << std::vector<double>{1, 2} << std::vector<double>{kNaN, 0.8125}
        << std::vector<double>{1.25, 0.5};
  }
  void keras_history_reads_back() {
    QFETCH(QByteArray, text);
    QFETCH(std::vector<double>, epochs);
    QFETCH(std::vector<double>, val_accuracy);
    QFETCH(std::vector<double>, loss);
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("history.csv"));
    write_text(path, text);
    const RunData run = load_history(path, nullptr);
    QVERIFY2(run.readable(), qPrintable(run.error));
    QVERIFY(run.imported);
    QCOMPARE(run.name, QStringLiteral("history"));
    QCOMPARE(run.state, QStringLiteral("imported"));
    QVERIFY(run.curve(Metric::BatchLoss).empty());
    const Curve& val = run.curve(Metric::ValAccuracy);
    QCOMPARE(val.epoch, epochs);
    QCOMPARE(val.value.size(), val_accuracy.size());
    for (size_t i = 0; i < val_accuracy.size(); ++i) {
      if (std::isnan(val_accuracy[i]))
        QVERIFY(std::isnan(val.value[i]));
      else
        QCOMPARE(val.value[i], val_accuracy[i]);
      QVERIFY(std::isnan(val.wall_s[i]));  // Keras records no time
      QVERIFY(std::isnan(val.step[i]));
    }
    QCOMPARE(run.curve(Metric::TrainLoss).value, loss);
    QCOMPARE(run.best_val_accuracy, val_accuracy.back());
  }

  void keras_malformed_is_explained_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("not keras") << QByteArray("a,b\n1,2\n")
                               << QStringLiteral("no known history columns");
    QTest::newRow("short line") << QByteArray("epoch,acc,loss\n0,0.5,1\n1,0.5\n2,0.6,0.9\n")
                                << QStringLiteral("line 3 has 2 fields, expected 3");
    QTest::newRow("text in number") << QByteArray("epoch,acc,loss\n0,0.5,abc\n")
                                    << QStringLiteral("line 2, loss: 'abc' is not a number");
    QTest::newRow("header only") << QByteArray("epoch,acc,loss\n") << QStringLiteral("no epochs");
  }
  void keras_malformed_is_explained() {
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("bad.csv"));
    write_text(path, text);
    const RunData run = load_history(path, nullptr);
    QVERIFY(!run.readable());
    QVERIFY2(run.error.contains(expected), qPrintable(run.error));
    QVERIFY(run.error.contains(path));
  }

  void keras_torn_last_line_is_a_warning() {
    const auto record = runs::parse_keras_history("epoch,acc,loss\n0,0.5,1\n1,0.6", "h.csv");
    QCOMPARE(record.epochs.size(), size_t(1));
    QCOMPARE(record.warnings.size(), size_t(1));
  }

  void smoothing_matches_reference() {
    // TensorBoard's debiased EMA by hand for weight 0.5 on 1, 2, 3:
    // 0.5/0.5 = 1; (0.25+1)/0.75 = 5/3; (0.625+1.5)/0.875 = 17/7.
    const auto s = smooth_debiased_ema({1, 2, 3}, 0.5);
    QCOMPARE(s.size(), size_t(3));
    QCOMPARE(s[0], 1.0);
    QCOMPARE(s[1], 5.0 / 3.0);
    QCOMPARE(s[2], 17.0 / 7.0);
    // Against a straightforward reference on a longer, noisy curve with a NaN hole.
    std::vector<double> values;
    for (int i = 0; i < 500; ++i) values.push_back(std::sin(i * 0.37) + 0.01 * i);
    values[100] = kNaN;
    const double w = 0.9;
    const auto smoothed = smooth_debiased_ema(values, w);
    double last = 0;
    int n = 0;
    for (size_t i = 0; i < values.size(); ++i) {
      if (std::isnan(values[i])) {
        QVERIFY(std::isnan(smoothed[i]));
        continue;
      }
      last = w * last + (1 - w) * values[i];
      ++n;
      QVERIFY(std::abs(smoothed[i] - last / (1 - std::pow(w, n))) < 1e-12);
    }
    QCOMPARE(smooth_debiased_ema(values, 0.0).size(), values.size());
    QCOMPARE(smooth_debiased_ema({2, 4}, 0.0)[1], 4.0);  // weight 0: the raw curve
    // A constant stays constant from the first point on: the point of debiasing.
    for (double v : smooth_debiased_ema(std::vector<double>(50, 3.0), 0.99))
      QVERIFY(std::abs(v - 3.0) < 1e-12);
  }

  void difference_and_interpolation() {
    QCOMPARE(interpolate({0, 2, 4}, {0, 2, 8}, 3), 5.0);
    QVERIFY(std::isnan(interpolate({0, 2}, {0, 2}, 3)));
    const auto d = difference_to({0, 1, 2, 5}, {1, 1, 1, 1}, {0, 2, 4}, {0, 2, 4});
    QCOMPARE(d[0], 1.0);
    QCOMPARE(d[1], 0.0);
    QCOMPARE(d[2], -1.0);
    QVERIFY(std::isnan(d[3]));  // past the baseline's end
  }

  void settings_diff() {
    const QMap<QString, QString> a = {
        {"init", "lsuv"}, {"lr", "0.001"}, {"name", "a"}, {"seed", "1"}};
    const QMap<QString, QString> b = {
        {"init", "he-normal"}, {"lr", "0.001"}, {"name", "b"}, {"seed", "1"}};
    const QMap<QString, QString> c = {
        {"init", "lsuv"}, {"lr", "0.001"}, {"name", "c"}, {"seed", "1"}, {"zca", "true"}};
    QCOMPARE(differing_settings({a, b}, {"name"}), QStringList({"init"}));
    QCOMPARE(differing_settings({a, b, c}, {"name"}), QStringList({"init", "zca"}));
    QCOMPARE(differing_settings({a, b, c}), QStringList({"init", "name", "zca"}));
    QCOMPARE(differing_settings({a, a}, {}), QStringList());
    QCOMPARE(differing_settings({a}, {}), QStringList());
  }

  void long_csv_round_trip() {
    QTemporaryDir root;
    const QString he = test::write_fixture_run(root.path(), "he", "he-normal", 2, 3, 1.0, 0);
    const QString odd = test::write_fixture_run(root.path(), "odd, \"name\"", "lsuv", 2, 3, 0.7, 1);
    write_text(root.filePath(QStringLiteral("k.csv")),
               ",acc,loss,val_acc,val_loss\n0,0.5,1.25,0.625,1.125\n");
    const QList<RunData> runs = {load_run_folder(he), load_run_folder(odd),
                                 load_history(root.filePath(QStringLiteral("k.csv")), nullptr)};
    const QString path = root.filePath(QStringLiteral("export.csv"));
    QCOMPARE(export_long_csv(runs, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto rows = runs::read_long_csv(file.readAll().toStdString());
    size_t expected = 0;
    for (const RunData& run : runs)
      for (const Curve& c : *run.curves) expected += c.value.size();
    QCOMPARE(rows.size(), expected);
    size_t i = 0;
    for (const RunData& run : runs) {
      for (int m = 0; m < kMetricCount; ++m) {
        const Curve& c = (*run.curves)[m];
        for (size_t k = 0; k < c.value.size(); ++k, ++i) {
          QCOMPARE(QString::fromStdString(rows[i].run), run.name);
          QCOMPARE(QString::fromStdString(rows[i].metric), metric_key(static_cast<Metric>(m)));
          QCOMPARE(rows[i].value, c.value[k]);  // bit for bit: shortest round-trip numbers
          QCOMPARE(rows[i].epoch, c.epoch[k]);
          if (std::isnan(c.wall_s[k]))
            QVERIFY(std::isnan(rows[i].wall_time_s));
          else
            QCOMPARE(rows[i].wall_time_s, c.wall_s[k]);
          QCOMPARE(rows[i].step, std::isnan(c.step[k]) ? int64_t(-1) : int64_t(c.step[k]));
        }
      }
    }
    QVERIFY_THROWS_EXCEPTION(Error, runs::read_long_csv("run,metric\n"));
    QVERIFY_THROWS_EXCEPTION(
        Error, runs::read_long_csv("run,metric,step,epoch,wall_time,value\na,b,1,2\n"));
  }

  void bad_folders_are_reported_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("config missing (being created)")
        << QStringLiteral("config.json") << QByteArray() << QStringLiteral("missing");
    QTest::newRow("config half written")
        << QStringLiteral("config.json") << QByteArray("{\"name\": \"x\", \"ar")
        << QStringLiteral("not valid JSON");
    QTest::newRow("config not an object") << QStringLiteral("config.json") << QByteArray("[1, 2]")
                                          << QStringLiteral("not a JSON object");
    QTest::newRow("config wrong type")
        << QStringLiteral("config.json") << QByteArray("{\"name\": \"x\", \"batch_size\": \"big\"}")
        << QStringLiteral("type");
    QTest::newRow("batches bad header")
        << QStringLiteral("batches.csv") << QByteArray("foo,bar\n1,2\n")
        << QStringLiteral("unexpected header");
    QTest::newRow("batches bad middle line")
        << QStringLiteral("batches.csv")
        << QByteArray(
               "step,epoch,batch,loss,accuracy,learning_rate,images_per_second,elapsed_s\n"
               "0,0,0,1,0.1,0.1,1,1\n0,0,zz\n1,0,1,1,0.1,0.1,1,1\n")
        << QStringLiteral("line 3 has 3 fields, expected 8");
  }
  void bad_folders_are_reported() {
    QFETCH(QString, file);
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("bad"));
    QDir().mkpath(dir);
    if (file != QLatin1String("config.json"))
      write_text(QDir(dir).filePath(QStringLiteral("config.json")), "{\"name\": \"bad\"}");
    if (!contents.isEmpty()) write_text(QDir(dir).filePath(file), contents);
    const RunData run = load_run_folder(dir);
    QVERIFY(!run.readable());
    QCOMPARE(run.state, QStringLiteral("unreadable"));
    QVERIFY2(run.error.contains(expected), qPrintable(run.error));
  }

  void torn_last_line_is_a_warning() {
    QTemporaryDir root;
    const QString dir =
        test::write_fixture_run(root.path(), "live", "lsuv", 1, 3, 1.0, 0, "running");
    // A live run is one whose training process holds its lock (here: this test).
    const auto lock = runs::RunLock::acquire(runs::RunFolder(dir.toStdString()));
    QFile batches(QDir(dir).filePath(QStringLiteral("batches.csv")));
    QVERIFY(batches.open(QIODevice::Append));
    batches.write("3,1,0,0.5,0.");  // a row being written right now
    batches.close();
    const RunData run = load_run_folder(dir);
    QVERIFY2(run.readable(), qPrintable(run.error));
    QVERIFY(run.live());
    QCOMPARE(run.curve(Metric::BatchLoss).value.size(), size_t(3));
    QCOMPARE(run.warnings.size(), 1);
  }

  void a_live_run_followed_piece_by_piece_equals_a_full_read() {
    QTemporaryDir root;
    const QString done = test::write_fixture_run(root.path(), "done", "lsuv", 4, 6, 1.0, 2);
    const QString live = QDir(root.path()).filePath(QStringLiteral("live"));
    QVERIFY(QDir().mkpath(live));
    for (const char* file : {"config.json", "status"})
      QVERIFY(QFile::copy(QDir(done).filePath(QString::fromLatin1(file)),
                          QDir(live).filePath(QString::fromLatin1(file))));
    QByteArray batches, epochs;
    for (auto [name, bytes] :
         {std::pair{"batches.csv", &batches}, std::pair{"epochs.csv", &epochs}}) {
      QFile file(QDir(done).filePath(QString::fromLatin1(name)));
      QVERIFY(file.open(QIODevice::ReadOnly));
      *bytes = file.readAll();
    }
    // The trainer appends both files as it goes; each look comes at an arbitrary byte, in the
    // middle of lines and of the first epoch too.
    RunFollower follower(live);
    RunData followed;
    int incremental = 0;
    const int looks = 97;
    qsizetype batches_at = 0, epochs_at = 0;
    for (int look = 1; look <= looks; ++look) {
      const qsizetype batches_to = batches.size() * look / looks;
      const qsizetype epochs_to = epochs.size() * look / looks;
      for (auto [name, bytes, from, to] :
           {std::tuple{"batches.csv", &batches, batches_at, batches_to},
            std::tuple{"epochs.csv", &epochs, epochs_at, epochs_to}}) {
        QFile file(QDir(live).filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::Append));
        file.write(bytes->mid(from, to - from));
      }
      batches_at = batches_to;
      epochs_at = epochs_to;
      auto delta = follower.update();
      QVERIFY(delta.has_value());  // written just now: never skipped
      incremental += delta->replace ? 0 : 1;
      apply_delta(followed, std::move(*delta));
      QVERIFY2(followed.readable(), qPrintable(followed.error));
    }
    QVERIFY(incremental > looks / 2);  // past the first epoch, looks read only what is new
    const RunData whole = load_run_folder(live);
    for (int m = 0; m < kMetricCount; ++m) {
      const auto metric = static_cast<Metric>(m);
      const Curve& a = followed.curve(metric);
      const Curve& b = whole.curve(metric);
      QCOMPARE(a.value.size(), b.value.size());
      QVERIFY2(a.value == b.value && a.epoch == b.epoch && a.wall_s == b.wall_s,
               qPrintable(metric_key(metric)));
      for (size_t i = 0; i < a.step.size(); ++i)
        QVERIFY(a.step[i] == b.step[i] || (std::isnan(a.step[i]) && std::isnan(b.step[i])));
    }
    QCOMPARE(followed.curve(Metric::BatchLoss).value.size(), size_t(24));
    QCOMPARE(followed.epochs_done, 4);
    QCOMPARE(followed.best_epoch, whole.best_epoch);
    QCOMPARE(followed.best_epoch, 2);
    QCOMPARE(followed.final_loss, whole.final_loss);
    QCOMPARE(followed.duration_s, whole.duration_s);
    QVERIFY(followed.warnings.isEmpty());
  }

  void notes_round_trip() {
    QTemporaryDir root;
    const QString dir = test::write_fixture_run(root.path(), "n", "lsuv", 1, 1, 1.0, 0);
    QCOMPARE(parse_tags(QStringLiteral(" a, b ,, a,c ")), QStringList({"a", "b", "c"}));
    RunNotes notes;
    notes.notes = QStringLiteral("LSUV, tol 0.1 — ünïcode");
    notes.tags = {QStringLiteral("baseline"), QStringLiteral("lsuv")};
    QCOMPARE(write_notes(dir, notes), QString());
    const RunData run = load_run_folder(dir);
    QCOMPARE(run.notes, notes.notes);
    QCOMPARE(run.tags, notes.tags);
    write_text(QDir(dir).filePath(QStringLiteral("notes.json")), "{broken");
    const RunData broken = load_run_folder(dir);
    QVERIFY(broken.readable());
    QCOMPARE(broken.warnings.size(), 1);  // reported, and the run is still shown
  }
};

QTEST_GUILESS_MAIN(TestCompareData)
#include "test_compare_data.moc"
