#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "data/augment.h"
#include "init/lsuv.h"
#include "nn/model.h"

namespace allcnn::train {

/// Everything that defines a run. The GUI form, the CLI flags and config.json all fill this one
/// struct; to_json/from_json use the same keys as the CLI's long flags (with '_' for '-').
struct RunConfig {
  // Data.
  std::string dataset;      ///< cifar10, cifar100, fashion-mnist, mnist; empty: the default one
  std::string data_dir;     ///< empty: looked for (see data::find_dataset_dir)
  int64_t train_limit = 0;  ///< use the first N training images (0: all)
  int64_t test_limit = 0;   ///< evaluate on the first N test images (0: all)

  // Model. in_channels, classes and input_size are filled from the dataset at start.
  nn::ModelOptions model;

  // Initialization.
  std::string init = "lsuv";  ///< see init::init_kind_names()
  double init_std = 0.01;     ///< the Gaussian initializer's std
  init::LsuvOptions lsuv;
  int64_t lsuv_batch_size = 256;
  std::string weights;  ///< start from this checkpoint's weights instead (any run's)

  // Optimizer. learning_rate 0 means the optimizer's default (SGD 0.01, RMSprop and Adam 0.001).
  std::string optimizer = "sgd";  ///< sgd, rmsprop, adam
  double learning_rate = 0.0;
  double momentum = 0.9;              ///< SGD
  bool nesterov = true;               ///< SGD
  double weight_decay = 0.0;          ///< L2; the paper used 0.001
  double rho = 0.9;                   ///< RMSprop's decay of the squared-gradient average
  double beta1 = 0.9, beta2 = 0.999;  ///< Adam
  double epsilon = 1e-8;              ///< RMSprop and Adam

  // Schedule.
  std::string schedule = "constant";                  ///< constant, time-decay, steps, cosine
  double decay = 1e-6;                                ///< time-decay: lr / (1 + decay * iterations)
  std::vector<int64_t> milestones = {200, 250, 300};  ///< steps: epochs where lr *= gamma
  double gamma = 0.1;
  double warmup_epochs = 0.0;  ///< linear warm-up from 0, before any schedule

  // Augmentation and batching.
  data::AugmentOptions augment;
  int64_t batch_size = 64;
  int64_t epochs = 10;
  uint64_t seed = 1;

  // Execution and output.
  std::string device = "auto";  ///< auto, cpu, cuda, cuda:N
  int threads = 0;              ///< CPU threads; 0: every core
  /// Autocast the forward pass and the loss to bfloat16 (weights, gradients and the optimizer
  /// stay float32). Pays on GPUs with bf16 tensor cores and on CPUs with AVX-512 BF16 or AMX
  /// (`allcnn bench` measures both precisions); costs elsewhere.
  bool bf16 = false;
  /// Batches between host reads of the loss and accuracy (one synchronization each); rows
  /// reach batches.csv and the charts in groups of this many. 0: 1 on the CPU (where reading
  /// costs nothing), 50 on a GPU (where each read stalls the queue of kernels).
  int64_t metrics_every = 0;
  std::string runs_dir = "runs";
  std::string name;  ///< run folder name; empty: <arch>-<init>-<optimizer>-<time>
  int64_t checkpoint_every =
      200;  ///< batches between mid-epoch 'last' checkpoints (0: epoch ends only)
  /// Re-measure the per-layer activation statistics on a fixed probe batch every N epochs
  /// (and once before training); 0 turns the drift probe off.
  int64_t drift_every = 1;

  /// The effective learning rate (the optimizer's default when learning_rate is 0).
  double base_learning_rate() const;
  /// The effective metrics_every on a device of this kind.
  int64_t metrics_interval(bool on_gpu) const;
  /// Throws allcnn::Error naming the offending setting (its CLI flag) and why.
  void validate() const;
};

void to_json(nlohmann::json& j, const RunConfig& config);
/// Unknown keys are an error (a typo must not silently fall back to a default).
void from_json(const nlohmann::json& j, RunConfig& config);

/// Reads a config.json (or any file with the same keys); throws allcnn::Error(path, reason).
RunConfig load_config(const std::string& path);

/// "shift,flip" etc. <-> AugmentOptions; "none" for nothing. Throws allcnn::Error for unknown
/// items.
data::AugmentOptions parse_augment_list(const std::string& list);
std::string augment_list(const data::AugmentOptions& options);

}  // namespace allcnn::train
