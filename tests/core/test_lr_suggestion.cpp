// The learning-rate range test's analysis and its folder, without training: the suggestion on
// curves whose steepest descent is known, the smoothing, the range's checks, and a test folder
// written and read back.
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <random>

#include <nlohmann/json.hpp>

#include "../common/error_of.h"
#include "runs/lr_find_record.h"
#include "runs/run_reader.h"

using namespace allcnn;
using allcnn::testing::error_of;

namespace {

// A range test's curve over 1e-5 .. 10 in `steps` batches: the loss falls from 2.3 to 0.3
// around `center` (log10 of the rate where it falls fastest, `width` decades wide), rises
// steeply past 1, plus seeded noise of `noise`.
std::vector<metrics::LrPoint> curve(int64_t steps, double center, double width, double noise,
                                    uint32_t seed = 5) {
  runs::LrRange range{1e-5, 10.0, steps};
  std::mt19937 generator(seed);
  std::uniform_real_distribution<double> jitter(-noise, noise);
  std::vector<metrics::LrPoint> points;
  for (int64_t step = 0; step < steps; ++step) {
    const double rate = range.rate_at(step);
    const double x = std::log10(rate);
    double loss = 2.3 - 2.0 / (1.0 + std::exp(-(x - center) / width));
    if (x > 0) loss += 3.0 * x * x;
    points.push_back({step, rate, loss + jitter(generator), 0.0});
  }
  runs::smooth_points(points, runs::smoothing_half_window(steps));
  return points;
}

}  // namespace

