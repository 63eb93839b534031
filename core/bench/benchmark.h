#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace allcnn::bench {

/// What `allcnn bench` measures and how often. Every figure is taken `repeats` times after
/// `warmup` untimed iterations and reported as min, median and max.
struct BenchOptions {
  std::string device = "auto";  ///< auto, cpu, cuda, cuda:N (see choose_device)
  int repeats = 5;
  int warmup = 3;                ///< untimed iterations before each figure
  int train_iterations = 4;      ///< training steps per repeat
  int inference_iterations = 1;  ///< forward passes per repeat
  std::vector<int64_t> batch_sizes = {64, 128};
  int64_t inference_batch_size = 128;
  int64_t lsuv_batch_size = 256;  ///< the Trainer's default
  int lsuv_repeats = 3;           ///< one LSUV takes seconds on a CPU
  /// CPU threads; 0 measures 1..hardware threads on the bare loop and keeps the fastest.
  int threads = 0;
  /// "auto" measures both on the bare loop and keeps the faster; "contiguous", "channels-last".
  std::string memory_format = "auto";
  bool bf16 = false;            ///< autocast the forward pass to bfloat16
  bool cudnn_benchmark = true;  ///< CUDA only
  bool pipeline = true;         ///< drive the real train::Trainer on a synthetic dataset
  /// The Trainer's metrics_every on a GPU (its dataset is resident there); 1 on a CPU.
  int64_t metrics_every = 50;
  /// Sections to run: bare, pipeline, inference, lsuv, flops; empty: all of them.
  std::vector<std::string> only;
  uint64_t seed = 1;
  /// Scratch folder for the synthetic dataset and the run folders; empty: a fresh folder in
  /// the system temp dir, removed afterwards.
  std::string work_dir;
};

/// Runs every measurement and returns the report (see docs in cmd_bench.cpp for its keys).
/// `progress` receives one line per finished figure; may be empty. Runs on the calling thread;
/// changes the process-wide LibTorch thread count. Throws allcnn::Error for bad options.
nlohmann::json run_benchmark(const BenchOptions& options,
                             const std::function<void(const std::string&)>& progress = {});

/// Multiply-adds of All-CNN-C's convolutions, counted as 2*K*K*Cin*Cout*Hout*Wout per
/// convolution, for one 32x32x3 image's forward pass (backward costs about twice that).
double all_cnn_c_forward_flops(int64_t in_channels = 3, int64_t input_size = 32,
                               int64_t classes = 10);

}  // namespace allcnn::bench
