#pragma once

// Private to the benchmark (core/bench): the real Trainer timed against the bare loop, and the
// per-batch costs of the pipeline's parts.

#include <cstdint>
#include <filesystem>
#include <vector>

#include "bench/bench_timing.h"
#include "data/dataset.h"

namespace allcnn::bench {

/// A CIFAR-10 binary copy of random images, so that the real Trainer can load it by name.
void write_synthetic_cifar10(const std::filesystem::path& dir, int64_t train_count,
                             int64_t test_count, uint64_t seed);

/// How the Trainer pipeline is timed: in whole groups of metrics (the Trainer delivers a
/// group's rows together), a warm-up, then `repeats` repeats of at least --iterations batches.
struct PipelineShape {
  int64_t metrics_every = 1;  ///< the Trainer's; --metrics-every on a GPU, 1 on a CPU
  int64_t warmup_batches = 0;
  int64_t batches_per_repeat = 0;
  /// Batches the measurement trains, with a spare: one epoch of the synthetic set must hold them.
  int64_t batches_needed(int repeats) const {
    return warmup_batches + repeats * batches_per_repeat + 1;
  }
};

PipelineShape pipeline_shape(const BenchOptions& o, const Setup& s);

/// The pipeline and its baseline, measured in alternation (see measure_pipeline).
struct PipelinePair {
  std::vector<double> pipeline;  ///< images/s of the Trainer, one sample per repeat
  std::vector<double> bare;      ///< images/s of the bare loop, the repeat that followed
  PipelineShape shape;
};

/// The Trainer on the synthetic CIFAR-10 copy in `work`/data, in alternation with the bare
/// loop (see bench_pipeline.cpp). Throws allcnn::Error when the Trainer ends too early.
PipelinePair measure_pipeline(const BenchOptions& o, const Setup& s,
                              const std::filesystem::path& work, int64_t batch, int threads);

/// Milliseconds per batch of the pipeline's parts on their own: the batcher, shift+flip, the
/// metrics' host reads and a batches.csv row.
json measure_overheads(const BenchOptions& o, const Setup& s, const data::Dataset& host,
                       int64_t batch, const std::filesystem::path& work);

}  // namespace allcnn::bench
