#pragma once
// The event loop's responsiveness, for GUI tests and benchmarks: Qt Core only.

#include <algorithm>
#include <functional>
#include <vector>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace allcnn::testing {

/// Records the gaps between the ticks of a 1 ms timer (issue 15's measure): with a free event
/// loop they stay near 1 ms; a blocked GUI thread shows up as one long gap, about as long as the
/// block.
class LatencyProbe : public QObject {
 public:
  LatencyProbe() {
    timer_.setInterval(1);
    timer_.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer_, &QTimer::timeout, this, [this] {
      const qint64 now = clock_.nsecsElapsed();
      if (last_ns_ >= 0) gaps_ms_.push_back((now - last_ns_) / 1e6);
      last_ns_ = now;
    });
  }
  void start() {
    gaps_ms_.clear();
    last_ns_ = -1;
    clock_.start();
    timer_.start();
  }
  void stop() { timer_.stop(); }
  double max_ms() const {
    return gaps_ms_.empty() ? 0.0 : *std::max_element(gaps_ms_.begin(), gaps_ms_.end());
  }
  double percentile_ms(double p) const {
    if (gaps_ms_.empty()) return 0.0;
    std::vector<double> sorted = gaps_ms_;
    std::sort(sorted.begin(), sorted.end());
    const size_t index = std::min(sorted.size() - 1, static_cast<size_t>(p * sorted.size()));
    return sorted[index];
  }
  size_t ticks() const { return gaps_ms_.size(); }

 private:
  QTimer timer_;
  QElapsedTimer clock_;
  qint64 last_ns_ = -1;
  std::vector<double> gaps_ms_;
};

/// Runs a real event loop, as the application's does, until `done()` holds (checked every
/// millisecond) or `timeout_ms` pass; returns whether it held. QTest::qWait would not do for
/// measuring the loop: it sleeps 10 ms between rounds of events, so no timer ticks faster than that
/// and every gap it reports includes its own sleep.
inline bool spin_until(const std::function<bool()>& done, int timeout_ms) {
  if (done()) return true;
  QEventLoop loop;
  QTimer check, give_up;
  QObject::connect(&check, &QTimer::timeout, &loop, [&] {
    if (done()) loop.quit();
  });
  give_up.setSingleShot(true);
  QObject::connect(&give_up, &QTimer::timeout, &loop, &QEventLoop::quit);
  check.start(1);
  give_up.start(timeout_ms);
  loop.exec();
  return done();
}

}  // namespace allcnn::testing
