#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>

#include <torch/torch.h>

#include "commands.h"
#include "common/device.h"
#include "common/error.h"
#include "config/run_config.h"
#include "data/augment.h"
#include "data/batcher.h"
#include "init/initializers.h"
#include "init/lsuv.h"
#include "runs/run_reader.h"
#include "setting_flags.h"

namespace allcnn::cli {

namespace {

struct LsuvFlags {
  SettingFlags settings;  ///< the model, the data, the preprocessing, seed, device, init_std
  int64_t batch_size = 128;
  double tolerance = 0.1;
  int max_iterations = 10;
  std::string csv;
  std::string init = "lsuv";
  std::string run;
};

void print_trace(const init::LsuvTrace& trace) {
  std::printf("LSUV on a batch of %lld images: tolerance %g, at most %d iterations, %.1f ms\n",
              static_cast<long long>(trace.batch_size), trace.options.tolerance,
              trace.options.max_iterations, trace.elapsed_ms);
  for (const auto& layer : trace.layers) {
    std::printf("\n%s  ", layer.layer.c_str());
    if (layer.skipped) {
      std::printf("skipped: %s (variance %.4g)\n", layer.skip_reason.c_str(),
                  layer.variance_before);
      continue;
    }
    std::printf("%s: measurements %zu, variance %.4g -> %.4g, %.1f ms\n",
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

// Per-layer output statistics of several initializers side by side: the signal shrinking or
// exploding with depth shows as a column drifting away from 1.
void print_statistics(const std::vector<std::string>& inits,
                      const std::vector<std::vector<init::LayerStatistics>>& stats) {
  std::printf("\nper-layer output variance (dead ReLU fraction) on the batch\n%-8s", "layer");
  for (const auto& name : inits) std::printf(" %22s", name.c_str());
  std::printf("\n");
  for (size_t layer = 0; layer < stats.front().size(); ++layer) {
    std::printf("%-8s", stats.front()[layer].layer.c_str());
    for (const auto& column : stats) {
      char cell[64];
      std::snprintf(cell, sizeof cell, "%.4g (%.0f%%)", column[layer].variance,
                    100.0 * column[layer].dead_fraction);
      std::printf(" %22s", cell);
    }
    std::printf("\n");
  }
}

void print_run(const std::string& dir) {
  const auto record = runs::read_run(dir);
  if (!record.lsuv && record.drift.empty())
    throw Error(dir, "has no LSUV trace (initializer " +
                         record.config.value("init", std::string("?")) +
                         ") and no activation drift (drift.csv): nothing to show");
  if (record.lsuv) {
    std::printf("%s: stored LSUV trace\n", dir.c_str());
    print_trace(*record.lsuv);
  } else {
    std::printf("%s: no LSUV trace (initializer %s)\n", dir.c_str(),
                record.config.value("init", std::string("?")).c_str());
  }
  if (record.drift.empty()) return;
  std::vector<int64_t> epochs;
  std::vector<std::string> layers;
  for (const auto& row : record.drift) {
    if (std::find(epochs.begin(), epochs.end(), row.epoch) == epochs.end())
      epochs.push_back(row.epoch);
    if (std::find(layers.begin(), layers.end(), row.layer) == layers.end())
      layers.push_back(row.layer);
  }
  std::printf(
      "\nactivation variance drift on the probe batch (columns: after init, then epochs)\n%-8s",
      "layer");
  for (auto epoch : epochs)
    std::printf(" %10s", epoch < 0 ? "init" : ("epoch " + std::to_string(epoch + 1)).c_str());
  std::printf("\n");
  for (const auto& layer : layers) {
    std::printf("%-8s", layer.c_str());
    for (auto epoch : epochs)
      for (const auto& row : record.drift)
        if (row.layer == layer && row.epoch == epoch) std::printf(" %10.4g", row.variance);
    std::printf("\n");
  }
}

}  // namespace

void add_lsuv_command(CLI::App& app) {
  auto* command = app.add_subcommand(
      "lsuv", "run LSUV initialization on a data batch and print its per-layer trace");
  auto flags = std::make_shared<LsuvFlags>();
  flags->settings.add(*command, {"arch", "width", "bn", "dropout", "dataset", "data_dir", "augment",
                                 "seed", "device", "init_std"});
  command->add_option("--batch-size", flags->batch_size, "images in the LSUV batch")
      ->capture_default_str()
      ->check(CLI::Range(2, 100000));
  command->add_option("--tolerance", flags->tolerance, "stop once |Var - 1| <= tolerance")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command->add_option("--max-iterations", flags->max_iterations, "rescalings per layer at most")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  command->add_option("--csv", flags->csv, "also write the trace as CSV to this file");
  command
      ->add_option("--init", flags->init,
                   "initializer whose per-layer statistics to print: lsuv (default, with its "
                   "trace), glorot-normal, glorot-uniform, he-normal, he-uniform, gaussian, "
                   "orthogonal, or all (side by side)")
      ->capture_default_str();
  command->add_option("--run", flags->run,
                      "print a run folder's stored LSUV trace and drift instead");

  command->callback([flags] {
    if (!flags->run.empty()) {
      print_run(flags->run);
      return;
    }
    // Only LSUV has a trace; asking for it with other initializers would write nothing.
    if (!flags->csv.empty() && flags->init != "lsuv" && flags->init != "all")
      throw Error("--csv", "only LSUV has a trace to write; --init " + flags->init +
                               " has none (use --init lsuv or all)");
    train::RunConfig config;
    flags->settings.apply(config);
    const auto device = choose_device(config.device);
    const auto kind = config.dataset.value_or(data::default_dataset_kind());
    auto splits =
        data::load_dataset(kind, data::resolve_dataset_dir(kind, config.data_dir), config.folder);
    // The batch is preprocessed (normalize, zca) but not augmented: shift and flip do nothing.
    auto options = config.model;
    options.in_channels = splits.train.channels();
    options.input_size = splits.train.height();
    options.classes = static_cast<int64_t>(splits.train.class_names.size());

    torch::manual_seed(config.seed);
    data::Batcher batcher(splits.train, flags->batch_size, /*shuffle=*/true, config.seed);
    batcher.start_epoch(0);
    data::Batch batch;
    batcher.next(batch);
    data::Augmenter augmenter(config.augment, splits.train, device);
    auto input = augmenter.preprocess(batch.images);

    std::printf("%s on %s (%s), %s\n", config::choice_name(options.arch).c_str(),
                config::choice_name(kind).c_str(),
                config.data_dir.empty() ? "default location" : config.data_dir.c_str(),
                describe_device(device).c_str());
    init::LsuvOptions lsuv;
    lsuv.tolerance = flags->tolerance;
    lsuv.max_iterations = flags->max_iterations;
    const std::vector<std::string> inits = flags->init == "all"
                                               ? config::choice_names<init::InitKind>()
                                               : std::vector<std::string>{flags->init};
    std::vector<std::vector<init::LayerStatistics>> stats;
    std::optional<init::LsuvTrace> trace;
    for (const auto& name : inits) {
      const auto init_kind = config::choice_from_string<init::InitKind>(name, "--init");
      torch::manual_seed(config.seed);  // every initializer starts from the same draw
      nn::ConvNet net(options);
      net->to(device);
      init::initialize(*net, init_kind, config.init_std);
      if (init_kind == init::InitKind::Lsuv) trace = init::lsuv_initialize(*net, input, lsuv);
      stats.push_back(init::measure_layers(*net, input));
    }
    if (trace) print_trace(*trace);
    print_statistics(inits, stats);
    if (!flags->csv.empty() && trace) {
      std::ofstream out(flags->csv);
      if (!out) throw Error(flags->csv, "cannot open for writing");
      init::write_lsuv_csv(*trace, out);
      out.flush();
      if (!out) throw Error(flags->csv, "write failed (disk full?)");
      std::printf("\ntrace written to %s\n", flags->csv.c_str());
    }
  });
}

}  // namespace allcnn::cli
