#include "metrics_buffer.h"

#include <utility>

namespace allcnn::ui {

void MetricsBuffer::push(const metrics::BatchMetrics& batch) {
  std::lock_guard<std::mutex> lock(mutex_);
  pending_.batches.push_back(batch);
}

void MetricsBuffer::push(const metrics::EpochMetrics& epoch) {
  std::lock_guard<std::mutex> lock(mutex_);
  pending_.epochs.push_back(epoch);
}

MetricsChunk MetricsBuffer::take() {
  MetricsChunk taken;
  std::lock_guard<std::mutex> lock(mutex_);
  std::swap(taken, pending_);
  return taken;
}

}  // namespace allcnn::ui
