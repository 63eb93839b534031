#include "background_task.h"
#include "engine_text.h"

#include <algorithm>
#include <exception>

#include <QMetaObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace allcnn::ui {

void TaskControl::report(double fraction, const QString& text) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    fraction_ = fraction;
    text_ = text;
    if (report_posted_) return;  // the page has not seen the last one yet: it will see this
    report_posted_ = true;
  }
  post_report_();
}

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask() {
  if (current_ != nullptr) current_->cancelled_.store(true);
  wait();
}

void BackgroundTask::cancel() {
  if (current_ != nullptr) current_->cancelled_.store(true);
}

void BackgroundTask::discard() {
  if (current_ == nullptr) return;
  current_->cancelled_.store(true);
  current_.reset();
  Q_EMIT finished();
}

QThreadPool* BackgroundTask::pool() {
  static QThreadPool* const threads = [] {
    // Never destroyed: jobs of pages destroyed at exit have been waited for by then.
    // One more than the cores: a short job (a chart's points) never queues behind long ones
    // that keep every core busy (a map over the cores, one job per page).
    auto* p = new QThreadPool;
    p->setMaxThreadCount(std::max(1, QThread::idealThreadCount()) + 1);
    return p;
  }();
  return threads;
}

void BackgroundTask::wait() {
  for (auto& future : running_) future.waitForFinished();
  running_.clear();
}

void BackgroundTask::launch(std::function<void(TaskControl&)> work, std::function<void()> deliver,
                            bool cancellable) {
  discard();
  running_.erase(std::remove_if(running_.begin(), running_.end(),
                                [](const QFuture<void>& f) { return f.isFinished(); }),
                 running_.end());
  auto control = std::make_shared<TaskControl>();
  // Reports and the result come back as queued calls on this object, which outlives every job
  // (the destructor waits for them); each checks that its job is still the current one.
  const std::weak_ptr<TaskControl> weak = control;
  control->post_report_ = [this, weak] {
    QMetaObject::invokeMethod(
        this,
        [this, weak] {
          const auto job = weak.lock();
          if (job == nullptr || job != current_) return;
          double fraction;
          QString text;
          {
            const std::lock_guard<std::mutex> lock(job->mutex_);
            fraction = job->fraction_;
            text = job->text_;
            job->report_posted_ = false;
          }
          Q_EMIT progress(fraction, text);
        },
        Qt::QueuedConnection);
  };
  current_ = control;
  cancellable_ = cancellable;
  running_.append(QtConcurrent::run(
      pool(), [this, control, work = std::move(work), deliver = std::move(deliver)]() mutable {
        QString error;
        bool threw = false;
        try {
          work(*control);
        } catch (const std::exception& e) {
          threw = true;
          error = error_text(e);
        } catch (...) {
          threw = true;
          error = QStringLiteral("unknown exception");
        }
        QMetaObject::invokeMethod(
            this,
            [this, control, deliver = std::move(deliver), threw, error]() mutable {
              if (control != current_) return;  // stale: the page moved on
              current_.reset();
              if (threw)
                Q_EMIT failed(error);
              else
                deliver();
              // `deliver` may have started the next job, which keeps the task busy.
              if (!busy()) Q_EMIT finished();
            },
            Qt::QueuedConnection);
      }));
  Q_EMIT started();
}

}  // namespace allcnn::ui
