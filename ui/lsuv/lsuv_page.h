#pragma once

#include <functional>

#include <QWidget>

#include "lsuv_data.h"

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace allcnn::ui {

class BackgroundTask;

/// The LSUV inspector: per-layer variance against LSUV iteration (log y, the target 1 and the
/// tolerance band), a table per layer, the initializers side by side over depth, and the
/// activation drift of a run over epochs. Shows a run folder, or runs LSUV on a fresh model
/// and a real data batch with the parameters chosen here; both on a worker (BackgroundTask), the
/// latest request wins.
class LsuvPage : public QWidget {
  Q_OBJECT

 public:
  explicit LsuvPage(QWidget* parent = nullptr);
  ~LsuvPage() override;

  /// Shows a run folder's stored trace and drift once read; `finished` follows.
  void load_run(const QString& run_dir);
  /// A run that trains recorded more diagnostics: reads it again when the page shows it, or
  /// shows no fresh measurement (which it would replace).
  void refresh_run(const QString& run_dir);
  /// Runs LSUV on a fresh model as the form says, on data from the training settings that
  /// `set_data_source` gives (the dataset, data folder, preprocessing and seed);
  /// `finished` follows (cancelled: with an error).
  void run_fresh();
  /// Where a fresh measurement takes its data settings from: the workbench's training form.
  /// Without one, the defaults (the default dataset, no preprocessing, seed 1).
  void set_data_source(std::function<train::RunConfig()> source);
  /// Shows an inspection (what load_run and run_fresh end in).
  void show_inspection(const LsuvInspection& inspection);
  const LsuvInspection& inspection() const { return inspection_; }

 Q_SIGNALS:
  /// What load_run or run_fresh asked for is shown.
  void finished();

 private:
  void build_form();
  void draw_trace();
  void draw_inits();
  void draw_drift();
  void draw_training();
  void fill_table();

  LsuvInspection inspection_;
  std::function<train::RunConfig()> data_source_;
  QLineEdit* run_dir_ = nullptr;
  QComboBox* arch_ = nullptr;
  QDoubleSpinBox* width_ = nullptr;
  QCheckBox* batch_norm_ = nullptr;
  QSpinBox* batch_size_ = nullptr;
  QDoubleSpinBox* tolerance_ = nullptr;
  QSpinBox* max_iterations_ = nullptr;
  QLineEdit* layers_ = nullptr;
  QPushButton* run_button_ = nullptr;
  QLabel* message_ = nullptr;
  QChartView* trace_view_ = nullptr;
  QChartView* variance_view_ = nullptr;
  QChartView* dead_view_ = nullptr;
  QChartView* drift_view_ = nullptr;
  QChartView* training_dead_view_ = nullptr;
  QChartView* gradient_view_ = nullptr;
  QTableWidget* table_ = nullptr;
  BackgroundTask* task_ = nullptr;
};

}  // namespace allcnn::ui
