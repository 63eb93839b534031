#pragma once

#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

namespace allcnn::ui {

/// Ranks 1..N-1 of a data-parallel run that the workbench trains as rank 0 (TrainingWorker):
/// child processes of the allcnn CLI, `allcnn train --config FILE --world-size N --rank R
/// --master 127.0.0.1:PORT` (`--resume DIR ...` in place of `--config FILE` for a resumed run).
/// They live on a thread of their own with an event loop, so their output streams into the log
/// while the worker thread trains; each line comes out of line() prefixed "[rank R]", from that
/// thread. start(), failure() and finish() are for one other thread (the worker's); start() and
/// finish() block until done.
class RankProcesses : public QObject {
  Q_OBJECT

 public:
  RankProcesses();
  /// Kills the ranks that are still running (finish(0)) and joins the thread.
  ~RankProcesses() override;

  /// The allcnn CLI the ranks run: $ALLCNN_CLI when set, else `allcnn` beside this program,
  /// else one folder up (the build tree keeps the workbench in app/workbench/, allcnn in app/).
  static QString cli_program();

  /// Starts ranks 1..world_size-1 as `program train ARGUMENTS --world-size N --rank R --master
  /// 127.0.0.1:PORT`; `arguments` say what they train: `--config FILE` for a new run, `--resume
  /// DIR` and the flags of the resumed run's changes for a continued one. Returns why one could
  /// not start, naming its rank; empty when all started.
  QString start(const QString& program, const QStringList& arguments, int world_size, int port);
  /// How the first rank that ended badly ended ("rank 1 ended with exit status 1"), or empty.
  QString failure() const;
  /// Waits at most `timeout_ms` for every rank to end, then kills those left; their last lines
  /// are out before it returns.
  void finish(int timeout_ms);

 Q_SIGNALS:
  void line(const QString& text);

 private:
  void record_failure(const QString& text);

  QThread thread_;
  QObject* home_ = nullptr;  ///< lives on thread_: the parent of the processes
  mutable QMutex mutex_;
  QString failure_;
};

}  // namespace allcnn::ui
