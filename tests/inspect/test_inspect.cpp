// The inspect page, offscreen: bad input and a missing model give messages, never a crash; a
// small model trained by the real CLI fills every view; the work runs on workers while the
// event loop keeps turning; the confusion matrix is the checkpoint's own and agrees with its
// cells.
#include <QtTest>

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>

#include "../common/latency_probe.h"
#include "activations_view.h"
#include "confusion_view.h"
#include "filters_view.h"
#include "inspect_model.h"
#include "inspect_page.h"
#include "predict_panel.h"
#include "runs/run_reader.h"
#include "saliency_view.h"

using allcnn::ui::inspect::InspectPage;

// Loading and every view's work run on workers: wait until the page has delivered them all.
#define SETTLE(page) QTRY_VERIFY_WITH_TIMEOUT(!(page).busy(), 120000)

class TestInspect : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  QString run_dir_;

  QString file(const QString& name) const { return dir_.filePath(name); }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    if (!QFile::exists(QStringLiteral(ALLCNN_FASHION_MNIST_DIR "/t10k-images-idx3-ubyte.gz")))
      return;  // the model tests skip themselves
    // A tiny model, one short epoch: enough for every view to have something to show.
    QProcess train;
    train.start(QStringLiteral(ALLCNN_CLI), {"train",
                                             "--dataset",
                                             "fashion-mnist",
                                             "--data-dir",
                                             ALLCNN_FASHION_MNIST_DIR,
                                             "--width",
                                             "0.1",
                                             "--bn",
                                             "--no-dropout",
                                             "--optimizer",
                                             "adam",
                                             "--train-limit",
                                             "512",
                                             "--test-limit",
                                             "3000",
                                             "--epochs",
                                             "1",
                                             "--runs-dir",
                                             dir_.path(),
                                             "--name",
                                             "tiny"});
    QVERIFY(train.waitForFinished(300000));
    QVERIFY2(train.exitCode() == 0, train.readAllStandardError().constData());
    run_dir_ = dir_.filePath(QStringLiteral("tiny"));
  }

  void drop_without_model_says_so() {
    InspectPage page;
    QImage(20, 20, QImage::Format_RGB888).save(file("a.png"));
    page.predict_panel()->add_files({file("a.png")});
    QVERIFY(page.predict_panel()->items().isEmpty());
    QVERIFY2(page.predict_panel()->message().contains(QStringLiteral("No model loaded")),
             qPrintable(page.predict_panel()->message()));
    QCOMPARE(page.activations_view()->grid_count(), 0);
    QCOMPARE(page.saliency_view()->panel_count(), 0);
  }

  void dropped_files_and_images_are_classified() {
    if (run_dir_.isEmpty()) QSKIP("Fashion-MNIST is not installed");
    InspectPage page;
    page.load_run(run_dir_, QStringLiteral("last"));
    SETTLE(page);
    QVERIFY2(page.model_loaded(), qPrintable(page.status()));
    auto* panel = page.predict_panel();
    const auto drop = [panel](QMimeData& data) {
      QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
      QCoreApplication::sendEvent(panel, &enter);
      if (!enter.isAccepted()) return false;
      QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
      QCoreApplication::sendEvent(panel, &drop);
      return drop.isAccepted();
    };
    // Two files from a file manager.
    QImage dark(28, 28, QImage::Format_Grayscale8);
    dark.fill(30);
    QVERIFY(dark.save(file("dark.png")));
    QImage light(32, 32, QImage::Format_RGB888);
    light.fill(QColor(220, 220, 220));
    QVERIFY(light.save(file("light.jpg")));
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(file("dark.png")), QUrl::fromLocalFile(file("light.jpg"))});
    QVERIFY(drop(files));
    SETTLE(page);
    QCOMPARE(panel->items().size(), 2);
    QCOMPARE(panel->items().at(0).source, file("dark.png"));
    QCOMPARE(panel->items().at(1).source, file("light.jpg"));
    for (const auto& item : panel->items()) {
      QVERIFY2(item.error.isEmpty(), qPrintable(item.error));
      QCOMPARE(item.top.size(), 3);  // the panel's default top-k
    }
    // An image from a browser or an image editor: image data, no file.
    QMimeData image;
    image.setImageData(light);
    QVERIFY(drop(image));
    SETTLE(page);
    QCOMPARE(panel->items().size(), 3);
    QVERIFY(panel->items().last().error.isEmpty());
    QCOMPARE(panel->items().last().source, QStringLiteral("dropped image"));
    // Plain text is neither: refused at the door.
    QMimeData text;
    text.setText(QStringLiteral("dark.png"));
    QVERIFY(!drop(text));
    QCOMPARE(panel->items().size(), 3);
  }

  void bad_run_is_reported() {
    InspectPage page;
    page.load_run(file("no-such-run"), QStringLiteral("best"));
    SETTLE(page);
    QVERIFY(!page.model_loaded());
    QVERIFY2(page.status().contains(QStringLiteral("Could not load")), qPrintable(page.status()));
  }

  void every_view_fills_with_a_model() {
    if (run_dir_.isEmpty()) QSKIP("Fashion-MNIST is not installed");
    InspectPage page;
    page.resize(1000, 700);
    QSignalSpy loaded(&page, &InspectPage::run_loaded);
    page.load_run(run_dir_, QStringLiteral("last"));
    SETTLE(page);
    QVERIFY2(page.model_loaded(), qPrintable(page.status()));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(page.filters_view()->layer_count() >= 9);

    // A deeper layer is drawn as its own grid (one row per filter), enlarged by the zoom.
    auto* grid = page.filters_view()->findChild<QLabel*>(QStringLiteral("filter_grid"));
    QVERIFY(grid != nullptr);
    page.filters_view()->set_zoom(1);
    const QSize first = grid->pixmap().size();
    page.filters_view()->show_layer(1);
    const QSize deeper = grid->pixmap().size();
    QVERIFY(!deeper.isEmpty());
    QVERIFY(deeper != first);
    page.filters_view()->set_zoom(6);
    QCOMPARE(grid->pixmap().size(), deeper * 6);

    QImage shirt(40, 30, QImage::Format_RGB888);
    shirt.fill(QColor(200, 200, 200));
    QVERIFY(shirt.save(file("shirt.png")));
    QFile text(file("notes.png"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    QFile(file("empty.jpg")).open(QIODevice::WriteOnly);

    QSignalSpy chosen(page.predict_panel(), &allcnn::ui::inspect::PredictPanel::image_chosen);
    page.predict_panel()->add_files(
        {file("shirt.png"), file("notes.png"), file("empty.jpg"), file("missing.bmp")});
    SETTLE(page);
    const auto& items = page.predict_panel()->items();
    QCOMPARE(items.size(), 4);
    QVERIFY(items[0].error.isEmpty());
    QCOMPARE(items[0].top.size(), 3);
    QCOMPARE(items[0].input.size(), QSize(28, 28));
    QVERIFY(items[1].error.contains(QStringLiteral("not an image")));
    QVERIFY(items[2].error.contains(QStringLiteral("empty file")));
    QVERIFY(items[3].error.contains(QStringLiteral("no such file")));
    QCOMPARE(chosen.count(), 1);
    QVERIFY(page.predict_panel()->message().contains(QStringLiteral("3 could not be read")));

    // The chosen image reaches the analysis views: one grid per layer plus the class maps.
    QVERIFY(page.activations_view()->grid_count() > 10);
    QCOMPARE(page.saliency_view()->panel_count(), 4);
    page.saliency_view()->set_class(3);
    SETTLE(page);
    QCOMPARE(page.saliency_view()->panel_count(), 4);

    // A folder is expanded; a pasted image is classified too, after it, in the order asked.
    page.predict_panel()->add_files({dir_.path()});
    page.predict_panel()->add_image(shirt, QStringLiteral("pasted"));
    SETTLE(page);
    QVERIFY(page.predict_panel()->items().size() > 5);
    QCOMPARE(page.predict_panel()->items().last().source, QStringLiteral("pasted"));
    QVERIFY(page.predict_panel()->items().last().error.isEmpty());

    for (int i = 0; i < page.tabs()->count(); ++i) {
      page.tabs()->setCurrentIndex(i);
      QVERIFY(!page.grab().isNull());
    }
  }

  // The matrix is the loaded checkpoint's verdict on the run's test split, computed on a worker
  // while the event loop keeps turning; every cell's list holds exactly the images it counts;
  // it equals the run's own evaluation of that checkpoint; it is kept per checkpoint.
  void confusion_matrix_is_the_checkpoints_and_agrees_with_its_cells() {
    if (run_dir_.isEmpty()) QSKIP("Fashion-MNIST is not installed");
    InspectPage page;
    page.load_run(run_dir_, QStringLiteral("last"));
    SETTLE(page);
    QVERIFY2(page.model_loaded(), qPrintable(page.status()));
    auto* view = page.confusion_view();
    QVERIFY(view->verdict() == nullptr);  // the tab was never shown: nothing computed yet

    allcnn::testing::LatencyProbe probe;
    probe.start();
    view->show_cell(1, 1);  // asked before the matrix exists: listed once it does
    QVERIFY(view->busy());
    SETTLE(page);
    probe.stop();
    QVERIFY2(probe.max_ms() < 250, qPrintable(QString::number(probe.max_ms())));
    const auto* verdict = view->verdict();
    QVERIFY(verdict != nullptr);
    QCOMPARE(verdict->count, qint64(3000));
    const int k = verdict->classes;
    QCOMPARE(k, 10);
    QCOMPARE(view->listed_count(), int(std::min<qint64>(100, verdict->confusion[1 * k + 1])));

    qint64 sum = 0;
    for (int row = 0; row < k; ++row) {
      for (int col = 0; col < k; ++col) {
        const qint64 count = verdict->confusion[row * k + col];
        sum += count;
        QCOMPARE(view->shown_count(row, col), count);
        view->show_cell(row, col);
        QCOMPARE(view->listed_count(), int(std::min<qint64>(100, count)));
      }
    }
    QCOMPARE(sum, verdict->count);

    // The run evaluated this very checkpoint at the end of its epoch.
    const auto record = allcnn::runs::read_run(run_dir_.toStdString());
    QVERIFY(record.last_evaluation.has_value());
    QCOMPARE(record.last_evaluation->count, int64_t(3000));
    for (int i = 0; i < k * k; ++i)
      QCOMPARE(verdict->confusion[i], qint64(record.last_evaluation->confusion[size_t(i)]));

    // The other checkpoint gets its own verdict; coming back costs nothing (the same one).
    page.load_run(run_dir_, QStringLiteral("best"));
    SETTLE(page);
    view->classify();
    SETTLE(page);
    QVERIFY(view->verdict() != nullptr);
    QVERIFY(view->verdict() != verdict);
    page.load_run(run_dir_, QStringLiteral("last"));
    SETTLE(page);
    view->classify();
    QVERIFY(view->busy());
    SETTLE(page);
    QCOMPARE(view->verdict(), verdict);
  }
};

QTEST_MAIN(TestInspect)
#include "test_inspect.moc"
