#pragma once

#include <string>

namespace allcnn::runs {

/// Writes `contents` to `path` atomically: a temporary file in the same folder, flushed and
/// synced, then renamed over `path`, so a reader sees the old or the new file, never a part.
/// Throws allcnn::Error naming `path` on failure. Any thread; one writer per path at a time.
void write_file_atomically(const std::string& path, const std::string& contents);

}  // namespace allcnn::runs
