#pragma once

#include <memory>
#include <string>

#include <torch/types.h>

#include "config/run_config.h"
#include "data/augment.h"
#include "data/dataset.h"
#include "metrics/rows.h"
#include "nn/model.h"
#include "train/checkpoint.h"

namespace allcnn::train {

/// A trained model restored from a run folder with everything needed to use it the way it was
/// trained: its config, the preprocessing statistics, the class names.
struct RunModel {
  RunConfig config;
  nn::ConvNet net{nullptr};
  std::unique_ptr<data::Augmenter> augmenter;  ///< its preprocess() is what prediction uses
  TrainingPosition position;                   ///< where the checkpoint was taken
  std::vector<std::string> class_names;
  torch::Device device{torch::kCPU};
  std::string checkpoint_path;
};

/// Loads checkpoints/<which>.pt ("best" or "last") of `run_dir` in eval mode on `device`
/// ("auto", "cpu", "cuda"). Throws allcnn::Error naming the file for a missing or bad run.
RunModel load_run_model(const std::string& run_dir, const std::string& which,
                        const std::string& device = "auto");

/// Evaluates a loaded model on its dataset's test split (the first `limit` images; 0: all).
metrics::Evaluation evaluate_on_test_split(RunModel& model, int64_t limit = 0);

}  // namespace allcnn::train
