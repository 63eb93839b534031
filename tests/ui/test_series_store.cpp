// SeriesStore: the live charts' raw points, kept as float, exported in their own digits.
#include <cmath>
#include <tuple>
#include <vector>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "series_store.h"

using allcnn::ui::SeriesStore;

class TestSeriesStore : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void keeps_floats_and_exports_their_digits() {
    SeriesStore store;
    const int batches = store.add_table({QStringLiteral("batch_loss")});
    const int rates = store.add_table({QStringLiteral("learning_rate")});
    // A fractional epoch of a long run, a loss written with 9 digits, a small learning rate.
    store.append(batches, 349.0 + 1.0 / 1563, {0.123456789});
    store.append(batches, 350.0, {2.3});
    store.append(rates, 0.1, {0.001});
    const auto loss = store.series(QStringLiteral("batch_loss"));
    QCOMPARE(loss.size(), size_t(2));
    QCOMPARE(loss.x, (std::vector<float>{float(349.0 + 1.0 / 1563), 350.0f}));
    QCOMPARE(loss.y, (std::vector<float>{0.123456789f, 2.3f}));
    QCOMPARE(store.series(QStringLiteral("unknown")).size(), size_t(0));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("series.csv"));
    QVERIFY(store.export_csv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    // The digits each float has, not the binary expansion of it (0.001, not 0.00100000005).
    QCOMPARE(lines.value(0), QStringLiteral("series,x,y"));
    QCOMPARE(lines.value(1), QStringLiteral("batch_loss,349.00064,0.12345679"));
    QCOMPARE(lines.value(2), QStringLiteral("batch_loss,350,2.3"));
    QCOMPARE(lines.value(3), QStringLiteral("learning_rate,0.1,0.001"));
    // Read back as float, every number is the kept one.
    const QStringList first = lines.value(1).split(QLatin1Char(','));
    QCOMPARE(first.value(1).toFloat(), loss.x[0]);
    QCOMPARE(first.value(2).toFloat(), loss.y[0]);
  }

  // The series of one table (a batch row's loss, accuracy and learning rate) keep one x column
  // between them, not one each.
  void series_of_one_table_share_their_x() {
    SeriesStore store;
    const int batches = store.add_table({QStringLiteral("loss"), QStringLiteral("accuracy")});
    const int epochs = store.add_table({QStringLiteral("val_loss")});
    store.append(batches, 0.5, {2.0, 0.1});
    store.append(batches, 1.0, {1.5, 0.2});
    store.append(epochs, 1.0, {1.7});
    const auto loss = store.series(QStringLiteral("loss"));
    const auto accuracy = store.series(QStringLiteral("accuracy"));
    QCOMPARE(&loss.x, &accuracy.x);
    QCOMPARE(loss.x, (std::vector<float>{0.5f, 1.0f}));
    QCOMPARE(accuracy.y, (std::vector<float>{0.1f, 0.2f}));
    QVERIFY(&store.series(QStringLiteral("val_loss")).x != &loss.x);
    QCOMPARE(store.series(QStringLiteral("val_loss")).size(), size_t(1));
    // A row with a value left out is NaN there, so the columns stay parallel.
    store.append(batches, 1.5, {1.2});
    QCOMPARE(accuracy.size(), size_t(3));
    QVERIFY(std::isnan(accuracy.y[2]));
    // clear() empties the series, the tables stay.
    store.clear();
    QCOMPARE(store.series(QStringLiteral("loss")).size(), size_t(0));
    store.append(batches, 0.25, {3.0, 0.05});
    QCOMPARE(store.series(QStringLiteral("accuracy")).y, (std::vector<float>{0.05f}));
  }

  // The charts decimate through the store: while x ascends, through each series' block index,
  // and when a row comes out of order, by a scan; the points are those of the raw columns.
  void decimates_as_the_raw_columns_do() {
    SeriesStore store;
    const int batches = store.add_table({QStringLiteral("loss"), QStringLiteral("accuracy")});
    const auto loss = store.series(QStringLiteral("loss"));
    const auto accuracy = store.series(QStringLiteral("accuracy"));
    for (int i = 0; i < 50000; ++i)
      store.append(batches, i / 391.0,
                   {2.3 * std::exp(-i / 20000.0) + 0.3 * std::sin(i * 0.37), (i % 97) / 97.0});
    for (const auto& [from, to, columns] :
         {std::tuple{0.0, 50000 / 391.0, 900}, std::tuple{10.0, 20.5, 300}}) {
      QCOMPARE(store.decimate(QStringLiteral("loss"), from, to, columns),
               allcnn::ui::decimate_min_max(loss.x, loss.y, from, to, columns));
      QCOMPARE(store.decimate(QStringLiteral("accuracy"), from, to, columns),
               allcnn::ui::decimate_min_max(accuracy.x, accuracy.y, from, to, columns));
    }
    // An x out of order (a resumed run's rows come again): still the raw columns' points.
    store.append(batches, 3.0, {9.0, 0.5});
    QCOMPARE(store.decimate(QStringLiteral("loss"), 0.0, 130.0, 500),
             allcnn::ui::decimate_min_max(loss.x, loss.y, 0.0, 130.0, 500));
    QVERIFY(store.decimate(QStringLiteral("unknown"), 0.0, 1.0, 10).isEmpty());
    // After clear() the index starts again with the new rows.
    store.clear();
    for (int i = 0; i < 1000; ++i) store.append(batches, i, {std::cos(i * 0.1), 0.0});
    QCOMPARE(store.decimate(QStringLiteral("loss"), 0.0, 999.0, 64),
             allcnn::ui::decimate_min_max(loss.x, loss.y, 0.0, 999.0, 64));
  }
};

QTEST_APPLESS_MAIN(TestSeriesStore)
#include "test_series_store.moc"
