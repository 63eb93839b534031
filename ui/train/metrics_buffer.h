#pragma once

#include <mutex>
#include <vector>

#include "metrics/rows.h"

namespace allcnn::ui {

/// Metrics that arrived since the last drain, in arrival order.
struct MetricsChunk {
  std::vector<metrics::BatchMetrics> batches;
  std::vector<metrics::EpochMetrics> epochs;
  bool empty() const { return batches.empty() && epochs.empty(); }
};

/// Hands metrics from the training thread to the GUI thread without a signal per batch:
/// the trainer's callbacks push (any thread), the GUI drains on a timer.
class MetricsBuffer {
 public:
  void push(const metrics::BatchMetrics& batch);
  void push(const metrics::EpochMetrics& epoch);
  /// Everything pushed since the last take(), leaving the buffer empty.
  MetricsChunk take();

 private:
  std::mutex mutex_;
  MetricsChunk pending_;
};

}  // namespace allcnn::ui
