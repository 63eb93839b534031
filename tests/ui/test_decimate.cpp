// decimate_min_max: what the charts draw must keep every pixel column's extremes.
#include <cmath>
#include <random>
#include <vector>

#include <QtTest>

#include "decimate.h"

using allcnn::ui::decimate_min_max;
using allcnn::ui::ExtremesIndex;

namespace {

struct Curve {
  std::vector<double> x, y;
};

Curve make_curve(const QString& shape, int count) {
  Curve c;
  std::mt19937 rng(7);
  std::normal_distribution<double> noise(0.0, 1.0);
  double walk = 0.0;
  for (int i = 0; i < count; ++i) {
    const double x = i * 0.01;
    double y = 0.0;
    if (shape == QLatin1String("sine"))
      y = std::sin(x * 3.0);
    else if (shape == QLatin1String("noise"))
      y = noise(rng);
    else if (shape == QLatin1String("walk"))
      y = (walk += noise(rng));
    else if (shape == QLatin1String("spikes"))
      y = (i % 9973 == 0) ? 100.0 : (i % 7919 == 0 ? -50.0 : 1.0);
    else if (shape == QLatin1String("constant"))
      y = 2.5;
    c.x.push_back(x);
    c.y.push_back(y);
  }
  return c;
}

}  // namespace

