#pragma once
// For finding what holds the event loop up: an application whose notify() times every event
// delivery. With ALLCNN_BENCH_TRACE_MS=N set, each outermost delivery that takes N ms or more is
// printed to stderr with the nested deliveries inside it that took a tenth of that or more
// (receiver's class and name, event type, milliseconds of wall time and of this thread's CPU
// time, which a busy machine does not inflate), indented by depth.
#include <cstdio>
#include <ctime>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>

namespace allcnn::ui::testing {

class TracingApplication : public QApplication {
 public:
  TracingApplication(int& argc, char** argv)
      : QApplication(argc, argv),
        threshold_ms_(qEnvironmentVariableIntValue("ALLCNN_BENCH_TRACE_MS")) {
    clock_.start();
  }

  bool notify(QObject* receiver, QEvent* event) override {
    if (threshold_ms_ <= 0) return QApplication::notify(receiver, event);
    const qint64 began = clock_.nsecsElapsed();
    const double cpu_began = thread_cpu_ms();
    const QEvent::Type type = event->type();  // the event may be gone after delivery
    const QByteArray what = describe(receiver);
    const size_t mark = records_.size();
    ++depth_;
    const bool result = QApplication::notify(receiver, event);
    --depth_;
    const double ms = (clock_.nsecsElapsed() - began) / 1e6;
    const double cpu_ms = thread_cpu_ms() - cpu_began;
    if (ms >= threshold_ms_ / 10.0 || depth_ == 0)
      records_.insert(records_.begin() + static_cast<std::ptrdiff_t>(mark),
                      Record{depth_, type, what, ms, cpu_ms});
    if (depth_ == 0) {
      if (ms >= threshold_ms_) {
        std::fprintf(stderr, "[trace %.0f ms]\n", began / 1e6);
        for (const Record& r : records_)
          std::fprintf(stderr, "%*s%s %s %.1f ms (CPU %.1f ms)\n", 2 * r.depth + 2, "",
                       r.what.constData(), QMetaEnum::fromType<QEvent::Type>().valueToKey(r.type),
                       r.ms, r.cpu_ms);
      }
      records_.clear();
    }
    return result;
  }

 private:
  struct Record {
    int depth;
    QEvent::Type type;
    QByteArray what;
    double ms;
    double cpu_ms;
  };
  static double thread_cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
  }
  static QByteArray describe(QObject* receiver) {
    QByteArray text = receiver->metaObject()->className();
    if (!receiver->objectName().isEmpty()) text += "(" + receiver->objectName().toUtf8() + ")";
    return text;
  }

  int threshold_ms_;
  int depth_ = 0;
  QElapsedTimer clock_;
  std::vector<Record> records_;
};

}  // namespace allcnn::ui::testing
