// The inspect page, offscreen: bad input and a missing model give messages, never a crash; a
// small model trained by the real CLI fills every view; the work runs on workers while the
// event loop keeps turning; the confusion matrix is the checkpoint's own and agrees with its
// cells; the Layers view shows the run's latest window of training diagnostics and its
// histograms as recorded, marks a dying layer, follows a live run and drops a stale read.
#include <QtTest>

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QLineSeries>
#include <QTableWidget>

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>

#include "../common/latency_probe.h"
#include "../common/save_shot.h"
#include "activations_view.h"
#include "confusion_view.h"
#include "filters_view.h"
#include "inspect_model.h"
#include "inspect_page.h"
#include "layers_view.h"
#include "predict_panel.h"
#include "runs/atomic_file.h"
#include "runs/run_reader.h"
#include "runs/run_writer.h"
#include "saliency_view.h"

using allcnn::ui::inspect::InspectPage;
using allcnn::ui::inspect::LayersView;

namespace {

// The rows of the last window in diagnostics.csv, as the run's reader reads them.
std::vector<allcnn::metrics::DiagnosticsRow> last_window(const std::string& run_dir) {
  const auto windows = allcnn::runs::read_run(run_dir).diagnostics;
  std::vector<allcnn::metrics::DiagnosticsRow> last;
  for (const auto& row : windows)
    if (row.step == windows.back().step) last.push_back(row);
  return last;
}

// The bins of histograms.csv for one epoch, layer and tensor.
std::vector<allcnn::metrics::HistogramRow> bins_of(const std::string& run_dir, int64_t epoch,
                                                   const std::string& layer,
                                                   const std::string& tensor) {
  std::vector<allcnn::metrics::HistogramRow> bins;
  for (const auto& row : allcnn::runs::read_run(run_dir).histograms)
    if (row.epoch == epoch && row.layer == layer && row.tensor == tensor) bins.push_back(row);
  return bins;
}

// Whether a histogram chart draws exactly `bins`: a flat top from each bin's low edge to its
// high edge at its count, from 0 and back to 0.
QString drawn_unlike(QChart* chart, const std::vector<allcnn::metrics::HistogramRow>& bins) {
  auto* area = qobject_cast<QAreaSeries*>(chart->series().value(0));
  if (!area) return QStringLiteral("no histogram drawn");
  const QList<QPointF> points = area->upperSeries()->points();
  if (points.size() != static_cast<qsizetype>(2 * bins.size() + 2))
    return QStringLiteral("%1 points for %2 bins").arg(points.size()).arg(bins.size());
  for (size_t b = 0; b < bins.size(); ++b) {
    const QPointF left = points[static_cast<qsizetype>(2 * b + 1)];
    const QPointF right = points[static_cast<qsizetype>(2 * b + 2)];
    const auto count = static_cast<double>(bins[b].count);
    if (left != QPointF(bins[b].low, count) || right != QPointF(bins[b].high, count))
      return QStringLiteral("bin %1: drawn (%2, %3)-(%4, %5), recorded [%6, %7) %8")
          .arg(b)
          .arg(left.x())
          .arg(left.y())
          .arg(right.x())
          .arg(right.y())
          .arg(bins[b].low)
          .arg(bins[b].high)
          .arg(bins[b].count);
  }
  if (points.front().y() != 0 || points.back().y() != 0) return QStringLiteral("not from 0");
  return {};
}

// Whether the table shows `rows` (layer, dead share, weight and gradient norm as recorded),
// marking exactly the layers more than 90% dead.
QString table_unlike(QTableWidget* table,
                     const std::vector<allcnn::metrics::DiagnosticsRow>& rows) {
  if (table->rowCount() != static_cast<int>(rows.size()))
    return QStringLiteral("%1 rows for %2 layers").arg(table->rowCount()).arg(rows.size());
  for (int r = 0; r < table->rowCount(); ++r) {
    const auto& row = rows[static_cast<size_t>(r)];
    const auto value = [&](int column) { return table->item(r, column)->data(Qt::UserRole); };
    if (table->item(r, 0)->text() != QString::fromStdString(row.layer) ||
        value(1).toDouble() != row.dead_fraction || value(2).toDouble() != row.weight_norm ||
        value(3).toDouble() != row.grad_norm)
      return QStringLiteral("row %1 shows %2 %3 %4 %5")
          .arg(r)
          .arg(table->item(r, 0)->text(), table->item(r, 1)->text(), table->item(r, 2)->text(),
               table->item(r, 3)->text());
    const bool marked = table->item(r, 1)->background().style() != Qt::NoBrush;
    if (marked != (row.dead_fraction > 0.9))
      return QStringLiteral("row %1 (%2 dead) %3 marked")
          .arg(r)
          .arg(row.dead_fraction)
          .arg(marked ? QString() : QStringLiteral("not"));
  }
  return {};
}

}  // namespace

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
    // A tiny model, two short epochs (8 batches each, a diagnostics window every 3): enough for
    // every view to have something to show.
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
                                             "2",
                                             "--diagnostics-every",
                                             "3",
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

  // The Layers view of a trained run: the table is diagnostics.csv's last window, and the
  // histograms are histograms.csv's bins of the layer and epoch chosen.
  void layers_view_shows_the_latest_window_and_the_chosen_histograms() {
    if (run_dir_.isEmpty()) QSKIP("Fashion-MNIST is not installed");
    InspectPage page;
    page.resize(1366, 690);  // what the page gets of a 1366x768 window
    page.load_run(run_dir_, QStringLiteral("last"));
    SETTLE(page);
    auto* view = page.layers_view();
    const std::string run = run_dir_.toStdString();
    const auto last = last_window(run);
    QCOMPARE(last.size(), size_t(9));          // All-CNN-C's nine convolutions
    QCOMPARE(last.front().step, int64_t(14));  // 2 epochs of 8 batches: windows end at 2, 5, ... 14
    const QString unlike = table_unlike(view->table(), last);
    QVERIFY2(unlike.isEmpty(), qPrintable(unlike));
    QVERIFY2(view->caption().contains(QStringLiteral("batch 15 (epoch 2), the latest of 5")),
             qPrintable(view->caption()));

    // Both epochs' histograms; the latest is shown first.
    QCOMPARE(view->shown().epochs, (QVector<qint64>{0, 1}));
    QCOMPARE(view->chosen_epoch(), qint64(1));
    QCOMPARE(view->chosen_layer(), QStringLiteral("conv1"));
    for (const qint64 epoch : {qint64(0), qint64(1)})
      for (const char* layer : {"conv1", "conv5", "conv9"}) {
        view->choose(QString::fromLatin1(layer), epoch);
        QCOMPARE(view->chosen_layer(), QString::fromLatin1(layer));
        QCOMPARE(view->chosen_epoch(), epoch);
        const auto weights = bins_of(run, epoch, layer, "weight");
        const auto gradients = bins_of(run, epoch, layer, "gradient");
        QCOMPARE(weights.size(), size_t(32));
        QCOMPARE(gradients.size(), size_t(32));
        QString drawn = drawn_unlike(view->weight_chart(), weights);
        QVERIFY2(drawn.isEmpty(), qPrintable(QStringLiteral("%1 weights: %2").arg(layer, drawn)));
        drawn = drawn_unlike(view->gradient_chart(), gradients);
        QVERIFY2(drawn.isEmpty(), qPrintable(QStringLiteral("%1 gradients: %2").arg(layer, drawn)));
      }
    // Training moved the weights between the epochs: the two drawings differ.
    QVERIFY(bins_of(run, 0, "conv5", "weight").front().low !=
            bins_of(run, 1, "conv5", "weight").front().low);
    // A click on a row of the table shows that layer's histograms.
    view->choose(QStringLiteral("conv1"), 1);
    page.tabs()->setCurrentWidget(view);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QRect cell = view->table()->visualItemRect(view->table()->item(6, 0));
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(view->chosen_layer(), QStringLiteral("conv7"));
    const QString drawn = drawn_unlike(view->weight_chart(), bins_of(run, 1, "conv7", "weight"));
    QVERIFY2(drawn.isEmpty(), qPrintable(drawn));

    const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR");
    if (!shots.isEmpty())
      QVERIFY(allcnn::testing::save_shot(page, shots + QStringLiteral("/inspect-layers.png")));
  }

  // A run folder without a checkpoint yet (a run in its first epoch) still shows its layers; a
  // layer more than 90% dead is marked; each window the live run records is followed; a read of
  // a run the page has moved away from is dropped.
  void layers_view_marks_dying_layers_follows_a_live_run_and_drops_stale_reads() {
    using allcnn::metrics::DiagnosticsRow;
    using allcnn::metrics::HistogramRow;
    const auto make_run = [this](const QString& name) {
      const std::string dir = file(name).toStdString();
      QDir().mkpath(file(name));
      allcnn::runs::write_file_atomically(dir + "/config.json", "{}");
      return dir;
    };
    const std::string live = make_run(QStringLiteral("live"));
    const std::string other = make_run(QStringLiteral("other"));
    const std::vector<DiagnosticsRow> first{{9, 0, "conv1", 0.125, 3.0, 0.5},
                                            {9, 0, "conv2", 0.9375, 4.0, 0.001}};
    const std::vector<DiagnosticsRow> second{{19, 1, "conv1", 0.0625, 3.5, 0.25},
                                             {19, 1, "conv2", 0.5, 4.5, 0.02}};
    auto writer = std::make_unique<allcnn::runs::RunWriter>(allcnn::runs::RunFolder(live));
    writer->append_diagnostics(first);
    writer->append_histograms({{0, "conv1", "weight", -1.0, 0.0, 7},
                               {0, "conv1", "weight", 0.0, 1.0, 9},
                               {0, "conv1", "gradient", -0.5, 0.5, 16}});
    {
      allcnn::runs::RunWriter other_writer{allcnn::runs::RunFolder(other)};
      other_writer.append_diagnostics({{4, 0, "conv1", 1.0, 2.0, 0.0}});
    }

    InspectPage page;
    auto* view = page.layers_view();
    QSignalSpy shown(view, &LayersView::shown_changed);
    page.load_run(QString::fromStdString(live), QStringLiteral("best"));
    SETTLE(page);
    QVERIFY(!page.model_loaded());  // no checkpoint yet
    QString unlike = table_unlike(view->table(), first);
    QVERIFY2(unlike.isEmpty(), qPrintable(unlike));
    QVERIFY2(view->caption().contains(QStringLiteral("1 of 2 layers are more than 90% dead")),
             qPrintable(view->caption()));
    QVERIFY(drawn_unlike(view->weight_chart(), {{0, "conv1", "weight", -1.0, 0.0, 7},
                                                {0, "conv1", "weight", 0.0, 1.0, 9}})
                .isEmpty());
    const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR");
    if (!shots.isEmpty()) {
      page.resize(1366, 690);
      page.tabs()->setCurrentWidget(view);
      page.show();
      QVERIFY(
          allcnn::testing::save_shot(page, shots + QStringLiteral("/inspect-layers-dying.png")));
    }

    // The run trains on: another window and another epoch's histograms.
    writer->append_diagnostics(second);
    writer->append_histograms({{1, "conv1", "weight", -2.0, 2.0, 16}});
    page.follow_run(QString::fromStdString(other));  // not the run shown: ignored
    QVERIFY(!page.busy());
    page.follow_run(QString::fromStdString(live));
    SETTLE(page);
    unlike = table_unlike(view->table(), second);
    QVERIFY2(unlike.isEmpty(), qPrintable(unlike));
    QCOMPARE(view->chosen_epoch(), qint64(1));  // it was at the latest epoch: it moves on
    QVERIFY(drawn_unlike(view->weight_chart(), {{1, "conv1", "weight", -2.0, 2.0, 16}}).isEmpty());
    QVERIFY(view->gradient_chart()->series().isEmpty());  // none recorded at that epoch

    // The user moves to another run before the first read is back: only the other is shown.
    shown.clear();
    page.load_run(QString::fromStdString(live), QStringLiteral("best"));
    page.load_run(QString::fromStdString(other), QStringLiteral("best"));
    SETTLE(page);
    QCOMPARE(shown.size(), 1);
    unlike = table_unlike(view->table(), {{4, 0, "conv1", 1.0, 2.0, 0.0}});
    QVERIFY2(unlike.isEmpty(), qPrintable(unlike));

    // A page that shows no run follows the run in progress.
    InspectPage fresh;
    fresh.follow_run(QString::fromStdString(live));
    SETTLE(fresh);
    unlike = table_unlike(fresh.layers_view()->table(), second);
    QVERIFY2(unlike.isEmpty(), qPrintable(unlike));
  }
};

QTEST_MAIN(TestInspect)
#include "test_inspect.moc"
