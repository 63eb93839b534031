#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace allcnn::train {

/// What the Trainer reports after every training batch. Plain values: safe to copy to any thread.
struct BatchMetrics {
  int64_t epoch = 0;  ///< 0-based
  int64_t batch = 0;  ///< 0-based index within the epoch
  int64_t batches_per_epoch = 0;
  int64_t step = 0;       ///< 0-based global batch counter
  double loss = 0.0;      ///< mean cross-entropy of the batch
  double accuracy = 0.0;  ///< fraction of the batch classified correctly
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

}  // namespace allcnn::train
