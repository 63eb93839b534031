#pragma once

// A group of runs: a base configuration, cases and a grid of settings that vary, and seeds,
// read from one JSON file (or a built-in preset, config/group_presets.h) and expanded into
// complete RunConfigs through the settings table. Torch-free and Qt-free; pure functions, any
// thread.
//
//   {"name": "init-study", "description": "...",
//    "base": {"epochs": 3, "batch_size": 32},
//    "cases": [{"bn": false, "dropout": true}, {"bn": true, "dropout": false}],
//    "vary": {"init": ["lsuv", "he-uniform"], "lr": [0.01, 0.001]},
//    "seeds": 2}
//
// The runs are every case times every combination of the varied values times every seed.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "config/provenance.h"
#include "config/run_config.h"
#include "config/setting_changes.h"

namespace allcnn::config {

/// A group as its file describes it; every key and value is checked against the settings
/// table when it is read.
struct Group {
  std::string name;  ///< a plain folder name: the prefix of its runs' folder names
  std::string description;
  nlohmann::json base = nlohmann::json::object();  ///< settings by key, as config.json holds them
  /// Objects of settings, each one case; empty: one case that sets nothing.
  std::vector<nlohmann::json> cases;
  /// The grid: each key with its list of values, in key order.
  std::vector<std::pair<std::string, std::vector<nlohmann::json>>> vary;
  std::vector<uint64_t> seeds;  ///< at least one, distinct
  std::string source;           ///< the file (or "preset NAME") that errors name
};

/// One run of an expanded group: its complete, validated configuration (name is the folder
/// name, seed the group's seed) and what config.json records of the group.
struct GroupRun {
  train::RunConfig config;
  GroupTag tag;
};

/// At most this many runs per group.
inline constexpr int64_t kMaxGroupRuns = 10000;

/// Reads a group from its JSON. Throws allcnn::Error whose subject names `source` and the
/// place ("g.json: vary.lr") for an unknown field or setting, a value the setting rejects, an
/// empty list, zero seeds, a key set twice, the seed or name set by hand, or too many runs.
Group parse_group(const nlohmann::json& j, const std::string& source);
/// The same from text; text that is not JSON is an Error naming `source`.
Group group_from_text(const std::string& text, const std::string& source);
/// The same from a file.
Group load_group(const std::string& path);

/// The group's runs: cases in order, then the grid (the last key varying fastest), then the
/// seeds, so runs that differ only by seed are neighbours. `overrides` (the CLI's flags) apply
/// to every run on top of the base; a varied, seed or name key among them is an Error naming
/// the key. Each run is validated; a problem names the file and where the value came from.
/// Folder names are "<group>_<key>=<value>..._seed=<seed>" (the varied keys of cases and grid
/// in key order), deterministic and unique.
std::vector<GroupRun> expand_group(const Group& group, const SettingChanges& overrides = {});

}  // namespace allcnn::config
