#include "rank_processes.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QProcess>
#include <QProcessEnvironment>

namespace allcnn::ui {
namespace {

/// Sends each whole line `process` has written, prefixed with its rank; with `all`, the rest too.
void forward_lines(QProcess* process, int rank, bool all, RankProcesses* ranks) {
  const QString prefix = QStringLiteral("[rank %1] ").arg(rank);
  while (process->canReadLine())
    Q_EMIT ranks->line(prefix + QString::fromLocal8Bit(process->readLine()).trimmed());
  if (all) {
    const QString rest = QString::fromLocal8Bit(process->readAll()).trimmed();
    if (!rest.isEmpty()) Q_EMIT ranks->line(prefix + rest);
  }
}

}  // namespace

RankProcesses::RankProcesses() : home_(new QObject) {
  home_->moveToThread(&thread_);
  thread_.setObjectName(QStringLiteral("allcnn-ranks"));
  thread_.start();
}

RankProcesses::~RankProcesses() {
  finish(0);
  thread_.quit();
  thread_.wait();
  delete home_;  // the thread has ended: nothing else touches it
}

QString RankProcesses::cli_program() {
  if (const QString set = qEnvironmentVariable("ALLCNN_CLI"); !set.isEmpty()) return set;
  const QDir here(QCoreApplication::applicationDirPath());
  const QString beside = here.filePath(QStringLiteral("allcnn"));
  if (QFileInfo(beside).isExecutable()) return beside;
  const QString above = QDir::cleanPath(here.filePath(QStringLiteral("../allcnn")));
  return QFileInfo(above).isExecutable() ? above : beside;
}

QString RankProcesses::start(const QString& program, const QStringList& arguments, int world_size,
                             int port) {
  QString why;
  QMetaObject::invokeMethod(
      home_,
      [&] {
        for (int rank = 1; rank < world_size; ++rank) {
          auto* process = new QProcess(home_);
          process->setObjectName(QStringLiteral("rank %1").arg(rank));
          process->setProcessChannelMode(QProcess::MergedChannels);
          QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
          // One GPU per process where there are several; the flags set the rest.
          environment.insert(QStringLiteral("LOCAL_RANK"), QString::number(rank));
          process->setProcessEnvironment(environment);
          QObject::connect(process, &QProcess::readyReadStandardOutput, home_,
                           [this, process, rank] { forward_lines(process, rank, false, this); });
          QObject::connect(
              process, &QProcess::finished, home_,
              [this, process, rank](int code, QProcess::ExitStatus status) {
                forward_lines(process, rank, true, this);
                if (process->property("killed").toBool()) return;  // finish() ended it
                if (status == QProcess::CrashExit)
                  record_failure(
                      tr("rank %1 ended abnormally (its output is in the log)").arg(rank));
                else if (code != 0)
                  record_failure(tr("rank %1 ended with exit status %2 (its output is in the log)")
                                     .arg(rank)
                                     .arg(code));
              });
          process->start(program,
                         QStringList{QStringLiteral("train")}
                             << arguments
                             << QStringList{QStringLiteral("--world-size"),
                                            QString::number(world_size), QStringLiteral("--rank"),
                                            QString::number(rank), QStringLiteral("--master"),
                                            QStringLiteral("127.0.0.1:%1").arg(port)});
          if (!process->waitForStarted()) {
            why =
                tr("rank %1 could not start %2: %3").arg(rank).arg(program, process->errorString());
            return;
          }
        }
      },
      Qt::BlockingQueuedConnection);
  return why;
}

QString RankProcesses::failure() const {
  const QMutexLocker lock(&mutex_);
  return failure_;
}

void RankProcesses::record_failure(const QString& text) {
  const QMutexLocker lock(&mutex_);
  if (failure_.isEmpty()) failure_ = text;
}

void RankProcesses::finish(int timeout_ms) {
  if (!thread_.isRunning()) return;
  QMetaObject::invokeMethod(
      home_,
      [this, timeout_ms] {
        const QDeadlineTimer deadline(timeout_ms);
        const auto processes = home_->findChildren<QProcess*>();
        for (QProcess* process : processes) {
          if (process->state() == QProcess::NotRunning) continue;
          if (!process->waitForFinished(static_cast<int>(deadline.remainingTime()))) {
            process->setProperty("killed", true);
            process->kill();
            process->waitForFinished(5000);
          }
        }
        for (QProcess* process : processes) delete process;
      },
      Qt::BlockingQueuedConnection);
}

}  // namespace allcnn::ui
