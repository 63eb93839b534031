// Not a test: prints, as JSON lines,
//  - the event-loop latency (max and p99 gap of a 1 ms timer) while a short real run trains;
//  - the time to update charts holding 1,000,000 points per series (decimate + replace), and
//    to render them.
//  - the event-loop latency and peak memory while the compare page follows a live run of the
//    paper's length (350 epochs x 1,563 batches) that appends 1,000 batch rows a second.
//  - (a) opening the compare page on 8 runs of the paper's length and selecting them all: time
//    to the first drawn chart, to a batch-loss chart of all 8, the event loop meanwhile and the
//    peak memory;
//  - (d) a confusion-cell click on a width-1 All-CNN-C: time until the cell's images are
//    listed (the test split classified first) and the event loop meanwhile.
// Usage: QT_QPA_PLATFORM=offscreen bench_ui [--skip-training] [--only SCENARIO]
//   SCENARIO: chart, follow, open8, confusion, training
// ALLCNN_BENCH_TRACE_MS=N prints each event delivery of N ms or more, with what it held up
// (event_trace.h): where a gap comes from.
#include <algorithm>
#include <cmath>
#include <ctime>
#include <tuple>
#include <vector>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include "../common/peak_memory.h"
#include "chart_panel.h"
#include "compare_chart.h"
#include "compare_page.h"
#include "compare_view.h"
#include "confusion_view.h"
#include "decimate.h"
#include "event_trace.h"
#include "inspect_page.h"
#include "main_window.h"
#include "paper_run.h"
#include "run_browser.h"
#include "run_table_model.h"
#include "training_controller.h"
#include "workbench_fixture.h"

using namespace allcnn::ui;

namespace {

using allcnn::testing::spin_until;
using testing::PaperRun;

// CPU time of this thread: what the update costs, without the waits of a busy machine.
double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<size_t>(p * values.size()))];
}

void bench_training_latency() {
  QTemporaryDir runs;
  MainWindow window;
  window.show();
  if (!QTest::qWaitForWindowExposed(&window)) std::fprintf(stderr, "window not exposed\n");
  testing::ShortRun run;
  run.runs_dir = runs.path();
  run.train_limit = 4096;
  run.test_limit = 1024;
  run.epochs = 2;
  testing::fill_form(window, run);
  TrainPage* page = window.train_page();
  QSignalSpy ended(page->controller(), &TrainingController::run_ended);
  int ticks_with_metrics = 0;
  QObject::connect(page->controller(), &TrainingController::metrics_arrived,
                   [&ticks_with_metrics] { ++ticks_with_metrics; });
  testing::LatencyProbe probe;
  QElapsedTimer wall;
  wall.start();
  probe.start();
  page->start_run();
  spin_until([&ended] { return !ended.isEmpty(); }, 600000);
  probe.stop();
  const auto result = ended.isEmpty() ? RunResult{} : ended.last().at(0).value<RunResult>();
  const size_t batches = page->charts()->store().series(QStringLiteral("batch_loss")).size();
  std::printf(
      "{\"bench\": \"event_loop_during_training\", \"state\": \"%s\", \"wall_s\": %.2f, "
      "\"batches\": %zu, \"drain_ticks_with_metrics\": %d, \"timer_ticks\": %zu, "
      "\"max_gap_ms\": %.2f, \"p99_gap_ms\": %.2f, \"p50_gap_ms\": %.2f}\n",
      qPrintable(result.state), wall.elapsed() / 1000.0, batches, ticks_with_metrics, probe.ticks(),
      probe.max_ms(), probe.percentile_ms(0.99), probe.percentile_ms(0.5));
  std::fflush(stdout);
  window.close();
}

