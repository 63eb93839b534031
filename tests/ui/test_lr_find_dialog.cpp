// The learning-rate range test from the workbench: the dialog trains on a worker while its
// chart draws the curve as it comes in, marks the suggestion at the end and hands the rounded
// rate to the form; closing it mid-test stops the test, whose folder then says so. Real
// Fashion-MNIST images, a narrow model.
#include <QtTest>

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QToolButton>

#include "../common/narrow_run.h"
#include "../common/save_shot.h"
#include "lr_find_dialog.h"
#include "runs/lr_find_record.h"
#include "settings_form.h"

using namespace allcnn;

namespace {

train::RunConfig narrow_config(const QTemporaryDir& runs) {
  return testing::narrow_bn_run(runs.path().toStdString());
}

QLineSeries* series_named(QChart* chart, const QString& prefix) {
  for (auto* series : chart->series())
    if (series->name().startsWith(prefix)) return qobject_cast<QLineSeries*>(series);
  return nullptr;
}

}  // namespace

class TestLrFindDialog : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void drawsLiveAndOffersTheSuggestion() {
    QTemporaryDir runs;
    ui::LrFindDialog dialog(narrow_config(runs));
    dialog.resize(760, 540);
    dialog.show();
    QSignalSpy ended(&dialog, &ui::LrFindDialog::test_ended);
    dialog.set_range(1e-5, 10.0, 200);
    dialog.start();
    QVERIFY(dialog.running());
    auto* chart = dialog.findChild<QChartView*>()->chart();
    // The curve grows while the test runs, not only at its end.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.running() && series_named(chart, "smoothed") &&
                                 series_named(chart, "smoothed")->count() > 5,
                             60000);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 120000);
    QVERIFY(!dialog.running());

    const auto& record = dialog.record();
    QVERIFY(record.suggestion.found());
    QCOMPARE(series_named(chart, "smoothed")->count(), static_cast<int>(record.points.size()));
    auto* mark = series_named(chart, "suggested");
    QVERIFY(mark);
    QCOMPARE(mark->at(0).x(), record.suggestion.learning_rate);
    QVERIFY(qobject_cast<QLogValueAxis*>(chart->axes(Qt::Horizontal).value(0)));
    const QString result = dialog.findChild<QLabel*>(QStringLiteral("result"))->text();
    QVERIFY2(result.contains("suggested learning rate") && result.contains("lr-find"),
             qPrintable(result));
    if (const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR"); !shots.isEmpty()) {
      QDir().mkpath(shots);
      QVERIFY(allcnn::testing::save_shot(dialog, shots + QStringLiteral("/lr-find.png")));
    }

    auto* use = dialog.findChild<QPushButton*>(QStringLiteral("use"));
    QVERIFY(use->isEnabled());
    const double rounded = runs::rounded_rate(record.suggestion.learning_rate);
    QVERIFY2(use->text().contains(QString::number(rounded, 'g', 3)), qPrintable(use->text()));
    use->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosen_rate(), rounded);
  }

  void closingStopsTheTest() {
    QTemporaryDir runs;
    auto config = narrow_config(runs);
    config.name = "closed";
    {
      ui::LrFindDialog dialog(config);
      dialog.set_range(1e-5, 1.0, 2000);
      dialog.start();
      auto* chart = dialog.findChild<QChartView*>()->chart();
      QTRY_VERIFY_WITH_TIMEOUT(
          series_named(chart, "loss") && series_named(chart, "loss")->count() > 3, 60000);
    }  // closed mid-test: the destructor stops the test and waits for it
    const auto record = runs::read_lr_find(runs.filePath("lr-find/closed").toStdString());
    QCOMPARE(record.status.state, std::string("stopped"));
    QVERIFY(record.points.size() > 3 && record.points.size() < 2000);
  }

  void badRangeIsRefusedInTheDialog() {
    QTemporaryDir runs;
    ui::LrFindDialog dialog(narrow_config(runs));
    if (const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR"); !shots.isEmpty()) {
      dialog.resize(760, 540);
      QDir().mkpath(shots);
      QVERIFY(allcnn::testing::save_shot(dialog, shots + QStringLiteral("/lr-find-empty.png")));
    }
    dialog.set_range(1.0, 0.01, 100);
    dialog.start();
    QVERIFY(!dialog.running());
    const QString result = dialog.findChild<QLabel*>(QStringLiteral("result"))->text();
    QVERIFY2(result.contains("below the end rate"), qPrintable(result));
  }

  void theFormHasAFindButtonBesideTheRate() {
    ui::SettingsForm form;
    QSignalSpy asked(&form, &ui::SettingsForm::lr_find_requested);
    auto* find = form.findChild<QToolButton*>(QStringLiteral("lr_find"));
    QVERIFY(find);
    find->click();
    QCOMPARE(asked.count(), 1);
  }
};

QTEST_MAIN(TestLrFindDialog)
#include "test_lr_find_dialog.moc"
