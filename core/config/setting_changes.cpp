#include "config/setting_changes.h"

#include "common/error.h"
#include "config/run_config.h"
#include "config/settings_table.h"
#include "config/text_values.h"

namespace allcnn::config {

void apply_changes(train::RunConfig& config, const SettingChanges& changes) {
  for (const auto& change : changes) setting(change.key).parse(config, change.text);
}

void apply_resume_changes(train::RunConfig& config, const SettingChanges& changes) {
  for (const auto& change : changes)
    if (!setting(change.key).is_resumable())
      throw Error(change.key, "cannot change when a run is resumed");
  apply_changes(config, changes);
}

std::vector<std::string> cli_arguments(const SettingChanges& changes) {
  std::vector<std::string> arguments;
  for (const auto& change : changes) {
    const Setting& row = setting(change.key);
    const std::string flag = row.flag();
    if (row.type() == SettingType::Bool)
      arguments.push_back(parse_bool(change.text, change.key) ? flag : "--no-" + flag.substr(2));
    else
      arguments.push_back(flag + "=" + change.text);
  }
  return arguments;
}

}  // namespace allcnn::config
