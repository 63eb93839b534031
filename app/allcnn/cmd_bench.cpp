#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "bench/benchmark.h"
#include "commands.h"
#include "common/error.h"

// `allcnn bench`: All-CNN-C's training and inference speed on one device, as JSON on stdout
// (progress lines on stderr). Top-level keys:
//   threads, memory_format   what was measured to choose them, and the choice
//   bare.batch_N             forward/backward/SGD step on a fixed batch: images_per_second, gflops
//   pipeline.batch_N         the real train::Trainer on a synthetic CIFAR-10 copy (batcher,
//                            shift+flip, metrics, batches.csv; dataset resident on a GPU),
//                            timed in alternation with the bare loop in the Trainer's layout:
//                            images_per_second, bare_images_per_second, ratio_to_bare (per pair)
//   pipeline_overheads_ms_per_batch   the Trainer's additions to the bare loop, each alone
//   inference.batch_N, lsuv, flops    (conv GFLOP/s next to a 2048x2048 matmul's)
// Every figure is {min, median, max, samples} over --repeats.
namespace allcnn::cli {

void add_bench_command(CLI::App& app) {
  auto* command =
      app.add_subcommand("bench", "measure All-CNN-C training and inference speed; prints JSON");
  auto o = std::make_shared<bench::BenchOptions>();
  auto output = std::make_shared<std::string>();
  command->add_option("--device", o->device, "auto, cpu, cuda or cuda:N")->capture_default_str();
  command->add_option("--repeats", o->repeats, "measurements per figure (min, median, max)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  command->add_option("--warmup", o->warmup, "untimed iterations before each figure")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  command->add_option("--iterations", o->train_iterations, "training steps per repeat")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  command
      ->add_option("--inference-iterations", o->inference_iterations, "forward passes per repeat")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  command->add_option("--inference-batch-size", o->inference_batch_size, "inference batch size")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  command->add_option("--batch-sizes", o->batch_sizes, "training batch sizes")
      ->delimiter(',')
      ->capture_default_str();
  command->add_option("--lsuv-batch-size", o->lsuv_batch_size, "images in the LSUV batch")
      ->capture_default_str()
      ->check(CLI::Range(2, 100000));
  command->add_option("--lsuv-repeats", o->lsuv_repeats, "LSUV runs timed")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  command->add_option("--threads", o->threads, "CPU threads; 0 measures 1..all and keeps the best")
      ->capture_default_str()
      ->check(CLI::Range(0, 1024));
  command
      ->add_option("--memory-format", o->memory_format,
                   "auto (measure both), contiguous or channels-last")
      ->capture_default_str();
  command->add_flag("--bf16", o->bf16, "autocast the forward pass to bfloat16");
  command->add_flag("!--no-cudnn-benchmark", o->cudnn_benchmark,
                    "do not let cuDNN pick its algorithms by timing them");
  command->add_flag("!--no-pipeline", o->pipeline, "skip the Trainer pipeline");
  command
      ->add_option("--metrics-every", o->metrics_every,
                   "pipeline on a GPU: batches between host reads of the metrics (CPU: 1)")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  command
      ->add_option("--only", o->only,
                   "run only these sections: bare, pipeline, inference, lsuv, flops")
      ->delimiter(',');
  command->add_option("--seed", o->seed, "seed of the weights and the synthetic data")
      ->capture_default_str();
  command->add_option("--work-dir", o->work_dir,
                      "scratch folder for the synthetic dataset and run folders (kept); "
                      "default: a temporary folder, removed");
  command->add_option("--output", *output, "also write the JSON to this file");

  command->callback([o, output] {
    nlohmann::json report;
    try {
      report =
          bench::run_benchmark(*o, [](const std::string& line) { std::cerr << line << std::endl; });
    } catch (const Error& e) {
      // Core names a bad option by its name in BenchOptions; here it is the flag.
      for (const char* key : {"repeats", "lsuv_repeats", "warmup", "iterations", "batch_sizes",
                              "memory_format", "only", "metrics_every"})
        if (e.subject() == key) {
          std::string flag = "--" + e.subject();
          std::replace(flag.begin(), flag.end(), '_', '-');
          throw Error(flag, e.message());
        }
      throw;
    }
    const std::string text = report.dump(2) + "\n";
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    if (!output->empty()) {
      std::ofstream out(*output);
      out << text;
      out.flush();
      if (!out) throw Error(*output, "cannot write the report");
    }
  });
}

}  // namespace allcnn::cli
