#include "bench/benchmark.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <thread>

#include "bench/bench_pipeline.h"
#include "bench/bench_timing.h"
#include "common/allocator.h"
#include "common/device.h"
#include "common/error.h"
#include "common/torch_compat.h"
#include "init/initializers.h"
#include "init/lsuv.h"

namespace allcnn::bench {

namespace fs = std::filesystem;

namespace {

json measure_lsuv(const BenchOptions& o, const Setup& s) {
  std::vector<double> lsuv_ms, orthonormal_ms;
  const auto input = in_format(
      torch::rand({o.lsuv_batch_size, 3, 32, 32}, torch::TensorOptions().device(s.device)), s);
  // No warm-up run: LSUV's forward passes use the kernels every earlier figure has warmed, and
  // one LSUV takes seconds on a CPU.
  for (int r = 0; r < o.lsuv_repeats; ++r) {
    torch::manual_seed(o.seed + static_cast<uint64_t>(r));
    nn::ConvNet net{nn::ModelOptions{}};
    net->to(s.device);
    if (s.channels_last) net->use_channels_last();
    synchronize(s.device);
    auto start = Clock::now();
    init::initialize(*net, init::InitKind::Lsuv);
    synchronize(s.device);
    const double init_ms = 1000.0 * seconds_since(start);
    start = Clock::now();
    init::lsuv_initialize(*net, input);
    synchronize(s.device);
    orthonormal_ms.push_back(init_ms);
    lsuv_ms.push_back(1000.0 * seconds_since(start));
  }
  return {{"batch_size", o.lsuv_batch_size},
          {"repeats", o.lsuv_repeats},
          {"lsuv_ms", stats_json(lsuv_ms)},
          {"orthonormal_init_ms", stats_json(orthonormal_ms)}};
}

// Errors name the option by its BenchOptions name; `allcnn bench` shows its flag.
void check_options(const BenchOptions& o) {
  if (o.repeats < 1) throw Error("repeats", "must be at least 1");
  if (o.lsuv_repeats < 1) throw Error("lsuv_repeats", "must be at least 1");
  if (o.warmup < 1)
    throw Error("warmup", "must be at least 1 (the pipeline times between batches)");
  if (o.train_iterations < 1 || o.inference_iterations < 1)
    throw Error("iterations", "must be at least 1");
  if (o.batch_sizes.empty()) throw Error("batch_sizes", "name at least one batch size");
  for (int64_t b : o.batch_sizes)
    if (b < 1) throw Error("batch_sizes", "must be positive");
  if (o.memory_format != "auto" && o.memory_format != "contiguous" &&
      o.memory_format != "channels-last")
    throw Error("memory_format",
                "auto, contiguous or channels-last, not '" + o.memory_format + "'");
  for (const auto& section : o.only)
    if (section != "bare" && section != "pipeline" && section != "inference" && section != "lsuv" &&
        section != "flops")
      throw Error("only",
                  "sections are bare, pipeline, inference, lsuv and flops, not '" + section + "'");
  if (o.metrics_every < 1) throw Error("metrics_every", "must be at least 1");
}

// Removes the scratch folder however the benchmark ends.
struct ScratchDir {
  fs::path path;
  bool owned = false;
  ~ScratchDir() {
    std::error_code ec;
    if (owned) fs::remove_all(path, ec);
  }
};

/// One benchmark, section by section: each step measures its figures and adds them to the
/// report; the memory format and thread count chosen first are used by all later ones.
class BenchmarkRun {
 public:
  BenchmarkRun(const BenchOptions& o, const std::function<void(const std::string&)>& progress)
      : o_(o), progress_(progress) {}

  json run() {
    check_options(o_);
    begin_ = Clock::now();
    set_up();
    choose_memory_format();
    choose_threads();
    if (wanted("bare")) {
      compare_precisions();
      measure_bare_loops();
    }
    if (o_.pipeline && wanted("pipeline")) measure_pipelines();
    if (wanted("inference")) measure_inference();
    if (wanted("lsuv")) measure_lsuv_section();
    if (wanted("flops")) measure_flops();
    report_["elapsed_s"] = seconds_since(begin_);
    return report_;
  }

