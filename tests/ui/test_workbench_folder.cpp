// An image folder trained from the workbench as a user does it: the dataset is chosen by
// picking its folder next to the dataset field, Start decodes it (the status bar shows the
// progress), the run records the folder's class names, and File > Export run... writes the
// run's TorchScript model and TensorBoard curves. Also: Stop during the decoding.
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "../common/save_shot.h"
#include "export_run_dialog.h"
#include "isolated_settings.h"
#include "log_panel.h"
#include "train_status.h"
#include "training_controller.h"
#include "vision/folder_registration.h"
#include "workbench_fixture.h"

using namespace allcnn::ui;
using namespace allcnn::ui::testing;

namespace {

// Counts how often a widget is shown: the decoding bar may come and go within one burst of
// events, too fast to poll for.
class ShowCounter : public QObject {
 public:
  int shown = 0;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::Show) ++shown;
    return QObject::eventFilter(watched, event);
  }
};

// Two classes a narrow network tells apart at once: light squares and dark ones, with a
// texture; PNG and JPEG, every fifth 40x36 instead of 32x32 (cropped to the centre).
void write_folder(const QString& root, int count) {
  for (int i = 0; i < count; ++i) {
    const bool light = i % 2 == 0;
    const QString subset = i < count * 3 / 4 ? QStringLiteral("train") : QStringLiteral("test");
    const QString name = light ? QStringLiteral("light") : QStringLiteral("dark");
    const QSize size = i % 5 == 0 ? QSize(40, 36) : QSize(32, 32);
    QImage image(size, QImage::Format_RGB888);
    for (int y = 0; y < size.height(); ++y)
      for (int x = 0; x < size.width(); ++x) {
        const int value = (light ? 200 : 40) + ((x * 7 + y * 13 + i * 31) % 41) - 20;
        image.setPixel(x, y, qRgb(value, value / 2 + 60, 255 - value));
      }
    QVERIFY(QDir().mkpath(QStringLiteral("%1/%2/%3").arg(root, subset, name)));
    const QString file = QStringLiteral("%1/%2/%3/%4.%5")
                             .arg(root, subset, name)
                             .arg(i, 4, 10, QLatin1Char('0'))
                             .arg(i % 3 == 0 ? QStringLiteral("jpg") : QStringLiteral("png"));
    QVERIFY(image.save(file));
  }
}

}  // namespace

class TestWorkbenchFolder : public QObject {
  Q_OBJECT

