#include <QtTest>

#include <filesystem>

#include "../common/run_cli.h"
#include "config/settings_table.h"
#include "dist/process_group.h"
#include "runs/run_reader.h"

using namespace allcnn;

namespace {

using allcnn::testing::run_cli;

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

/// Writes `text` to `name` in `dir`; its path, or empty when it cannot be written.
QString write_file(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
  QFile file(dir.filePath(name));
  if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) return QString();
  return file.fileName();
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
    // While it trains, a second writer is refused, naming the owner.
    const auto second = run_cli({QStringLiteral("train"), QStringLiteral("--resume"), dir});
    QCOMPARE(second.exit_code, 1);
    QVERIFY2(second.output.contains(
                 QStringLiteral("is being trained by pid %1 on ").arg(process.processId())),
             qPrintable(second.output));
    process.kill();  // SIGKILL: no handler runs, nothing is flushed on the way out
    QVERIFY(process.waitForFinished(10000));

    const auto killed = runs::read_run(dir.toStdString());  // well-formed: no exception
    QCOMPARE(killed.state, std::string("interrupted"));
    const auto listed = run_cli({QStringLiteral("runs"), runs.path()});
    QCOMPARE(listed.exit_code, 0);
    QVERIFY2(listed.output.contains(QRegularExpression(QStringLiteral("killed +interrupted +0/2"))),
             qPrintable(listed.output));
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
    QVERIFY2(resumed.output.contains(QStringLiteral("the run was interrupted")),
             qPrintable(resumed.output));
    const auto done = runs::read_run(dir.toStdString());
    QCOMPARE(done.state, std::string("finished"));
    QCOMPARE(done.batches.size(), size_t(200));  // 2 epochs of 100 batches, none twice
    for (size_t i = 0; i < done.batches.size(); ++i) QCOMPARE(done.batches[i].step, int64_t(i));
    QCOMPARE(done.epochs.size(), size_t(2));
  }

  // Killed right after its folder appeared (loading, initializing): resumable all the same.
  void kill_9_right_after_start_then_resume() {
    QTemporaryDir runs;
    const QString dir = runs.path() + QStringLiteral("/early");
    QProcess process;
    process.start(QStringLiteral(ALLCNN_CLI), small_run(runs.path(), QStringLiteral("early")));
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(dir + QStringLiteral("/config.json")), 60000);
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(runs::read_run(dir.toStdString()).state, std::string("interrupted"));
    const auto resumed = run_cli({QStringLiteral("train"), QStringLiteral("--resume"), dir});
    QVERIFY2(resumed.exit_code == 0, qPrintable(resumed.output));
    const auto done = runs::read_run(dir.toStdString());
    QCOMPARE(done.state, std::string("finished"));
    QCOMPARE(done.batches.size(), size_t(200));
    for (size_t i = 0; i < done.batches.size(); ++i) QCOMPARE(done.batches[i].step, int64_t(i));
  }

  void help_has_every_setting_grouped_by_section() {
    const auto help = run_cli({QStringLiteral("train"), QStringLiteral("--help")});
    QCOMPARE(help.exit_code, 0);
    // Walks the table: a setting meant for the CLI without a flag fails here.
    for (const auto& row : config::settings()) {
      const QString flag = QString::fromStdString(row.flag());
      if (!row.on_cli()) {
        QVERIFY2(!help.output.contains(flag + QLatin1Char(' ')), qPrintable(flag));
        continue;
      }
      QVERIFY2(help.output.contains(flag), qPrintable(flag));
      if (row.type() == config::SettingType::Bool)
        QVERIFY2(help.output.contains(QStringLiteral("--no-") + flag.mid(2)), qPrintable(flag));
    }
    int previous = -1;
    for (const char* group : {"Data:", "Model:", "Initialization:", "Optimizer:", "Schedule:",
                              "Augmentation:", "Execution:"}) {
      const int at = help.output.indexOf(QLatin1String(group));
      QVERIFY2(at > previous, group);
      previous = at;
    }
    // Each section lists its own settings: --lr under Optimizer, before Schedule.
    const int lr = help.output.indexOf(QStringLiteral("--lr "));
    QVERIFY(lr > help.output.indexOf(QStringLiteral("Optimizer:")));
    QVERIFY(lr < help.output.indexOf(QStringLiteral("Schedule:")));
  }

  void resume_accepts_only_the_resumable_settings() {
    QTemporaryDir runs;
    const QString dir = runs.path() + QStringLiteral("/one");
    QStringList arguments = small_run(runs.path(), QStringLiteral("one"));
    arguments[arguments.indexOf(QStringLiteral("--epochs")) + 1] = QStringLiteral("1");
    arguments[arguments.indexOf(QStringLiteral("--train-limit")) + 1] = QStringLiteral("640");
    const auto first = run_cli(arguments);
    QVERIFY2(first.exit_code == 0, qPrintable(first.output));
    const QString config_path = dir + QStringLiteral("/config.json");
    const auto config_before = runs::read_run(dir.toStdString()).config.dump();

    struct Rejected {
      QStringList flags;
      QString message;
    };
    const QList<Rejected> rejected = {
        // The three at once (the issue's case): the first one that may not change is named.
        {{"--epochs", "0", "--batch-size", "0", "--device", "nonsense"},
         "--batch-size: cannot change when a run is resumed"},
        {{"--lr", "0.1"}, "--lr: cannot change when a run is resumed"},
        {{"--bn"}, "--bn: cannot change when a run is resumed"},
        {{"--epochs", "0"}, "--epochs: 0 is out of range"},
        {{"--device", "nonsense"}, "--device: unknown device 'nonsense'"},
        {{"--config", config_path}, "do not combine it with --config"},
    };
    for (const auto& r : rejected) {
      const auto result = run_cli(QStringList{"train", "--resume", dir} + r.flags);
      QVERIFY2(result.exit_code > 0, qPrintable(result.output));
      QVERIFY2(result.output.contains(r.message), qPrintable(result.output));
    }
    QCOMPARE(runs::read_run(dir.toStdString()).config.dump(), config_before);

    // Continue for one more epoch: the same folder, no batch twice, config.json says 2 epochs.
    const auto more = run_cli({"train", "--resume", dir, "--epochs", "2", "--threads", "1"});
    QVERIFY2(more.exit_code == 0, qPrintable(more.output));
    const auto done = runs::read_run(dir.toStdString());
    QCOMPARE(done.state, std::string("finished"));
    QCOMPARE(done.epochs.size(), size_t(2));
    QCOMPARE(done.batches.size(), size_t(40));  // 640 images in batches of 32, twice
    for (size_t i = 0; i < done.batches.size(); ++i) QCOMPARE(done.batches[i].step, int64_t(i));
    QCOMPARE(done.config.at("epochs").get<int64_t>(), int64_t{2});
    QCOMPARE(done.config.at("threads").get<int64_t>(), int64_t{1});
    QVERIFY(done.config.contains("torch_version"));  // the provenance stays

    const auto fewer = run_cli({"train", "--resume", dir, "--epochs", "1"});
    QVERIFY2(fewer.exit_code > 0, qPrintable(fewer.output));
    QVERIFY2(fewer.output.contains(QStringLiteral("--epochs: must be at least 2")),
             qPrintable(fewer.output));
  }

  void bad_input_gives_a_message_and_a_failing_exit_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown optimizer")
        << QStringList{"train", "--optimizer", "adagrad"} << "--optimizer";
    QTest::newRow("nan learning rate")
        << QStringList{"train", "--lr", "nan"} << "--lr: 'nan' is not a finite number";
    QTest::newRow("empty learning rate") << QStringList{"train", "--lr", ""} << "--lr: is empty";
    QTest::newRow("fractional epochs")
        << QStringList{"train", "--epochs", "2.5"} << "--epochs: '2.5' is not a whole number";
    QTest::newRow("out of range") << QStringList{"train", "--width", "20"}
                                  << "--width: 20 is out of range (0, 16]";
    QTest::newRow("negative seed")
        << QStringList{"train", "--seed", "-1"} << "--seed: '-1' must not be negative";
    QTest::newRow("config typo") << QStringList{"train", "--config", "CONFIG:{\"drift_evry\": 5}"}
                                 << "did you mean 'drift_every'";
    QTest::newRow("summary width")
        << QStringList{"summary", "--width", "inf"} << "--width: 'inf' is not a finite number";
    QTest::newRow("missing dataset folder")
        << QStringList{"train", "--dataset", "mnist", "--data-dir", "/nonexistent/mnist"}
        << "/nonexistent/mnist";
    QTest::newRow("unknown arch") << QStringList{"summary", "--arch", "resnet"}
                                  << "unknown architecture";
    QTest::newRow("resume nothing")
        << QStringList{"train", "--resume", "/nonexistent/run"} << "/nonexistent/run";
    QTest::newRow("eval without run") << QStringList{"eval"} << "--run";
    QTest::newRow("lsuv csv of an initializer without a trace")
        << QStringList{"lsuv", "--init", "he-uniform", "--csv", "/nonexistent/trace.csv"}
        << "--csv: only LSUV has a trace to write; --init he-uniform has none";
  }
  void bad_input_gives_a_message_and_a_failing_exit() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir runs;
    QStringList full = arguments;
    for (auto& argument : full)
      if (argument.startsWith(QStringLiteral("CONFIG:"))) {
        const QString path = runs.path() + QStringLiteral("/config.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(argument.mid(7).toUtf8());
        argument = path;
      }
    if (arguments.first() == QLatin1String("train"))
      full << QStringLiteral("--runs-dir") << runs.path();
    const auto result = run_cli(full);
    QVERIFY2(result.exit_code > 0, qPrintable(result.output));
    QVERIFY2(result.output.contains(message), qPrintable(result.output));
    QCOMPARE(QDir(runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
    QVERIFY2(!result.output.contains(QStringLiteral("Abort")), qPrintable(result.output));
  }

  // A command given nothing to act on says so and fails, instead of printing nothing.
  void nothing_to_act_on_is_an_error_data() {
    QTest::addColumn<QStringList>("arguments");  // %1: an empty folder
    QTest::addColumn<QString>("message");
#ifdef ALLCNN_CLI_HAS_PREDICT
    QTest::newRow("predict in a folder without images")
        << QStringList{"predict", "--run", "%1", "%1"}
        << "predict: no image files (PNG, JPEG, BMP, WebP or TIFF) in %1";
#endif
    QTest::newRow("lsuv of a run without trace or drift")
        << QStringList{"lsuv", "--run", "%1"}
        << "%1: has no LSUV trace (initializer he-uniform) and no activation drift";
    QTest::newRow("runs of a folder without runs")
        << QStringList{"runs", "%1"} << "%1: holds no runs (folders with a config.json)";
  }
  void nothing_to_act_on_is_an_error() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir empty;
    QFile config(empty.filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"init": "he-uniform"})");
    config.close();
    for (auto& argument : arguments) argument.replace(QStringLiteral("%1"), empty.path());
    const auto result = run_cli(arguments);
    QVERIFY2(result.exit_code > 0, qPrintable(result.output));
    QVERIFY2(result.output.contains(message.arg(empty.path())), qPrintable(result.output));
  }

  // `allcnn sweep`: the dry run lists a 2x2 grid times 2 seeds; a bad group or a flag that
  // would flatten a varied setting is refused by name; a tiny real group trains, its failing
  // run reported, and sweeping again skips the finished run.
  void sweep_lists_trains_and_continues_a_group() {
    QTemporaryDir dir;
    const auto write = [&dir](const QString& name, const QByteArray& text) {
      return write_file(dir, name, text);
    };
    const QString grid = write(QStringLiteral("grid.json"), R"({"name": "grid",
        "vary": {"init": ["lsuv", "he-uniform"], "lr": [0.01, 0.001]}, "seeds": 2})");
    const auto listed = run_cli({"sweep", grid, "--dry-run", "--runs-dir", dir.path()});
    QVERIFY2(listed.exit_code == 0, qPrintable(listed.output));
    QCOMPARE(listed.output.count(QStringLiteral("  grid_init=")), 8);
    QVERIFY(listed.output.contains(QStringLiteral("grid_init=he-uniform_lr=0.001_seed=2")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("grid_init=lsuv_lr=0.01_seed=1"))));

    const auto flattened = run_cli({"sweep", grid, "--dry-run", "--lr", "0.1"});
    QVERIFY(flattened.exit_code > 0);
    QVERIFY2(flattened.output.contains(QStringLiteral("--lr: is varied by the group")),
             qPrintable(flattened.output));
    const QString bad = write(QStringLiteral("bad.json"), R"({"name": "bad", "vary": {"lr": []}})");
    const auto refused = run_cli({"sweep", bad, "--dry-run"});
    QVERIFY(refused.exit_code > 0);
    QVERIFY2(refused.output.contains(bad + QStringLiteral(": vary.lr: has no values")),
             qPrintable(refused.output));
    const auto preset = run_cli({"sweep", "--preset", "regularization", "--dry-run"});
    QVERIFY2(preset.exit_code == 0, qPrintable(preset.output));
    QVERIFY(preset.output.contains(QStringLiteral("regularization_bn=true_dropout=false_seed=1")));

    const QString tiny = write(QStringLiteral("tiny.json"), R"({"name": "tiny",
        "base": {"dataset": "fashion-mnist", "width": 0.125, "train_limit": 256,
                 "test_limit": 128, "epochs": 1, "init": "he-uniform", "drift_every": 0},
        "vary": {"data_dir": [")" ALLCNN_FASHION_MNIST_DIR R"(", "/nonexistent-data"]}})");
    const QStringList sweep = {"sweep", tiny, "--runs-dir", dir.path(), "--device", "cpu"};
    const auto first = run_cli(sweep);
    QCOMPARE(first.exit_code, 1);  // one run failed
    QVERIFY2(first.output.contains(QStringLiteral("/nonexistent-data: no such folder")),
             qPrintable(first.output));
    QVERIFY2(first.output.contains(QStringLiteral("finished: 1 (before this sweep: 0); failed: 1")),
             qPrintable(first.output));
    const auto again = run_cli(sweep);
    QVERIFY2(again.output.contains(QStringLiteral("finished before: skipped")),
             qPrintable(again.output));
    QVERIFY2(again.output.contains(QStringLiteral("finished: 1 (before this sweep: 1); failed: 1")),
             qPrintable(again.output));
  }

  // `sweep --slurm` writes a job array whose tasks train the group's runs with the same flags,
  // each on the processes srun starts. Run here by bash with stand-ins for srun (starts
  // --ntasks copies with the variables srun sets for each task) and scontrol (fake_slurm/).
  void sweep_writes_a_slurm_job_array_that_trains() {
    if (!dist::available()) QSKIP("built without Gloo (libgloo-dev)");
    QTemporaryDir dir;
    const auto write = [&dir](const QString& name, const QByteArray& text) {
      return write_file(dir, name, text);
    };
    const QString group = write(QStringLiteral("lr.json"), R"({"name": "lr",
        "base": {"dataset": "fashion-mnist", "width": 0.125, "bn": false, "dropout": false,
                 "init": "he-uniform", "drift_every": 0},
        "vary": {"lr": [0.01, 0.02]}})");
    const QString job = dir.filePath(QStringLiteral("job"));
    const QString runs = dir.filePath(QStringLiteral("runs"));
    const auto written = run_cli({"sweep",         group,
                                  "--slurm",       job,
                                  "--slurm-tasks", "2",
                                  "--runs-dir",    runs,
                                  "--data-dir",    ALLCNN_FASHION_MNIST_DIR,
                                  "--train-limit", "256",
                                  "--test-limit",  "100",
                                  "--epochs",      "1",
                                  "--batch-size",  "64",
                                  "--threads",     "1",
                                  "--device",      "cpu"});
    QVERIFY2(written.exit_code == 0, qPrintable(written.output));
    QVERIFY2(written.output.contains(QStringLiteral("sbatch ") + job + "/sweep.sbatch"),
             qPrintable(written.output));
    QFile script(job + QStringLiteral("/sweep.sbatch"));
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(script.readAll());
    QVERIFY2(text.contains(QStringLiteral("#SBATCH --array=1-2\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("#SBATCH --ntasks=2\n")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("--gpus-per-task")));
    // Nothing trained yet: the runs' settings wait in the job folder.
    QVERIFY(!QFileInfo::exists(runs));

    const auto task = [&](int id) {
      QProcess bash;
      bash.setProcessChannelMode(QProcess::MergedChannels);
      auto env = QProcessEnvironment::systemEnvironment();
      env.insert(QStringLiteral("PATH"),
                 QStringLiteral(ALLCNN_FAKE_SLURM_DIR ":") + env.value(QStringLiteral("PATH")));
      env.insert(QStringLiteral("SLURM_ARRAY_TASK_ID"), QString::number(id));
      env.insert(QStringLiteral("SLURM_JOB_ID"),
                 QString::number(4000 + id + QCoreApplication::applicationPid() % 1000));
      env.insert(QStringLiteral("SLURM_JOB_NODELIST"), QStringLiteral("node[1-2]"));
      env.insert(QStringLiteral("SLURM_NTASKS"), QStringLiteral("2"));
      for (const char* name : {"WORLD_SIZE", "RANK", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT"})
        env.remove(QString::fromLatin1(name));
      bash.setProcessEnvironment(env);
      bash.start(QStringLiteral("bash"), {script.fileName()});
      bash.waitForFinished(600000);
      return std::make_pair(bash.exitCode(), QString::fromUtf8(bash.readAll()));
    };
    for (int id : {1, 2}) {
      const auto [code, output] = task(id);
      QVERIFY2(code == 0, qPrintable(output));
      QVERIFY2(output.contains(QStringLiteral("rank 1 of 2 joined")), qPrintable(output));
      const QString folder = runs + (id == 1 ? "/lr_lr=0.01_seed=1" : "/lr_lr=0.02_seed=1");
      const auto run = runs::read_run(folder.toStdString());
      QCOMPARE(QString::fromStdString(run.state), QStringLiteral("finished"));
      QCOMPARE(run.batches.size(), size_t{4});
      QCOMPARE(run.config.value("threads", 0), 1);  // the flags given to sweep reached the run
      QCOMPARE(run.config.value("lr", 0.0), id == 1 ? 0.01 : 0.02);
      // One of the group's runs, as a sweep's are.
      QCOMPARE(QString::fromStdString(run.provenance.group.name), QStringLiteral("lr"));
    }
    // A task run again (requeued) leaves a finished run alone.
    const auto [code, output] = task(1);
    QCOMPARE(code, 0);
    QVERIFY2(output.contains(QStringLiteral("finished before; not trained again")),
             qPrintable(output));
  }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "test_cli_train.moc"
