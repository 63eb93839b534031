#pragma once

// The training diagnostics: which ReLUs of each layer were 0 for every image of a window of
// training batches, the weight and gradient norms of each convolution, histograms of its
// weights and gradients, and which classes' output units gave the same value for every image
// (a dead class: the net cannot learn it, and nothing else says so). Everything here runs on
// the thread that trains.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <torch/types.h>

#include "common/message.h"
#include "metrics/dead_layer.h"
#include "metrics/rows.h"
#include "nn/model.h"

namespace allcnn::train {

/// What one window of training batches showed.
struct DiagnosticsWindow {
  int64_t batches = 0;                        ///< in the window
  std::vector<metrics::DiagnosticsRow> rows;  ///< one per convolution, in order
  std::vector<int64_t> dead_channels;         ///< per row: channels 0 for every image
  std::vector<int64_t> channels;              ///< per row: the layer's channels
  /// A class whose output unit (its logit) had the same value for every image of the window.
  struct StuckClass {
    int64_t index = 0;
    double value = 0;  ///< 0: its ReLU was dead
  };
  std::vector<StuckClass> stuck_classes;
};

/// Watches a net while it trains: forward() runs it layer by layer, keeping on the device the
/// per-channel maximum of each ReLU's output and the per-class extremes of the logits over the
/// window (a reduction per layer and no wait for the device); end_batch() reads them once per
/// window. The net must be ConvNet's stack (a ReLU after every convolution).
class TrainingDiagnostics {
 public:
  /// `window_batches` (at least 1) training batches per window.
  TrainingDiagnostics(nn::ConvNet net, int64_t window_batches);

  /// The logits of `inputs`, as net->forward() computes them, noting what the window needs.
  torch::Tensor forward(const torch::Tensor& inputs);
  /// After the batch's optimizer step: the window when this batch completes it (then the window
  /// starts afresh). `step` and `epoch` are the batch's; the gradient norms are of this batch.
  std::optional<DiagnosticsWindow> end_batch(int64_t step, int64_t epoch);
  /// Histograms of each convolution's weight and of its gradient (of the last batch trained;
  /// none before one), `bins` bins between the tensor's extremes.
  std::vector<metrics::HistogramRow> histograms(int64_t epoch, int64_t bins = 32);

  int64_t window_batches() const { return window_batches_; }

 private:
  struct Watched {
    size_t conv = 0;   ///< index of the convolution in the stack
    size_t relu = 0;   ///< index of the ReLU that follows it
    std::string name;  ///< the convolution's
  };
  nn::ConvNet net_;
  int64_t window_batches_;
  std::vector<Watched> watched_;
  std::vector<torch::Tensor> relu_max_;  ///< per watched layer: [C], the window's maxima
  torch::Tensor logit_min_, logit_max_;  ///< [classes]
  int64_t batches_ = 0;
};

using metrics::kMostlyDeadFraction;

/// The warnings `window` calls for: each stuck class (ClassUnitDead, ClassUnitConstant) and each
/// layer but the last whose dead share is above kMostlyDeadFraction (LayerMostlyDead), naming
/// the cures with the current `learning_rate`. `warned` holds what was said already: a problem
/// is said once, and again only after it went away.
std::vector<Message> diagnostics_warnings(const DiagnosticsWindow& window,
                                          const std::vector<std::string>& class_names,
                                          double learning_rate, std::set<std::string>& warned);

}  // namespace allcnn::train
