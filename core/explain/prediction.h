#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <torch/types.h>

#include "train/run_model.h"

namespace allcnn::explain {

/// One class of a top-k list.
struct ClassScore {
  int64_t index = 0;
  std::string name;
  double probability = 0.0;  ///< softmax over all classes
};

/// Softmax of logits [B, K] and the k most probable classes of each row, most probable first.
/// `class_names` may be shorter than K (missing names become the index).
std::vector<std::vector<ClassScore>> top_k(const torch::Tensor& logits, int64_t k,
                                           const std::vector<std::string>& class_names);

/// Classifies uint8 images [B, C, H, W] (the dataset layout, as core/vision produces) with the
/// training preprocessing of `model`. Runs without gradients on the model's device; call it
/// from one thread at a time per model.
std::vector<std::vector<ClassScore>> predict(train::RunModel& model,
                                             const torch::Tensor& images_uint8, int64_t k);

}  // namespace allcnn::explain
