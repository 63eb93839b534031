// Data-parallel training launched from the workbench: the form's Processes field, the workbench
// as rank 0, the other ranks as `allcnn train` children whose output reaches the log.
#include <signal.h>

#include <cmath>
#include <memory>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include "../common/save_shot.h"
#include "chart_panel.h"
#include "log_panel.h"
#include "main_window.h"
#include "resume_dialog.h"
#include "run_queue.h"
#include "training_controller.h"
#include "workbench_fixture.h"

using namespace allcnn;
using namespace allcnn::ui;
using namespace allcnn::ui::testing;

namespace {

constexpr int kRunTimeoutMs = 240000;

void click(MainWindow& window, const char* button) {
  auto* widget = window.train_page()->findChild<QPushButton*>(QLatin1String(button));
  if (!widget) qFatal("no button %s", button);
  QTest::mouseClick(widget, Qt::LeftButton);
}

RunResult last_result(const QSignalSpy& spy) { return spy.last().at(0).value<RunResult>(); }

/// A column of batches.csv ("loss", "step").
QList<double> batch_column(const QString& run_dir, const QString& name) {
  QFile file(run_dir + QStringLiteral("/batches.csv"));
  if (!file.open(QIODevice::ReadOnly)) return {};
  const QStringList lines =
      QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  const int column = lines.value(0).split(QLatin1Char(',')).indexOf(name);
  if (column < 0) return {};
  QList<double> values;
  for (int i = 1; i < lines.size(); ++i)
    values << lines[i].split(QLatin1Char(',')).value(column).toDouble();
  return values;
}

/// batches.csv's loss column.
QList<double> batch_losses(const QString& run_dir) {
  return batch_column(run_dir, QStringLiteral("loss"));
}

/// The largest difference between `a` and `b` where both have values.
double largest_difference(const QList<double>& a, const QList<double>& b) {
  double largest = 0.0;
  for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
    largest = std::max(largest, std::abs(a[i] - b[i]));
  return largest;
}

/// The process id of this process's child `allcnn train ... --rank R`, or 0.
qint64 rank_child(int rank) {
  const QString parent = QString::number(QCoreApplication::applicationPid());
  for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!stat.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly)) continue;
    // "pid (name) state ppid ...": the name may hold spaces, the fields after it do not.
    const QString fields = QString::fromLatin1(stat.readAll()).section(QLatin1Char(')'), -1);
    if (fields.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(1) != parent) continue;
    const QList<QByteArray> args = cmdline.readAll().split('\0');
    const int at = args.indexOf("--rank");
    if (at >= 0 && args.value(at + 1) == QByteArray::number(rank)) return pid.toLongLong();
  }
  return 0;
}

}  // namespace

