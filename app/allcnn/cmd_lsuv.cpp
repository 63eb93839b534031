#include <cstdio>
#include <fstream>
#include <sstream>

#include <torch/torch.h>

#include "commands.h"
#include "common/device.h"
#include "common/error.h"
#include "data/augment.h"
#include "data/batcher.h"
#include "data_flags.h"
#include "init/initializers.h"
#include "init/lsuv.h"
#include "model_flags.h"

namespace allcnn::cli {

namespace {

struct LsuvFlags {
  ModelFlags model;
  DataFlags data;
  int64_t batch_size = 128;
  double tolerance = 0.1;
  int max_iterations = 10;
  uint64_t seed = 1;
  std::string augment = "none";
  std::string device = "auto";
  std::string csv;
};

void print_trace(const init::LsuvTrace& trace) {
  std::printf("LSUV on a batch of %lld images: tolerance %g, at most %d iterations, %.1f ms\n",
              static_cast<long long>(trace.batch_size), trace.options.tolerance,
              trace.options.max_iterations, trace.elapsed_ms);
  for (const auto& layer : trace.layers) {
    std::printf("\n%s  ", layer.layer.c_str());
    if (layer.skipped) {
      std::printf("skipped: %s (variance %.4g)\n", layer.skip_reason.c_str(), layer.variance_before);
      continue;
    }
    std::printf("%s after %zu measurement(s), variance %.4g -> %.4g, %.1f ms\n",
                layer.converged ? "converged" : "NOT converged", layer.steps.size(),
                layer.variance_before, layer.variance_after, layer.elapsed_ms);
    std::printf("  %-5s %12s %12s %10s %10s\n", "iter", "variance", "mean", "scale", "ms");
    for (const auto& step : layer.steps)
      std::printf("  %-5d %12.6f %12.6f %10.5f %10.2f\n", step.iteration, step.variance, step.mean,
                  step.scale, step.elapsed_ms);
  }
  std::printf("\n%-10s %6s %14s %14s  %s\n", "layer", "iters", "var before", "var after", "result");
  for (const auto& layer : trace.layers)
    std::printf("%-10s %6zu %14.6g %14.6g  %s\n", layer.layer.c_str(), layer.steps.size(),
                layer.variance_before, layer.variance_after,
                layer.skipped ? ("skipped: " + layer.skip_reason).c_str()
                              : (layer.converged ? "converged" : "not converged"));
}

}  // namespace

void add_lsuv_command(CLI::App& app) {
  auto* command = app.add_subcommand(
      "lsuv", "run LSUV initialization on a data batch and print its per-layer trace");
  auto flags = std::make_shared<LsuvFlags>();
  flags->model.add_to(*command);
  flags->data.add_to(*command);
  command->add_option("--batch-size", flags->batch_size, "images in the LSUV batch")
      ->capture_default_str()
      ->check(CLI::Range(2, 100000));
  command->add_option("--tolerance", flags->tolerance, "stop once |Var - 1| <= tolerance")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command->add_option("--max-iterations", flags->max_iterations, "rescalings per layer at most")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  command->add_option("--augment", flags->augment,
                      "preprocessing of the batch: comma list of normalize, zca (shift and flip "
                      "are ignored: the batch is not augmented)")
      ->capture_default_str();
  command->add_option("--seed", flags->seed, "seed of the batch choice and the weights")
      ->capture_default_str();
  command->add_option("--device", flags->device, "auto, cpu or cuda")->capture_default_str();
  command->add_option("--csv", flags->csv, "also write the trace as CSV to this file");

  command->callback([flags] {
    const auto device = choose_device(flags->device);
    auto splits = flags->data.load();
    auto options = flags->model.options();
    options.in_channels = splits.train.channels();
    options.input_size = splits.train.height();
    options.classes = static_cast<int64_t>(splits.train.class_names.size());

    torch::manual_seed(flags->seed);
    data::Batcher batcher(splits.train, flags->batch_size, /*shuffle=*/true, flags->seed);
    batcher.start_epoch(0);
    data::Batch batch;
    batcher.next(batch);
    data::Augmenter augmenter(parse_augment_list(flags->augment), splits.train, device);
    auto input = augmenter.preprocess(batch.images);

    nn::ConvNet net(options);
    net->to(device);
    init::initialize(*net, init::InitKind::Lsuv);
    init::LsuvOptions lsuv;
    lsuv.tolerance = flags->tolerance;
    lsuv.max_iterations = flags->max_iterations;
    const auto trace = init::lsuv_initialize(*net, input, lsuv);
    std::printf("%s on %s (%s), %s\n", nn::to_string(options.arch).c_str(),
                data::to_string(flags->data.kind()).c_str(),
                flags->data.data_dir.empty() ? "default location" : flags->data.data_dir.c_str(),
                describe_device(device).c_str());
    print_trace(trace);
    if (!flags->csv.empty()) {
      std::ofstream out(flags->csv);
      if (!out) throw Error(flags->csv, "cannot open for writing");
      init::write_lsuv_csv(trace, out);
      out.flush();
      if (!out) throw Error(flags->csv, "write failed (disk full?)");
      std::printf("\ntrace written to %s\n", flags->csv.c_str());
    }
  });
}

}  // namespace allcnn::cli
