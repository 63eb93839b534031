// The run queue's file: what is queued survives a restart in order, a change is saved at once,
// and a file that cannot be read is set aside with a message instead of being lost.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "run_queue.h"

using allcnn::ui::RunQueue;

namespace {

allcnn::train::RunConfig run(const char* name, int64_t epochs) {
  allcnn::train::RunConfig config;
  config.name = name;
  config.epochs = epochs;
  return config;
}

QByteArray read(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(bytes);
}

}  // namespace

class TestRunQueue : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void a_restart_keeps_the_queue_in_order() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.json"));
    {
      RunQueue queue(path);
      QVERIFY(queue.load().isEmpty());  // no file yet: an empty queue
      QVERIFY(queue.add(run("a", 3)).isEmpty());
      QVERIFY(queue.add(run("b", 5)).isEmpty());
      QVERIFY(queue.add(run("c", 7)).isEmpty());
      QVERIFY(queue.move(2, 0).isEmpty());  // c, a, b
      QVERIFY(queue.remove(1).isEmpty());   // c, b
    }
    RunQueue again(path);
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.size(), 2);
    QCOMPARE(again.at(0).config.name, std::string("c"));
    QCOMPARE(again.at(0).config.epochs, int64_t(7));
    QCOMPARE(again.at(1).config.name, std::string("b"));
    QString error;
    QCOMPARE(again.take_first(&error).config.name, std::string("c"));
    QVERIFY(error.isEmpty());
    RunQueue third(path);
    QVERIFY(third.load().isEmpty());
    QCOMPARE(third.size(), 1);  // what was taken is gone from the file too
    QCOMPARE(RunQueue::label(third.at(0).config), QStringLiteral("b"));
  }

  // A run a study queued keeps its group through the file.
  void a_queued_run_keeps_its_group() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.json"));
    allcnn::config::GroupTag group;
    group.name = "init-study";
    group.varies = {{"init", "lsuv"}};
    group.seed_index = 1;
    {
      RunQueue queue(path);
      QVERIFY(queue.add(run("a", 2), group).isEmpty());
      QVERIFY(queue.add(run("b", 2)).isEmpty());
    }
    RunQueue again(path);
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.at(0).group.name, std::string("init-study"));
    QCOMPARE(again.at(0).group.varies, group.varies);
    QCOMPARE(again.at(0).group.seed_index, int64_t(1));
    QVERIFY(again.at(1).group.empty());
  }

  void a_corrupt_file_is_set_aside_with_a_message() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.json"));
    write(path, "{\"format\": \"allcnn-run-queue\", \"runs\": [");  // cut short
    RunQueue queue(path);
    const QString message = queue.load();
    QVERIFY2(message.contains(path) && message.contains(QStringLiteral("set aside")),
             qPrintable(message));
    QCOMPARE(queue.size(), 0);
    QVERIFY(!QFile::exists(path));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("queue.json.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(read(dir.filePath(aside.first())),  // kept as it was
             QByteArray("{\"format\": \"allcnn-run-queue\", \"runs\": ["));

    // JSON, but not a queue.
    write(path, "[1, 2]");
    QVERIFY(queue.load().contains(QStringLiteral("not a run queue")));
  }

  void entries_the_settings_reject_are_named_and_the_rest_kept() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.json"));
    write(path, R"({"format": "allcnn-run-queue", "version": 1, "runs": [
                 {"name": "good", "epochs": 2},
                 {"name": "bad", "epochs": 0},
                 {"name": "odd", "no_such_setting": 1}]})");
    RunQueue queue(path);
    const QString message = queue.load();
    QVERIFY2(message.contains(QStringLiteral("run 2 of the queue")) &&
                 message.contains(QStringLiteral("epochs")),
             qPrintable(message));
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.at(0).config.name, std::string("good"));
    // The readable entry is saved back; the original is beside it.
    RunQueue again(path);
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.size(), 1);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("queue.json.corrupt-*")}).size(), 1);
  }

  void a_queue_that_cannot_be_saved_says_so() {
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("file")), "x");
    // Its folder is a file: nothing can be written there.
    RunQueue queue(dir.filePath(QStringLiteral("file/queue.json")));
    const QString error = queue.add(run("a", 1));
    QVERIFY2(error.contains(QStringLiteral("could not be saved")), qPrintable(error));
    QCOMPARE(queue.size(), 1);  // kept in memory all the same
  }
};

QTEST_MAIN(TestRunQueue)
#include "test_run_queue.moc"