  QTemporaryDir temp_;

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(temp_.isValid());
    allcnn::ui::testing::isolate_user_files(QStringLiteral("test_workbench_folder"), temp_.path());
    allcnn::vision::register_folder_datasets();  // as the workbench's main() does
  }

  void a_folder_dataset_trains_from_the_form_and_exports() {
    const QString folder = temp_.path() + QStringLiteral("/shapes");
    write_folder(folder, 160);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TrainPage* page = window.train_page();

    ShortRun run;
    run.runs_dir = temp_.path() + QStringLiteral("/runs");
    run.epochs = 4;
    run.batch_size = 16;
    run.train_limit = 0;
    run.test_limit = 0;
    fill_form(window, run);
    // Batch norm and Adam: a narrow net on 120 images learns within a few dozen steps.
    set_field(window, "bn", QStringLiteral("true"));
    set_field(window, "optimizer", QStringLiteral("adam"));
    set_field(window, "lr", QStringLiteral("0.003"));
    set_field(window, "name", QStringLiteral("shapes"));
    // What the folder button next to the dataset does once the user picked the folder.
    QVERIFY(window.findChild<QToolButton*>(QStringLiteral("dataset_folder")));
    page->form()->choose_image_folder(folder);
    QCOMPARE(editor(window, "dataset")->text(), QStringLiteral("folder"));
    QCOMPARE(editor(window, "data_dir")->text(), folder);
    QVERIFY(editor(window, "image_fit")->isEnabled());  // the image settings apply now

    auto* bar = window.findChild<QProgressBar*>(QStringLiteral("status_load"));
    QVERIFY(bar);
    ShowCounter bar_shown;
    bar->installEventFilter(&bar_shown);
    QSignalSpy progress(page->controller(), &TrainingController::load_progress);
    QSignalSpy ended(page->controller(), &TrainingController::run_ended);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("start_button")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 300000);

    const RunResult result = ended.last().at(0).value<RunResult>();
    QVERIFY2(result.state == QLatin1String("finished"),
             qPrintable(result.state + QStringLiteral(": ") + result.reason));
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(160));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(160));
    QVERIFY(bar_shown.shown >= 1);
    QVERIFY(!bar->isVisible());
    const QString log = page->log()->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("found 160 image files in 2 class folders")),
             qPrintable(log));

    QFile config(result.run_dir + QStringLiteral("/config.json"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(config.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("dataset")).toString(), QStringLiteral("folder"));
    QCOMPARE(json.value(QStringLiteral("data_dir")).toString(), folder);
    QCOMPARE(json.value(QStringLiteral("class_names")).toArray(),
             QJsonArray({QStringLiteral("dark"), QStringLiteral("light")}));
    QCOMPARE(json.value(QStringLiteral("image_fit")).toString(), QStringLiteral("crop"));
    // Trivially separable: a pipeline that mixes up images and labels stays near one half.
    qInfo("image-folder run from the workbench: best test accuracy %.3f at epoch %lld",
          result.best_validation_accuracy, result.best_epoch + 1);
    QVERIFY(result.best_validation_accuracy > 0.9);
    // With ALLCNN_SHOTS_DIR set, the window after the run is saved there to be looked at.
    if (const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR"); !shots.isEmpty()) {
      QDir().mkpath(shots);
      QVERIFY(allcnn::testing::save_shot(window, shots + QStringLiteral("/folder-dataset.png")));
    }

    // File > Export run... offers the run just trained and writes both exports.
    auto* action = window.findChild<QAction*>(QStringLiteral("export_run_action"));
    QVERIFY(action);
    action->trigger();
    auto* dialog = window.findChild<ExportRunDialog*>(QStringLiteral("export_run_dialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("export_run_dir"))->text(),
             result.run_dir);
    QSignalSpy exported(dialog, &ExportRunDialog::exported);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("export_button")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    const ExportResult exports = exported.last().at(0).value<ExportResult>();
    QVERIFY2(exports.error.isEmpty(), qPrintable(exports.error));
    QCOMPARE(exports.written.size(), 2);
    QCOMPARE(exports.written.at(0), result.run_dir + QStringLiteral("/export/model-best.pt"));
    QVERIFY(QFileInfo(exports.written.at(0)).size() > 1000);
    QVERIFY(exports.written.at(1).startsWith(result.run_dir +
                                             QStringLiteral("/export/tensorboard/events.out.")));
    QVERIFY(QFileInfo(exports.written.at(1)).size() > 100);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("export_status"))
                ->text()
                .contains(QStringLiteral("Wrote")));

    // A run folder that is none is an error in the dialog, not a crash.
    dialog->findChild<QLineEdit*>(QStringLiteral("export_run_dir"))->setText(folder);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("export_button")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 60000);
    const ExportResult refused = exported.last().at(0).value<ExportResult>();
    QVERIFY(refused.written.isEmpty());
    QVERIFY2(refused.error.contains(folder), qPrintable(refused.error));
    dialog->close();
  }

  void stop_during_the_decoding_ends_the_run_as_stopped() {
    const QString folder = temp_.path() + QStringLiteral("/stopped");
    write_folder(folder, 400);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TrainPage* page = window.train_page();
    ShortRun run;
    run.runs_dir = temp_.path() + QStringLiteral("/runs");
    fill_form(window, run);
    page->form()->choose_image_folder(folder);
    const auto run_folders = [&run] {
      return QDir(run.runs_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
    };
    const auto folders_before = run_folders();
    QSignalSpy progress(page->controller(), &TrainingController::load_progress);
    QSignalSpy ended(page->controller(), &TrainingController::run_ended);
    QVERIFY(page->start_run());
    // Stop before the worker has decoded a file (no cache exists yet): its first progress
    // report sees the stop, whatever the speed of the machine.
    page->stop_run();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
    const RunResult result = ended.last().at(0).value<RunResult>();
    QVERIFY2(result.state == QLatin1String("stopped"),
             qPrintable(result.state + QStringLiteral(": ") + result.reason));
    QVERIFY(result.run_dir.isEmpty());  // nothing was created
    QVERIFY(!progress.isEmpty());
    QCOMPARE(run_folders(), folders_before);
    QCOMPARE(page->status_widget()->state(), QStringLiteral("Stopped"));
    QVERIFY(!window.findChild<QProgressBar*>(QStringLiteral("status_load"))->isVisible());
    QVERIFY2(page->log()->toPlainText().contains(QStringLiteral("stopped while loading")),
             qPrintable(page->log()->toPlainText()));
  }
};

QTEST_MAIN(TestWorkbenchFolder)
#include "test_workbench_folder.moc"
