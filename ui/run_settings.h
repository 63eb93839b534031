#pragma once

#include <QMetaType>
#include <QString>

class QSettings;

namespace allcnn::ui {

/// Every setting of core's RunConfig as plain Qt values, so the form, QSettings and the signals
/// between threads never see a torch header. core_bridge.cpp converts it to a RunConfig (and
/// back), so the defaults below are only placeholders: default_run_settings() has core's.
struct RunSettings {
  // Data.
  QString dataset;  ///< empty: the default one (CIFAR-10 where found, else Fashion-MNIST)
  QString data_dir;
  qint64 train_limit = 0;
  qint64 test_limit = 0;
  // Model.
  QString arch = QStringLiteral("all-cnn-c");
  double width = 1.0;
  bool batch_norm = false;
  bool dropout = true;
  // Initialization.
  QString init = QStringLiteral("lsuv");
  double init_std = 0.01;
  double lsuv_tolerance = 0.1;
  int lsuv_max_iterations = 10;
  qint64 lsuv_batch_size = 256;
  qint64 lsuv_min_outputs = 32;
  QString lsuv_layers;  ///< comma-separated convolution names; empty: all
  QString weights;      ///< start from this checkpoint's weights; empty: initialize
  // Optimizer.
  QString optimizer = QStringLiteral("sgd");
  double learning_rate = 0.0;  ///< 0: the optimizer's default
  double momentum = 0.9;
  bool nesterov = true;
  double weight_decay = 0.0;
  double rho = 0.9;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double epsilon = 1e-8;
  // Schedule.
  QString schedule = QStringLiteral("constant");
  double decay = 1e-6;
  QString milestones = QStringLiteral("200,250,300");  ///< epochs, comma-separated
  double gamma = 0.1;
  double warmup_epochs = 0.0;
  // Augmentation and batching.
  bool shift = false;
  double shift_fraction = 0.1;
  bool flip = false;
  bool normalize = false;
  bool zca = false;
  double zca_epsilon = 1e-6;
  qint64 batch_size = 64;
  qint64 epochs = 10;
  quint64 seed = 1;
  // Execution and output.
  QString device = QStringLiteral("auto");
  int threads = 0;
  bool bf16 = false;
  qint64 metrics_every = 0;
  QString runs_dir = QStringLiteral("runs");
  QString name;
  qint64 checkpoint_every = 200;
};

/// Stores `settings` under the group "run" of `store`.
void save_run_settings(const RunSettings& settings, QSettings& store);
/// Reads what save_run_settings() wrote; missing keys keep the values of `defaults`.
RunSettings load_run_settings(QSettings& store, const RunSettings& defaults);

}  // namespace allcnn::ui

Q_DECLARE_METATYPE(allcnn::ui::RunSettings)
