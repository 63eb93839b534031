#include "config/settings_table.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>
#include <thread>

#include "common/error.h"
#include "config/setting_field.h"
#include "config/tr.h"

namespace allcnn::config {
namespace {

using train::RunConfig;

// When a setting applies: the conditions several .def rows share. A row with a condition of
// its own writes it inline as a lambda.
bool uses_lsuv(const RunConfig& c) { return c.init == init::InitKind::Lsuv; }
bool uses_gaussian(const RunConfig& c) { return c.init == init::InitKind::Gaussian; }
bool uses_sgd(const RunConfig& c) { return c.optimizer == train::OptimizerKind::Sgd; }
bool uses_rmsprop(const RunConfig& c) { return c.optimizer == train::OptimizerKind::RmsProp; }
bool uses_adam(const RunConfig& c) { return c.optimizer == train::OptimizerKind::Adam; }
bool uses_adaptive(const RunConfig& c) { return !uses_sgd(c); }
bool uses_time_decay(const RunConfig& c) { return c.schedule == train::ScheduleKind::TimeDecay; }
bool uses_steps(const RunConfig& c) { return c.schedule == train::ScheduleKind::Steps; }
bool uses_plateau(const RunConfig& c) { return c.schedule == train::ScheduleKind::Plateau; }
bool shifts(const RunConfig& c) { return c.augment.shift(); }
bool whitens(const RunConfig& c) { return c.augment.zca(); }
bool reads_folder(const RunConfig& c) { return c.dataset == data::DatasetKind::Folder; }

template <typename T>
Setting make_setting(const char* key, SettingGroup group, const char* label, const char* help,
                     T& (*get)(RunConfig&)) {
  return Setting(key, group, label, help, Codec<T>::type, Codec<T>::choices(),
                 std::make_shared<TypedField<T>>(get));
}

std::vector<Setting> build_table() {
  std::vector<Setting> rows;
  // Each .def row becomes one Setting bound to its field; ALLCNN_OWNER is the struct that holds
  // the .def's fields inside a RunConfig `c`.
#define ALLCNN_SETTING(type, field, default_value, key, group, label, help, ...)              \
  rows.push_back(make_setting<type>(key, SettingGroup::group, label, help,                    \
                                    [](RunConfig& c) -> type& { return ALLCNN_OWNER.field; }) \
                     __VA_ARGS__);
#define ALLCNN_OWNER c
#include "config/run_config.def"
#undef ALLCNN_OWNER
#define ALLCNN_OWNER c.model
#include "config/model_options.def"
#undef ALLCNN_OWNER
#define ALLCNN_OWNER c.lsuv
#include "config/lsuv_options.def"
#undef ALLCNN_OWNER
#define ALLCNN_OWNER c.augment
#include "config/augment_options.def"
#undef ALLCNN_OWNER
#define ALLCNN_OWNER c.folder
#include "config/folder_options.def"
#undef ALLCNN_OWNER
#undef ALLCNN_SETTING

  std::stable_sort(rows.begin(), rows.end(), [](const Setting& a, const Setting& b) {
    return static_cast<int>(a.group()) < static_cast<int>(b.group());
  });
  std::set<std::string> keys, flags;
  for (const auto& row : rows)
    if (!keys.insert(row.key()).second || !flags.insert(row.flag()).second)
      throw std::logic_error("settings table: '" + row.key() + "' is not unique");
  return rows;
}

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      current[j] = std::min(
          {previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(previous, current);
  }
  return previous[b.size()];
}

}  // namespace

const std::vector<Setting>& settings() {
  static const std::vector<Setting> table = build_table();
  return table;
}

const Setting* find_setting(const std::string& key) {
  for (const auto& row : settings())
    if (row.key() == key) return &row;
  return nullptr;
}

const Setting& setting(const std::string& key) {
  if (const Setting* row = find_setting(key)) return *row;
  const std::string nearest = nearest_key(key);
  throw Error(key, "unknown setting" +
                       (nearest.empty() ? std::string() : " (did you mean '" + nearest + "'?)"));
}

std::string nearest_key(const std::string& key) {
  std::string best;
  size_t best_distance = 0;
  for (const auto& row : settings()) {
    const size_t distance = edit_distance(key, row.key());
    if (best.empty() || distance < best_distance) {
      best = row.key();
      best_distance = distance;
    }
  }
  return best_distance <= std::max<size_t>(3, key.size() / 2) ? best : std::string();
}

}  // namespace allcnn::config
