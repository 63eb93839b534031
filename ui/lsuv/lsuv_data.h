#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "config/run_config.h"

namespace allcnn::ui {

class TaskControl;

/// One layer of an LSUV trace, as the inspector draws it (plain Qt values: no torch here).
struct LsuvLayerRow {
  QString layer;
  bool skipped = false;
  QString skip_reason;
  QVector<double> variances;  ///< measured at each iteration
  QVector<double> scales;     ///< applied after each measurement (1: none)
  double variance_before = 0, variance_after = 0, elapsed_ms = 0;
  bool converged = false;
};

/// Per-layer output statistics of one initializer on the batch.
struct InitColumn {
  QString init;
  QStringList layers;
  QVector<double> variance, mean, dead_fraction;
};

/// Activation variance of each layer over epochs, from a run's drift.csv.
struct DriftSeries {
  QString layer;
  QVector<double> epochs;  ///< -1 is "after initialization"
  QVector<double> variance;
};

/// One value of each layer over training steps, from a run's diagnostics.csv.
struct StepSeries {
  QString layer;
  QVector<double> steps;
  QVector<double> values;
};

struct LsuvInspection {
  QString source;  ///< the run folder, or a description of the fresh model
  double tolerance = 0.1;
  QVector<LsuvLayerRow> trace;
  QVector<InitColumn> inits;   ///< empty for a run folder
  QVector<DriftSeries> drift;  ///< empty for a fresh model
  /// The training diagnostics of a run (empty for a fresh model): the share of each layer's
  /// ReLUs that were 0 for every image of a window, and its gradient norm, by step.
  QVector<StepSeries> dead_training;
  QVector<StepSeries> gradient_norms;
  QString error;  ///< non-empty: nothing else is valid
};

/// What to run LSUV on when no run folder is given.
struct LsuvRequest {
  QString arch = QStringLiteral("all-cnn-c");
  double width = 1.0;
  bool batch_norm = false;
  int batch_size = 128;
  double tolerance = 0.1;
  int max_iterations = 10;
  QStringList layers;  ///< empty: all convolutions
  /// Where the batch comes from and how it is prepared, as training would: the dataset (unset:
  /// the default), data folder, image-folder options, train limit, preprocessing (the
  /// normalization and ZCA that `augment` fits) and seed. The workbench passes its training
  /// form's.
  train::RunConfig data;
};

/// Reads a run folder's lsuv.csv, drift.csv and diagnostics.csv (never throws: errors land in
/// .error). Reads the whole folder: call it on a worker.
LsuvInspection inspect_run(const QString& run_dir);
/// Builds a fresh model, takes a batch of real data, runs LSUV and measures every
/// initializer side by side. Slow (seconds): call it on a worker. Reports progress per
/// initializer to `control` and stops between initializers once it is cancelled (the result
/// then says so in .error).
LsuvInspection inspect_fresh(const LsuvRequest& request, TaskControl& control);

}  // namespace allcnn::ui
