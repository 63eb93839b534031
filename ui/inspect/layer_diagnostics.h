#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace allcnn::ui::inspect {

/// One convolution in the latest window of a run's training diagnostics (diagnostics.csv).
struct LayerWindow {
  QString layer;
  double dead_fraction = 0;  ///< share of its ReLU channels that were 0 for every image
  double weight_norm = 0;
  double grad_norm = 0;
  bool mostly_dead = false;  ///< dead_fraction above metrics::kMostlyDeadFraction
};

/// One bin of a histogram of histograms.csv: `count` values in [low, high).
struct HistogramBin {
  double low = 0, high = 0;
  qint64 count = 0;
};

/// A convolution's weights and gradients at the end of one epoch.
struct LayerHistograms {
  qint64 epoch = 0;  ///< 0-based, as recorded
  QString layer;
  QVector<HistogramBin> weight, gradient;  ///< gradient: of the epoch's last batch
};

/// What the inspect page's Layers view shows of a run folder. Plain Qt values: no torch.
struct LayerDiagnostics {
  QString run_dir;
  QVector<LayerWindow> latest;  ///< the rows of the last window, in the net's order
  qint64 latest_step = -1;      ///< that window's last step (0-based; -1: no window)
  qint64 latest_epoch = -1;     ///< that window's epoch (0-based)
  qint64 windows = 0;           ///< windows recorded
  QVector<qint64> epochs;       ///< epochs with histograms, ascending
  QStringList layers;           ///< layers with histograms, in the net's order
  QVector<LayerHistograms> histograms;
  QString error;  ///< non-empty: the folder could not be read, nothing else is valid

  /// The histograms of `layer` at `epoch`, or null.
  const LayerHistograms* find(qint64 epoch, const QString& layer) const;
};

/// Reads the training diagnostics of the run folder `run_dir` (never throws: errors land in
/// .error). Reads files: call it on a worker.
LayerDiagnostics read_layer_diagnostics(const QString& run_dir);

}  // namespace allcnn::ui::inspect
