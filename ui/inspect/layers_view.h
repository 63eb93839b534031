#pragma once

#include <QWidget>

#include "layer_diagnostics.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace allcnn::ui {
class BackgroundTask;
}

namespace allcnn::ui::inspect {

/// "Is the network dying?": a run's training diagnostics per layer. A table of the latest
/// window (the share of dead ReLUs, the weight and gradient norms; a layer more than 90% dead is
/// marked), and the histograms of a chosen layer's weights and gradients at the end of a chosen
/// epoch. The files are read on a worker (BackgroundTask); the run asked for last wins, and a
/// read of a run the view no longer shows is dropped.
class LayersView : public QWidget {
  Q_OBJECT

 public:
  explicit LayersView(QWidget* parent = nullptr);
  ~LayersView() override;

  /// Reads the diagnostics of the run folder `run_dir` and shows them.
  void load(const QString& run_dir);
  /// The run training in `run_dir` recorded another window: reads it again when the view shows
  /// that run (or none yet). Skipped while a read is running: the next window comes soon.
  void follow(const QString& run_dir);
  bool busy() const;
  /// The run the view shows or is reading (empty: none).
  QString run_dir() const { return run_dir_; }
  const LayerDiagnostics& shown() const { return shown_; }

  /// Shows the histograms of `layer` at the end of `epoch` (0-based), when the run has them.
  void choose(const QString& layer, qint64 epoch);
  QString chosen_layer() const;
  qint64 chosen_epoch() const;  ///< -1: none

  QTableWidget* table() const { return table_; }
  QChart* weight_chart() const;
  QChart* gradient_chart() const;
  QString caption() const;

 Q_SIGNALS:
  /// A read of the run was shown.
  void shown_changed();

 private:
  void show_diagnostics(const LayerDiagnostics& diagnostics);
  void fill_table();
  void fit_table_width();
  void fill_choices();
  void draw_histograms();

  BackgroundTask* task_;
  QString run_dir_;
  LayerDiagnostics shown_;
  QLabel* caption_ = nullptr;
  QTableWidget* table_ = nullptr;
  QComboBox* layer_ = nullptr;
  QComboBox* epoch_ = nullptr;
  QChartView* weight_view_ = nullptr;
  QChartView* gradient_view_ = nullptr;
};

}  // namespace allcnn::ui::inspect
