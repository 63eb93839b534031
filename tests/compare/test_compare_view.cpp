// The compare page offscreen: the browser lists runs (a corrupt one with the reason), picks up
// new and live runs, imports histories (mapping the columns of one whose names say nothing) and
// remembers them, the view overlays the selected runs, and the exports write files.
#include <algorithm>

#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLineSeries>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QXYSeries>
#include <QtTest>

#include "../common/save_shot.h"
#include "../ui/isolated_settings.h"
#include "compare_chart.h"
#include "compare_page.h"
#include "compare_view.h"
#include "history_import.h"
#include "history_import_dialog.h"
#include "run_browser.h"
#include "run_fixture.h"
#include "run_loader.h"
#include "run_table_model.h"
#include "runs/run_lock.h"

// The browser scans and reads curves on a worker: wait until it is done.
#define SETTLE(browser) QTRY_VERIFY_WITH_TIMEOUT(!(browser)->busy(), 10000)

using namespace allcnn;
using namespace allcnn::ui::compare;

class TestCompareView : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir root_;
  QTemporaryDir outside_;  // the Keras file lives outside the runs folder
  QString keras_;
  QTemporaryDir settings_;

  static void write_file(const QString& path, const QByteArray& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
  }

 private Q_SLOTS:
  void initTestCase() {
    // Imported histories are remembered in QSettings: the tests' own, not the user's.
    allcnn::ui::testing::isolate_user_files(QStringLiteral("test_compare_view"), settings_.path());
    QVERIFY(root_.isValid());
    test::write_fixture_run(root_.path(), "he", "he-normal", 3, 20, 1.0, 2);
    test::write_fixture_run(root_.path(), "glorot", "glorot-normal", 3, 20, 1.2, 1);
    test::write_fixture_run(root_.path(), "lsuv", "lsuv", 3, 20, 0.8, 2);
    QDir().mkpath(root_.filePath(QStringLiteral("corrupt")));
    QFile config(root_.filePath(QStringLiteral("corrupt/config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("{\"name\": \"corr");
    config.close();
    keras_ = outside_.filePath(QStringLiteral("paper.csv"));
    QFile keras(keras_);
    QVERIFY(keras.open(QIODevice::WriteOnly));
    keras.write(
        ",acc,loss,val_acc,val_loss\n0,0.5,1.2,0.6,1.1\n1,0.7,0.8,0.75,0.7\n2,0.8,0.6,0.8,0.6\n");
  }

  // Each test starts with no remembered imports.
  void init() { QSettings().remove(QStringLiteral("compare/imported_histories")); }

  void browser_lists_runs_and_reports_corrupt_folder() {
    ComparePage page;
    page.set_runs_dir(root_.path());
    SETTLE(page.browser());
    RunTableModel* model = page.browser()->model();
    QCOMPARE(model->rowCount(), 4);
    const RunData* corrupt = model->find(root_.filePath(QStringLiteral("corrupt")));
    QVERIFY(corrupt != nullptr);
    QVERIFY(!corrupt->readable());
    const QModelIndex status = model->index(model->row_of(corrupt->dir), RunTableModel::Status);
    QCOMPARE(model->data(status, Qt::DisplayRole).toString(), QStringLiteral("unreadable"));
    QVERIFY(
        model->data(status, Qt::ToolTipRole).toString().contains(QStringLiteral("not valid JSON")));
    QVERIFY(page.browser()->message().contains(QStringLiteral("corrupt")));

    const RunData* he = model->find(root_.filePath(QStringLiteral("he")));
    QVERIFY(he != nullptr);
    const int row = model->row_of(he->dir);
    QCOMPARE(model->data(model->index(row, RunTableModel::BestEpoch), Qt::DisplayRole).toInt(), 3);
    QCOMPARE(
        model->data(model->index(row, RunTableModel::BestValAccuracy), Qt::DisplayRole).toString(),
        QLocale().toString(90.0, 'f', 2) + QStringLiteral("% (test)"));  // no validation split
    QCOMPARE(model->data(model->index(row, RunTableModel::Epochs), Qt::DisplayRole).toString(),
             QStringLiteral("3 / 3"));

    // Filter and numeric sort.
    page.browser()->proxy()->setFilterFixedString(QStringLiteral("glorot"));
    QCOMPARE(page.browser()->proxy()->rowCount(), 1);
    page.browser()->proxy()->setFilterFixedString(QString());
    page.browser()->proxy()->sort(RunTableModel::FinalLoss, Qt::AscendingOrder);
    const QModelIndex first = page.browser()->proxy()->index(0, RunTableModel::Name);
    QCOMPARE(first.data().toString(), QStringLiteral("lsuv"));
  }

  void dropped_folders_and_files_open() {
    ComparePage page;
    page.set_runs_dir(outside_.path());
    SETTLE(page.browser());
    const auto drop = [&page](const QList<QUrl>& urls) {
      QMimeData data;
      data.setUrls(urls);
      QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
      QCoreApplication::sendEvent(&page, &enter);
      if (!enter.isAccepted()) return false;
      QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
      QCoreApplication::sendEvent(&page, &drop);
      return drop.isAccepted();
    };
    // Two run folders: shown where they lie, and selected for comparison.
    const QString he = root_.filePath(QStringLiteral("he"));
    const QString lsuv = root_.filePath(QStringLiteral("lsuv"));
    QVERIFY(drop({QUrl::fromLocalFile(he), QUrl::fromLocalFile(lsuv)}));
    SETTLE(page.browser());
    QCOMPARE(page.browser()->runs_dir(), root_.path());
    QCOMPARE(page.browser()->model()->rowCount(), 4);
    QStringList selected;
    for (const RunData& run : page.browser()->selected_runs()) selected << run.dir;
    selected.sort();
    QCOMPARE(selected, QStringList({he, lsuv}));
    QCOMPARE(page.view()->runs().size(), 2);
    // A Keras history: imported and selected.
    QVERIFY(drop({QUrl::fromLocalFile(keras_)}));
    SETTLE(page.browser());
    QCOMPARE(page.browser()->selected_runs().size(), 1);
    QVERIFY(page.browser()->selected_runs().first().imported);
    // A folder of runs becomes the runs folder.
    QTemporaryDir other;
    test::write_fixture_run(other.path(), "elsewhere", "lsuv", 1, 5, 1.0, 0);
    QVERIFY(drop({QUrl::fromLocalFile(other.path())}));
    SETTLE(page.browser());
    QCOMPARE(page.browser()->runs_dir(), other.path());
    QVERIFY(page.browser()->model()->find(other.filePath(QStringLiteral("elsewhere"))));
    // Text is not a path: the page does not take it.
    QMimeData text;
    text.setText(QStringLiteral("runs"));
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &enter);
    QVERIFY(!enter.isAccepted());
  }

  void histories_are_imported_remembered_and_removed() {
    QTemporaryDir dir;
    const QString keras = dir.filePath(QStringLiteral("keras.csv"));
    write_file(keras, ",acc,loss,val_acc,val_loss\n0,0.5,1.2,0.6,1.1\n1,0.7,0.8,0.75,0.7\n");
    // A spreadsheet's export: a byte-order mark, quoted names that say nothing, `;`, CRLF, a
    // decimal comma, percentages, x counted from 1.
    const QString sheet = dir.filePath(QStringLiteral("sheet.csv"));
    write_file(sheet,
               "\xEF\xBB\xBF\"x\";\"training\";\"validation\"\r\n"
               "1;41,5;38\r\n2;\"62.25\";55.5\r\n3;80;71.75\r\n");
    const QString other = dir.filePath(QStringLiteral("other.csv"));
    write_file(other, "a,b\n1,2\n");
    const std::vector<float> sheet_val = {0.38f, 0.555f, 0.7175f};
    const std::vector<float> sheet_train = {0.415f, 0.6225f, 0.8f};
    const std::vector<float> sheet_epochs = {1, 2, 3};

    {
      ComparePage page;
      page.set_runs_dir(root_.path());
      SETTLE(page.browser());
      RunBrowser* browser = page.browser();
      // The mapping dialog, driven through its API where a user would pick in it.
      QStringList asked;
      bool offered_x = false, importable_before = true, percent_after = false;
      browser->set_column_request([&](const HistoryPreview& preview,
                                      runs::HistoryColumns& columns) {
        asked << QFileInfo(preview.path).fileName();
        if (preview.path == other) return false;  // the user cancels this one
        HistoryImportDialog dialog(preview);
        offered_x =
            dialog.combo(HistoryImportDialog::Role::Epoch)->currentText() == QStringLiteral("x");
        importable_before = dialog.acceptable();
        dialog.set_column(HistoryImportDialog::Role::TrainAccuracy, 1);
        dialog.set_column(HistoryImportDialog::Role::ValAccuracy, 2);
        percent_after = dialog.percent_box()->isChecked();  // 41.5 .. 80: percent
        columns = dialog.columns();
        return dialog.acceptable();
      });
      QCOMPARE(browser->import_histories({keras, sheet, other}), QStringList({keras, sheet}));
      QCOMPARE(asked, QStringList({QStringLiteral("sheet.csv"), QStringLiteral("other.csv")}));
      QVERIFY(offered_x);
      QVERIFY(!importable_before);
      QVERIFY(percent_after);
      QVERIFY2(!browser->message().contains(QStringLiteral("import")),
               qPrintable(browser->message()));  // a skipped file is no problem

      browser->select_runs({keras, sheet});
      SETTLE(browser);
      QCOMPARE(browser->selected_runs().size(), 2);
      QCOMPARE(page.view()->runs().size(), 2);
      const RunData* s = browser->model()->find(sheet);
      QVERIFY(s && s->readable());
      QCOMPARE(s->curve(Metric::ValAccuracy).value, sheet_val);  // percent divided by 100
      QCOMPARE(s->curve(Metric::TrainAccuracy).value, sheet_train);
      QCOMPARE(s->curve(Metric::ValAccuracy).x(XAxis::Epoch), sheet_epochs);
      QCOMPARE(browser->model()->find(keras)->curve(Metric::ValAccuracy).value,
               std::vector<float>({0.6f, 0.75f}));
      QCOMPARE(remembered_histories().size(), 2);
    }

    {
      // Opened again: both come back, the sheet with its mapping.
      RunBrowser browser;
      SETTLE(&browser);
      const RunData* s = browser.model()->find(sheet);
      QVERIFY(s && s->readable());
      QCOMPARE(s->curve(Metric::ValAccuracy).value, sheet_val);
      QVERIFY(browser.model()->find(keras) && browser.model()->find(keras)->readable());
      auto* remove = browser.findChild<QPushButton*>(QStringLiteral("remove_imported"));
      QVERIFY(remove);
      QVERIFY(!remove->isEnabled());
      browser.select_runs({sheet});
      QVERIFY(remove->isEnabled());
      remove->click();
      QVERIFY(!browser.model()->find(sheet));
      QVERIFY(browser.model()->find(keras));
      const QList<RememberedHistory> left = remembered_histories();
      QCOMPARE(left.size(), 1);
      QCOMPARE(left.first().path, keras);
      QSettings store;
      for (const QString& key : store.allKeys()) QVERIFY(store.value(key).toString() != sheet);
    }

    {
      // A remembered file that vanished is reported, not dropped silently.
      QVERIFY(QFile::remove(keras));
      RunBrowser browser;
      SETTLE(&browser);
      QVERIFY(!browser.model()->find(sheet));
      const RunData* gone = browser.model()->find(keras);
      QVERIFY(gone && !gone->readable());
      QVERIFY2(browser.message().contains(QStringLiteral("no longer exists")),
               qPrintable(browser.message()));
      browser.select_runs({keras});
      browser.remove_selected_imports();
      QCOMPARE(browser.model()->rowCount(), 0);
      QVERIFY(remembered_histories().isEmpty());
    }
  }

  void new_and_live_runs_appear() {
    QTemporaryDir root;
    ComparePage page;
    page.browser()->set_refresh_interval_ms(100);
    page.set_runs_dir(root.path());
    SETTLE(page.browser());
    QCOMPARE(page.browser()->model()->rowCount(), 0);
    const QString dir =
        test::write_fixture_run(root.path(), "live", "lsuv", 1, 5, 1.0, 0, "running");
    // A live run is one whose training process holds its lock (here: this test).
    const auto lock = runs::RunLock::acquire(runs::RunFolder(dir.toStdString()));
    QTRY_COMPARE(page.browser()->model()->rowCount(), 1);
    page.browser()->select_runs({dir});
    SETTLE(page.browser());
    QSignalSpy spy(page.browser(), &RunBrowser::selected_runs_changed);
    {
      const runs::RunFolder folder(dir.toStdString());
      runs::RunWriter writer(folder);
      metrics::EpochMetrics e;
      e.epoch = 1;
      e.validation.accuracy = 0.95;
      writer.append_epoch(e);
      folder.write_status("finished");
    }
    QTRY_COMPARE(page.browser()->model()->find(dir)->epochs_done, 2);
    QTRY_COMPARE(page.browser()->model()->find(dir)->state, QStringLiteral("finished"));
    QVERIFY(spy.count() >= 1);
    QCOMPARE(page.view()->runs().first().epochs_done, 2);
  }

  void rows_come_from_summaries_and_curves_load_on_selection() {
    ComparePage page;
    page.set_runs_dir(root_.path());
    SETTLE(page.browser());
    RunTableModel* model = page.browser()->model();
    const RunData* he = model->find(root_.filePath(QStringLiteral("he")));
    QVERIFY(he);
    // Listed from config.json, the status and epochs.csv: no curves read yet.
    QVERIFY(he->summary_only);
    QVERIFY(he->curve(Metric::ValAccuracy).empty());
    QVERIFY(he->epochs_done > 0);
    QVERIFY(he->best_epoch >= 0);
    page.browser()->select_runs({QStringLiteral("he")});
    SETTLE(page.browser());
    he = model->find(root_.filePath(QStringLiteral("he")));
    QVERIFY(!he->summary_only);
    QCOMPARE(static_cast<int>(he->curve(Metric::ValAccuracy).value.size()), he->epochs_done);
    // The others stay summaries.
    QVERIFY(model->find(root_.filePath(QStringLiteral("lsuv")))->summary_only);
  }

  // The selected runs are read in parallel: all arrive, each exactly as a whole read gives it,
  // and the view always lists them in the table's order (their colours do not depend on which
  // was read first).
  void runs_read_in_parallel_all_arrive_in_table_order() {
    QTemporaryDir root;
    QStringList dirs;
    for (int r = 0; r < 6; ++r)
      dirs << test::write_fixture_run(root.path(), "run" + std::to_string(r), "lsuv", 4,
                                      300 + 50 * r, 1.0 + 0.1 * r, r % 4);
    ComparePage page;
    page.set_runs_dir(root.path());
    SETTLE(page.browser());
    QSignalSpy changed(page.browser(), &RunBrowser::selected_runs_changed);
    page.browser()->select_runs(dirs);
    SETTLE(page.browser());

    QStringList table_order;
    const auto* proxy = page.browser()->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
      table_order
          << page.browser()->model()->at(proxy->mapToSource(proxy->index(row, 0)).row()).dir;
    QCOMPARE(table_order.size(), 6);
    int loaded_before = 0;
    for (const auto& emission : changed) {
      const auto runs = emission.at(0).value<QList<RunData>>();
      QStringList order;
      int loaded = 0;
      for (const RunData& run : runs) {
        order << run.dir;
        loaded += run.summary_only ? 0 : 1;
      }
      QCOMPARE(order, table_order);
      QVERIFY2(loaded >= loaded_before, "a run read earlier was lost");
      loaded_before = loaded;
    }
    QCOMPARE(loaded_before, 6);
    const QList<RunData> shown = page.view()->runs();
    QCOMPARE(shown.size(), 6);
    for (int i = 0; i < shown.size(); ++i) {
      QCOMPARE(shown[i].dir, table_order[i]);
      const RunData whole = load_run_folder(shown[i].dir);
      for (Metric m : {Metric::BatchLoss, Metric::ValAccuracy}) {
        QCOMPARE(shown[i].curve(m).value, whole.curve(m).value);
        QCOMPARE(shown[i].curve(m).x(XAxis::Step), whole.curve(m).x(XAxis::Step));
      }
    }
  }

  void view_overlays_selected_runs() {
    ComparePage page;
    page.resize(1200, 800);
    page.set_runs_dir(root_.path());
    SETTLE(page.browser());
    QVERIFY(page.browser()->import_history(keras_));
    CompareView* view = page.view();
    view->redraw();
    QVERIFY(view->notice().contains(QStringLiteral("two or more")));

    page.browser()->select_runs(
        {QStringLiteral("he"), QStringLiteral("lsuv"), QStringLiteral("paper")});
    SETTLE(page.browser());
    QCOMPARE(view->runs().size(), 3);
    view->set_metric(Metric::ValAccuracy);
    view->set_x_axis(XAxis::Epoch);
    view->redraw();
    QCOMPARE(view->charts().size(), 1);
    QCOMPARE(view->charts().first()->curve_count(), 3);  // the Keras history sits beside ours

    view->set_x_axis(XAxis::WallTime);
    view->redraw();
    QCOMPARE(view->charts().first()->curve_count(), 2);
    QVERIFY2(view->notice().contains(QStringLiteral("paper")), qPrintable(view->notice()));

    view->set_x_axis(XAxis::Step);
    view->set_metric(Metric::BatchLoss);
    view->set_smoothing(0.6);
    view->set_log_y(true);
    view->redraw();
    QCOMPARE(view->charts().first()->curve_count(), 2);
    QVERIFY(view->notice().contains(QStringLiteral("paper (imported) has no batch loss")));
    // Smoothed and raw series and a best-epoch marker for each drawn run.
    const QList<QAbstractSeries*> series = view->charts().first()->chart()->series();
    QCOMPARE(std::count_if(series.begin(), series.end(),
                           [](const QAbstractSeries* s) { return s->isVisible(); }),
             2 * 3);

    view->set_baseline(root_.filePath(QStringLiteral("he")));
    view->redraw();
    QCOMPARE(view->charts().first()->curve_count(), 1);  // lsuv minus he

    view->set_baseline(QString());
    view->set_small_multiples(true);
    view->redraw();
    QCOMPARE(view->charts().size(), 7);
    // The small multiples share one x range: the widest of their plans'.
    const auto x_range_of = [](CompareChart* chart) {
      const auto* axis = static_cast<QValueAxis*>(chart->chart()->axes(Qt::Horizontal).first());
      return std::make_pair(axis->min(), axis->max());
    };
    for (CompareChart* chart : view->charts())
      QCOMPARE(x_range_of(chart), x_range_of(view->charts().first()));

    // Only the differing settings: the initializer (and the Keras file's own keys).
    QVERIFY(view->differing_keys().contains(QStringLiteral("init")));
    QVERIFY(!view->differing_keys().contains(QStringLiteral("name")));
    page.browser()->select_runs({QStringLiteral("he"), QStringLiteral("lsuv")});
    SETTLE(page.browser());
    QCOMPARE(view->differing_keys(), QStringList({QStringLiteral("init")}));
    // The row shows the setting's label from the settings table; the key is in its tooltip.
    auto* table = view->findChild<QTableWidget*>(QStringLiteral("settings_table"));
    QVERIFY(table);
    QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("Initializer"));
    QVERIFY(table->verticalHeaderItem(0)->toolTip().contains(QStringLiteral("init")));
  }

  // A scheduled redraw works the points out on a worker: the charts it gives are those of a
  // redraw on the GUI thread, and one overtaken by a newer redraw is never shown.
  void a_redraw_on_the_worker_draws_what_a_redraw_now_draws() {
    ComparePage page;
    page.resize(1200, 800);
    page.set_runs_dir(root_.path());
    SETTLE(page.browser());
    page.browser()->select_runs({QStringLiteral("he"), QStringLiteral("glorot")});
    SETTLE(page.browser());
    CompareView* view = page.view();
    view->set_metric(Metric::BatchLoss);
    view->set_smoothing(0.6);
    QTRY_VERIFY(!view->redraw_pending());
    const auto points_of = [view] {
      QList<int> counts;
      for (QAbstractSeries* series : view->charts().first()->chart()->series())
        counts.append(static_cast<int>(static_cast<QXYSeries*>(series)->count()));
      return counts;
    };
    const QList<int> background = points_of();
    QCOMPARE(view->charts().first()->curve_count(), 2);
    view->redraw();
    QCOMPARE(points_of(), background);
    QCOMPARE(view->charts().first()->chart()->title(), metric_title(Metric::BatchLoss));

    // Scheduled for one metric, overtaken by a redraw now of another: the scheduled one never
    // shows.
    view->set_metric(Metric::TrainLoss);
    view->set_metric(Metric::ValAccuracy);
    view->redraw();
    QTest::qWait(100);
    QVERIFY(!view->redraw_pending());
    // The fixture's runs have no validation split: their epochs are test evaluations.
    QCOMPARE(view->charts().first()->chart()->title(), QStringLiteral("Test accuracy"));
    QCOMPARE(metric_title(Metric::ValAccuracy, view->runs()), QStringLiteral("Test accuracy"));
  }

  // A followed run's update (new points, the same runs and settings) leaves the settings table
  // and the baseline choices as they are; a change of settings rebuilds them.
  void a_live_update_keeps_the_settings_table() {
    ComparePage page;
    page.set_runs_dir(root_.path());
    SETTLE(page.browser());
    page.browser()->select_runs({QStringLiteral("he"), QStringLiteral("lsuv")});
    SETTLE(page.browser());
    CompareView* view = page.view();
    auto* table = view->findChild<QTableWidget*>(QStringLiteral("settings_table"));
    QVERIFY(table);
    const int row = static_cast<int>(view->differing_keys().indexOf(QStringLiteral("init")));
    QVERIFY(row >= 0);
    table->item(row, 0)->setData(Qt::UserRole, QStringLiteral("kept"));

    QList<RunData> runs = view->runs();
    runs[0].state = QStringLiteral("running");
    runs[0].epochs_done += 1;
    view->set_runs(runs);
    QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toString(), QStringLiteral("kept"));

    runs[0].settings[QStringLiteral("init")] = QStringLiteral("orthogonal");
    view->set_runs(runs);
    QCOMPARE(table->item(row, 0)->text(), QStringLiteral("orthogonal"));
    QVERIFY(table->item(row, 0)->data(Qt::UserRole).isNull());
  }

  // Two seeds of one configuration draw as one line, their mean, in a band; a run of another
  // configuration stays a line of its own.
  void seeds_of_one_configuration_draw_as_one_line_in_a_band() {
    QTemporaryDir root;
    const QString a =
        test::write_fixture_run(root.path(), "lsuv-s1", "lsuv", 3, 20, 1.0, 2, "finished", 1,
                                /*test_accuracy_of_best=*/0.8);
    const QString b =
        test::write_fixture_run(root.path(), "lsuv-s2", "lsuv", 3, 20, 1.5, 1, "finished", 2,
                                /*test_accuracy_of_best=*/0.7);
    test::write_fixture_run(root.path(), "he-s1", "he-normal", 3, 20, 0.8, 2, "finished", 1);
    ComparePage page;
    page.resize(1200, 800);
    page.set_runs_dir(root.path());
    SETTLE(page.browser());
    page.browser()->select_runs({"lsuv-s1", "lsuv-s2", "he-s1"});
    SETTLE(page.browser());
    CompareView* view = page.view();
    view->set_metric(Metric::BatchLoss);
    view->set_x_axis(XAxis::Step);
    view->redraw();
    QCOMPARE(view->charts().first()->curve_count(), 3);

    view->set_merge_seeds(true, Band::MinMax);
    view->redraw();
    CompareChart* chart = view->charts().first();
    QCOMPARE(chart->curve_count(), 2);
    const auto visible = [chart](QAbstractSeries::SeriesType type) {
      QList<QAbstractSeries*> found;
      for (QAbstractSeries* series : chart->chart()->series())
        if (series->isVisible() && series->type() == type) found.append(series);
      return found;
    };
    const QList<QAbstractSeries*> bands = visible(QAbstractSeries::SeriesTypeArea);
    QCOMPARE(bands.size(), 1);
    // The merged line is the mean of the two runs' losses, the band their min and max.
    const QList<QAbstractSeries*> lines = visible(QAbstractSeries::SeriesTypeLine);
    QLineSeries* merged = nullptr;
    for (QAbstractSeries* line : lines)
      if (line->name() == QStringLiteral("lsuv-s1 (2 seeds)"))
        merged = static_cast<QLineSeries*>(line);
    QVERIFY(merged);
    const int step = 7;
    const QPointF p = merged->at(step);
    QCOMPARE(p.x(), double(step));
    QCOMPARE(float(p.y()),
             float((test::fixture_loss(1.0, step) + test::fixture_loss(1.5, step)) / 2));
    auto* area = static_cast<QAreaSeries*>(bands.first());
    QCOMPARE(float(area->upperSeries()->at(step).y()), float(test::fixture_loss(1.5, step)));
    QCOMPARE(float(area->lowerSeries()->at(step).y()), float(test::fixture_loss(1.0, step)));

    // The configurations table: one row each, the seeds' figures as mean ± sample std.
    auto* table = view->findChild<QTableWidget*>(QStringLiteral("configurations_table"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    int row = -1;
    for (int r = 0; r < 2; ++r)
      if (table->item(r, 0)->text() == QStringLiteral("lsuv-s1 (2 seeds)")) row = r;
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(row, 2)->text(),
             QStringLiteral("90.00% ± 0.00% (test)"));                   // both peak at 0.9
    QCOMPARE(table->item(row, 3)->text(), QStringLiteral("2.5 ± 0.7"));  // epochs 3 and 2
    // test.json's accuracy of each seed's best checkpoint: 0.8 and 0.7.
    QCOMPARE(table->item(row, 4)->text(), QStringLiteral("75.00% ± 7.07%"));
    QCOMPARE(table->item(1 - row, 4)->text(), QStringLiteral("—"));  // no test.json
    QCOMPARE(table->item(1 - row, 1)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(1 - row, 3)->text(), QStringLiteral("3.0"));  // one run: no ±

    // With ALLCNN_SHOTS_DIR set, the page is saved there to be looked at.
    if (const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR"); !shots.isEmpty()) {
      view->set_metric(Metric::BatchAccuracy);
      view->redraw();
      page.show();
      QVERIFY(QTest::qWaitForWindowExposed(&page));
      QDir().mkpath(shots);
      QVERIFY(allcnn::testing::save_shot(page, shots + QStringLiteral("/compare-seeds.png")));
      view->set_metric(Metric::BatchLoss);
      view->redraw();
    }

    // Back to one line per run: the band is hidden and emptied.
    view->set_merge_seeds(false);
    view->redraw();
    QCOMPARE(chart->curve_count(), 3);
    QVERIFY(visible(QAbstractSeries::SeriesTypeArea).isEmpty());
  }

  void exports_write_files() {
    ComparePage page;
    page.resize(1000, 700);
    page.set_runs_dir(root_.path());
    SETTLE(page.browser());
    page.browser()->select_runs({QStringLiteral("he"), QStringLiteral("glorot")});
    SETTLE(page.browser());
    page.show();
    QTemporaryDir out;
    CompareView* view = page.view();
    const QString png = out.filePath(QStringLiteral("chart.png"));
    QVERIFY(view->save_png(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    // Twice the panel's size on screen by default; as asked otherwise.
    QWidget* panel = view->findChild<QWidget*>(QStringLiteral("plot_panel"));
    QVERIFY(panel);
    QCOMPARE(image.size(), panel->size() * 2);
    QVERIFY(view->save_png(png, 3));
    QCOMPARE(QImage(png).size(), panel->size() * 3);
    // Exported right after the runs were chosen, the chart still has its axes: the y axis's
    // labels are dark pixels left of the plot area.
    const CompareChart* chart = view->charts().first();
    const QPoint at = chart->mapTo(panel, QPoint(0, 0));
    const QRectF plot = chart->chart()->plotArea();
    int dark = 0;
    for (int y = int(at.y() + plot.top()) * 2; y < int(at.y() + plot.bottom()) * 2; ++y)
      for (int x = at.x() * 2; x < int(at.x() + plot.left()) * 2; ++x)
        if (qGray(image.pixel(x, y)) < 128) ++dark;
    QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
    if (CompareView::svg_supported()) {
      const QString svg = out.filePath(QStringLiteral("chart.svg"));
      QVERIFY(view->save_svg(svg));
      QFile file(svg);
      QVERIFY(file.open(QIODevice::ReadOnly));
      const QByteArray text = file.readAll();
      QVERIFY(text.contains("<svg"));
      QVERIFY(text.contains("glorot"));  // the legend is part of the drawing
    }
    const QString csv = out.filePath(QStringLiteral("runs.csv"));
    QCOMPARE(view->save_long_csv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine(), QByteArray("run,metric,step,epoch,wall_time,value\n"));
  }
};

QTEST_MAIN(TestCompareView)
#include "test_compare_view.moc"