 private:
  void say(const std::string& line) const {
    char stamp[32];
    std::snprintf(stamp, sizeof stamp, "[%6.1f s] ", seconds_since(begin_));
    if (progress_) progress_(stamp + line);
  }
  bool wanted(const char* section) const {
    return o_.only.empty() || std::find(o_.only.begin(), o_.only.end(), section) != o_.only.end();
  }
  std::string bare_label(int64_t batch) const {
    return "bare loop, batch " + std::to_string(batch);
  }

  // The device, the scratch folder and the report's header.
  void set_up() {
    s_.device = choose_device(o_.device);
    s_.bf16 = o_.bf16;
    if (s_.device.is_cuda()) set_cudnn_benchmark(o_.cudnn_benchmark);
    hardware_threads_ = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (o_.work_dir.empty()) {
      scratch_.path =
          fs::temp_directory_path() / ("allcnn-bench-" + std::to_string(std::random_device{}()));
      scratch_.owned = true;
    } else {
      scratch_.path = o_.work_dir;
    }
    fs::create_directories(scratch_.path);
    probe_batch_ = o_.batch_sizes.front();
    flops_per_image_ = 3.0 * all_cnn_c_forward_flops();  // forward and backward

    report_["tool"] = "allcnn bench";
    report_["torch_version"] = torch_version_string();
    report_["allocator"] = tune_allocator_for_training();
    report_["device_type"] = s_.device.str();
    report_["hardware_threads"] = hardware_threads_;
    report_["options"] = {{"repeats", o_.repeats},
                          {"warmup", o_.warmup},
                          {"train_iterations", o_.train_iterations},
                          {"inference_iterations", o_.inference_iterations},
                          {"batch_sizes", o_.batch_sizes},
                          {"inference_batch_size", o_.inference_batch_size},
                          {"bf16", o_.bf16},
                          {"cudnn_benchmark", s_.device.is_cuda() && o_.cudnn_benchmark}};
    report_["options"]["sections"] = o_.only.empty() ? std::vector<std::string>{"all"} : o_.only;
  }

  // Memory format first, at the given or the full thread count: both measured on the bare loop
  // unless given.
  void choose_memory_format() {
    threads_ = o_.threads > 0 ? o_.threads : hardware_threads_;
    torch::set_num_threads(threads_);
    json formats;
    if (o_.memory_format == "auto") {
      const auto contiguous = measure_bare(o_, s_, probe_batch_);
      Setup last = s_;
      last.channels_last = true;
      const auto channels_last = measure_bare(o_, last, probe_batch_);
      say(bare_label(probe_batch_) + ", " + std::to_string(threads_) +
          " thread(s): channels-last " + format_median(channels_last, "images/s") +
          ", contiguous " + format_median(contiguous, "images/s"));
      s_.channels_last = median_of(stats_json(channels_last)) > median_of(stats_json(contiguous));
      probe_chosen_ = s_.channels_last ? channels_last : contiguous;
      formats = {{"batch_size", probe_batch_},
                 {"threads", threads_},
                 {"contiguous", stats_json(contiguous)},
                 {"channels_last", stats_json(channels_last)}};
    } else {
      s_.channels_last = o_.memory_format == "channels-last";
    }
    formats["chosen"] = format_name(s_.channels_last);
    formats["by"] = o_.memory_format == "auto" ? "measurement" : "--memory-format";
    formats["trainer"] = "channels-last";
    report_["memory_format"] = formats;
  }

