#pragma once

#include <string>

#include "data/dataset.h"
#include "config/folder_options.h"
#include "vision/folder_registration.h"

namespace allcnn::vision {

/// Reads an image-folder dataset (see vision::list_image_folder for the layouts) into the
/// in-memory layout the built-in readers fill: every image decoded once (on every core),
/// fitted to options.image_size as options.fit says, converted to options.channels (auto: the
/// majority's), labelled by its class folder (class names sorted by name), then split
/// (split_decoded_folder). The decoded images are cached (folder_cache_paths) keyed by the
/// folder's fingerprint, so a second load of an unchanged folder decodes nothing.
///
/// Unreadable files are skipped and listed through callbacks.on_message; a folder that changes
/// while it is decoded is read again once. Throws allcnn::Error naming the folder when no image
/// can be read, fewer than two classes have images, there is nothing to test on, or the folder
/// keeps changing. Progress and messages are reported on the calling thread.
data::DatasetSplits load_image_folder(const std::string& dir, const data::FolderOptions& options,
                                      const data::LoadCallbacks& callbacks = {});

}  // namespace allcnn::vision
