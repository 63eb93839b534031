#pragma once

// Private to the Trainer (trainer.cpp, trainer_setup.cpp) and the learning-rate range test
// (lr_find.cpp): its state and the named steps a run goes through. Everything here runs on the
// thread that calls Trainer::run().

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "data/augment.h"
#include "data/batcher.h"
#include "data/dataset.h"
#include "dist/gradient_sum.h"
#include "dist/process_group.h"
#include "nn/model.h"
#include "nn/sync_batch_norm.h"
#include "runs/run_folder.h"
#include "runs/run_lock.h"
#include "runs/run_writer.h"
#include "train/checkpoint.h"
#include "train/diagnostics.h"
#include "train/trainer.h"

namespace allcnn::train {

using Clock = std::chrono::steady_clock;

/// Wall time of a run across its sessions, without the time spent paused.
class SessionClock {
 public:
  /// Starts this session; `before_s` is what earlier sessions of the run took.
  void start(double before_s) {
    start_ = Clock::now();
    before_s_ = before_s;
    paused_s_ = 0.0;
  }
  void add_pause(double seconds) { paused_s_ += seconds; }
  double elapsed_s() const {
    return before_s_ + std::chrono::duration<double>(Clock::now() - start_).count() - paused_s_;
  }

 private:
  Clock::time_point start_ = Clock::now();
  double before_s_ = 0.0;
  double paused_s_ = 0.0;
};

/// How a run ended before its last epoch: stopped by the user, failed, or finished early
/// (early stopping, with its reason).
struct Ending {
  RunState state = RunState::Failed;
  Reason reason;
};

struct Trainer::State {
  RunConfig config;
  config::GroupTag group;  ///< a new run's group, for its config.json
  TrainerCallbacks callbacks;
  runs::RunFolder folder{std::string()};
  /// This process's ownership of the folder, from before its first write to the end.
  std::optional<runs::RunLock> lock;
  torch::Device device{torch::kCPU};
  data::Dataset train;       ///< what is trained on (without the validation images)
  data::Dataset validation;  ///< held out of training; empty with --validation 0
  data::Dataset test;
  nn::ConvNet net{nullptr};
  std::unique_ptr<data::Augmenter> augmenter;
  std::unique_ptr<torch::optim::Optimizer> optimizer;
  std::unique_ptr<data::Batcher> batcher;
  std::unique_ptr<runs::RunWriter> writer;
  TrainingPosition position;
  bool needs_init = true;
  torch::Tensor probe;  ///< the fixed batch the drift probe measures (preprocessed)
  int64_t batches_per_epoch = 0;
  SessionClock clock;
  /// Data-parallel training: this process's group, or null on one process.
  std::shared_ptr<dist::ProcessGroup> process_group;
  /// This process records the run (its folder, CSVs, checkpoints): rank 0, or the only one.
  bool records() const { return !process_group || process_group->rank() == 0; }
  /// Data-parallel: this process's stop and pause requests (the RunControl's, set by
  /// Trainer::run), which each step's all-reduce carries to the others, and whether some rank's
  /// request arrived: every rank then stops, or pauses, after the same step, so none waits in a
  /// collective the others left. pause_agreed is the last step's (it ends with the pause).
  const std::atomic<bool>* stop_requested = nullptr;
  const std::atomic<bool>* pause_requested = nullptr;
  bool stop_agreed = false;
  bool pause_agreed = false;
  /// Data-parallel training with synchronized batch norm: the sums over the ranks its layers
  /// make in each step; null otherwise (each rank normalizes with its own share's statistics).
  std::unique_ptr<nn::ProcessSum> batch_norm_sum;
  /// Data-parallel training: sums the gradients over the ranks during each step's backward
  /// pass; null on one process.
  std::unique_ptr<dist::GradientSum> gradient_sum;

  /// A trained batch whose loss and accuracy are still on the device.
  struct PendingBatch {
    metrics::BatchMetrics metrics;  ///< all but loss, accuracy, images_per_second and elapsed_s
    torch::Tensor loss;             ///< 0-d float
    torch::Tensor correct;          ///< 0-d int64
    int64_t size = 0;
  };
  std::vector<PendingBatch> pending;
  int64_t metrics_every = 1;  ///< pending batches that trigger a flush
  /// The training diagnostics (train/diagnostics.h); null with diagnostics_every 0 and outside
  /// Trainer::run (the learning-rate range test).
  std::unique_ptr<TrainingDiagnostics> diagnostics;
  std::set<std::string> warned;  ///< what the diagnostics said and still holds
  Reason warning;                ///< their latest warning, for the status file
  Clock::time_point group_start;

  /// The split each epoch is evaluated on and the best checkpoint chosen by.
  metrics::EvaluatedSplit evaluated_split() const {
    return config.has_validation() ? metrics::EvaluatedSplit::Validation
                                   : metrics::EvaluatedSplit::Test;
  }
  const data::Dataset& evaluated() const { return config.has_validation() ? validation : test; }

  template <typename... Args>
  void tell(MessageCode code, Args&&... args) const {
    if (callbacks.on_message) callbacks.on_message(message(code, std::forward<Args>(args)...));
  }