  // Then the thread count, in the chosen format: the other counts (1, 2, 4, ... below the
  // hardware's) against the figure above. Not on a GPU, where it means nothing.
  void choose_threads() {
    json sweep = json::array();
    if (o_.threads <= 0 && !s_.device.is_cuda() && hardware_threads_ > 1) {
      if (probe_chosen_.empty()) probe_chosen_ = measure_bare(o_, s_, probe_batch_);
      sweep.push_back(
          {{"threads", hardware_threads_}, {"images_per_second", stats_json(probe_chosen_)}});
      double best = median_of(stats_json(probe_chosen_));
      for (int t = 1; t < hardware_threads_; t *= 2) {
        torch::set_num_threads(t);
        const auto samples = measure_bare(o_, s_, probe_batch_);
        say(bare_label(probe_batch_) + ", " + format_name(s_.channels_last) + ", " +
            std::to_string(t) + " thread(s): " + format_median(samples, "images/s") + " (" +
            std::to_string(hardware_threads_) + ": " + format_median(probe_chosen_, "images/s") +
            ")");
        sweep.push_back({{"threads", t}, {"images_per_second", stats_json(samples)}});
        if (median_of(stats_json(samples)) > best) {
          best = median_of(stats_json(samples));
          threads_ = t;
          probe_chosen_ = samples;
        }
      }
    }
    torch::set_num_threads(threads_);
    report_["device"] = describe_device(s_.device);
    report_["threads"] = {{"chosen", threads_},
                          {"by", o_.threads > 0 ? "--threads" : "measurement"},
                          {"memory_format", format_name(s_.channels_last)},
                          {"measured", sweep}};
  }

  // The other precision on the same bare loop, for the user to choose: bfloat16 autocast pays
  // on GPUs with bf16 tensor cores and on CPUs with AVX-512 BF16 or AMX, and costs elsewhere.
  void compare_precisions() {
    Setup other = s_;
    other.bf16 = !s_.bf16;
    if (probe_chosen_.empty()) probe_chosen_ = measure_bare(o_, s_, probe_batch_);
    const auto samples = measure_bare(o_, other, probe_batch_);
    const auto& float32 = s_.bf16 ? samples : probe_chosen_;
    const auto& bfloat16 = s_.bf16 ? probe_chosen_ : samples;
    const double speedup = median_of(stats_json(bfloat16)) / median_of(stats_json(float32));
    say(bare_label(probe_batch_) + ": bfloat16 autocast " + format_median(bfloat16, "images/s") +
        ", float32 " + format_median(float32, "images/s"));
    report_["precision"] = {{"batch_size", probe_batch_},
                            {"float32", stats_json(float32)},
                            {"bfloat16_autocast", stats_json(bfloat16)},
                            {"bfloat16_speedup", speedup},
                            {"used", s_.bf16 ? "bfloat16 autocast (--bf16)" : "float32"}};
  }

  // The bare loop at every batch size, in the chosen setup.
  void measure_bare_loops() {
    json bare;
    for (int64_t batch : o_.batch_sizes) {
      const std::string key = "batch_" + std::to_string(batch);
      const auto samples = batch == probe_batch_ && !probe_chosen_.empty()
                               ? probe_chosen_
                               : measure_bare(o_, s_, batch);
      say(bare_label(batch) + ": " + format_median(samples, "images/s"));
      bare[key] = {{"images_per_second", stats_json(samples)},
                   {"gflops", stats_json(scaled(samples, flops_per_image_ * 1e-9))},
                   {"memory_format", format_name(s_.channels_last)}};
      bare_median_[key] = median_of(bare[key]["images_per_second"]);
    }
    report_["bare"] = bare;
  }

  void measure_pipelines() {
    // The synthetic dataset: one epoch holds every batch the measurement needs.
    const int64_t largest = *std::max_element(o_.batch_sizes.begin(), o_.batch_sizes.end());
    const int64_t batches = pipeline_shape(o_, s_).batches_needed(o_.repeats);
    write_synthetic_cifar10(scratch_.path / "data", batches * largest, 100, o_.seed);
    const auto host =
        data::load_dataset(data::DatasetKind::Cifar10, (scratch_.path / "data").string()).train;
    json pipeline;
    for (int64_t batch : o_.batch_sizes)
      pipeline["batch_" + std::to_string(batch)] = measure_pipeline_at(batch);
    report_["pipeline"] = pipeline;
    report_["pipeline_overheads_ms_per_batch"] =
        measure_overheads(o_, s_, host, probe_batch_, scratch_.path);
    report_["pipeline_overheads_ms_per_batch"]["batch_size"] = probe_batch_;
    torch::set_num_threads(threads_);  // the Trainer sets it too; keep ours whatever it chose
  }

