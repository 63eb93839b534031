#include "config/folder_options.h"

#include "common/error.h"
#include "config/run_config.h"
#include "config/settings_table.h"

namespace allcnn::data {

int64_t channel_count(ImageChannels channels) {
  switch (channels) {
    case ImageChannels::Grey:
      return 1;
    case ImageChannels::Rgb:
      return 3;
    case ImageChannels::Auto:
      return 0;
  }
  return 0;
}

}  // namespace allcnn::data

namespace allcnn::config {

void validate(const data::FolderOptions& options) {
  train::RunConfig config;
  config.dataset = data::DatasetKind::Folder;
  config.folder = options;
  // The table's own rows and checks, not a copy of their ranges.
#define ALLCNN_SETTING(type, field, default_value, key, ...) \
  if (const auto problem = setting(key).problem(config)) throw Error(key, *problem);
#include "config/folder_options.def"
#undef ALLCNN_SETTING
}

}  // namespace allcnn::config