class TestWorkbenchDist : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("allcnn-workbench-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_workbench_dist"));
    // The ranks above 0 are this build's CLI, not one beside the test program.
    qputenv("ALLCNN_CLI", ALLCNN_CLI);
    QVERIFY(runs_.isValid());
    if (!QFileInfo::exists(QStringLiteral(ALLCNN_FASHION_MNIST_DIR)))
      QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
  }

  void init() {
    QFile::remove(RunQueue::default_file());
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
  }

  void cleanup() {
    if (window_->train_page()->controller()->is_running())
      window_->train_page()->controller()->shutdown(30000);
    window_->close();
    window_.reset();
  }

  void two_processes_from_the_form_train_like_one() {
    // Per-rank randomness (dropout, augmentation) and per-rank batch norm statistics left out:
    // what remains trains alike on any number of processes, up to the rounding of the sums.
    const auto train = [this](const QString& runs_dir, int processes) {
      ShortRun run;
      run.runs_dir = runs_dir;
      run.epochs = 1;
      run.test_limit = 256;
      fill_form(*window_, run);
      set_field(*window_, "augment", QStringLiteral("none"));
      set_field(*window_, "dropout", QStringLiteral("false"));
      set_field(*window_, "bn", QStringLiteral("false"));
      set_field(*window_, "threads", QStringLiteral("1"));
      auto* spin = window_->train_page()->form()->findChild<QSpinBox*>(QStringLiteral("processes"));
      if (!spin) qFatal("no Processes field");
      spin->setValue(processes);
      QSignalSpy ended(window_->train_page()->controller(), &TrainingController::run_ended);
      click(*window_, "start_button");
      if (!QTest::qWaitFor([&ended] { return ended.count() == 1; }, kRunTimeoutMs))
        return RunResult{QStringLiteral("still running"), {}, {}, {}};
      return last_result(ended);
    };
    const RunResult one = train(runs_.filePath(QStringLiteral("one")), 1);
    QVERIFY2(one.state == QLatin1String("finished"), qPrintable(one.state + ": " + one.reason));
    window_->train_page()->log()->clear();
    const RunResult two = train(runs_.filePath(QStringLiteral("two")), 2);
    const QString log = window_->train_page()->log()->toPlainText();
    QVERIFY2(two.state == QLatin1String("finished"),
             qPrintable(two.state + ": " + two.reason + "\n" + log));
    // Rank 1's output reached the log, prefixed with its rank.
    QVERIFY2(log.contains(QStringLiteral("[rank 1] rank 1 of 2 joined")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("rank 0 of 2 joined")), qPrintable(log));
    // Rank 0 alone wrote a run folder, and it is the one the window shows.
    const QStringList folders =
        QDir(runs_.filePath(QStringLiteral("two"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 1);
    QCOMPARE(QDir::cleanPath(two.run_dir),
             QDir::cleanPath(runs_.filePath(QStringLiteral("two/") + folders.first())));
    QCOMPARE(window_->train_page()->charts()->store().series(QStringLiteral("batch_loss")).size(),
             size_t{8});

    const QList<double> alone = batch_losses(one.run_dir);
    const QList<double> shared = batch_losses(two.run_dir);
    QCOMPARE(alone.size(), 8);
    QCOMPARE(shared.size(), 8);
    double largest = 0.0;
    for (int i = 0; i < alone.size(); ++i)
      largest = std::max(largest, std::abs(alone[i] - shared[i]));
    qInfo("largest batch loss difference over %lld steps: %.3g (loss %.4f -> %.4f)",
          static_cast<long long>(alone.size()), largest, alone.first(), alone.last());
    QVERIFY2(largest < 1e-3, qPrintable(QString::number(largest)));

    if (const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR"); !shots.isEmpty()) {
      window_->resize(1366, 768);
      QApplication::processEvents();
      // The Processes field in sight.
      auto* form = window_->train_page()->form();
      form->findChild<QScrollArea*>()->ensureWidgetVisible(
          form->findChild<QSpinBox*>(QStringLiteral("processes")));
      QDir().mkpath(shots);
      QVERIFY(allcnn::testing::save_shot(*window_, shots + QStringLiteral("/two-processes.png")));
    }
  }

  void a_rank_that_cannot_start_fails_the_run_naming_it() {
    const QByteArray cli = qgetenv("ALLCNN_CLI");
    qputenv("ALLCNN_CLI", runs_.filePath(QStringLiteral("no-such-allcnn")).toLocal8Bit());
    ShortRun run;
    run.runs_dir = runs_.filePath(QStringLiteral("unstarted"));
    fill_form(*window_, run);
    window_->train_page()->form()->set_processes(3);
    QSignalSpy ended(window_->train_page()->controller(), &TrainingController::run_ended);
    click(*window_, "start_button");
    const bool done = QTest::qWaitFor([&ended] { return ended.count() == 1; }, 30000);
    qputenv("ALLCNN_CLI", cli);
    QVERIFY(done);
    const RunResult result = last_result(ended);
    QCOMPARE(result.state, QStringLiteral("failed"));
    QVERIFY2(result.reason.startsWith(QStringLiteral("rank 1 could not start ")),
             qPrintable(result.reason));
    QVERIFY2(result.run_dir.isEmpty(), qPrintable(result.run_dir));
  }

  // A rank whose process ends before it joins (here a "CLI" that exits at once) fails the run
  // as soon as it ends, not after the 60 s join timeout.
  void a_rank_that_ends_while_joining_fails_the_run_at_once() {
    const QString exits = QStandardPaths::findExecutable(QStringLiteral("false"));
    QVERIFY(!exits.isEmpty());
    const QByteArray cli = qgetenv("ALLCNN_CLI");
    qputenv("ALLCNN_CLI", exits.toLocal8Bit());
    ShortRun run;
    run.runs_dir = runs_.filePath(QStringLiteral("unjoined"));
    fill_form(*window_, run);
    window_->train_page()->form()->set_processes(2);
    QSignalSpy ended(window_->train_page()->controller(), &TrainingController::run_ended);
    QElapsedTimer waited;
    waited.start();
    click(*window_, "start_button");
    const bool done = QTest::qWaitFor([&ended] { return ended.count() == 1; }, 90000);
    qputenv("ALLCNN_CLI", cli);
    QVERIFY(done);
    QVERIFY2(waited.elapsed() < 30000, qPrintable(QString::number(waited.elapsed())));
    const RunResult result = last_result(ended);
    QCOMPARE(result.state, QStringLiteral("failed"));
    QVERIFY2(result.reason.startsWith(QStringLiteral("rank 1 ended")), qPrintable(result.reason));
    QVERIFY2(result.run_dir.isEmpty(), qPrintable(result.run_dir));
  }

  void a_rank_that_ends_mid_run_fails_the_run_naming_it() {
    QSignalSpy ended(window_->train_page()->controller(), &TrainingController::run_ended);
    start_two_process_run(QStringLiteral("killed"), QStringLiteral("1"));
    if (QTest::currentTestFailed()) return;
    const qint64 pid = rank_child(1);
    QVERIFY(pid > 0);
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
    const RunResult result = last_result(ended);
    QCOMPARE(result.state, QStringLiteral("failed"));
    QVERIFY2(result.reason.startsWith(QStringLiteral("rank 1 ended abnormally")),
             qPrintable(result.reason));
    QVERIFY(!result.run_dir.isEmpty());  // rank 0's folder, resumable
  }

  void stop_during_a_two_process_run_ends_it_stopped() {
    QSignalSpy ended(window_->train_page()->controller(), &TrainingController::run_ended);
    // Automatic threads: shared out among the processes.
    start_two_process_run(QStringLiteral("stop"), QStringLiteral("0"));
    if (QTest::currentTestFailed()) return;
    click(*window_, "stop_button");
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
    const RunResult result = last_result(ended);
    const QString log = window_->train_page()->log()->toPlainText();
    QVERIFY2(result.state == QLatin1String("stopped"),
             qPrintable(result.state + ": " + result.reason + "\n" + log));
    // Rank 1 stopped after the same step (the request travels in the step's all-reduce).
    QVERIFY2(log.contains(QStringLiteral("[rank 1] stopped")), qPrintable(log));
    // Automatic threads became each process's share of the cores.
    QFile config(result.run_dir + QStringLiteral("/config.json"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(config.readAll()).object().value(QStringLiteral("threads")),
             QJsonValue(std::max(1, QThread::idealThreadCount() / 2)));
  }

  void a_run_stopped_mid_epoch_resumes_from_the_dialog_on_two_processes() {
    // Without per-rank randomness (dropout, augmentation) and per-rank batch norm statistics,
    // a run on 2 processes steps alike whether it was stopped and resumed or not (test_dist's
    // a_stopped_run_stops_together_and_resumes_on_two_processes: bit for bit).
    constexpr int kSteps = 50;  // one epoch of 3200 images in batches of 64
    const auto fill = [this](const QString& folder) {
      ShortRun run;
      run.runs_dir = runs_.filePath(folder);
      run.epochs = 1;
      run.train_limit = kSteps * run.batch_size;
      run.test_limit = 256;
      fill_form(*window_, run);
      set_field(*window_, "augment", QStringLiteral("none"));
      set_field(*window_, "dropout", QStringLiteral("false"));
      set_field(*window_, "bn", QStringLiteral("false"));
      set_field(*window_, "threads", QStringLiteral("1"));
      window_->train_page()->form()->set_processes(2);
    };
    const auto status_text = [this](const char* name) {
      auto* label = window_->findChild<QLabel*>(QLatin1String(name));
      return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
    };
    auto* controller = window_->train_page()->controller();
    QSignalSpy ended(controller, &TrainingController::run_ended);
    QSignalSpy paused(controller, &TrainingController::paused_changed);

    // The same run uninterrupted.
    fill(QStringLiteral("whole"));
    click(*window_, "start_button");
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kRunTimeoutMs);
    const RunResult whole = last_result(ended);
    QVERIFY2(whole.state == QLatin1String("finished"), qPrintable(whole.reason));

    // Stopped mid-epoch.
    fill(QStringLiteral("stopped"));
    click(*window_, "start_button");
    QTRY_VERIFY_WITH_TIMEOUT(
        window_->train_page()->charts()->store().series(QStringLiteral("batch_loss")).size() >= 3,
        kRunTimeoutMs);
    click(*window_, "stop_button");
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 30000);
    const RunResult stopped = last_result(ended);
    QVERIFY2(stopped.state == QLatin1String("stopped"), qPrintable(stopped.reason));
    const int stopped_after = static_cast<int>(batch_losses(stopped.run_dir).size());
    QVERIFY2(stopped_after > 0 && stopped_after < kSteps,
             qPrintable(QString::number(stopped_after)));

    // Resumed from the page's Resume button: its dialog offers the form's number of processes
    // (the run folder does not record it), and the user picks 2.
    window_->train_page()->form()->set_processes(3);
    window_->train_page()->log()->clear();
    int offered = 0;
    QTimer::singleShot(0, [&offered] {
      QTRY_VERIFY(qobject_cast<ResumeDialog*>(QApplication::activeModalWidget()) != nullptr);
      auto* dialog = qobject_cast<ResumeDialog*>(QApplication::activeModalWidget());
      auto* field = dialog->findChild<QSpinBox*>(QStringLiteral("processes"));
      QVERIFY(field);
      offered = field->value();
      field->setValue(2);
      dialog->accept();
    });
    click(*window_, "resume_button");
    QCOMPARE(offered, 3);
    // Pause and continue, as in any run.
    QTRY_VERIFY_WITH_TIMEOUT(
        window_->train_page()->charts()->store().series(QStringLiteral("batch_loss")).size() >= 1,
        kRunTimeoutMs);
    paused.clear();
    click(*window_, "pause_button");
    QTRY_COMPARE(paused.count(), 1);
    QVERIFY(controller->is_paused());
    QCOMPARE(status_text("status_state"), QStringLiteral("Paused"));
    click(*window_, "pause_button");
    QTRY_COMPARE(paused.count(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 3, kRunTimeoutMs);
    const RunResult resumed = last_result(ended);
    const QString log = window_->train_page()->log()->toPlainText();
    QVERIFY2(resumed.state == QLatin1String("finished"),
             qPrintable(resumed.state + ": " + resumed.reason + "\n" + log));
    QCOMPARE(resumed.run_dir, stopped.run_dir);
    // Rank 1 took part in the resumed run, and its output reached the log.
    QVERIFY2(log.contains(QStringLiteral("Data-parallel training on 2 processes")),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("[rank 1] rank 1 of 2 joined")), qPrintable(log));
    QCOMPARE(status_text("status_state"), QStringLiteral("Finished"));
    QCOMPARE(status_text("status_progress"), QStringLiteral("1 of 1 epochs done"));
    // The charts show the resumed steps.
    QCOMPARE(window_->train_page()->charts()->store().series(QStringLiteral("batch_loss")).size(),
             size_t(kSteps - stopped_after));

    // batches.csv goes on where it stopped: every step once, in order ...
    const QList<double> steps = batch_column(stopped.run_dir, QStringLiteral("step"));
    QCOMPARE(steps.size(), kSteps);
    for (int i = 0; i < steps.size(); ++i) QCOMPARE(steps[i], steps[0] + i);
    // ... with the losses of the run that was never stopped.
    const QList<double> continued = batch_losses(stopped.run_dir);
    const QList<double> straight = batch_losses(whole.run_dir);
    QCOMPARE(straight.size(), kSteps);
    QCOMPARE(continued.size(), kSteps);
    const double largest = largest_difference(continued, straight);
    qInfo(
        "stopped after step %d of %d, resumed on 2 processes from the dialog: largest batch "
        "loss difference to the uninterrupted run %.3g",
        stopped_after, kSteps, largest);
    QVERIFY2(largest <= 1e-5, qPrintable(QString::number(largest)));
  }

  // The workbench's Pause pauses every rank: the request travels in the step's all-reduce, and
  // while paused the ranks poll together with a small all-reduce, so no rank waits in a
  // collective (whose timeout would end a long pause). Continued, the run trains what the same
  // run unpaused trains.
  void pause_pauses_every_rank_and_continues_like_no_pause() {
    QSignalSpy ended(window_->train_page()->controller(), &TrainingController::run_ended);
    // 2 epochs of 16 steps, one thread per process: the same run trains the same losses.
    start_two_process_run(QStringLiteral("paused"), QStringLiteral("1"), 2, 1024);
    if (QTest::currentTestFailed()) return;
    click(*window_, "pause_button");
    const auto log = [this] { return window_->train_page()->log()->toPlainText(); };
    QTRY_VERIFY2_WITH_TIMEOUT(log().contains(QStringLiteral("[rank 1] paused")) || ended.count(),
                              qPrintable(log()), 30000);
    QVERIFY2(ended.count() == 0, qPrintable(log()));  // the run did not end before the pause
    const auto batches = [this] {
      return window_->train_page()->charts()->store().series(QStringLiteral("batch_loss")).size();
    };
    QTest::qWait(3 * TrainingController::kDrainIntervalMs);
    const size_t paused_at = batches();
    QVERIFY(paused_at < 32);
    QTest::qWait(3000);
    // Nothing trained meanwhile, and rank 1 is still there, waiting.
    QCOMPARE(batches(), paused_at);
    QCOMPARE(ended.count(), 0);
    QVERIFY(rank_child(1) > 0);
    QVERIFY2(!log().contains(QStringLiteral("[rank 1] resumed")), qPrintable(log()));

    click(*window_, "pause_button");  // Continue
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kRunTimeoutMs);
    const RunResult paused = last_result(ended);
    QVERIFY2(paused.state == QLatin1String("finished"),
             qPrintable(paused.state + ": " + paused.reason + "\n" + log()));
    QVERIFY2(log().contains(QStringLiteral("[rank 1] resumed")), qPrintable(log()));
    // The pause is left out of the run's clock (on rank 0, which records it).
    const QList<double> elapsed = batch_column(paused.run_dir, QStringLiteral("elapsed_s"));
    double longest_gap = 0.0;
    for (int i = 1; i < elapsed.size(); ++i)
      longest_gap = std::max(longest_gap, elapsed[i] - elapsed[i - 1]);
    QVERIFY2(longest_gap < 2.0, qPrintable(QString::number(longest_gap)));

    start_two_process_run(QStringLiteral("unpaused"), QStringLiteral("1"), 2, 1024);
    if (QTest::currentTestFailed()) return;
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, kRunTimeoutMs);
    const RunResult straight = last_result(ended);
    QVERIFY2(straight.state == QLatin1String("finished"),
             qPrintable(straight.state + ": " + straight.reason));
    const QList<double> with_pause = batch_losses(paused.run_dir);
    const QList<double> without = batch_losses(straight.run_dir);
    QCOMPARE(with_pause.size(), 32);
    QCOMPARE(without.size(), 32);
    const double largest = largest_difference(with_pause, without);
    qInfo(
        "paused after %zu of 32 steps for 3 s: largest loss difference to the unpaused run %.3g,"
        " longest clock gap between batches %.3f s",
        paused_at, largest, longest_gap);
    QVERIFY2(largest <= 1e-5, qPrintable(QString::number(largest)));
  }

  // Stop while paused: every rank leaves the pause and stops after the same step; the run is
  // stopped, and resumes.
  void stop_while_paused_stops_every_rank() {
    QSignalSpy ended(window_->train_page()->controller(), &TrainingController::run_ended);
    start_two_process_run(QStringLiteral("paused-stop"), QStringLiteral("1"));
    if (QTest::currentTestFailed()) return;
    click(*window_, "pause_button");
    const auto log = [this] { return window_->train_page()->log()->toPlainText(); };
    QTRY_VERIFY2_WITH_TIMEOUT(log().contains(QStringLiteral("[rank 1] paused")), qPrintable(log()),
                              30000);
    QTest::qWait(500);
    click(*window_, "stop_button");
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
    const RunResult result = last_result(ended);
    QVERIFY2(result.state == QLatin1String("stopped"),
             qPrintable(result.state + ": " + result.reason + "\n" + log()));
    QVERIFY2(log().contains(QStringLiteral("[rank 1] stopped")), qPrintable(log()));
    QVERIFY2(!log().contains(QStringLiteral("resumed")), qPrintable(log()));
    QVERIFY(window_->train_page()
                ->findChild<QPushButton*>(QStringLiteral("resume_button"))
                ->isEnabled());
    // It continues from its last checkpoint: to the end of the epoch it stopped in.
    const int steps_per_epoch = 8;
    const int epochs = static_cast<int>(batch_losses(result.run_dir).size()) / steps_per_epoch + 1;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(ALLCNN_CLI),
                  {QStringLiteral("train"), QStringLiteral("--resume"), result.run_dir,
                   QStringLiteral("--epochs"), QString::number(epochs)});
    QVERIFY(process.waitForFinished(kRunTimeoutMs));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
    QCOMPARE(batch_losses(result.run_dir).size(), epochs * steps_per_epoch);
  }

  void the_number_of_processes_is_remembered() {
    window_->train_page()->form()->set_processes(3);
    window_->close();
    window_ = std::make_unique<MainWindow>();
    QCOMPARE(window_->train_page()->form()->processes(), 3);
    window_->train_page()->form()->set_processes(1);
  }

 private:
  // Starts a run of `epochs` on 2 processes from the form, into the runs folder `folder` with
  // the CPU threads `threads` and `train_limit` training images (batches of 64); returns once
  // it has drawn 2 batches.
  void start_two_process_run(const QString& folder, const QString& threads, int epochs = 200,
                             int train_limit = 512) {
    ShortRun run;
    run.runs_dir = runs_.filePath(folder);
    run.epochs = epochs;
    run.train_limit = train_limit;
    fill_form(*window_, run);
    set_field(*window_, "threads", threads);
    window_->train_page()->form()->set_processes(2);
    click(*window_, "start_button");
    QTRY_VERIFY_WITH_TIMEOUT(
        window_->train_page()->charts()->store().series(QStringLiteral("batch_loss")).size() >= 2,
        kRunTimeoutMs);
  }

  QTemporaryDir runs_;
  std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestWorkbenchDist)
#include "test_workbench_dist.moc"
