// The compare page over a folder of many runs from several groups (sweeps, studies), as a
// researcher meets it: the group chooser shows one group's runs alone, and a group has one hue
// in the run table, the charts, the legend and the tables, its configurations shades of it.
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "../common/save_shot.h"
#include "../ui/isolated_settings.h"
#include "chart_style.h"
#include "compare_chart.h"
#include "compare_page.h"
#include "compare_view.h"
#include "group_colors.h"
#include "run_browser.h"
#include "run_fixture.h"
#include "run_table_model.h"

#define SETTLE(browser) QTRY_VERIFY_WITH_TIMEOUT(!(browser)->busy(), 10000)

using namespace allcnn;
using namespace allcnn::ui::compare;

namespace {

// Degrees apart on the colour wheel (hslHueF is a fraction of the turn); rounding a shade to
// 8-bit RGB moves its hue a little.
double hue_distance(const QColor& a, const QColor& b) {
  const double d = std::abs(a.hslHueF() - b.hslHueF());
  return 360.0 * std::min(d, 1.0 - d);
}

bool same_hue(const QColor& a, const QColor& b) { return hue_distance(a, b) < 8; }

// The pen of the visible line named `name` in `chart`; invalid when there is none.
QColor line_color(CompareChart* chart, const QString& name) {
  for (QAbstractSeries* series : chart->chart()->series())
    if (auto* line = qobject_cast<QLineSeries*>(series))
      if (line->isVisible() && line->name() == name) return line->pen().color();
  return {};
}

}  // namespace

