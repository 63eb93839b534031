#include <QtTest>

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTableWidget>

#include "../common/save_shot.h"
#include "lsuv_page.h"
#include "runs/atomic_file.h"
#include "runs/run_writer.h"

using namespace allcnn;

class TestLsuvPage : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void a_run_folder_shows_its_trace_and_drift() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    runs::write_file_atomically(dir + "/config.json", R"({"lsuv_tolerance": 0.05})");
    init::LsuvTrace trace;
    trace.options.tolerance = 0.05;
    init::LsuvLayerTrace conv1;
    conv1.layer = "conv1";
    conv1.steps = {{0, 0.04, 0.0, 5.0, 1.0}, {1, 1.0, 0.1, 1.0, 2.0}};
    conv1.variance_before = 0.04;
    conv1.variance_after = 1.0;
    conv1.converged = true;
    init::LsuvLayerTrace conv9;
    conv9.layer = "conv9";
    conv9.skipped = true;
    conv9.skip_reason = "10 outputs per sample (fewer than 32)";
    trace.layers = {conv1, conv9};
    {
      runs::RunWriter writer{runs::RunFolder(dir)};
      writer.write_lsuv(trace);
      writer.append_drift(-1, {{"conv1", 1.0, 0.1, 0.4}, {"conv9", 0.5, 0.0, 0.5}});
      writer.append_drift(0, {{"conv1", 2.0, 0.2, 0.3}, {"conv9", 0.25, 0.0, 0.6}});
      // Two windows of the training diagnostics: class units dying in conv9.
      writer.append_diagnostics({{9, 0, "conv1", 0.0, 3.0, 0.5}, {9, 0, "conv9", 0.2, 1.0, 0.1}});
      writer.append_diagnostics(
          {{19, 0, "conv1", 0.05, 3.1, 0.4}, {19, 0, "conv9", 0.5, 1.0, 0.01}});
    }

    ui::LsuvPage page;
    page.resize(1400, 900);
    QSignalSpy finished(&page, &ui::LsuvPage::finished);
    page.load_run(tmp.path());  // read on a worker
    QTRY_COMPARE(finished.size(), 1);
    const auto& shown = page.inspection();
    QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    QCOMPARE(shown.tolerance, 0.05);
    QCOMPARE(shown.trace.size(), 2);
    QCOMPARE(shown.trace[0].variances, (QVector<double>{0.04, 1.0}));
    QVERIFY(shown.trace[1].skipped);
    QCOMPARE(shown.drift.size(), 2);
    QCOMPARE(shown.drift[0].epochs, (QVector<double>{-1, 0}));
    QCOMPARE(shown.drift[0].variance, (QVector<double>{1.0, 2.0}));

    auto* table = page.findChild<QTableWidget*>();
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(table->item(1, 6)->text().contains(QStringLiteral("fewer than 32")));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("5"));  // total scale applied
    const auto views = page.findChildren<QChartView*>();
    QCOMPARE(views.size(), 6);
    // The training diagnostics: a line per layer, by batches trained.
    QCOMPARE(shown.dead_training.size(), 2);
    QCOMPARE(shown.dead_training[1].steps, (QVector<double>{10, 20}));
    QCOMPARE(shown.dead_training[1].values, (QVector<double>{0.2, 0.5}));
    QCOMPARE(shown.gradient_norms[0].values, (QVector<double>{0.5, 0.4}));
    QCOMPARE(views[4]->chart()->series().size(), 2);
    QCOMPARE(views[5]->chart()->series().size(), 2);
    const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR");
    if (!shots.isEmpty())
      views[4]->parentWidget()->parentWidget()->grab().save(
          shots + QStringLiteral("/lsuv-diagnostics.png"));
    // conv1's line plus the target and the two tolerance lines; the skipped layer has none.
    QCOMPARE(views[0]->chart()->series().size(), 4);
  }

  void a_bad_folder_says_why() {
    QTemporaryDir tmp;
    ui::LsuvPage page;
    QSignalSpy finished(&page, &ui::LsuvPage::finished);
    page.load_run(tmp.path());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(page.inspection().error.contains(QStringLiteral("config.json")));
  }

  void a_fresh_measurement_can_be_cancelled() {
    if (!QFileInfo::exists(QStringLiteral(ALLCNN_FASHION_MNIST_DIR))) QSKIP("no Fashion-MNIST");
    qputenv("ALLCNN_DATA_DIR", ALLCNN_FASHION_MNIST_DIR);
    ui::LsuvPage page;
    QSignalSpy finished(&page, &ui::LsuvPage::finished);
    page.run_fresh();
    // The bar's Cancel (shown after a second; clicked at once here) stops before the first
    // initializer is measured.
    page.findChild<QPushButton*>(QStringLiteral("task_cancel"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(page.inspection().error, QStringLiteral("Cancelled."));
    QVERIFY(page.inspection().inits.isEmpty());
  }

  void fresh_model_compares_initializers() {
    if (!QFileInfo::exists(QStringLiteral(ALLCNN_FASHION_MNIST_DIR))) QSKIP("no Fashion-MNIST");
    qputenv("ALLCNN_DATA_DIR", ALLCNN_FASHION_MNIST_DIR);
    ui::LsuvPage page;
    page.resize(1400, 900);
    page.show();
    auto* width = page.findChildren<QDoubleSpinBox*>().first();
    width->setValue(0.25);
    QSignalSpy finished(&page, &ui::LsuvPage::finished);
    page.run_fresh();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const auto& shown = page.inspection();
    QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    QCOMPARE(shown.inits.size(), 7);
    for (const auto& row : shown.trace)
      if (!row.skipped) QVERIFY2(row.converged, qPrintable(row.layer));
    // LSUV's column: unit variance at every layer; Gaussian(0.01): the signal vanishes with depth.
    for (const auto& column : shown.inits) {
      if (column.init == QLatin1String("lsuv"))
        for (double v : column.variance) QVERIFY(std::abs(v - 1.0) <= 0.1);
      if (column.init == QLatin1String("gaussian")) QVERIFY(column.variance.last() < 1e-6);
    }
    const QString shot = QDir::temp().filePath(QStringLiteral("lsuv-inspector.png"));
    QVERIFY(allcnn::testing::save_shot(page, shot));
    qInfo("screenshot: %s", qPrintable(shot));
  }

  // A fresh measurement draws its batch as the training settings say (the workbench passes its
  // form's): their data folder (a wrong one is named in the error), preprocessing and seed.
  void fresh_model_uses_the_training_settings() {
    if (!QFileInfo::exists(QStringLiteral(ALLCNN_FASHION_MNIST_DIR))) QSKIP("no Fashion-MNIST");
    ui::LsuvPage page;
    page.findChildren<QDoubleSpinBox*>().first()->setValue(0.25);
    train::RunConfig settings;
    settings.dataset = data::DatasetKind::FashionMnist;
    settings.data_dir = "/nonexistent/fashion";
    page.set_data_source([&settings] { return settings; });
    QSignalSpy finished(&page, &ui::LsuvPage::finished);
    const auto measure = [&] {
      const int before = finished.size();
      page.run_fresh();
      return QTest::qWaitFor([&] { return finished.size() > before; }, 120000);
    };
    const auto first_variance = [&page](const QString& init) {
      for (const auto& column : page.inspection().inits)
        if (column.init == init) return column.variance.value(0);
      return -1.0;
    };

    QVERIFY(measure());
    QVERIFY2(page.inspection().error.contains(QStringLiteral("/nonexistent/fashion")),
             qPrintable(page.inspection().error));

    settings.data_dir = ALLCNN_FASHION_MNIST_DIR;
    settings.train_limit = 2000;
    QVERIFY(measure());
    QVERIFY2(page.inspection().error.isEmpty(), qPrintable(page.inspection().error));
    QVERIFY2(page.inspection().source.contains(QStringLiteral("no preprocessing, seed 1")),
             qPrintable(page.inspection().source));
    const double plain = first_variance(QStringLiteral("he-normal"));

    // Normalized input has unit variance where raw pixels in [0, 1] have far less: He's first
    // layer (which keeps its input's scale) shows it.
    settings.augment.transforms.set(data::Augmentation::Normalize, true);
    QVERIFY(measure());
    QVERIFY2(page.inspection().source.contains(QStringLiteral("normalize, seed 1")),
             qPrintable(page.inspection().source));
    const double normalized = first_variance(QStringLiteral("he-normal"));
    QVERIFY2(normalized > 2 * plain,
             qPrintable(QStringLiteral("%1 %2").arg(normalized).arg(plain)));

    settings.seed = 7;
    QVERIFY(measure());
    QVERIFY2(page.inspection().source.contains(QStringLiteral("seed 7")),
             qPrintable(page.inspection().source));
    QVERIFY(first_variance(QStringLiteral("he-normal")) != normalized);
  }
};

QTEST_MAIN(TestLsuvPage)
#include "test_lsuv_page.moc"
