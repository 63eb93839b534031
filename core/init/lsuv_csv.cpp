#include <iomanip>
#include <istream>
#include <ostream>
#include <sstream>

#include "common/checked_number.h"
#include "common/error.h"
#include "init/lsuv_trace.h"

namespace allcnn::init {

namespace {

constexpr const char* kHeader =
    "layer,layer_index,iteration,variance,mean,scale,elapsed_ms,variance_after,converged,skipped,"
    "skip_reason";

// Far beyond any model or setting, small enough that an index never overflows what holds it.
constexpr int64_t kMaxLayers = 1 << 20;
constexpr int64_t kMaxIterations = 1 << 20;

// Reasons are prose; keep the CSV one field per comma.
std::string without_commas(std::string text) {
  for (auto& c : text)
    if (c == ',' || c == '\n') c = ';';
  return text;
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, ',')) fields.push_back(field);
  if (!line.empty() && line.back() == ',') fields.emplace_back();
  return fields;
}

}  // namespace

void write_lsuv_csv(const LsuvTrace& trace, std::ostream& out) {
  out << kHeader << "\n" << std::setprecision(9);
  for (const auto& layer : trace.layers) {
    auto row = [&](int iteration, double variance, double mean, double scale, double ms) {
      out << layer.layer << ',' << layer.layer_index << ',' << iteration << ',' << variance << ','
          << mean << ',' << scale << ',' << ms << ',' << layer.variance_after << ','
          << (layer.converged ? 1 : 0) << ',' << (layer.skipped ? 1 : 0) << ','
          << without_commas(layer.skip_reason) << "\n";
    };
    if (layer.steps.empty()) row(-1, layer.variance_before, 0.0, 1.0, layer.elapsed_ms);
    for (const auto& step : layer.steps)
      row(step.iteration, step.variance, step.mean, step.scale, step.elapsed_ms);
  }
}

LsuvTrace read_lsuv_csv(std::istream& in, const std::string& source) {
  std::string line;
  if (!std::getline(in, line) || line != kHeader)
    throw Error(source, "not an LSUV trace: the first line must be '" + std::string(kHeader) + "'");
  LsuvTrace trace;
  int64_t line_number = 1;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    const auto f = split(line);
    if (f.size() != 11)
      throw Error(source, "line " + std::to_string(line_number) + " has " +
                              std::to_string(f.size()) + " fields, expected 11");
    auto integer = [&](size_t i, const char* column, int64_t min, int64_t max) {
      return int64_field(f[i], TextField{source, line_number, column}, min, max);
    };
    auto number = [&](size_t i, const char* column) {
      return double_field(f[i], TextField{source, line_number, column});
    };
    if (trace.layers.empty() || trace.layers.back().layer != f[0]) {
      LsuvLayerTrace layer;
      layer.layer = f[0];
      layer.layer_index = static_cast<size_t>(integer(1, "layer_index", 0, kMaxLayers));
      layer.variance_after = number(7, "variance_after");
      layer.converged = integer(8, "converged", 0, 1) == 1;
      layer.skipped = integer(9, "skipped", 0, 1) == 1;
      layer.skip_reason = f[10];
      layer.variance_before = number(3, "variance");
      trace.layers.push_back(layer);
    }
    auto& layer = trace.layers.back();
    // -1: a skipped layer's single row without a measurement.
    const auto iteration = static_cast<int>(integer(2, "iteration", -1, kMaxIterations));
    if (iteration >= 0)
      layer.steps.push_back({iteration, number(3, "variance"), number(4, "mean"),
                             number(5, "scale"), number(6, "elapsed_ms")});
    layer.elapsed_ms = number(6, "elapsed_ms");
  }
  return trace;
}

}  // namespace allcnn::init