void bench_chart_update(int points) {
  ChartPanel charts;
  charts.resize(1400, 800);
  charts.show();
  if (!QTest::qWaitForWindowExposed(&charts)) std::fprintf(stderr, "charts not exposed\n");

  const int per_epoch = 391;
  MetricsChunk chunk;
  chunk.batches.reserve(points);
  for (int i = 0; i < points; ++i) {
    allcnn::metrics::BatchMetrics b;
    b.epoch = i / per_epoch;
    b.batch = i % per_epoch;
    b.batches_per_epoch = per_epoch;
    b.step = i;
    b.loss = 2.3 * std::exp(-i / 200000.0) + 0.2 * std::sin(i * 0.37) +
             0.05 * ((static_cast<int64_t>(i) * 7919) % 13);
    b.accuracy = std::min(1.0, 0.1 + i / 1.2e6 + 0.05 * std::sin(i * 0.11));
    b.learning_rate = 0.01 / (1.0 + 1e-6 * i);
    chunk.batches.push_back(b);
  }
  for (int e = 0; e < points / per_epoch; ++e) {
    allcnn::metrics::EpochMetrics m;
    m.epoch = e;
    m.train_loss = 2.0 * std::exp(-e / 500.0);
    m.validation.loss = m.train_loss * 1.1;
    m.train_accuracy = 1.0 - m.train_loss / 2.5;
    m.validation.accuracy = m.train_accuracy * 0.95;
    chunk.epochs.push_back(m);
  }
  QElapsedTimer clock;
  clock.start();
  charts.add(chunk);
  const double append_ms = clock.nsecsElapsed() / 1e6;

  // The pure decimation of one series (float columns), for comparison with the whole update:
  // to 1,000 pixel columns, and to 1,500 (a wide chart); by a scan of every point (the
  // baseline) and through the store's block index (what the charts do).
  std::vector<double> decimate_ms, decimate_wide_ms, indexed_ms, indexed_wide_ms;
  const RawSeries& loss = charts.store().series(QStringLiteral("batch_loss"));
  for (int i = 0; i < 10; ++i) {
    for (auto [columns, scanned, indexed] :
         {std::tuple{1000, &decimate_ms, &indexed_ms},
          std::tuple{1500, &decimate_wide_ms, &indexed_wide_ms}}) {
      clock.restart();
      const auto points = decimate_min_max(loss.x, loss.y, 0.0, loss.x.back(), columns);
      scanned->push_back(clock.nsecsElapsed() / 1e6);
      clock.restart();
      const auto through_index =
          charts.store().decimate(QStringLiteral("batch_loss"), 0.0, loss.x.back(), columns);
      indexed->push_back(clock.nsecsElapsed() / 1e6);
      if (points.isEmpty() || through_index != points)
        std::fprintf(stderr, "the index decimated to other points than the scan\n");
    }
  }

  // Each timer tick appends a few batches and redraws: decimate + one replace() per series.
  std::vector<double> update_ms, update_cpu_ms, render_ms;
  MetricsChunk tick;
  tick.batches.push_back(chunk.batches.back());
  for (int i = 0; i < 30; ++i) {
    tick.batches[0].step += 1;
    clock.restart();
    const double cpu_start = thread_cpu_ms();
    charts.add(tick);
    charts.refresh();
    update_cpu_ms.push_back(thread_cpu_ms() - cpu_start);
    update_ms.push_back(clock.nsecsElapsed() / 1e6);
    clock.restart();
    const QPixmap frame = charts.grab();  // paints every chart, as the next frame would
    render_ms.push_back(clock.nsecsElapsed() / 1e6);
  }
  std::printf(
      "{\"bench\": \"chart_update\", \"points_per_series\": %zu, \"series_with_1M\": 3, "
      "\"drawn_points_per_series\": %d, \"append_all_ms\": %.1f, \"update_median_ms\": %.2f, "
      "\"update_max_ms\": %.2f, \"render_median_ms\": %.2f, \"render_max_ms\": %.2f, "
      "\"update_cpu_median_ms\": %.2f, \"decimate_one_series_median_ms\": %.2f, "
      "\"decimate_one_series_1500_columns_median_ms\": %.2f, "
      "\"decimate_one_series_indexed_median_ms\": %.2f, "
      "\"decimate_one_series_indexed_1500_columns_median_ms\": %.2f}\n",
      charts.store().series(QStringLiteral("batch_loss")).size(),
      charts.drawn_points(QStringLiteral("batch_loss")), append_ms, percentile(update_ms, 0.5),
      percentile(update_ms, 1.0), percentile(render_ms, 0.5), percentile(render_ms, 1.0),
      percentile(update_cpu_ms, 0.5), percentile(decimate_ms, 0.5),
      percentile(decimate_wide_ms, 0.5), percentile(indexed_ms, 0.5),
      percentile(indexed_wide_ms, 0.5));
  std::fflush(stdout);
}

