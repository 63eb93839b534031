#pragma once

// The rows a run records: what the Trainer reports while it trains, and what a run folder
// stores and reads back (core/runs). Plain values without torch: safe to copy to any thread,
// and usable by the Trainer, the run folder and the front ends alike.

#include <cstdint>
#include <string>
#include <vector>

namespace allcnn::metrics {

/// The split a run evaluates after each epoch and chooses its best checkpoint by.
enum class EvaluatedSplit {
  Test,        ///< --validation 0, the paper's protocol (and every run from before the setting)
  Validation,  ///< training images held out
};

/// What the Trainer reports after every training batch; one row of batches.csv.
struct BatchMetrics {
  int64_t epoch = 0;              ///< 0-based
  int64_t batch = 0;              ///< 0-based index within the epoch
  int64_t batches_per_epoch = 0;  ///< not stored in batches.csv
  int64_t step = 0;               ///< 0-based global batch counter
  double loss = 0.0;              ///< mean cross-entropy of the batch
  double accuracy = 0.0;          ///< fraction of the batch classified correctly
  double learning_rate = 0.0;
  /// Data, augmentation and recording included; with metrics read in groups
  /// (RunConfig::metrics_every), the mean of the batch's group.
  double images_per_second = 0.0;
  double elapsed_s = 0.0;  ///< wall time since the run (or its first session) started
};

/// Evaluation of a model on a labelled set.
struct Evaluation {
  double loss = 0.0;
  double accuracy = 0.0;
  std::vector<double> per_class_accuracy;  ///< K entries
  std::vector<int64_t> confusion;          ///< K*K, row = true class, column = predicted
  int64_t count = 0;
};

/// What the Trainer reports after every epoch: the training averages and the evaluation of
/// the epoch: on the held-out validation split when the run has one, else on the test split
/// (RunConfig::has_validation()).
struct EpochMetrics {
  int64_t epoch = 0;
  double train_loss = 0.0;
  double train_accuracy = 0.0;
  Evaluation validation;                        ///< the evaluated split's (see above)
  EvaluatedSplit split = EvaluatedSplit::Test;  ///< which split `validation` is of
  double learning_rate = 0.0;                   ///< at the end of the epoch
  double elapsed_s = 0.0;
  bool best = false;  ///< the best validation accuracy so far (checkpoints/best updated)
};

/// One row of epochs.csv: an epoch without its per-class evaluation (which evaluations.jsonl
/// holds, to keep the CSV flat). val_loss and val_accuracy are the epoch's evaluation: of the
/// validation split when the run has one, else of the test split, whose columns are then
/// named test_loss and test_accuracy (runs from before the validation split named them val_*
/// although they were test evaluations; RunSummary::evaluated_split says which).
struct EpochRow {
  int64_t epoch = 0;
  double train_loss = 0, train_accuracy = 0, val_loss = 0, val_accuracy = 0;
  double learning_rate = 0, elapsed_s = 0;
  bool best = false;
};

/// The CSV row of an epoch's metrics.
inline EpochRow epoch_row(const EpochMetrics& e) {
  return {e.epoch,
          e.train_loss,
          e.train_accuracy,
          e.validation.loss,
          e.validation.accuracy,
          e.learning_rate,
          e.elapsed_s,
          e.best};
}

/// A checkpoint evaluated on the test split at the end of a run with a validation split.
struct CheckpointTest {
  int64_t epoch = -1;  ///< 0-based: the epoch after which the checkpoint was saved
  Evaluation evaluation;
};

/// What a run with a validation split records of the test split (test.json): its best and its
/// last checkpoint (the same epoch when the best is the last).
struct TestResults {
  CheckpointTest best;
  CheckpointTest last;
};

/// One row of drift.csv: a layer's activation statistics on the fixed probe batch.
struct DriftRow {
  int64_t epoch = -1;  ///< -1: after initialization, before training
  std::string layer;
  double variance = 0, mean = 0, dead_fraction = 0;
};

/// One row of diagnostics.csv: a convolution of the net over a window of training batches
/// (RunConfig::diagnostics_every), recorded at the window's last step.
struct DiagnosticsRow {
  int64_t step = 0;   ///< the window's last global step
  int64_t epoch = 0;  ///< 0-based
  std::string layer;  ///< the convolution: "conv1" ... (its ReLU is the one counted)
  /// The share of the layer's ReLU channels that were 0 for every image of the window.
  double dead_fraction = 0;
  double weight_norm = 0;  ///< L2 norm of the convolution's weight (bias excluded)
  double grad_norm = 0;    ///< L2 norm of its gradient in the window's last batch
};

/// One bin of histograms.csv: a convolution's weights or gradients at the end of an epoch.
struct HistogramRow {
  int64_t epoch = 0;
  std::string layer;   ///< "conv1" ...
  std::string tensor;  ///< "weight" or "gradient" (of the epoch's last batch)
  double low = 0, high = 0;
  int64_t count = 0;
};

/// One row of a learning-rate range test (lr_find.csv): the batch trained at `learning_rate`,
/// its loss, and the loss smoothed over the batches so far (what the suggestion reads).
struct LrPoint {
  int64_t step = 0;
  double learning_rate = 0, loss = 0, smoothed_loss = 0;
};

}  // namespace allcnn::metrics