  // Setting up (trainer_setup.cpp), for new and resumed runs alike.
  /// Validates the config, then configure_execution, load_data and build_model.
  void prepare(bool fresh);
  /// Threads, device, cuDNN autotuning and the metrics interval.
  void configure_execution();
  /// Resolves and loads the dataset (limited as configured, then the validation split held
  /// out of the training images) onto the device.
  void load_data();
  /// The model, optimizer and batcher; a new run also fits the preprocessing.
  void build_model(bool fresh);
  /// Refuses (allcnn::Error naming batch_size) a batch whose training on the CPU would not fit
  /// in the memory this machine has available, with the estimate.
  void check_memory();
  /// A new run's folder, config.json with its provenance, and its writer.
  void create_folder();
  /// Where the run comes from, for its config.json.
  config::Provenance provenance() const;
  /// The name of a run created without one: <arch>-<init>-<optimizer>, then the time.
  std::string automatic_name() const;
  /// Restores weights, optimizer, preprocessing and position from checkpoints/last.pt; without
  /// one (the run was stopped before initialization ended), starts the run again from step 0.
  void open_checkpoint();
  /// Initial weights: a checkpoint's, or the configured initializer (LSUV with its trace).
  /// Returns false when `stop` was set during LSUV (nothing is recorded then).
  bool initialize(const std::atomic<bool>& stop);
  /// Appends the probe batch's per-layer statistics to drift.csv when `epoch` is due (-1:
  /// after initialization).
  void measure_drift(int64_t epoch);

  // Running (trainer.cpp).
  /// The first callbacks.preview_images images of an augmented batch, for the preview.
  torch::Tensor displayable(const torch::Tensor& augmented) const;
  /// The status file, initialization of a new run, and the session's clock. Returns the
  /// ending when a stop came during initialization (no checkpoint: a resume starts afresh).
  std::optional<Ending> begin_session(RunControl& control);
  /// Trains the rest of the current epoch. Returns how the run ended if it did (stopped, or a
  /// loss that is not finite).
  std::optional<Ending> train_epoch(RunControl& control);
  /// Answers a pause or stop request: records what was trained so far, waits while paused,
  /// writes the 'last' checkpoint on stop.
  std::optional<Ending> obey(RunControl& control);
  /// While paused: whether the pause goes on. On one process, while `control` asks to pause
  /// and not to stop. Data-parallel, every rank sums [ranks asking to pause, ranks asking to
  /// stop] with one small all-reduce: the pause goes on while some rank asks for it and none
  /// asks to stop (which sets stop_agreed).
  bool still_paused(const RunControl& control);
  /// One optimizer step on `batch`; its loss and accuracy stay pending on the device.
  void train_batch(const data::Batch& batch);
  /// What one optimizer step leaves on the device: the batch's loss (0-d float) and how many
  /// of its images were right (0-d int64).
  struct StepOutput {
    torch::Tensor loss;
    torch::Tensor correct;
  };
  /// One optimizer step on `batch` at `learning_rate`, its randomness (augmentation, dropout)
  /// seeded by the run's seed and `step`: what the Trainer and the learning-rate range test
  /// both train with. Shows the batch to the preview when it is due.
  StepOutput optimize(const data::Batch& batch, int64_t step, double learning_rate);
  /// After a batch's optimizer step (trainer_diagnostics.cpp): closes a diagnostics window when
  /// the batch completes it: its rows, its warnings and the status file.
  void diagnose_batch(int64_t step, double learning_rate);
  /// The epoch's weight and gradient histograms, when the diagnostics are on.
  void record_histograms();
  /// Data-parallel training (train/trainer_dist.cpp): this rank's share of the batch's images,
  /// the weight of its mean loss in the whole batch's; 1 on one process.
  double share_of(const data::Batch& batch) const;
  /// Data-parallel training, after the backward pass: sums `output` over the ranks while
  /// gradient_sum's last buckets travel, then waits for the gradients' sums (of each rank's loss
  /// weighted by share_of), so that both become the whole batch's.
  void share_step(const data::Batch& batch, int64_t step, StepOutput& output);
  /// Data-parallel training with batch norm: sets batch_norm_sum, over the process group.
  void synchronize_batch_norm();
  /// Data-parallel training: every rank takes rank 0's weights and buffers.
  void broadcast_weights();
  /// A mid-epoch 'last' checkpoint is due after the batch just trained.
  bool checkpoint_due() const;
  /// Records the pending batches (see trainer.cpp); fails the run on a loss that is not finite.
  std::optional<Ending> flush_metrics();
  /// Evaluates, records the epoch, measures drift, advances the position and checkpoints. A
  /// stop during the evaluation writes the 'last' checkpoint at the end of the epoch's batches
  /// and no epoch row: a resume evaluates the epoch again.
  std::optional<Ending> end_epoch(RunControl& control);
  /// The training averages of the finished epoch and its evaluation on the evaluated split;
  /// nullopt when `stop` was set during the evaluation.
  std::optional<metrics::EpochMetrics> epoch_metrics(const std::atomic<bool>& stop);
  /// Saves the checkpoint at the current position.
  void save(runs::Checkpoint which);
  /// A run with a validation split that finished: evaluates its best and last checkpoints on
  /// the test split and writes test.json. Returns nullopt when `stop` came first (the run then
  /// counts as finished without them).
  std::optional<metrics::TestResults> test_checkpoints(const std::atomic<bool>& stop);
  /// Writes the status file and says how the run ended.
  RunOutcome finish(const Ending& ending, std::optional<metrics::TestResults> test = std::nullopt);
};

}  // namespace allcnn::train
