#pragma once

// LSUV's trace, and the per-layer statistics, as plain values: what run folders
// store and read back. No torch here, so the readers of run folders build without it.

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "config/lsuv_options.h"

namespace allcnn::init {

/// One measurement of a layer's output on the batch, and what was done about it.
struct LsuvStep {
  int iteration = 0;      ///< 0-based
  double variance = 0.0;  ///< of the convolution's output (before batch norm and ReLU)
  double mean = 0.0;
  double scale = 1.0;       ///< factor applied to the weights after this measurement (1: none)
  double elapsed_ms = 0.0;  ///< since the layer started
};

struct LsuvLayerTrace {
  std::string layer;       ///< "conv1", ...
  size_t layer_index = 0;  ///< position in ConvNetImpl::layers()
  bool skipped = false;
  std::string skip_reason;  ///< why, when skipped
  std::vector<LsuvStep> steps;
  double variance_before = 0.0;
  double variance_after = 0.0;
  bool converged = false;  ///< within tolerance at the end
  double elapsed_ms = 0.0;
};

struct LsuvTrace {
  std::vector<LsuvLayerTrace> layers;
  int64_t batch_size = 0;
  LsuvOptions options;
  double elapsed_ms = 0.0;
  bool stopped = false;  ///< a stop request ended it before every layer was done
};

/// Per convolution (see measure_layers): the variance and mean of its output, and the fraction
/// of its ReLU outputs that are zero, on a batch.
struct LayerStatistics {
  std::string layer;
  double variance = 0.0;
  double mean = 0.0;
  double dead_fraction = 0.0;
};

/// The trace as CSV, one row per measurement:
/// layer,layer_index,iteration,variance,mean,scale,elapsed_ms,skipped,skip_reason
/// (a skipped layer with no measurement gets one row with iteration -1).
void write_lsuv_csv(const LsuvTrace& trace, std::ostream& out);
/// Reads write_lsuv_csv's output back; throws allcnn::Error(source, reason) naming the line
/// and column when malformed (numbers are checked: common/checked_number.h).
LsuvTrace read_lsuv_csv(std::istream& in, const std::string& source);

}  // namespace allcnn::init
