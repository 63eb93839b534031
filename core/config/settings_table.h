#pragma once

#include <string>
#include <vector>

#include "config/setting.h"

namespace allcnn::config {

/// Every setting of a RunConfig, grouped (SettingGroup order), then in .def order within a
/// group. Built on first use; read-only afterwards, so any thread may read it.
const std::vector<Setting>& settings();

/// The row with this config.json key, or nullptr.
const Setting* find_setting(const std::string& key);
/// The row with this key; throws allcnn::Error(key, "unknown setting ...") naming the nearest.
const Setting& setting(const std::string& key);

/// The valid key closest to `key` by edit distance ("lr_rate" -> "lr"), or "" when none is
/// close enough to be a likely typo.
std::string nearest_key(const std::string& key);

}  // namespace allcnn::config