// Scenario (b) of issue 15, the compare page's half: a paper-scale run folder that grows by
// 1,000 batch rows a second while the page shows it selected.
void bench_follow_live_run(int seconds) {
  QTemporaryDir runs;
  const QString dir = QDir(runs.path()).filePath(QStringLiteral("live"));
  // All but the last 30 epochs are there when the page opens.
  testing::LiveRun live(dir, QStringLiteral("live"), PaperRun::kEpochs - 30);
  const int64_t rows_at_open = live.rows();

  allcnn::testing::PeakMemory memory;
  memory.reset();
  compare::ComparePage page;
  page.resize(1400, 900);
  page.show();
  if (!QTest::qWaitForWindowExposed(&page)) std::fprintf(stderr, "page not exposed\n");
  QElapsedTimer clock;
  clock.start();
  page.set_runs_dir(runs.path());
  page.browser()->select_runs({dir});
  // Listed and its curves read, on the browser's worker.
  spin_until([&page] { return !page.browser()->busy(); }, 120000);
  const double open_ms = clock.nsecsElapsed() / 1e6;

  testing::LatencyProbe probe;
  probe.start();
  live.start();  // 1,000 rows a second
  spin_until([] { return false; }, seconds * 1000);
  live.stop();
  probe.stop();
  const auto* shown = page.browser()->model()->find(dir);
  std::printf(
      "{\"bench\": \"compare_follows_live_run\", \"rows_at_open\": %lld, \"rows_appended\": "
      "%lld, \"rows_shown_at_end\": %zu, \"seconds\": %d, \"open_and_select_ms\": %.0f, "
      "\"timer_ticks\": %zu, \"p50_gap_ms\": %.2f, \"p99_gap_ms\": %.2f, \"max_gap_ms\": %.2f, "
      "\"peak_memory_growth_mib\": %lld}\n",
      static_cast<long long>(rows_at_open), static_cast<long long>(live.rows() - rows_at_open),
      shown ? shown->curve(compare::Metric::BatchLoss).value.size() : size_t(0), seconds, open_ms,
      probe.ticks(), probe.percentile_ms(0.5), probe.percentile_ms(0.99), probe.max_ms(),
      static_cast<long long>(memory.growth_mib()));
  std::fflush(stdout);
}

// Scenario (a) of issue 15.
void bench_open_eight_runs() {
  QTemporaryDir runs;
  for (int r = 0; r < 8; ++r) {
    const QString name = QStringLiteral("paper-%1").arg(r);
    PaperRun(PaperRun::kPerEpoch * PaperRun::kEpochs, r)
        .write_folder(QDir(runs.path()).filePath(name), name, r);
  }
  allcnn::testing::PeakMemory memory;
  memory.reset();
  testing::LatencyProbe probe;
  probe.start();
  QElapsedTimer clock;
  clock.start();
  compare::ComparePage page;
  page.resize(1400, 900);
  page.show();
  if (!QTest::qWaitForWindowExposed(&page)) std::fprintf(stderr, "page not exposed\n");
  page.set_runs_dir(runs.path());
  spin_until([&page] { return !page.browser()->busy(); }, 120000);
  const double listed_ms = clock.nsecsElapsed() / 1e6;
  QStringList all;
  for (int r = 0; r < 8; ++r) all << QDir(runs.path()).filePath(QStringLiteral("paper-%1").arg(r));
  page.browser()->select_runs(all);
  const auto drawn = [&page] {
    const auto charts = page.view()->charts();
    return page.view()->runs().size() == 8 && !charts.isEmpty() &&
           charts.first()->curve_count() == 8;
  };
  spin_until(drawn, 120000);
  const double first_chart_ms = clock.nsecsElapsed() / 1e6;
  clock.restart();
  page.view()->set_metric(compare::Metric::BatchLoss);
  const auto shows_batch_loss = [&page, &drawn] {
    return drawn() && page.view()->charts().first()->chart()->title() ==
                          compare::metric_title(compare::Metric::BatchLoss);
  };
  spin_until(shows_batch_loss, 120000);
  const double batch_loss_ms = clock.nsecsElapsed() / 1e6;
  // The chart is painted after its series change: the probe keeps measuring until it has been.
  spin_until([] { return false; }, 500);
  probe.stop();
  // ALLCNN_BENCH_SHOT=FILE.png: what the page showed, to look at.
  const QString shot = qEnvironmentVariable("ALLCNN_BENCH_SHOT");
  QTest::qWait(1000);  // let the page lay itself out before the picture
  if (!shot.isEmpty() && !page.grab().save(shot))
    std::fprintf(stderr, "cannot save %s\n", qPrintable(shot));
  std::printf(
      "{\"bench\": \"compare_opens_8_paper_runs\", \"rows_per_run\": %lld, \"listed_ms\": %.0f, "
      "\"first_chart_ms\": %.0f, \"batch_loss_chart_ms\": %.0f, \"p50_gap_ms\": %.2f, "
      "\"p99_gap_ms\": %.2f, \"max_gap_ms\": %.2f, \"peak_memory_growth_mib\": %lld}\n",
      static_cast<long long>(PaperRun::kPerEpoch * PaperRun::kEpochs), listed_ms, first_chart_ms,
      batch_loss_ms, probe.percentile_ms(0.5), probe.percentile_ms(0.99), probe.max_ms(),
      static_cast<long long>(memory.growth_mib()));
  std::fflush(stdout);
}

