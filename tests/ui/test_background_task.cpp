// BackgroundTask, the one way pages run one-shot work off the GUI thread: results arrive on the
// GUI thread, a result the page has moved on from is dropped, a cancel reaches the work, and
// the TaskBar shows only for work that takes longer than about a second.
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include <QProgressBar>
#include <QPushButton>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include "background_task.h"
#include "task_bar.h"

using namespace allcnn::ui;

namespace {

// Waits (on the worker) until `flag` is set or the job is cancelled; bounded so a broken test
// cannot hang the suite.
bool wait_for(const std::atomic<bool>& flag, const TaskControl& control) {
  for (int i = 0; i < 10000 && !flag.load() && !control.cancelled(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return flag.load();
}

}  // namespace

class TestBackgroundTask : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void the_result_arrives_on_the_gui_thread() {
    BackgroundTask task;
    QSignalSpy finished(&task, &BackgroundTask::finished);
    std::atomic<QThread*> work_thread{nullptr};
    QThread* done_thread = nullptr;
    int result = 0;
    task.start(
        [&work_thread](TaskControl&) {
          work_thread = QThread::currentThread();
          return 6 * 7;
        },
        [&](int value) {
          done_thread = QThread::currentThread();
          result = value;
        });
    QVERIFY(task.busy());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!task.busy());
    QCOMPARE(result, 42);
    QCOMPARE(done_thread, qApp->thread());
    QVERIFY(work_thread.load() != nullptr);
    QVERIFY(work_thread.load() != qApp->thread());
  }

  void a_stale_result_is_dropped() {
    BackgroundTask task;
    QSignalSpy finished(&task, &BackgroundTask::finished);
    std::atomic<bool> release{false}, first_saw_cancel{false};
    QStringList delivered;
    task.start(
        [&](TaskControl& control) {
          wait_for(release, control);
          first_saw_cancel = control.cancelled();
          return QStringLiteral("first");
        },
        [&](const QString& value) { delivered << value; });
    // The user moves on before the first job ends: its result must never be shown.
    task.start([](TaskControl&) { return QStringLiteral("second"); },
               [&](const QString& value) { delivered << value; });
    release = true;
    QTRY_COMPARE(delivered, QStringList{QStringLiteral("second")});
    task.wait();
    QTest::qWait(50);  // any queued delivery of the first job would have run by now
    QCOMPARE(delivered, QStringList{QStringLiteral("second")});
    QVERIFY(first_saw_cancel.load());  // the stale job was also asked to stop
    QCOMPARE(finished.size(), 2);      // the first one ended when it was discarded
  }

  // Qt's raster engine fills on the global pool while the GUI thread waits: jobs, and the maps
  // they run in parallel, must leave it free.
  void jobs_and_their_maps_run_off_the_global_pool() {
    BackgroundTask task;
    std::atomic<bool> done{false};
    std::atomic<int> in_global{0}, mapped{0};
    task.start(
        [&](TaskControl&) {
          if (QThreadPool::globalInstance()->contains(QThread::currentThread())) ++in_global;
          std::vector<int> items(64);
          QtConcurrent::blockingMap(BackgroundTask::pool(), items, [&](int&) {
            if (QThreadPool::globalInstance()->contains(QThread::currentThread())) ++in_global;
            ++mapped;
          });
          return true;
        },
        [&done](bool) { done = true; });
    QTRY_VERIFY(done.load());
    QCOMPARE(mapped.load(), 64);
    QCOMPARE(in_global.load(), 0);
    QVERIFY(BackgroundTask::pool() != QThreadPool::globalInstance());
  }