class TestLrSuggestion : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void ratesGrowEvenlyInDecades() {
    const runs::LrRange range{1e-6, 1.0, 7};
    QVERIFY(std::abs(range.rate_at(0) - 1e-6) < 1e-18);
    QVERIFY(std::abs(range.rate_at(6) - 1.0) < 1e-12);
    for (int64_t step = 1; step < 7; ++step)
      QVERIFY(std::abs(range.rate_at(step) / range.rate_at(step - 1) - 10.0) < 1e-9);
  }

  void suggestsTheSteepestDescent_data() {
    QTest::addColumn<double>("center");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("noise");
    QTest::newRow("1e-2, clean") << -2.0 << 0.4 << 0.0;
    QTest::newRow("1e-2, noisy") << -2.0 << 0.4 << 0.15;
    QTest::newRow("3e-4, narrow") << std::log10(3e-4) << 0.25 << 0.05;
    QTest::newRow("0.1, wide and noisy") << -1.0 << 0.6 << 0.2;
  }
  void suggestsTheSteepestDescent() {
    QFETCH(double, center);
    QFETCH(double, width);
    QFETCH(double, noise);
    const auto points = curve(200, center, width, noise);
    const auto suggestion = runs::suggest_learning_rate(points, runs::smoothing_half_window(200));
    QVERIFY(suggestion.found());
    // Within a quarter of a decade of the true steepest point.
    QVERIFY2(std::abs(std::log10(suggestion.learning_rate) - center) < 0.25,
             qPrintable(QString::number(suggestion.learning_rate)));
    QCOMPARE(suggestion.learning_rate, points[suggestion.index].learning_rate);
    QVERIFY(suggestion.learning_rate < suggestion.minimum_learning_rate);
    QVERIFY(suggestion.minimum_learning_rate <= 1.0);  // the loss rises past 1
  }

  void noSuggestionWithoutAFall_data() {
    QTest::addColumn<int>("shape");
    QTest::newRow("flat") << 0;
    QTest::newRow("rising") << 1;
    QTest::newRow("too short") << 2;
  }
  void noSuggestionWithoutAFall() {
    QFETCH(int, shape);
    const runs::LrRange range{1e-5, 10.0, shape == 2 ? 8 : 200};
    std::vector<metrics::LrPoint> points;
    for (int64_t step = 0; step < range.steps; ++step)
      points.push_back({step, range.rate_at(step),
                        shape == 1 ? 2.3 + 0.01 * static_cast<double>(step)
                                   : 2.3 - (shape == 2 ? 0.2 * static_cast<double>(step) : 0.0),
                        0.0});
    runs::smooth_points(points, runs::smoothing_half_window(range.steps));
    const auto suggestion = runs::suggest_learning_rate(points, 5);
    QVERIFY(!suggestion.found());
    QCOMPARE(suggestion.learning_rate, 0.0);
    QVERIFY(suggestion.minimum_index >= 0);
  }

  void smoothingIsACentredAverage() {
    const std::vector<double> losses = {1, 2, 3, 10, 5, 6};
    const auto smoothed = runs::smooth_losses(losses, 1);
    const std::vector<double> expected = {1.5, 2.0, 5.0, 6.0, 7.0, 5.5};
    QCOMPARE(smoothed.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
      QVERIFY(std::abs(smoothed[i] - expected[i]) < 1e-12);
    QCOMPARE(runs::smoothing_half_window(200), int64_t{5});
    QCOMPARE(runs::smoothing_half_window(30), int64_t{2});
  }

  void roundsToTwoDigits() {
    QCOMPARE(runs::rounded_rate(0.0123456), 0.012);
    QCOMPARE(runs::rounded_rate(0.0996), 0.1);
    QCOMPARE(runs::rounded_rate(3.14159), 3.1);
    QCOMPARE(runs::rounded_rate(2.5e-5), 2.5e-5);
  }

  void badRangesNameTheSetting_data() {
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::addColumn<qint64>("steps");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("words");
    QTest::newRow("start above end") << 1.0 << 0.1 << qint64{100} << "start_lr"
                                     << "below the end";
    QTest::newRow("start equals end") << 0.1 << 0.1 << qint64{100} << "start_lr"
                                      << "below the end";
    QTest::newRow("zero start") << 0.0 << 1.0 << qint64{100} << "start_lr"
                                << "out of range";
    QTest::newRow("nan end") << 1e-6 << std::nan("") << qint64{100} << "end_lr"
                             << "out of range";
    QTest::newRow("few steps") << 1e-6 << 1.0 << qint64{5} << "steps"
                               << "[20, 100000]";
  }
  void badRangesNameTheSetting() {
    QFETCH(double, start);
    QFETCH(double, end);
    QFETCH(qint64, steps);
    QFETCH(QString, key);
    QFETCH(QString, words);
    QString subject;
    const QString why = error_of([&] { runs::LrRange{start, end, steps}.validate(); }, &subject);
    QCOMPARE(subject, key);
    QVERIFY2(why.contains(words), qPrintable(why));
    runs::LrRange{1e-6, 1.0, 200}.validate();  // the defaults are fine
  }

  void folderRoundTrip() {
    QTemporaryDir temp;
    const auto runs_dir = temp.path().toStdString();
    const auto dir = std::filesystem::path(runs_dir) / runs::kLrFindDir / "lr-test";
    std::filesystem::create_directories(dir);
    const runs::RunFolder folder(dir.string());
    nlohmann::json config = {
        {"lr", 0.01}, {runs::kLrFindKey, {{"start_lr", 1e-5}, {"end_lr", 10.0}, {"steps", 200}}}};
    folder.write_config(config, {});
    runs::LrFindRecord record;
    record.range = {1e-5, 10.0, 200};
    record.points = curve(200, -2.0, 0.4, 0.1);
    record.suggestion = runs::suggest_learning_rate(record.points, 5);
    record.diverged = true;
    runs::write_lr_find(folder, record);
    folder.write_status("finished");

    const auto back = runs::read_lr_find(folder.dir());
    QCOMPARE(back.points.size(), record.points.size());
    for (size_t i = 0; i < back.points.size(); ++i) {
      QCOMPARE(back.points[i].step, record.points[i].step);
      QVERIFY(std::abs(back.points[i].learning_rate / record.points[i].learning_rate - 1) < 1e-8);
      QVERIFY(std::abs(back.points[i].loss - record.points[i].loss) < 1e-8);
    }
    QCOMPARE(back.suggestion.index, record.suggestion.index);
    QCOMPARE(back.range.steps, int64_t{200});
    QVERIFY(back.diverged);
    QCOMPARE(back.status.state, std::string("finished"));

    // Listed as a range test, never as a training run.
    QCOMPARE(runs::list_lr_finds(runs_dir), std::vector<std::string>{folder.dir()});
    QVERIFY(runs::list_run_folders(runs_dir).empty());
    QVERIFY(runs::list_lr_finds(temp.filePath("nowhere").toStdString()).empty());
  }

  void aTrainingRunIsNotARangeTest() {
    QTemporaryDir temp;
    const runs::RunFolder folder(temp.path().toStdString());
    folder.write_config(nlohmann::json{{"lr", 0.01}}, {});
    QString subject;
    const QString why = error_of([&] { runs::read_lr_find(folder.dir()); }, &subject);
    QCOMPARE(subject.toStdString(), folder.path(runs::kConfigFile));
    QVERIFY2(why.contains("not a learning-rate range test"), qPrintable(why));
  }
};

QTEST_APPLESS_MAIN(TestLrSuggestion)
#include "test_lr_suggestion.moc"
