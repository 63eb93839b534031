#pragma once

// What a run folder's config.json holds beside the settings: where the run came from. Written
// by runs::RunFolder; skipped by from_json(RunConfig), which must tell these keys from
// settings. Torch-free and Qt-free; pure functions, any thread.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace allcnn::config {

/// Which group a run belongs to (config.json's "group" object, written by a sweep): what the
/// run browser groups, filters and colours by. Empty name: the run is in no group.
struct GroupTag {
  std::string name;
  /// The settings the group varies and this run's value of each, by key, as text (what
  /// Setting::format() writes: "0.01", "shift,flip"), by key.
  std::vector<std::pair<std::string, std::string>> varies;
  int64_t seed_index = 0;  ///< which of the group's seeds, from 0

  bool empty() const { return name.empty(); }
};

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
  /// Empty in runs that no group made, and in runs written before groups.
  GroupTag group;
};

/// The keys provenance takes in config.json, with those that earlier versions wrote.
const std::vector<std::string>& provenance_keys();

/// The "group" object of config.json: {"name", "varies": {key: value as config.json holds it},
/// "seed_index"}. A value whose text no longer parses is written as that text.
nlohmann::json group_json(const GroupTag& group);
/// The config.json key of that object.
inline constexpr const char* kGroupKey = "group";

/// Adds `provenance` to a config.json object (its group only when it has one).
void add_provenance(nlohmann::json& config, const Provenance& provenance);

/// The provenance keys of a config.json object (missing ones left empty or 0).
Provenance read_provenance(const nlohmann::json& config);

}  // namespace allcnn::config