  // A job that keeps every core busy (a lane of its own and one mapped per other core) leaves
  // the pool's spare thread free: a short job of another page is not queued behind it.
  void a_short_job_does_not_wait_for_a_map_over_the_cores() {
    BackgroundTask long_task, short_task;
    std::atomic<bool> release{false};
    std::atomic<int> busy_lanes{0};
    bool long_done = false, short_done = false;
    const int cores = std::max(1, QThread::idealThreadCount());
    long_task.start(
        [&](TaskControl& control) {
          // As RunBrowser reads runs: one lane on the job's thread, the others mapped.
          const auto lane = [&] {
            ++busy_lanes;
            wait_for(release, control);
          };
          std::vector<int> others(static_cast<size_t>(cores - 1));
          QFuture<void> mapped =
              QtConcurrent::map(BackgroundTask::pool(), others, [&lane](int&) { lane(); });
          lane();
          mapped.waitForFinished();
          return true;
        },
        [&long_done](bool) { long_done = true; });
    QTRY_COMPARE(busy_lanes.load(), cores);  // every core's lane is running
    short_task.start([](TaskControl&) { return 1; }, [&short_done](int) { short_done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(short_done, 2000);
    QVERIFY(!long_done);
    release = true;
    QTRY_VERIFY(long_done);
  }

  void a_discarded_job_delivers_nothing() {
    BackgroundTask task;
    bool delivered = false;
    std::atomic<bool> never{false};
    task.start([&](TaskControl& control) { return wait_for(never, control); },
               [&](bool) { delivered = true; });
    task.discard();
    QVERIFY(!task.busy());
    task.wait();
    QTest::qWait(50);
    QVERIFY(!delivered);
  }

  void cancel_reaches_the_work_and_its_answer_is_delivered() {
    BackgroundTask task;
    QSignalSpy progress(&task, &BackgroundTask::progress);
    std::atomic<int> steps{0};
    int delivered_steps = -1;
    task.start(
        [&steps](TaskControl& control) {
          // Honours the token between steps, as a long loop over data would.
          for (int i = 0; i < 100000 && !control.cancelled(); ++i) {
            control.report(i / 100000.0, QStringLiteral("step %1").arg(i));
            steps = i + 1;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
          }
          return steps.load();
        },
        [&delivered_steps](int n) { delivered_steps = n; });
    QTRY_VERIFY(steps.load() >= 5);
    QTRY_VERIFY(!progress.isEmpty());
    const double fraction = progress.last().at(0).toDouble();
    QVERIFY(fraction >= 0.0 && fraction < 1.0);
    QVERIFY(progress.last().at(1).toString().startsWith(QStringLiteral("step ")));
    task.cancel();
    QVERIFY(task.cancel_requested());
    QTRY_VERIFY_WITH_TIMEOUT(delivered_steps > 0, 5000);
    QVERIFY2(delivered_steps < 100000, "the work ran to its end instead of stopping");
    // Reports are coalesced: far fewer signals than reports is fine, none after the end.
    const auto seen = progress.size();
    QTest::qWait(50);
    QCOMPARE(progress.size(), seen);
  }

  void a_throwing_job_reports_why() {
    BackgroundTask task;
    QSignalSpy failed(&task, &BackgroundTask::failed);
    QSignalSpy finished(&task, &BackgroundTask::finished);
    bool delivered = false;
    task.start(
        [](TaskControl&) -> int {
          throw std::runtime_error("/data/run/batches.csv: line 3 has 2 fields, expected 8");
        },
        [&delivered](int) { delivered = true; });
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("batches.csv: line 3")));
    QVERIFY(!delivered);
  }

  void the_bar_shows_only_for_slow_work_and_cancels_it() {
    QWidget page;
    page.resize(640, 40);
    BackgroundTask task;
    auto* bar = new TaskBar(&task, &page);
    bar->resize(640, 40);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Quick work: the bar never appears.
    bool quick_done = false;
    task.start([](TaskControl&) { return 1; }, [&quick_done](int) { quick_done = true; });
    QTRY_VERIFY(quick_done);
    QTest::qWait(TaskBar::kShowAfterMs + 200);
    QVERIFY(bar->isHidden());

    // Slow work: hidden at first, shown after about a second, with a working Cancel.
    bool stopped = false;
    std::atomic<bool> never{false};
    bar->set_text(QStringLiteral("Measuring"));
    task.start(
        [&never](TaskControl& control) {
          control.report(0.25);
          return !wait_for(never, control);
        },
        [&stopped](bool cancelled) { stopped = cancelled; });
    QVERIFY(bar->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 3000);
    auto* progress = bar->findChild<QProgressBar*>();
    QTRY_COMPARE(progress->value(), 250);
    auto* cancel = bar->findChild<QPushButton*>(QStringLiteral("task_cancel"));
    QVERIFY(cancel->isVisible());
    const QString shot = QDir::temp().filePath(QStringLiteral("task-bar.png"));
    QVERIFY(page.grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(stopped);
    QVERIFY(bar->isHidden());

    // Work that cannot stop offers no Cancel.
    std::atomic<bool> release{false};
    task.start([&](TaskControl& control) { return wait_for(release, control); }, [](bool) {},
               /*cancellable=*/false);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 3000);
    QVERIFY(!cancel->isVisible());
    release = true;
    QTRY_VERIFY(bar->isHidden());
  }
};

QTEST_MAIN(TestBackgroundTask)
#include "test_background_task.moc"
