#include <QtTest>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/benchmark.h"
#include "common/error.h"

using namespace allcnn;
using nlohmann::json;

namespace {

// Settings small enough for a test: the real All-CNN-C at batch 4, two repeats of two steps.
bench::BenchOptions small_options() {
  bench::BenchOptions o;
  o.device = "cpu";
  o.repeats = 2;
  o.warmup = 1;
  o.train_iterations = 2;
  o.batch_sizes = {4};
  o.inference_batch_size = 4;
  o.lsuv_batch_size = 8;
  o.lsuv_repeats = 1;
  o.threads = 1;
  return o;
}

// {min, median, max, samples}: `count` positive samples, ordered statistics.
void check_stats(const json& figure, size_t count, const char* what) {
  QVERIFY2(figure.is_object(), what);
  const auto samples = figure.at("samples").get<std::vector<double>>();
  QVERIFY2(samples.size() == count, what);
  for (double s : samples) QVERIFY2(s > 0, what);
  const double min = figure.at("min"), median = figure.at("median"), max = figure.at("max");
  QVERIFY2(min <= median && median <= max, what);
}

bool throws_naming(const bench::BenchOptions& o, const std::string& subject) {
  try {
    bench::run_benchmark(o);
  } catch (const Error& e) {
    return std::string(e.what()).find(subject) != std::string::npos;
  }
  return false;
}

}  // namespace

class TestBench : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // The convolutions of All-CNN-C on a 32x32x3 image, counted by hand (2 FLOPs per
  // multiply-add): Cin*K*K*Cout*Hout*Wout for each of the nine.
  void flop_count_matches_a_hand_count() {
    const double macs = 3.0 * 9 * 96 * 32 * 32 + 96.0 * 9 * 96 * 32 * 32 + 96.0 * 9 * 96 * 16 * 16 +
                        96.0 * 9 * 192 * 16 * 16 + 192.0 * 9 * 192 * 16 * 16 +
                        192.0 * 9 * 192 * 8 * 8 + 192.0 * 9 * 192 * 6 * 6 + 192.0 * 192 * 6 * 6 +
                        192.0 * 10 * 6 * 6;
    QCOMPARE(bench::all_cnn_c_forward_flops(), 2.0 * macs);
  }

  void the_report_has_every_figure() {
    std::vector<std::string> progress;
    const json r = bench::run_benchmark(small_options(),
                                        [&](const std::string& line) { progress.push_back(line); });
    QVERIFY(!progress.empty());
    QCOMPARE(r.at("threads").at("chosen").get<int>(), 1);
    QCOMPARE(r.at("memory_format").at("by").get<std::string>(), std::string("measurement"));
    const auto chosen = r.at("memory_format").at("chosen").get<std::string>();
    QVERIFY(chosen == "contiguous" || chosen == "channels-last");
    check_stats(r.at("memory_format").at("contiguous"), 2, "contiguous probe");
    check_stats(r.at("memory_format").at("channels_last"), 2, "channels-last probe");
    check_stats(r.at("bare").at("batch_4").at("images_per_second"), 2, "bare");
    check_stats(r.at("precision").at("float32"), 2, "float32 probe");
    check_stats(r.at("precision").at("bfloat16_autocast"), 2, "bfloat16 probe");
    QVERIFY(r.at("precision").at("bfloat16_speedup").get<double>() > 0);
    check_stats(r.at("bare").at("batch_4").at("gflops"), 2, "bare gflops");

    // The pipeline alternates with the bare loop: one bare repeat per Trainer repeat, and the
    // ratio of each pair.
    const json& p = r.at("pipeline").at("batch_4");
    check_stats(p.at("images_per_second"), 2, "pipeline");
    check_stats(p.at("bare_images_per_second"), 2, "pipeline's bare loop");
    check_stats(p.at("ratio_to_bare"), 2, "ratio");
    QCOMPARE(p.at("batches_per_repeat").get<int>(), 2);
    QCOMPARE(p.at("metrics_every").get<int>(), 1);
    const auto pipeline = p.at("images_per_second").at("samples").get<std::vector<double>>();
    const auto bare = p.at("bare_images_per_second").at("samples").get<std::vector<double>>();
    const auto ratios = p.at("ratio_to_bare").at("samples").get<std::vector<double>>();
    for (size_t i = 0; i < ratios.size(); ++i)
      QVERIFY(qFuzzyCompare(ratios[i], pipeline[i] / bare[i]));
    for (const char* overhead :
         {"batcher_next", "augment_shift_flip", "metrics_item", "run_writer_append"})
      check_stats(r.at("pipeline_overheads_ms_per_batch").at(overhead), 2, overhead);

    check_stats(r.at("inference").at("batch_4").at("images_per_second"), 2, "inference");
    check_stats(r.at("lsuv").at("lsuv_ms"), 1, "lsuv");
    const json& flops = r.at("flops");
    check_stats(flops.at("matmul_2048_float32_gflops"), 2, "matmul");
    QVERIFY(flops.at("fraction_of_matmul_peak").get<double>() > 0);
    QVERIFY(qFuzzyCompare(flops.at("training_gflop_per_image").get<double>(),
                          3e-9 * bench::all_cnn_c_forward_flops()));
  }

  void only_runs_the_named_sections() {
    auto o = small_options();
    o.memory_format = "channels-last";
    o.only = {"bare", "inference"};
    const json r = bench::run_benchmark(o);
    QVERIFY(r.contains("bare"));
    QVERIFY(r.contains("inference"));
    for (const char* absent : {"pipeline", "lsuv", "flops"}) QVERIFY2(!r.contains(absent), absent);
    QCOMPARE(r.at("memory_format").at("by").get<std::string>(), std::string("--memory-format"));
  }

  void bad_options_are_rejected_by_name() {
    auto o = small_options();
    o.only = {"everything"};
    QVERIFY(throws_naming(o, "only: sections are"));
    o = small_options();
    o.batch_sizes.clear();
    QVERIFY(throws_naming(o, "batch_sizes: "));
    o = small_options();
    o.memory_format = "sideways";
    QVERIFY(throws_naming(o, "memory_format: "));
  }
};

QTEST_GUILESS_MAIN(TestBench)
#include "test_bench.moc"
