#pragma once

// What a run folder's config.json holds beside the settings: where the run came from. Written
// by runs::RunFolder; skipped by from_json(RunConfig), which must tell these keys from
// settings. Torch-free and Qt-free; pure functions, any thread.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace allcnn::config {

struct Provenance {
  std::string torch_version;
  std::string device;          ///< what it trained on ("cpu (2 threads)", "cuda:0 (...)")
  int64_t parameters = 0;      ///< of the model
  double learning_rate = 0.0;  ///< the effective base learning rate (the optimizer's default)
  std::string created;         ///< local time, ISO 8601 with offset
  std::string host;            ///< the machine's name
  /// The dataset's classes by label (an image folder's from its folder names), for predict,
  /// eval and the exports; empty in runs written before image folders.
  std::vector<std::string> class_names;
};

/// The keys provenance takes in config.json, with those that earlier versions wrote.
const std::vector<std::string>& provenance_keys();

/// Adds `provenance` to a config.json object.
void add_provenance(nlohmann::json& config, const Provenance& provenance);

/// The provenance keys of a config.json object (missing ones left empty or 0).
Provenance read_provenance(const nlohmann::json& config);

}  // namespace allcnn::config
