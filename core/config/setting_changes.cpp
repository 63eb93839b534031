#include "config/setting_changes.h"

#include "common/error.h"
#include "config/run_config.h"
#include "config/settings_table.h"

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

}  // namespace allcnn::config
