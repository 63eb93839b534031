#include "config/provenance.h"

#include <nlohmann/json.hpp>

#include "common/checked_number.h"

namespace allcnn::config {

namespace {

constexpr const char* kTorchVersionKey = "torch_version";
constexpr const char* kDeviceKey = "device_used";
constexpr const char* kParametersKey = "parameters";
constexpr const char* kLearningRateKey = "lr_used";
constexpr const char* kCreatedKey = "created";
constexpr const char* kHostKey = "host";
constexpr const char* kClassNamesKey = "class_names";

}  // namespace

const std::vector<std::string>& provenance_keys() {
  static const std::vector<std::string> keys = {
      kTorchVersionKey, kDeviceKey, kParametersKey, kLearningRateKey, kCreatedKey, kHostKey,
      kClassNamesKey,
      // Written by earlier versions; still accepted.
      "dataset_resolved", "data_dir_resolved", "hostname", "workbench_version", "threads_used"};
  return keys;
}

void add_provenance(nlohmann::json& config, const Provenance& provenance) {
  config[kTorchVersionKey] = provenance.torch_version;
  config[kDeviceKey] = provenance.device;
  config[kParametersKey] = provenance.parameters;
  config[kLearningRateKey] = provenance.learning_rate;
  config[kCreatedKey] = provenance.created;
  config[kHostKey] = provenance.host;
  config[kClassNamesKey] = provenance.class_names;
}

Provenance read_provenance(const nlohmann::json& config) {
  const auto text = [&](const char* key) {
    const auto it = config.find(key);
    return it != config.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  const auto number = [&](const char* key) {
    const auto it = config.find(key);
    return it != config.end() && it->is_number() ? it->get<double>() : 0.0;
  };
  // Provenance only informs, so a value that is not a count (1e300, -3, 2.5) reads as unknown
  // (0); casting it would be undefined behaviour.
  const auto count = [&](const char* key) {
    const auto it = config.find(key);
    int64_t value = 0;
    return it != config.end() && json_to_int64(*it, value, 0).empty() ? value : int64_t{0};
  };
  Provenance p;
  p.torch_version = text(kTorchVersionKey);
  p.device = text(kDeviceKey);
  p.parameters = count(kParametersKey);
  p.learning_rate = number(kLearningRateKey);
  p.created = text(kCreatedKey);
  p.host = text(kHostKey);
  if (const auto it = config.find(kClassNamesKey); it != config.end() && it->is_array())
    for (const auto& name : *it)
      if (name.is_string()) p.class_names.push_back(name.get<std::string>());
  return p;
}

}  // namespace allcnn::config