  json measure_pipeline_at(int64_t batch) {
    const auto pair = measure_pipeline(o_, s_, scratch_.path, batch, threads_);
    std::vector<double> ratios;
    for (size_t i = 0; i < pair.pipeline.size(); ++i)
      ratios.push_back(pair.pipeline[i] / pair.bare[i]);
    const double ratio = median_of(stats_json(ratios));
    say("Trainer pipeline, batch " + std::to_string(batch) + ": " +
        format_median(pair.pipeline, "images/s") + " against the bare loop's " +
        format_median(pair.bare, "images/s") + " in alternation: " + std::to_string(ratio) +
        " x bare");
    return {{"images_per_second", stats_json(pair.pipeline)},
            {"bare_images_per_second", stats_json(pair.bare)},
            {"ratio_to_bare", stats_json(ratios)},
            {"batches_per_repeat", pair.shape.batches_per_repeat},
            {"metrics_every", pair.shape.metrics_every},
            {"memory_format", "channels-last"},
            {"dataset_on", s_.device.is_cpu() ? "cpu" : s_.device.str()}};
  }

  void measure_inference() {
    const int64_t batch = o_.inference_batch_size;
    auto net = make_net(s_, o_.seed);
    net->eval();
    const auto images =
        in_format(torch::rand({batch, 3, 32, 32}, torch::TensorOptions().device(s_.device)), s_);
    c10::InferenceMode inference;
    const auto samples =
        time_repeats(o_, s_.device, o_.inference_iterations, static_cast<double>(batch), [&] {
          AutocastScope autocast(s_.device.type(), s_.bf16);
          net->forward(images);
        });
    say("inference, batch " + std::to_string(batch) + ": " + format_median(samples, "images/s"));
    report_["inference"]["batch_" + std::to_string(batch)] =
        json::object({{"images_per_second", stats_json(samples)}});
  }

  void measure_lsuv_section() {
    report_["lsuv"] = measure_lsuv(o_, s_);
    say("LSUV, batch " + std::to_string(o_.lsuv_batch_size) + ": " +
        std::to_string(median_of(report_["lsuv"]["lsuv_ms"])) + " ms");
  }

  void measure_flops() {
    json flops;
    flops["forward_gflop_per_image"] = flops_per_image_ / 3.0 * 1e-9;
    flops["training_gflop_per_image"] = flops_per_image_ * 1e-9;
    const auto peak = measure_matmul(o_, s_.device, torch::kFloat32);
    flops["matmul_2048_float32_gflops"] = stats_json(peak);
    if (s_.bf16)
      flops["matmul_2048_bfloat16_gflops"] =
          stats_json(measure_matmul(o_, s_.device, torch::kBFloat16));
    // The training figure needs the bare loop's (not measured with --only flops alone).
    if (!bare_median_.empty()) {
      double best_training = 0.0;
      for (const auto& [key, median] : bare_median_)
        best_training = std::max(best_training, median);
      flops["training_gflops_best_bare_median"] = best_training * flops_per_image_ * 1e-9;
      flops["fraction_of_matmul_peak"] =
          best_training * flops_per_image_ * 1e-9 / median_of(flops["matmul_2048_float32_gflops"]);
    }
    say("matmul 2048 float32: " + format_median(peak, "GFLOP/s"));
    report_["flops"] = flops;
  }

  const BenchOptions& o_;
  const std::function<void(const std::string&)>& progress_;
  Clock::time_point begin_ = Clock::now();
  Setup s_;
  ScratchDir scratch_;
  json report_;
  int hardware_threads_ = 1;
  int threads_ = 1;
  int64_t probe_batch_ = 0;
  std::vector<double> probe_chosen_;  ///< the chosen format's bare samples at threads_
  std::map<std::string, double> bare_median_;
  double flops_per_image_ = 0.0;
};

}  // namespace

double all_cnn_c_forward_flops(int64_t in_channels, int64_t input_size, int64_t classes) {
  nn::ModelOptions options;
  options.in_channels = in_channels;
  options.input_size = input_size;
  options.classes = classes;
  nn::ConvNet net(options);
  return forward_flops(*net);
}

json run_benchmark(const BenchOptions& o, const std::function<void(const std::string&)>& progress) {
  return BenchmarkRun(o, progress).run();
}

}  // namespace allcnn::bench
