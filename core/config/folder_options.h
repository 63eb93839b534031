#pragma once

#include <cstdint>

#include "config/choices.h"

namespace allcnn::data {

/// How an image-folder dataset (see vision::load_image_folder) becomes the in-memory dataset:
/// the square size and fit, the channels, and how a folder without test/ is split. The fields,
/// their defaults and their documentation are the rows of config/folder_options.def.
struct FolderOptions {
#define ALLCNN_SETTING(type, field, default_value, ...) type field = default_value;
#include "config/folder_options.def"
#undef ALLCNN_SETTING
};

/// 1 (Grey), 3 (Rgb), 0 (Auto: the majority's, decided while decoding).
int64_t channel_count(ImageChannels channels);

}  // namespace allcnn::data

namespace allcnn::config {

/// Checks `options` against the rows of folder_options.def, as RunConfig::validate() does for
/// a run on an image folder; throws allcnn::Error(key, reason) for the first problem. For
/// callers that read a folder without a whole RunConfig. Any thread.
void validate(const data::FolderOptions& options);

}  // namespace allcnn::config
