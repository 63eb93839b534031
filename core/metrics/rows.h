#pragma once

// The rows a run records: what the Trainer reports while it trains, and what a run folder
// stores and reads back (core/runs). Plain values without torch: safe to copy to any thread,
// and usable by the Trainer, the run folder and the front ends alike.

#include <cstdint>
#include <string>
#include <vector>

namespace allcnn::metrics {

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

/// What the Trainer reports after every epoch: the training averages and the test evaluation.
struct EpochMetrics {
  int64_t epoch = 0;
  double train_loss = 0.0;
  double train_accuracy = 0.0;
  Evaluation validation;
  double learning_rate = 0.0;  ///< at the end of the epoch
  double elapsed_s = 0.0;
  bool best = false;  ///< the best validation accuracy so far (checkpoints/best updated)
};

/// One row of epochs.csv: an epoch without its per-class evaluation (which evaluations.jsonl
/// holds, to keep the CSV flat).
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

/// One row of drift.csv: a layer's activation statistics on the fixed probe batch.
struct DriftRow {
  int64_t epoch = -1;  ///< -1: after initialization, before training
  std::string layer;
  double variance = 0, mean = 0, dead_fraction = 0;
};

}  // namespace allcnn::metrics
