#include "config/provenance.h"

#include <nlohmann/json.hpp>

#include "common/checked_number.h"
#include "common/error.h"
#include "config/run_config.h"
#include "config/settings_table.h"

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
      kClassNamesKey, kGroupKey,
      // A learning-rate range test's range (runs/lr_find_record.h).
      "lr_find",
      // Written by earlier versions; still accepted.
      "dataset_resolved", "data_dir_resolved", "hostname", "workbench_version", "threads_used"};
  return keys;
}

nlohmann::json group_json(const GroupTag& group) {
  nlohmann::json varies = nlohmann::json::object();
  for (const auto& [key, text] : group.varies) {
    train::RunConfig scratch;
    try {
      const Setting& row = setting(key);
      row.parse(scratch, text);
      varies[key] = row.to_json(scratch);
    } catch (const Error&) {
      varies[key] = text;
    }
  }
  return {{"name", group.name}, {"varies", varies}, {"seed_index", group.seed_index}};
}

void add_provenance(nlohmann::json& config, const Provenance& provenance) {
  config[kTorchVersionKey] = provenance.torch_version;
  config[kDeviceKey] = provenance.device;
  config[kParametersKey] = provenance.parameters;
  config[kLearningRateKey] = provenance.learning_rate;
  config[kCreatedKey] = provenance.created;
  config[kHostKey] = provenance.host;
  config[kClassNamesKey] = provenance.class_names;
  if (!provenance.group.empty()) config[kGroupKey] = group_json(provenance.group);
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
  if (const auto it = config.find(kGroupKey); it != config.end() && it->is_object()) {
    const auto& group = *it;
    if (const auto name = group.find("name"); name != group.end() && name->is_string())
      p.group.name = name->get<std::string>();
    if (const auto varies = group.find("varies"); varies != group.end() && varies->is_object())
      for (const auto& item : varies->items()) {
        const Setting* row = find_setting(item.key());
        auto text = row ? row->format_json(item.value()) : std::nullopt;
        if (!text)
          text = item.value().is_string() ? item.value().get<std::string>() : item.value().dump();
        p.group.varies.emplace_back(item.key(), *text);
      }
    if (const auto index = group.find("seed_index"); index != group.end())
      if (!json_to_int64(*index, p.group.seed_index, 0).empty()) p.group.seed_index = 0;
  }
  return p;
}

}  // namespace allcnn::config
