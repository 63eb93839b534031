// The charts' shared style: tick labels that tell the ticks apart at every range the pages
// draw, padding that keeps edge points inside, twelve distinct colours, a legend that lists
// every series.
#include <QChart>
#include <QLineSeries>
#include <QSet>
#include <QValueAxis>
#include <QtTest>

#include "chart_style.h"

using namespace allcnn::ui;

namespace {

// The labels Qt draws for a dynamic-tick axis: multiples of the interval from the anchor.
QStringList tick_labels(const QValueAxis& axis) {
  QStringList labels;
  const double step = axis.tickInterval();
  for (double k = std::ceil((axis.min() - axis.tickAnchor()) / step - 1e-9);
       axis.tickAnchor() + k * step <= axis.max() + 1e-12; ++k)
    labels << QString::asprintf(qPrintable(axis.labelFormat()), axis.tickAnchor() + k * step);
  return labels;
}

}  // namespace

class TestChartStyle : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void labels_tell_the_ticks_apart_data() {
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<QStringList>("expected");  // empty: only distinct and at least 3
    QTest::newRow("LSUV drift, epochs -1 to 1")
        << -1.0 << 1.0 << true << QStringList{"-1", "0", "1"};
    QTest::newRow("a constant learning rate 0.001") << 0.001 << 0.001 << false << QStringList{};
    QTest::newRow("learning rate 0.00095..0.00105") << 0.00095 << 0.00105 << false << QStringList{};
    QTest::newRow("learning rate 1e-5..1.2e-5") << 1e-5 << 1.2e-5 << false << QStringList{};
    QTest::newRow("350 epochs") << 0.0 << 350.0 << true
                                << QStringList{"0", "50", "100", "150", "200", "250", "300", "350"};
    QTest::newRow("547,000 steps") << 0.0 << 547000.0 << false << QStringList{};
    QTest::newRow("accuracy") << 0.0 << 1.0 << false
                              << QStringList{"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"};
    QTest::newRow("loss 2.30 to 2.31") << 2.30 << 2.31 << false << QStringList{};
  }
  void labels_tell_the_ticks_apart() {
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(bool, whole);
    QFETCH(QStringList, expected);
    QValueAxis axis;
    fit_value_axis(&axis, min, max, whole ? AxisNumbers::Whole : AxisNumbers::Real);
    const QStringList labels = tick_labels(axis);
    if (!expected.isEmpty()) QCOMPARE(labels, expected);
    QVERIFY2(labels.size() >= 3 && labels.size() <= 12, qPrintable(labels.join(' ')));
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    for (const QString& label : labels)
      QVERIFY2(!label.contains('e') || max < 1e-3, qPrintable(label));
    // Every data point lies strictly inside, so its marker shows whole.
    QVERIFY(axis.min() < min);
    QVERIFY(axis.max() > max);
  }

  void a_diverging_loss_after_a_normal_one() {
    // The live loss chart refits the same axis from 0..1 to 2..1e38 and back: each step must
    // lay out a handful of ticks, not the new range at the old interval (which hangs).
    QChart chart;
    auto* axis = new QValueAxis;
    chart.addAxis(axis, Qt::AlignLeft);
    auto* series = new QLineSeries;
    chart.addSeries(series);
    series->attachAxis(axis);
    chart.resize(400, 300);
    for (const auto& [min, max] : {std::pair{0.0, 1.0}, {2.0, 1e38}, {0.1, 0.2}, {-1e308, 1e308}}) {
      fit_value_axis(axis, min, max, AxisNumbers::Real);
      const QStringList labels = tick_labels(*axis);
      QVERIFY2(labels.size() >= 3 && labels.size() <= 12, qPrintable(labels.join(' ')));
    }
  }

  void a_single_epoch_sits_inside() {
    QValueAxis axis;
    fit_value_axis(&axis, 1.0, 1.0, AxisNumbers::Whole);
    QVERIFY(axis.min() <= 0.5 && axis.max() >= 1.5);
    QCOMPARE(tick_labels(axis), QStringList{"1"});
  }

  void twelve_distinct_colours() {
    QSet<QRgb> colours;
    for (int i = 0; i < kSeriesColors; ++i) colours.insert(series_color(i).rgb());
    QCOMPARE(colours.size(), kSeriesColors);
    QCOMPARE(series_color(kSeriesColors), series_color(0));
    QVERIFY(!colours.contains(QColor(Qt::white).rgb()));
  }

  void the_legend_lists_every_series_in_a_short_chart() {
    QChart chart;
    QStringList names;
    for (int i = 1; i <= 9; ++i) names << QStringLiteral("conv%1").arg(i);
    for (const QString& name : names + QStringList{"tolerance", "tolerance", QString()}) {
      auto* series = new QLineSeries;
      series->setName(name);
      chart.addSeries(series);
    }
    ChartLegend legend;
    legend.resize(300, 40);
    legend.show_series(&chart);
    QCOMPARE(legend.labels(), names + QStringList{"tolerance"});
    QVERIFY(!chart.legend()->isVisible());
    // Wrapped onto lines of its width rather than cut.
    QVERIFY(legend.heightForWidth(300) > legend.heightForWidth(3000));
  }
};

QTEST_MAIN(TestChartStyle)
#include "test_chart_style.moc"
