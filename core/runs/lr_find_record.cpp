#include "runs/lr_find_record.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "runs/atomic_file.h"
#include "runs/csv_table.h"
#include "runs/run_reader.h"
#include "runs/table_follower.h"

namespace allcnn::runs {

namespace fs = std::filesystem;
using metrics::LrPoint;

namespace {

bool positive_finite(double value) { return std::isfinite(value) && value > 0.0; }

// The slope of the smoothed loss per decade of learning rate across point i's neighbours.
double slope_at(const std::vector<LrPoint>& points, size_t i, size_t half_window) {
  const auto& before = points[i - half_window];
  const auto& after = points[i + half_window];
  const double decades = std::log10(after.learning_rate) - std::log10(before.learning_rate);
  return decades > 0.0 ? (after.smoothed_loss - before.smoothed_loss) / decades : 0.0;
}

// A field of lr_find.json or config.json's range, read with the file named on a problem.
double number_of(const nlohmann::json& object, const char* key, const std::string& path) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_number())
    throw Error(path, message(MessageCode::NotLrFindFolder));
  return it->get<double>();
}

}  // namespace

double LrRange::rate_at(int64_t step) const {
  const double t = steps > 1 ? static_cast<double>(step) / static_cast<double>(steps - 1) : 0.0;
  return start_lr * std::pow(end_lr / start_lr, t);
}

void LrRange::validate() const {
  if (!positive_finite(start_lr))
    throw Error("start_lr", message(MessageCode::OutOfRange, start_lr, "(0, inf)"));
  if (!positive_finite(end_lr))
    throw Error("end_lr", message(MessageCode::OutOfRange, end_lr, "(0, inf)"));
  if (start_lr >= end_lr) throw Error("start_lr", message(MessageCode::LrFindRangeOrder, end_lr));
  if (steps < kMinSteps || steps > kMaxSteps)
    throw Error("steps",
                message(MessageCode::OutOfRange, steps,
                        "[" + std::to_string(kMinSteps) + ", " + std::to_string(kMaxSteps) + "]"));
}

double rounded_rate(double rate) {
  if (!positive_finite(rate)) return rate;
  // Through text, so that 1.2 is the double nearest 1.2 (12 * 0.1 is not).
  char text[32];
  std::snprintf(text, sizeof text, "%.2g", rate);
  return std::strtod(text, nullptr);
}

std::vector<double> smooth_losses(const std::vector<double>& losses, int64_t half_window) {
  const auto n = static_cast<int64_t>(losses.size());
  std::vector<double> prefix(losses.size() + 1, 0.0);
  for (int64_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + losses[i];
  std::vector<double> smoothed(losses.size());
  for (int64_t i = 0; i < n; ++i) {
    const int64_t from = std::max<int64_t>(0, i - half_window);
    const int64_t to = std::min(n, i + half_window + 1);
    smoothed[i] = (prefix[to] - prefix[from]) / static_cast<double>(to - from);
  }
  return smoothed;
}

int64_t smoothing_half_window(int64_t steps) { return std::max<int64_t>(2, steps / 40); }

void smooth_points(std::vector<LrPoint>& points, int64_t half_window) {
  std::vector<double> losses;
  losses.reserve(points.size());
  for (const auto& point : points) losses.push_back(point.loss);
  const auto smoothed = smooth_losses(losses, half_window);
  for (size_t i = 0; i < points.size(); ++i) points[i].smoothed_loss = smoothed[i];
}

LrSuggestion suggest_learning_rate(const std::vector<LrPoint>& points, int64_t half_window) {
  LrSuggestion suggestion;
  if (points.empty()) return suggestion;
  const auto lowest = std::min_element(
      points.begin(), points.end(),
      [](const auto& a, const auto& b) { return a.smoothed_loss < b.smoothed_loss; });
  const auto minimum = static_cast<size_t>(lowest - points.begin());
  suggestion.minimum_index = static_cast<int64_t>(minimum);
  suggestion.minimum_learning_rate = lowest->learning_rate;
  const auto h = static_cast<size_t>(std::max<int64_t>(1, half_window));
  if (points.size() < 2 * h + 3) return suggestion;
  // The curve's start is where the smoothing window is first full.
  if (!(lowest->smoothed_loss < 0.98 * points[h].smoothed_loss)) return suggestion;
  // Past the minimum the loss rises; steps past the last full window have no slope.
  const size_t last = std::min(minimum, points.size() - 1 - h);
  double steepest = 0.0;
  for (size_t i = h; i <= last; ++i) {
    const double slope = slope_at(points, i, h);
    if (slope < steepest) {
      steepest = slope;
      suggestion.index = static_cast<int64_t>(i);
    }
  }
  if (suggestion.found()) suggestion.learning_rate = points[suggestion.index].learning_rate;
  return suggestion;
}

void write_lr_find(const RunFolder& folder, const LrFindRecord& record) {
  const auto& table = lr_find_table();
  std::string csv = table.header() + "\n";
  for (const auto& point : record.points) csv += table.format(point);
  write_file_atomically(folder.path(kLrFindFile), csv);
  nlohmann::json result = {
      {"points", record.points.size()},
      {"diverged", record.diverged},
      {"suggested_lr", record.suggestion.found() ? nlohmann::json(record.suggestion.learning_rate)
                                                 : nlohmann::json(nullptr)},
      {"suggested_step", record.suggestion.index},
      {"minimum_loss_lr", record.suggestion.minimum_learning_rate},
      {"minimum_loss_step", record.suggestion.minimum_index},
  };
  write_file_atomically(folder.path(kLrFindResultFile), result.dump(2) + "\n");
}

LrFindRecord read_lr_find(const std::string& dir) {
  const RunFolder folder = RunFolder::open(dir);
  LrFindRecord record;
  record.dir = dir;
  const auto config = folder.read_config();
  const auto config_path = folder.path(kConfigFile);
  const auto range = config.find(kLrFindKey);
  if (range == config.end() || !range->is_object())
    throw Error(config_path, message(MessageCode::NotLrFindFolder));
  record.range.start_lr = number_of(*range, "start_lr", config_path);
  record.range.end_lr = number_of(*range, "end_lr", config_path);
  record.range.steps = static_cast<int64_t>(number_of(*range, "steps", config_path));
  record.status = folder.read_status();
  TableFollower<LrPoint> follower(folder.path(kLrFindFile), lr_find_table());
  record.points = follower.read().rows;
  const auto result_path = folder.path(kLrFindResultFile);
  if (fs::exists(result_path)) {
    nlohmann::json result;
    try {
      std::ifstream in(result_path);
      result = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
      throw Error(result_path, std::string("is not valid JSON: ") + e.what());
    }
    if (!result.is_object()) throw Error(result_path, message(MessageCode::NotLrFindFolder));
    record.diverged = result.value("diverged", false);
  }
  // The suggestion is worked out again rather than trusted from the file: it is cheap, and a
  // stopped test (whose lr_find.json may be older than its points) reads the same way.
  record.suggestion =
      suggest_learning_rate(record.points, smoothing_half_window(record.range.steps));
  return record;
}

std::vector<std::string> list_lr_finds(const std::string& runs_dir) {
  const fs::path root = fs::path(runs_dir) / kLrFindDir;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return {};
  return list_run_folders(root.string());
}

}  // namespace allcnn::runs
