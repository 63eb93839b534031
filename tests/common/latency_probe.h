#pragma once
// The event loop's responsiveness, for GUI tests and benchmarks: Qt Core only.

#include <algorithm>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace allcnn::testing {

/// Records the gaps between the ticks of a 10 ms timer: with a free event loop they stay near
/// 10 ms; a blocked GUI thread shows up as one long gap.
class LatencyProbe : public QObject {
 public:
  LatencyProbe() {
    timer_.setInterval(10);
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

}  // namespace allcnn::testing
