#pragma once

// A run small enough for a test to train in seconds on real Fashion-MNIST images, yet one that
// learns within a few hundred batches: a narrow All-CNN-C with batch norm (without it, the
// net stays on the plateau at ln(10) for longer than a learning-rate range test trains).

#include <string>

#include "config/run_config.h"

namespace allcnn::testing {

inline train::RunConfig narrow_bn_run(const std::string& runs_dir) {
  train::RunConfig config;
  config.dataset = data::DatasetKind::FashionMnist;
  config.data_dir = ALLCNN_FASHION_MNIST_DIR;
  config.model.width = 0.25;
  config.model.batch_norm = true;
  config.train_limit = 8192;
  config.test_limit = 256;
  config.batch_size = 64;
  config.init = init::InitKind::HeUniform;
  config.device = DeviceSpec{DeviceKind::Cpu};
  config.checkpoint_every = 0;
  config.drift_every = 0;
  config.seed = 11;
  config.runs_dir = runs_dir;
  return config;
}

}  // namespace allcnn::testing
