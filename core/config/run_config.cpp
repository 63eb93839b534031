#include "config/run_config.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "config/config_text.h"
#include "config/provenance.h"
#include "config/settings_table.h"

namespace allcnn::train {

using nlohmann::json;

double RunConfig::base_learning_rate() const {
  if (learning_rate > 0) return learning_rate;
  return optimizer == OptimizerKind::Sgd ? 0.01 : 0.001;
}

int64_t RunConfig::metrics_interval(bool on_gpu) const {
  if (metrics_every > 0) return metrics_every;
  return on_gpu ? 50 : 1;
}

int64_t RunConfig::validation_count(int64_t training_images) const {
  if (validation <= 0) return 0;
  if (validation >= 1) return static_cast<int64_t>(validation);
  return std::max<int64_t>(
      1, std::llround(validation * static_cast<double>(std::max<int64_t>(0, training_images))));
}

void RunConfig::validate() const {
  for (const auto& row : config::settings())
    if (auto problem = row.problem(*this)) throw Error(row.key(), *problem);
}

void to_json(json& j, const RunConfig& config) {
  j = json::object();
  for (const auto& row : config::settings()) j[row.key()] = row.to_json(config);
}

void from_json(const json& j, RunConfig& config) {
  if (!j.is_object()) throw Error("config", "must be a JSON object, not " + j.dump());
  const auto& provenance = config::provenance_keys();
  for (const auto& item : j.items()) {
    if (std::find(provenance.begin(), provenance.end(), item.key()) != provenance.end()) continue;
    config::setting(item.key()).from_json(config, item.value());
  }
}

RunConfig load_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot open the config file");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return config_from_text(text, path);
}

RunConfig config_from_text(const std::string& text, const std::string& source) {
  json j;
  try {
    j = json::parse(text);
  } catch (const json::exception& e) {
    // parse_error, and out_of_range for a number beyond a double (1e999): found by fuzz_config.
    throw Error(source, std::string("is not valid JSON: ") + e.what());
  }
  RunConfig config;
  try {
    from_json(j, config);
  } catch (const Error& e) {
    throw Error(source, e.what());
  }
  return config;
}

}  // namespace allcnn::train