// Scenario (d) of issue 15: a width-1 All-CNN-C (trained for a moment by the real CLI) on all
// 10,000 Fashion-MNIST test images.
void bench_confusion_click() {
  QTemporaryDir runs;
  QProcess train;
  train.start(QStringLiteral(ALLCNN_CLI),
              {"train", "--dataset", "fashion-mnist", "--data-dir", ALLCNN_FASHION_MNIST_DIR,
               "--width", "1", "--train-limit", "128", "--test-limit", "10000", "--epochs", "1",
               "--runs-dir", runs.path(), "--name", "wide"});
  if (!train.waitForFinished(600000) || train.exitCode() != 0) {
    std::fprintf(stderr, "training failed: %s\n", train.readAllStandardError().constData());
    return;
  }
  allcnn::testing::PeakMemory memory;
  memory.reset();
  inspect::InspectPage page;
  page.resize(1400, 900);
  page.show();
  if (!QTest::qWaitForWindowExposed(&page)) std::fprintf(stderr, "page not exposed\n");
  page.load_run(QDir(runs.path()).filePath(QStringLiteral("wide")), QStringLiteral("last"));
  spin_until([&page] { return !page.busy(); }, 600000);
  testing::LatencyProbe probe;
  probe.start();
  QElapsedTimer clock;
  clock.start();
  page.confusion_view()->show_cell(0, 6);  // T-shirt taken for a shirt
  spin_until([&page] { return !page.busy(); }, 600000);
  const double first_ms = clock.nsecsElapsed() / 1e6;
  clock.restart();
  page.confusion_view()->show_cell(6, 0);
  spin_until([&page] { return !page.busy(); }, 600000);
  const double second_ms = clock.nsecsElapsed() / 1e6;
  probe.stop();
  std::printf(
      "{\"bench\": \"confusion_cell_click_width_1\", \"test_images\": 10000, "
      "\"first_click_to_list_ms\": %.0f, \"second_click_ms\": %.1f, \"listed\": %d, "
      "\"p50_gap_ms\": %.2f, \"p99_gap_ms\": %.2f, \"max_gap_ms\": %.2f, "
      "\"peak_memory_growth_mib\": %lld}\n",
      first_ms, second_ms, page.confusion_view()->listed_count(), probe.percentile_ms(0.5),
      probe.percentile_ms(0.99), probe.max_ms(), static_cast<long long>(memory.growth_mib()));
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  testing::TracingApplication app(argc, argv);  // ALLCNN_BENCH_TRACE_MS: see event_trace.h
  QCoreApplication::setOrganizationName(QStringLiteral("allcnn-workbench-bench"));
  QStandardPaths::setTestModeEnabled(true);
  const QStringList args = QCoreApplication::arguments();
  const int only_at = args.indexOf(QStringLiteral("--only"));
  const QString only = only_at > 0 ? args.value(only_at + 1) : QString();
  const auto wanted = [&only](const char* name) {
    return only.isEmpty() || only == QLatin1String(name);
  };
  if (wanted("chart")) bench_chart_update(1000000);
  if (wanted("follow")) bench_follow_live_run(30);
  if (wanted("open8")) bench_open_eight_runs();
  if (wanted("confusion")) bench_confusion_click();
  if (wanted("training") && !args.contains(QStringLiteral("--skip-training")))
    bench_training_latency();
  return 0;
}
