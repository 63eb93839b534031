// The compare page's data side: engine-written runs and Keras histories read back exactly,
// smoothing against a reference, the settings diff, the long-form CSV round trip, bad folders.
#include <algorithm>
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

using V = std::vector<float>;

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

    // Kept as float: exactly the float nearest what the writer wrote.
    const Curve loss = run.curve(Metric::BatchLoss);
    QCOMPARE(loss.value.size(), size_t(12));
    for (int64_t step = 0; step < 12; ++step) {
      QCOMPARE(loss.x(XAxis::Step)[step], float(step));
      QCOMPARE(loss.value[step], float(as_written(test::fixture_loss(1.0, step))));
      QCOMPARE(loss.x(XAxis::WallTime)[step], float(as_written(0.5 * double(step + 1), "%.6f")));
      QCOMPARE(loss.x(XAxis::Epoch)[step], float(double(step / 4) + double(step % 4 + 1) / 4.0));
    }
    const Curve val = run.curve(Metric::ValAccuracy);
    QCOMPARE(val.value.size(), size_t(3));
    QCOMPARE(val.x(XAxis::Epoch), (std::vector<float>{1, 2, 3}));
    QCOMPARE(val.x(XAxis::Step), (std::vector<float>{3, 7, 11}));  // each epoch's last step
    QCOMPARE(val.value[0], 0.6f);
    QCOMPARE(run.final_loss, as_written(test::fixture_loss(1.0, 11)));
    QCOMPARE(run.duration_s, 6.0);
  }

  void metrics_of_one_file_share_its_x_columns() {
    QTemporaryDir root;
    const QString dir = test::write_fixture_run(root.path(), "he", "he-normal", 3, 4, 1.0, 1);
    const RunData run = load_run_folder(dir);
    QVERIFY2(run.readable(), qPrintable(run.error));
    const Curves& curves = *run.curves;
    // One set of x columns for the three batch metrics, one for the four epoch metrics.
    for (Metric m : {Metric::BatchLoss, Metric::BatchAccuracy, Metric::LearningRate}) {
      QCOMPARE(&run.curve(m).x_columns, &curves.batches);
      QCOMPARE(run.curve(m).value.size(), size_t(12));
    }
    for (Metric m :
         {Metric::TrainLoss, Metric::TrainAccuracy, Metric::ValLoss, Metric::ValAccuracy}) {
      QCOMPARE(&run.curve(m).x_columns, &curves.epochs);
      QCOMPARE(run.curve(m).value.size(), size_t(3));
    }
    QCOMPARE(curves.batches.size(), size_t(12));
    QCOMPARE(curves.epochs.size(), size_t(3));
    QCOMPARE(curves.batches.step.size(), size_t(12));
    QCOMPARE(curves.batches.wall_s.size(), size_t(12));
    // The learning rate is per batch where there are batch rows: epochs.csv's is not kept twice.
    QCOMPARE(curves.learning_rate_rows, Rows::Batches);
    QCOMPARE(run.curve(Metric::LearningRate).value.front(), 0.001f);

    // A history has epoch rows only: its learning rate is drawn per epoch.
    const QString path = root.filePath(QStringLiteral("history.csv"));
    write_text(path, "epoch,acc,loss,lr\n0,0.5,1.25,0.01\n1,0.75,0.5,0.001\n");
    const RunData history = load_history(path, nullptr);
    QVERIFY2(history.readable(), qPrintable(history.error));
    QCOMPARE(history.curves->learning_rate_rows, Rows::Epochs);
    QCOMPARE(&history.curve(Metric::LearningRate).x_columns, &history.curves->epochs);
    QCOMPARE(history.curve(Metric::LearningRate).value, (std::vector<float>{0.01f, 0.001f}));
    QVERIFY(history.curves->batches.size() == 0);
  }

  // apply_delta appends rows in place, also while another RunData shares the curves (the charts
  // keep one): that copy keeps what it had, and no point is copied. Every metric stays parallel
  // to its x columns.
  void appended_rows_keep_the_columns_parallel() {
    const auto rows = [](std::initializer_list<float> steps, bool batch_metrics, bool val) {
      RunData run;
      Curves& c = run.edit_curves();
      for (float step : steps) {
        c.batches.step.push_back(step);
        c.batches.epoch.push_back(step / 10);
        c.batches.wall_s.push_back(step * 2);
        if (batch_metrics) c.values_of(Metric::BatchLoss).push_back(step + 0.5f);
        c.epochs.step.push_back(step);
        c.epochs.epoch.push_back(step + 1);
        c.epochs.wall_s.push_back(step * 2);
        c.values_of(Metric::TrainLoss).push_back(step);
        if (val) c.values_of(Metric::ValAccuracy).push_back(step / 100);
      }
      return RunDelta{run, false};
    };
    RunData run;
    apply_delta(run, RunDelta{rows({0, 1}, true, false).run, true});
    const RunData shared = run;  // as the chart holds it
    QCOMPARE(shared.curves, run.curves);
    apply_delta(run, rows({2, 3, 4}, true, true));
    // The copy the chart holds is untouched.
    QCOMPARE(shared.curve(Metric::BatchLoss).value, (std::vector<float>{0.5f, 1.5f}));
    QCOMPARE(shared.curves->batches.size(), size_t(2));
    QVERIFY(shared.curves != run.curves);
    // ... and the run's columns still hold their values where the chart's copy reads them: the
    // new rows went in after them, nothing was copied (a followed paper-scale run would copy
    // 13 MB at each update).
    QCOMPARE(run.curve(Metric::BatchLoss).value.data(), shared.curve(Metric::BatchLoss).value.data());
    QCOMPARE(run.curves->batches.step.data(), shared.curves->batches.step.data());
    // The run gained three rows in each file; validation accuracy, new, is NaN before them.
    QCOMPARE(run.curves->batches.step, (std::vector<float>{0, 1, 2, 3, 4}));
    QCOMPARE(run.curve(Metric::BatchLoss).value,
             (std::vector<float>{0.5f, 1.5f, 2.5f, 3.5f, 4.5f}));
    QCOMPARE(run.curve(Metric::TrainLoss).value, (std::vector<float>{0, 1, 2, 3, 4}));
    const auto& val = run.curve(Metric::ValAccuracy).value;
    QCOMPARE(val.size(), size_t(5));
    QVERIFY(std::isnan(val[0]) && std::isnan(val[1]));
    QCOMPARE(val[4], 0.04f);
    // Unshared now: the next rows go into the same curves, in place.
    const Curves* before = run.curves.get();
    apply_delta(run, rows({5}, false, true));
    QCOMPARE(run.curves.get(), before);
    QCOMPARE(run.curves->batches.size(), size_t(6));
    QCOMPARE(run.curve(Metric::BatchLoss).value.size(), size_t(6));  // NaN where not recorded
    QVERIFY(std::isnan(run.curve(Metric::BatchLoss).value[5]));
    QCOMPARE(run.curve(Metric::ValAccuracy).value.size(), size_t(6));
    QVERIFY(run.curve(Metric::BatchAccuracy).empty());  // never recorded: no curve, no column
    QVERIFY(run.curves->values_of(Metric::BatchAccuracy).empty());
  }

  // Copies of a column share its values; each sees its own length, and one that appends where
  // another already did, or after shrinking, gets values of its own instead of overwriting.
  void a_column_is_shared_and_grows_at_its_end() {
    Column a{1, 2};
    const Column snapshot = a;
    Column b = a;
    a.push_back(3);  // in place, past the copies' ends
    QCOMPARE(a.data(), snapshot.data());
    QCOMPARE(a, (std::vector<float>{1, 2, 3}));
    QCOMPARE(snapshot, (std::vector<float>{1, 2}));
    b.push_back(9);  // `a` wrote there first: `b` copies
    QVERIFY(b.data() != a.data());
    QCOMPARE(b, (std::vector<float>{1, 2, 9}));
    QCOMPARE(a, (std::vector<float>{1, 2, 3}));
    Column c = a;
    c.resize(1, 0);
    c.append(std::vector<float>{7, 8});
    c.resize(5, -1);
    QCOMPARE(c, (std::vector<float>{1, 7, 8, -1, -1}));
    QCOMPARE(a, (std::vector<float>{1, 2, 3}));
    a.append(std::vector<float>(1000, 4.0f));  // past the buffer's room: a bigger buffer
    QCOMPARE(a.size(), size_t(1003));
    QCOMPARE(a[2], 3.0f);
    QCOMPARE(a.back(), 4.0f);
    QCOMPARE(snapshot, (std::vector<float>{1, 2}));
    c.clear();
    QVERIFY(c.empty());
  }

  void keras_history_reads_back_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<std::vector<float>>("epochs");
    QTest::addColumn<std::vector<float>>("val_accuracy");
    QTest::addColumn<std::vector<float>>("loss");
    QTest::newRow("csvlogger acc") << QByteArray(
                                          "epoch,acc,loss,val_acc,val_loss\n"
                                          "0,0.5,1.25,0.625,1.125\n1,0.75,0.5,0.8125,0.25\n")
                                   << std::vector<float>{1, 2} << std::vector<float>{0.625, 0.8125}
                                   << std::vector<float>{1.25, 0.5};
    QTest::newRow("csvlogger accuracy, lr, CRLF")
        << QByteArray(
               "epoch,accuracy,loss,lr,val_accuracy,val_loss\r\n"
               "0,0.5,1.25,0.01,0.625,1.125\r\n1,0.75,0.5,0.01,0.8125,0.25\r\n")
        << std::vector<float>{1, 2} << std::vector<float>{0.625, 0.8125}
        << std::vector<float>{1.25, 0.5};
    QTest::newRow("pandas index column")
        << QByteArray(
               ",acc,loss,val_acc,val_loss\n0,0.5,1.25,0.625,1.125\n1,0.75,0.5,0.8125,0.25\n"
               "2,0.8,0.4,0.9,0.2\n")
        << std::vector<float>{1, 2, 3} << std::vector<float>{0.625, 0.8125, 0.9}
        << std::vector<float>{1.25, 0.5, 0.4};
    QTest::newRow("reordered, NA, no epoch column")
        << QByteArray("val_loss,loss,val_acc,acc\n1.125,1.25,NA,0.5\n0.25,0.5,0.8125,0.75\n")
        << std::vector<float>{1, 2} << std::vector<float>{NAN, 0.8125}
        << std::vector<float>{1.25, 0.5};
  }
  void keras_history_reads_back() {
    QFETCH(QByteArray, text);
    QFETCH(std::vector<float>, epochs);
    QFETCH(std::vector<float>, val_accuracy);
    QFETCH(std::vector<float>, loss);
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("history.csv"));
    write_text(path, text);
    const RunData run = load_history(path, nullptr);
    QVERIFY2(run.readable(), qPrintable(run.error));
    QVERIFY(run.imported);
    QCOMPARE(run.name, QStringLiteral("history"));
    QCOMPARE(run.state, QStringLiteral("imported"));
    QVERIFY(run.curve(Metric::BatchLoss).empty());
    const Curve val = run.curve(Metric::ValAccuracy);
    QCOMPARE(val.x(XAxis::Epoch), epochs);
    QCOMPARE(val.value.size(), val_accuracy.size());
    for (size_t i = 0; i < val_accuracy.size(); ++i) {
      if (std::isnan(val_accuracy[i]))
        QVERIFY(std::isnan(val.value[i]));
      else
        QCOMPARE(val.value[i], val_accuracy[i]);
      QVERIFY(std::isnan(val.x(XAxis::WallTime)[i]));  // Keras records no time
      QVERIFY(std::isnan(val.x(XAxis::Step)[i]));
    }
    QCOMPARE(run.curve(Metric::TrainLoss).value, loss);
    QCOMPARE(float(run.best_val_accuracy), val_accuracy.back());  // the summary keeps double
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
    const auto s = smooth_debiased_ema(V{1, 2, 3}, 0.5);
    QCOMPARE(s.size(), size_t(3));
    QCOMPARE(s[0], 1.0f);
    QCOMPARE(s[1], float(5.0 / 3.0));
    QCOMPARE(s[2], float(17.0 / 7.0));
    // Against a straightforward reference (in double) on a longer, noisy curve with a NaN hole:
    // the result is that reference to float precision.
    std::vector<float> values;
    for (int i = 0; i < 500; ++i) values.push_back(float(std::sin(i * 0.37) + 0.01 * i));
    values[100] = NAN;
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
      const double reference = last / (1 - std::pow(w, n));
      QVERIFY(std::abs(smoothed[i] - reference) <= 1e-6 * std::max(1.0, std::abs(reference)));
    }
    QCOMPARE(smooth_debiased_ema(values, 0.0).size(), values.size());
    QCOMPARE(smooth_debiased_ema(V{2, 4}, 0.0)[1], 4.0f);  // weight 0: the raw curve
    // A constant stays constant from the first point on: the point of debiasing.
    for (float v : smooth_debiased_ema(std::vector<float>(50, 3.0f), 0.99))
      QVERIFY(std::abs(v - 3.0f) < 1e-6f);
  }

  void difference_and_interpolation() {
    QCOMPARE(interpolate(V{0, 2, 4}, V{0, 2, 8}, 3), 5.0);
    QVERIFY(std::isnan(interpolate(V{0, 2}, V{0, 2}, 3)));
    const auto d = difference_to(V{0, 1, 2, 5}, V{1, 1, 1, 1}, V{0, 2, 4}, V{0, 2, 4});
    QCOMPARE(d[0], 1.0f);
    QCOMPARE(d[1], 0.0f);
    QCOMPARE(d[2], -1.0f);
    QVERIFY(std::isnan(d[3]));  // past the baseline's end

    // NaN holes in x and y are skipped; before the first and past the last point is NaN.
    const std::vector<float> x = {NAN, 0, 1, 2, NAN, 4, 5}, y = {9, 0, NAN, 2, 7, 4, NAN};
    QVERIFY(std::isnan(interpolate(x, y, -0.5)));
    QCOMPARE(interpolate(x, y, 0), 0.0);
    QCOMPARE(interpolate(x, y, 1), 1.0);  // y NaN there: between 0 and 2
    QCOMPARE(interpolate(x, y, 3), 3.0);  // x NaN at index 4: between 2 and 4
    QCOMPARE(interpolate(x, y, 4), 4.0);
    QVERIFY(std::isnan(interpolate(x, y, 4.5)));  // the point at 5 has no value
    QVERIFY(std::isnan(interpolate(x, y, NAN)));
    QVERIFY(std::isnan(interpolate(V{}, V{}, 1)));
    // An ascending x is searched, not scanned: the same answers, NaN values skipped.
    const std::vector<float> ascending = {0, 1, 1, 2, 3}, values = {0, NAN, 5, 2, NAN};
    QCOMPARE(interpolate(ascending, values, 0.5), 2.5);  // between 0 and the second 1
    QCOMPARE(interpolate(ascending, values, 1), 5.0);
    QCOMPARE(interpolate(ascending, values, 2), 2.0);
    QVERIFY(std::isnan(interpolate(ascending, values, 2.5)));
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

  // Runs of one configuration are those whose settings differ only in the ignored keys; an
  // imported history (no settings) stands alone.
  void seeds_are_grouped_by_their_settings() {
    const QMap<QString, QString> lsuv1 = {{"init", "lsuv"}, {"name", "a"}, {"seed", "1"}};
    const QMap<QString, QString> lsuv2 = {{"init", "lsuv"}, {"name", "b"}, {"seed", "2"}};
    const QMap<QString, QString> he1 = {{"init", "he-normal"}, {"name", "c"}, {"seed", "1"}};
    const QMap<QString, QString> he3 = {{"init", "he-normal"}, {"name", "e"}, {"seed", "3"}};
    const QMap<QString, QString> lsuv_zca = {
        {"init", "lsuv"}, {"name", "f"}, {"seed", "1"}, {"zca", "true"}};
    const QList<QList<int>> groups =
        group_by_settings({lsuv1, lsuv2, he1, {}, he3, {}, lsuv_zca}, {"name", "seed"});
    QCOMPARE(groups, (QList<QList<int>>{{0, 1}, {2, 4}, {3}, {5}, {6}}));
    // Without ignoring the seed every run is its own configuration.
    QCOMPARE(group_by_settings({lsuv1, lsuv2}, {"name"}).size(), 2);
  }

  // The mean and band equal a direct computation, row by row over the runs that have a value.
  void the_spread_of_seeds_equals_a_direct_computation() {
    const std::vector<float> a = {1, 2, 3, 4, 5}, b = {3, NAN, 1, 8}, c = {2, 4, 2};
    const std::vector<ui::Span<float>> columns = {a, b, c};
    const Spread min_max = spread_of(columns, Band::MinMax);
    const Spread sd = spread_of(columns, Band::StdDev);
    QCOMPARE(min_max.mean.size(), size_t(5));
    for (size_t row = 0; row < 5; ++row) {
      std::vector<double> values;
      for (const ui::Span<float>& column : columns)
        if (row < column.size() && std::isfinite(column[row])) values.push_back(column[row]);
      QCOMPARE(min_max.count[row], static_cast<int>(values.size()));
      double mean = 0;
      for (double v : values) mean += v / values.size();
      double squares = 0;
      for (double v : values) squares += (v - mean) * (v - mean);
      const double sample_sd = values.size() > 1 ? std::sqrt(squares / (values.size() - 1)) : 0;
      QCOMPARE(min_max.mean[row], static_cast<float>(mean));
      QCOMPARE(min_max.low[row],
               static_cast<float>(*std::min_element(values.begin(), values.end())));
      QCOMPARE(min_max.high[row],
               static_cast<float>(*std::max_element(values.begin(), values.end())));
      QCOMPARE(sd.mean[row], static_cast<float>(mean));
      QCOMPARE(sd.low[row], static_cast<float>(mean - sample_sd));
      QCOMPARE(sd.high[row], static_cast<float>(mean + sample_sd));
    }
    // Row 1: a's 2 and c's 4 (b has NaN there): mean 3, sample std sqrt(2).
    QCOMPARE(sd.high[1], static_cast<float>(3 + std::sqrt(2.0)));
    // A row no run has a value for is NaN.
    const std::vector<float> none = {NAN, 1};
    const Spread gap = spread_of({ui::Span<float>(none)}, Band::StdDev);
    QVERIFY(std::isnan(gap.mean[0]) && std::isnan(gap.low[0]) && std::isnan(gap.high[0]));
    QCOMPARE(gap.count[0], 0);
    QCOMPARE(gap.low[1], 1.0f);  // one run: no spread

    const MeanSd m = mean_sd({0.5, NAN, 0.7, 0.9});
    QCOMPARE(m.count, 3);
    QCOMPARE(m.mean, (0.5 + 0.7 + 0.9) / 3);
    QCOMPARE(m.sd, 0.2);  // sqrt((0.04 + 0 + 0.04) / 2)
    QCOMPARE(mean_sd({4.0}).sd, 0.0);
    QVERIFY(std::isnan(mean_sd({NAN}).mean));
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
    const QByteArray text = file.readAll();
    const auto rows = runs::read_long_csv(text.toStdString());
    // The kept floats in their own shortest digits: 0.001, not 0.0010000000474974513.
    QVERIFY(text.contains(",0.001\n"));
    QVERIFY(!text.contains("0000000"));
    size_t expected = 0;
    for (const RunData& run : runs)
      for (int m = 0; m < kMetricCount; ++m)
        if (!run.curve(static_cast<Metric>(m)).empty())
          expected += run.curve(static_cast<Metric>(m)).value.size();
    QCOMPARE(rows.size(), expected);
    size_t i = 0;
    for (const RunData& run : runs) {
      for (int m = 0; m < kMetricCount; ++m) {
        const Curve c = run.curve(static_cast<Metric>(m));
        if (c.empty()) continue;  // the history's learning rate: not recorded, not exported
        for (size_t k = 0; k < c.value.size(); ++k, ++i) {
          QCOMPARE(QString::fromStdString(rows[i].run), run.name);
          QCOMPARE(QString::fromStdString(rows[i].metric), metric_key(static_cast<Metric>(m)));
          // Bit for bit the kept floats: shortest round-trip numbers.
          QVERIFY(float(rows[i].value) == c.value[k]);
          QVERIFY(float(rows[i].epoch) == c.x(XAxis::Epoch)[k]);
          const float wall_s = c.x(XAxis::WallTime)[k];
          if (std::isnan(wall_s))
            QVERIFY(std::isnan(rows[i].wall_time_s));
          else
            QVERIFY(float(rows[i].wall_time_s) == wall_s);
          const float step = c.x(XAxis::Step)[k];
          QCOMPARE(rows[i].step, std::isnan(step) ? int64_t(-1) : int64_t(step));
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
    // Bit for bit, NaN where a full read has NaN (the steps of epoch rows before batch rows).
    const auto same = [](ui::Span<float> a, ui::Span<float> b) {
      return a.size() == b.size() &&
             std::equal(a.begin(), a.end(), b.begin(), [](float x, float y) {
               return x == y || (std::isnan(x) && std::isnan(y));
             });
    };
    for (const auto& [a, b] : {std::pair{&followed.curves->batches, &whole.curves->batches},
                               std::pair{&followed.curves->epochs, &whole.curves->epochs}}) {
      QVERIFY(same(a->step, b->step));
      QVERIFY(same(a->epoch, b->epoch));
      QVERIFY(same(a->wall_s, b->wall_s));
    }
    QCOMPARE(followed.curves->learning_rate_rows, whole.curves->learning_rate_rows);
    for (int m = 0; m < kMetricCount; ++m) {
      const auto metric = static_cast<Metric>(m);
      QVERIFY2(same(followed.curve(metric).value, whole.curve(metric).value),
               qPrintable(metric_key(metric)));
      QCOMPARE(&followed.curve(metric).x_columns, &followed.curves->x_of(metric));
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
