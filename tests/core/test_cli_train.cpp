#include <QtTest>

#include <filesystem>

#include "runs/run_folder.h"

using namespace allcnn;

namespace {

struct Result {
  int exit_code = -1;
  QString output;
};

Result run_cli(const QStringList& arguments, int timeout_ms = 240000) {
  QProcess process;
  process.setProcessChannelMode(QProcess::MergedChannels);
  process.start(QStringLiteral(ALLCNN_CLI), arguments);
  process.waitForFinished(timeout_ms);
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
          QString::fromUtf8(process.readAll())};
}

QStringList small_run(const QString& runs_dir, const QString& name) {
  return {QStringLiteral("train"),
          QStringLiteral("--dataset"),
          QStringLiteral("fashion-mnist"),
          QStringLiteral("--data-dir"),
          QStringLiteral(ALLCNN_FASHION_MNIST_DIR),
          QStringLiteral("--width"),
          QStringLiteral("0.125"),
          QStringLiteral("--train-limit"),
          QStringLiteral("3200"),
          QStringLiteral("--test-limit"),
          QStringLiteral("500"),
          QStringLiteral("--batch-size"),
          QStringLiteral("32"),
          QStringLiteral("--epochs"),
          QStringLiteral("2"),
          QStringLiteral("--checkpoint-every"),
          QStringLiteral("10"),
          QStringLiteral("--augment"),
          QStringLiteral("shift,flip"),
          QStringLiteral("--device"),
          QStringLiteral("cpu"),
          QStringLiteral("--runs-dir"),
          runs_dir,
          QStringLiteral("--name"),
          name};
}

}  // namespace

class TestCliTrain : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    if (!QFileInfo::exists(QStringLiteral(ALLCNN_FASHION_MNIST_DIR)))
      QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
  }

  void kill_9_mid_epoch_then_resume() {
    QTemporaryDir runs;
    const QString dir = runs.path() + QStringLiteral("/killed");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(ALLCNN_CLI), small_run(runs.path(), QStringLiteral("killed")));
    QVERIFY(process.waitForStarted());
    // Kill it hard once a mid-epoch checkpoint exists and more batches followed it.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(dir + QStringLiteral("/checkpoints/last.pt")) &&
                                 runs::read_run(dir.toStdString()).batches.size() >= 35,
                             120000);
    process.kill();  // SIGKILL: no handler runs, nothing is flushed on the way out
    QVERIFY(process.waitForFinished(10000));

    const auto killed = runs::read_run(dir.toStdString());  // well-formed: no exception
    QCOMPARE(killed.state, std::string("running"));
    QVERIFY(killed.batches.size() >= 35);
    for (size_t i = 0; i < killed.batches.size(); ++i) QCOMPARE(killed.batches[i].step, int64_t(i));

    const auto eval = run_cli({QStringLiteral("eval"), QStringLiteral("--run"), dir,
                               QStringLiteral("--checkpoint"), QStringLiteral("last"),
                               QStringLiteral("--test-limit"), QStringLiteral("200")});
    QVERIFY2(eval.exit_code == 0, qPrintable(eval.output));
    QVERIFY2(eval.output.contains(QStringLiteral("accuracy")), qPrintable(eval.output));

    const auto resumed = run_cli({QStringLiteral("train"), QStringLiteral("--resume"), dir});
    QVERIFY2(resumed.exit_code == 0, qPrintable(resumed.output));
    QVERIFY2(resumed.output.contains(QStringLiteral("resuming at epoch 1, batch")),
             qPrintable(resumed.output));
    const auto done = runs::read_run(dir.toStdString());
    QCOMPARE(done.state, std::string("finished"));
    QCOMPARE(done.batches.size(), size_t(200));  // 2 epochs of 100 batches, none twice
    for (size_t i = 0; i < done.batches.size(); ++i) QCOMPARE(done.batches[i].step, int64_t(i));
    QCOMPARE(done.epochs.size(), size_t(2));
  }

  void bad_input_gives_a_message_and_a_failing_exit_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown optimizer")
        << QStringList{"train", "--optimizer", "adagrad"} << "--optimizer";
    QTest::newRow("missing dataset folder")
        << QStringList{"train", "--dataset", "mnist", "--data-dir", "/nonexistent/mnist"}
        << "/nonexistent/mnist";
    QTest::newRow("unknown arch") << QStringList{"summary", "--arch", "resnet"}
                                  << "unknown architecture";
    QTest::newRow("resume nothing")
        << QStringList{"train", "--resume", "/nonexistent/run"} << "/nonexistent/run";
    QTest::newRow("eval without run") << QStringList{"eval"} << "--run";
  }
  void bad_input_gives_a_message_and_a_failing_exit() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir runs;
    QStringList full = arguments;
    if (arguments.first() == QLatin1String("train"))
      full << QStringLiteral("--runs-dir") << runs.path();
    const auto result = run_cli(full);
    QVERIFY2(result.exit_code > 0, qPrintable(result.output));
    QVERIFY2(result.output.contains(message), qPrintable(result.output));
    QCOMPARE(QDir(runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
  }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "test_cli_train.moc"
