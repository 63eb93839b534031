#include <iomanip>
#include <istream>
#include <ostream>
#include <sstream>

#include "common/error.h"
#include "init/lsuv.h"

namespace allcnn::init {

namespace {

constexpr const char* kHeader =
    "layer,layer_index,iteration,variance,mean,scale,elapsed_ms,variance_after,converged,skipped,"
    "skip_reason";

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
  int line_number = 1;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    const auto f = split(line);
    if (f.size() != 11)
      throw Error(source, "line " + std::to_string(line_number) + " has " +
                              std::to_string(f.size()) + " fields, expected 11");
    try {
      if (trace.layers.empty() || trace.layers.back().layer != f[0]) {
        LsuvLayerTrace layer;
        layer.layer = f[0];
        layer.layer_index = std::stoul(f[1]);
        layer.variance_after = std::stod(f[7]);
        layer.converged = f[8] == "1";
        layer.skipped = f[9] == "1";
        layer.skip_reason = f[10];
        layer.variance_before = std::stod(f[3]);
        trace.layers.push_back(layer);
      }
      auto& layer = trace.layers.back();
      const int iteration = std::stoi(f[2]);
      if (iteration >= 0)
        layer.steps.push_back(
            {iteration, std::stod(f[3]), std::stod(f[4]), std::stod(f[5]), std::stod(f[6])});
      layer.elapsed_ms = std::stod(f[6]);
    } catch (const std::logic_error&) {
      throw Error(source,
                  "line " + std::to_string(line_number) + " has a field that is not a number");
    }
  }
  return trace;
}

}  // namespace allcnn::init
