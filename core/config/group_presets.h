#pragma once

// The original Keras project's four studies (../shared/SEED-NOTES.md) as built-in groups, so a
// front end can offer each as one action. Torch-free; any thread.

#include <string>
#include <vector>

#include "common/message.h"
#include "config/group.h"

namespace allcnn::config {

struct GroupPreset {
  const char* name;         ///< "initialization", "augmentation", "regularization", "optimizer"
  MessageCode description;  ///< what it compares, for people
  const char* json;         ///< the group file's text
};

/// The presets, in the order the original project ran them.
const std::vector<GroupPreset>& group_presets();

/// The preset of this name as a group ("preset NAME" is its source in errors); an unknown name
/// throws allcnn::Error("preset", ...) listing the names.
Group preset_group(const std::string& name);

}  // namespace allcnn::config