class TestDecimate : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void keeps_every_column_extreme_data() {
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::newRow("sine, 150k points, 800 columns") << "sine" << 150000 << 800;
    QTest::newRow("noise, 200k points, 1000 columns") << "noise" << 200000 << 1000;
    QTest::newRow("random walk, 1M points, 1920 columns") << "walk" << 1000000 << 1920;
    QTest::newRow("rare spikes, 150k points, 300 columns") << "spikes" << 150000 << 300;
    QTest::newRow("constant, 10k points, 100 columns") << "constant" << 10000 << 100;
    QTest::newRow("noise, 1001 points, 500 columns") << "noise" << 1001 << 500;
    QTest::newRow("one column") << "noise" << 5000 << 1;
  }

  void keeps_every_column_extreme() {
    QFETCH(QString, shape);
    QFETCH(int, count);
    QFETCH(int, columns);
    const Curve c = make_curve(shape, count);
    const double x_min = c.x.front(), x_max = c.x.back();
    const QList<QPointF> out = decimate_min_max(c.x, c.y, x_min, x_max, columns);

    QVERIFY(out.size() <= 2 * columns + 2);
    QVERIFY(!out.isEmpty());
    for (qsizetype i = 1; i < out.size(); ++i) QVERIFY(out[i].x() >= out[i - 1].x());

    // Per column, the raw minimum and maximum must both be drawn.
    const double scale = columns / (x_max - x_min);
    std::vector<double> raw_min(columns, INFINITY), raw_max(columns, -INFINITY);
    std::vector<double> out_min(columns, INFINITY), out_max(columns, -INFINITY);
    const auto column_of = [&](double x) {
      return std::clamp(static_cast<int>((x - x_min) * scale), 0, columns - 1);
    };
    for (size_t i = 0; i < c.x.size(); ++i) {
      const int k = column_of(c.x[i]);
      raw_min[k] = std::min(raw_min[k], c.y[i]);
      raw_max[k] = std::max(raw_max[k], c.y[i]);
    }
    for (const auto& p : out) {
      const int k = column_of(p.x());
      out_min[k] = std::min(out_min[k], p.y());
      out_max[k] = std::max(out_max[k], p.y());
    }
    for (int k = 0; k < columns; ++k) {
      QCOMPARE(out_min[k], raw_min[k]);
      QCOMPARE(out_max[k], raw_max[k]);
    }
    // The ends of the curve stay where they are.
    QCOMPARE(out.front().x(), x_min);
    QCOMPARE(out.back().x(), x_max);
  }

  void float_columns_decimate_as_double_ones_data() { keeps_every_column_extreme_data(); }

  // The charts keep float columns: decimating them must pick exactly the points the double
  // version picks from the same values, on the x-range and the whole-range (log axis) paths.
  void float_columns_decimate_as_double_ones() {
    QFETCH(QString, shape);
    QFETCH(int, count);
    QFETCH(int, columns);
    const Curve c = make_curve(shape, count);
    const std::vector<float> x(c.x.begin(), c.x.end()), y(c.y.begin(), c.y.end());
    const std::vector<double> x_wide(x.begin(), x.end()), y_wide(y.begin(), y.end());
    const double x_min = x.front(), x_max = x.back();
    const QList<QPointF> narrow = decimate_min_max(x, y, x_min, x_max, columns);
    QVERIFY(!narrow.isEmpty());
    QCOMPARE(narrow, decimate_min_max(x_wide, y_wide, x_min, x_max, columns));
    // A middle slice, as a zoomed chart asks for.
    const double from = x[x.size() / 3], to = x[x.size() / 2];
    QCOMPARE(decimate_min_max(x, y, from, to, columns),
             decimate_min_max(x_wide, y_wide, from, to, columns));
    QCOMPARE(decimate_min_max(x, y, columns, true),
             decimate_min_max(x_wide, y_wide, columns, true));
  }

  void an_index_finds_what_a_scan_finds_data() { keeps_every_column_extreme_data(); }

  // The block index must give every slice's extremes exactly as a scan does (the first of
  // equal values, NaN and infinities skipped), however the curve grew, and so decimate to the
  // same points.
  void an_index_finds_what_a_scan_finds() {
    QFETCH(QString, shape);
    QFETCH(int, count);
    QFETCH(int, columns);
    const Curve c = make_curve(shape, count);
    std::vector<float> x(c.x.begin(), c.x.end()), y(c.y.begin(), c.y.end());
    // A diverged stretch and a few gaps, which the charts skip.
    std::mt19937 rng(11);
    for (int i = 0; i < count / 1000; ++i) y[rng() % y.size()] = (i % 2) ? NAN : INFINITY;
    // Grown in chunks of random size, as live rows arrive, updating after each.
    ExtremesIndex index;
    std::vector<float> grown;
    while (grown.size() < y.size()) {
      const size_t chunk = std::min<size_t>(1 + rng() % 300, y.size() - grown.size());
      grown.insert(grown.end(), y.begin() + grown.size(), y.begin() + grown.size() + chunk);
      index.update(grown);
    }
    QCOMPARE(index.covered(), y.size() / 16 * 16);
    const auto scan = [&y](size_t begin, size_t end, size_t& lowest, size_t& highest) {
      lowest = highest = SIZE_MAX;
      for (size_t i = begin; i < end; ++i) {
        if (!std::isfinite(y[i])) continue;
        if (lowest == SIZE_MAX || y[i] < y[lowest]) lowest = i;
        if (highest == SIZE_MAX || y[i] > y[highest]) highest = i;
      }
    };
    for (int trial = 0; trial < 2000; ++trial) {
      size_t begin = rng() % (y.size() + 1), end = rng() % (y.size() + 1);
      if (trial % 4 == 0) end = std::min(y.size(), begin + rng() % 40);  // short slices too
      if (begin > end) std::swap(begin, end);
      size_t low, high, want_low, want_high;
      index.extremes(y, begin, end, low, high);
      scan(begin, end, want_low, want_high);
      if (low != want_low || high != want_high)
        QFAIL(qPrintable(QStringLiteral("[%1, %2): index %3/%4, scan %5/%6")
                             .arg(begin)
                             .arg(end)
                             .arg(low)
                             .arg(high)
                             .arg(want_low)
                             .arg(want_high)));
    }
    const double x_min = x.front(), x_max = x.back();
    QCOMPARE(decimate_min_max(x, y, index, x_min, x_max, columns),
             decimate_min_max(x, y, x_min, x_max, columns));
    const double from = x[x.size() / 3], to = x[x.size() / 2];
    QCOMPARE(decimate_min_max(x, y, index, from, to, columns),
             decimate_min_max(x, y, from, to, columns));
    // An index behind its curve (rows appended since) still answers for the whole curve.
    ExtremesIndex behind;
    behind.update(std::vector<float>(y.begin(), y.begin() + static_cast<long>(y.size() / 2)));
    QCOMPARE(decimate_min_max(x, y, behind, x_min, x_max, columns),
             decimate_min_max(x, y, x_min, x_max, columns));
  }

  void short_curves_are_returned_unchanged() {
    const std::vector<double> x{0, 1, 2, 3, 4}, y{5, 3, 9, 1, 2};
    const QList<QPointF> out = decimate_min_max(x, y, 0, 4, 10);
    QCOMPARE(out.size(), qsizetype(5));
    for (int i = 0; i < 5; ++i) QCOMPARE(out[i], QPointF(x[i], y[i]));
  }

  void points_outside_the_range_and_nan_are_dropped() {
    const std::vector<double> x{-1, 0, 1, 2, 3, 10}, y{7, 1, NAN, 2, 3, 8};
    const QList<QPointF> out = decimate_min_max(x, y, 0, 3, 100);
    QCOMPARE(out.size(), qsizetype(3));
    QCOMPARE(out[0], QPointF(0, 1));
    QCOMPARE(out[2], QPointF(3, 3));
  }

  void over_the_whole_range_for_a_log_axis() {
    // x spans the finite points only; a log axis drops what it cannot draw, and the infinite
    // loss of a diverged run is skipped like NaN.
    const std::vector<double> x{NAN, 0, 1, 2, 3}, y{4, 1, -1, 0, INFINITY};
    QCOMPARE(decimate_min_max(x, y, 100, true), QList<QPointF>{QPointF(0, 1)});
    QCOMPARE(decimate_min_max(x, y, 100).size(), qsizetype(3));
    QVERIFY(decimate_min_max(std::vector<double>{NAN}, std::vector<double>{1}, 100).isEmpty());
    // The same for float columns, without a copy of the values.
    const std::vector<float> xf(x.begin(), x.end()), yf(y.begin(), y.end());
    QCOMPARE(decimate_min_max(xf, yf, 100, true), QList<QPointF>{QPointF(0, 1)});
  }

  void degenerate_input_gives_nothing() {
    const std::vector<float> none, two{1, 2};
    QVERIFY(decimate_min_max(none, none, 0, 1, 100).isEmpty());
    QVERIFY(decimate_min_max(two, two, 0, 3, 0).isEmpty());
    QVERIFY(decimate_min_max(two, two, 3, 0, 10).isEmpty());
  }
};

QTEST_APPLESS_MAIN(TestDecimate)
#include "test_decimate.moc"