class TestCompareGroups : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir root_;
  QTemporaryDir settings_;
  QStringList init_runs_, epochs_runs_, loose_runs_;

  // `name` of `group`, varying `key` to `value`, seed `seed` (from 1).
  QString write_group_run(const std::string& name, const std::string& group, const std::string& key,
                          const std::string& value, const std::string& init, int epochs, int seed,
                          double scale) {
    config::GroupTag tag;
    tag.name = group;
    tag.varies = {{key, value}};
    tag.seed_index = seed - 1;
    test::write_fixture_run(root_.path(), name, init, epochs, 20, scale, epochs - 1, "finished",
                            seed, -1, tag);
    return QString::fromStdString(name);
  }

  // With ALLCNN_SHOTS_DIR set, the page is saved there to be looked at (batch accuracy, the
  // most telling chart of the fixtures).
  static void shoot(ComparePage& page, const QString& file) {
    const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR");
    if (shots.isEmpty()) return;
    CompareView* view = page.view();
    view->set_metric(Metric::BatchAccuracy);
    view->redraw();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QDir().mkpath(shots);
    QVERIFY(allcnn::testing::save_shot(page, QDir(shots).filePath(file)));
    view->set_metric(Metric::BatchLoss);
    view->redraw();
  }

 private Q_SLOTS:
  void initTestCase() {
    allcnn::ui::testing::isolate_user_files(QStringLiteral("test_compare_groups"),
                                            settings_.path());
    QVERIFY(root_.isValid());
    // 15 runs: an initializer study (3 configurations x 2 seeds), an epochs study (2 x 2), a
    // quick look (2 runs) and 3 runs of no group.
    int k = 0;
    for (const std::string init : {"he-normal", "lsuv", "glorot-normal"})
      for (int seed = 1; seed <= 2; ++seed)
        init_runs_ << write_group_run("init-" + init + "-s" + std::to_string(seed), "init-study",
                                      "init", init, init, 3, seed, 0.8 + 0.1 * k++);
    for (const int epochs : {2, 4})
      for (int seed = 1; seed <= 2; ++seed)
        epochs_runs_ << write_group_run(
            "epochs-" + std::to_string(epochs) + "-s" + std::to_string(seed), "epochs-study",
            "epochs", std::to_string(epochs), "lsuv", epochs, seed, 0.7 + 0.1 * k++);
    for (const std::string init : {"he-normal", "orthogonal"})
      write_group_run("quick-" + init, "quick-look", "init", init, init, 2, 1, 1.0 + 0.1 * k++);
    // 5 epochs: not the configuration of any group's run, so no group's seeds take them in.
    for (const std::string init : {"he-normal", "lsuv", "orthogonal"}) {
      test::write_fixture_run(root_.path(), "loose-" + init, init, 5, 20, 0.9 + 0.1 * k++, 1);
      loose_runs_ << QString::fromStdString("loose-" + init);
    }
  }

  // The chooser lists each group with its run count; choosing one shows its runs alone (and
  // the text filter still narrows them), and the comparison keeps only the runs still shown.
  void the_group_chooser_shows_one_group_alone() {
    ComparePage page;
    page.resize(1366, 768);
    page.set_runs_dir(root_.path());
    SETTLE(page.browser());
    RunBrowser* browser = page.browser();
    auto* chooser = browser->findChild<QComboBox*>(QStringLiteral("group_filter"));
    QVERIFY(chooser);
    QStringList items;
    for (int i = 0; i < chooser->count(); ++i) items << chooser->itemText(i);
    QCOMPARE(items, (QStringList{"All runs (15)", "epochs-study (4)", "init-study (6)",
                                 "quick-look (2)", "No group (3)"}));
    // Each group's entry shows its colour, the one its rows show.
    QVERIFY(!chooser->itemIcon(2).isNull());

    browser->select_runs(init_runs_ + epochs_runs_ + loose_runs_);
    SETTLE(browser);
    QCOMPARE(page.view()->runs().size(), 13);

    chooser->setCurrentIndex(chooser->findData(QStringLiteral("init-study")));
    QVERIFY(browser->group_filter() == std::optional<QString>(QStringLiteral("init-study")));
    QSortFilterProxyModel* proxy = browser->proxy();
    QCOMPARE(proxy->rowCount(), 6);
    for (int row = 0; row < proxy->rowCount(); ++row)
      QVERIFY(proxy->index(row, RunTableModel::Group).data().toString().startsWith("init-study"));
    QCOMPARE(browser->selected_runs().size(), 6);
    QTRY_COMPARE(page.view()->runs().size(), 6);
    for (const RunData& run : page.view()->runs())
      QCOMPARE(run.group, QStringLiteral("init-study"));

    proxy->setFilterFixedString(QStringLiteral("lsuv"));  // the two seeds of its lsuv runs
    QCOMPARE(proxy->rowCount(), 2);
    proxy->setFilterFixedString(QString());

    browser->set_group_filter(QString());  // the runs of no group
    QCOMPARE(chooser->currentText(), QStringLiteral("No group (3)"));
    QCOMPARE(proxy->rowCount(), 3);
    browser->set_group_filter(std::nullopt);
    QCOMPARE(chooser->currentIndex(), 0);
    QCOMPARE(proxy->rowCount(), 15);
  }

  // A group has one hue: the table's swatch, the lines, the legend and the tables' names; its
  // configurations are shades of it (the seeds of one alike), runs of no group grey.
  void a_group_has_one_hue_in_the_table_and_the_charts() {
    ComparePage page;
    page.resize(1366, 768);
    page.set_runs_dir(root_.path());
    SETTLE(page.browser());
    RunTableModel* model = page.browser()->model();
    QHash<QString, QColor> swatch;  // by group, from the table's rows
    for (int row = 0; row < model->rowCount(); ++row) {
      const RunData& run = model->at(row);
      const QVariant color = model->index(row, RunTableModel::Group).data(Qt::DecorationRole);
      if (run.group.isEmpty()) {
        QVERIFY(!color.isValid());
        continue;
      }
      QVERIFY(color.isValid());
      if (swatch.contains(run.group))
        QCOMPARE(color.value<QColor>(), swatch.value(run.group));  // every row of the group
      swatch.insert(run.group, color.value<QColor>());
    }
    QCOMPARE(swatch.size(), 3);
    for (const QString& a : swatch.keys())
      for (const QString& b : swatch.keys())
        if (a != b) QVERIFY2(hue_distance(swatch[a], swatch[b]) > 30, qPrintable(a + " and " + b));

    page.browser()->select_runs(init_runs_ + epochs_runs_ + loose_runs_.mid(0, 2));
    SETTLE(page.browser());
    CompareView* view = page.view();
    QCOMPARE(view->color_by(), ColorBy::Automatic);
    view->set_metric(Metric::BatchLoss);
    view->redraw();
    const QList<RunData> runs = view->runs();
    const QList<QColor> colors = view->colors();
    QCOMPARE(colors.size(), 12);
    QHash<QString, QColor> by_name;
    for (int i = 0; i < runs.size(); ++i) {
      by_name.insert(runs[i].name, colors[i]);
      if (runs[i].group.isEmpty())
        QCOMPARE(colors[i].hslSaturation(), 0);  // grey
      else
        QVERIFY2(same_hue(colors[i], swatch.value(runs[i].group)), qPrintable(runs[i].name));
      // The chart draws each run in its colour.
      QCOMPARE(line_color(view->charts().first(), runs[i].name), colors[i]);
    }
    // Seeds of one configuration share a shade; the configurations of a group differ.
    QCOMPARE(by_name["init-lsuv-s1"], by_name["init-lsuv-s2"]);
    QCOMPARE(by_name["epochs-4-s1"], by_name["epochs-4-s2"]);
    QVERIFY(by_name["init-lsuv-s1"] != by_name["init-he-normal-s1"]);
    QVERIFY(by_name["init-lsuv-s1"] != by_name["init-glorot-normal-s1"]);
    QVERIFY(by_name["init-he-normal-s1"] != by_name["init-glorot-normal-s1"]);
    QVERIFY(by_name["epochs-2-s1"] != by_name["epochs-4-s1"]);
    QVERIFY(by_name["loose-he-normal"] != by_name["loose-lsuv"]);

    // The legend is a key to the hues: each group's name before its lines.
    const QString legend = view->findChild<QLabel*>(QStringLiteral("legend"))->text();
    const auto at = [&legend](const QString& text) { return legend.indexOf(text); };
    QVERIFY2(at("<b>epochs-study:</b>") >= 0 && at("<b>init-study:</b>") >= 0, qPrintable(legend));
    QVERIFY(at("<b>init-study:</b>") < at("init-lsuv-s1"));
    QVERIFY(at("<b>No group:</b>") > at("init-lsuv-s1"));

    shoot(page, QStringLiteral("compare-groups.png"));

    // Seeds merged: one line per configuration, in its shade; the configurations table too.
    view->set_merge_seeds(true);
    view->redraw();
    CompareChart* chart = view->charts().first();
    QCOMPARE(chart->curve_count(), 3 + 2 + 2);
    QCOMPARE(line_color(chart, QStringLiteral("init-study: init=lsuv (2 seeds)")),
             by_name["init-lsuv-s1"]);
    auto* table = view->findChild<QTableWidget*>(QStringLiteral("configurations_table"));
    QVERIFY(table);
    for (int row = 0; row < table->rowCount(); ++row)
      if (table->item(row, 0)->text() == QStringLiteral("epochs-study: epochs=2 (2 seeds)"))
        QCOMPARE(table->item(row, 0)->foreground().color(), by_name["epochs-2-s1"]);

    shoot(page, QStringLiteral("compare-groups-merged.png"));
    view->set_merge_seeds(false);

    // By run: the palette in order, as before groups; Automatic within one group does the same.
    view->set_color_by(ColorBy::Run);
    for (int i = 0; i < runs.size(); ++i) QCOMPARE(view->colors()[i], ui::series_color(i));
    view->set_color_by(ColorBy::Automatic);
    page.browser()->select_runs(init_runs_);
    SETTLE(page.browser());
    QCOMPARE(view->runs().size(), 6);
    for (int i = 0; i < 6; ++i) QCOMPARE(view->colors()[i], ui::series_color(i));
    view->set_color_by(ColorBy::Group);
    QVERIFY(same_hue(view->colors()[0], swatch.value(QStringLiteral("init-study"))));
  }
};

QTEST_MAIN(TestCompareGroups)
#include "test_compare_groups.moc"
