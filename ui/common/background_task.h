#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>
#include <utility>

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

class QThreadPool;

namespace allcnn::ui {

/// What one-shot work running on a worker sees of the page that asked for it: whether to stop,
/// and where to say how far it is. The work calls it from its own thread.
class TaskControl {
 public:
  /// True once the user cancelled or the page moved on: the work should return soon (what it
  /// returns after a cancel is still delivered; after moving on it is dropped).
  bool cancelled() const { return cancelled_.load(); }
  /// For core functions that take a stop flag (`const std::atomic<bool>*`).
  const std::atomic<bool>* cancel_flag() const { return &cancelled_; }
  /// How far the work is: `fraction` in [0, 1] (negative: unknown) and a line for people.
  /// Cheap to call often: reports are coalesced, the page sees the latest at most once per
  /// turn of its event loop.
  void report(double fraction, const QString& text = {});

 private:
  friend class BackgroundTask;
  std::atomic<bool> cancelled_{false};
  std::mutex mutex_;
  double fraction_ = -1.0;
  QString text_;
  bool report_posted_ = false;
  std::function<void()> post_report_;  ///< set before the work starts
};

/// Runs one-shot jobs (a file read, a model load, an export, a measurement) on Qt's global
/// thread pool for one page, so the GUI thread never waits:
///  - the result comes back on the GUI thread by a queued call, to `done`;
///  - starting a new job, discard() or the page's destruction drops the previous job's result
///    (it is stale: the user moved on) and asks that job to stop;
///  - the work gets a TaskControl: a cancel token (cancel()) and a progress callback, which the
///    page sees as progress(); a TaskBar shows them when a job runs longer than about 1 s.
/// The work must not touch the page or any QObject of the GUI thread: it takes values and
/// returns a value. The destructor cancels and waits for work still running. GUI thread only.
class BackgroundTask : public QObject {
  Q_OBJECT

 public:
  explicit BackgroundTask(QObject* parent = nullptr);
  ~BackgroundTask() override;

  /// Runs `work(TaskControl&)` on a worker and then `done(result)` on the GUI thread, unless a
  /// newer start() or discard() came first. `cancellable`: the work honours cancelled(), so a
  /// TaskBar offers Cancel. A work that throws ends in failed(what) instead of done.
  template <typename Work, typename Done>
  void start(Work work, Done done, bool cancellable = true) {
    using Result = std::invoke_result_t<Work&, TaskControl&>;
    if constexpr (std::is_void_v<Result>) {
      launch([work = std::move(work)](TaskControl& control) mutable { work(control); },
             std::function<void()>(std::move(done)), cancellable);
    } else {
      auto slot = std::make_shared<std::optional<Result>>();
      launch([work = std::move(work),
              slot](TaskControl& control) mutable { slot->emplace(work(control)); },
             [done = std::move(done), slot]() mutable { done(std::move(**slot)); }, cancellable);
    }
  }

  /// Asks the current job to stop; its result (what the work returns when it sees the token)
  /// is still delivered.
  void cancel();
  /// Drops the current job's result and asks it to stop: the page has moved on.
  void discard();
  /// Whether a job is current (started, not yet delivered, failed or discarded).
  bool busy() const { return current_ != nullptr; }
  bool cancellable() const { return cancellable_; }
  bool cancel_requested() const { return current_ != nullptr && current_->cancelled(); }
  /// Blocks until every job started here has returned (stale ones included). For tests and
  /// the destructor; a page never calls it.
  void wait();

  /// The threads jobs run on, one per core and one more, apart from Qt's global pool: Qt's
  /// raster paint engine fills on the global pool and the GUI thread waits for those fills, so
  /// long jobs there would freeze the painting. A job that works in parallel does one lane of
  /// the work itself and maps at most one lane per other core on this pool
  /// (QtConcurrent::map(BackgroundTask::pool(), ...), then waitForFinished()), leaving the
  /// extra thread to short jobs. A mapped lane that finds no free thread is run by the waiting
  /// job itself, so the map never deadlocks.
  static QThreadPool* pool();

 Q_SIGNALS:
  /// A job started (busy() turned true).
  void started();
  /// The current job's latest report.
  void progress(double fraction, const QString& text);
  /// The current job ended: delivered, failed, or discarded (busy() is false again).
  void finished();
  /// The current job threw; `reason` is the exception's text.
  void failed(const QString& reason);

 private:
  void launch(std::function<void(TaskControl&)> work, std::function<void()> deliver,
              bool cancellable);
  void end();

  std::shared_ptr<TaskControl> current_;
  bool cancellable_ = false;
  QList<QFuture<void>> running_;  ///< jobs not yet known to have returned, stale ones too
};

}  // namespace allcnn::ui
