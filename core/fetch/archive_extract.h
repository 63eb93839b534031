#pragma once

#include <string>
#include <vector>

namespace allcnn::fetch {

/// Unpacks a .tar.gz (or any tar libarchive reads) into `dest_dir` with libarchive, refusing
/// entries that would land outside it (absolute paths, "..", links pointing out). Returns the
/// paths written, relative to dest_dir. Throws allcnn::Error naming the archive for a damaged
/// or truncated archive, or naming the file that cannot be written.
std::vector<std::string> extract_archive(const std::string& archive_path,
                                         const std::string& dest_dir);

}  // namespace allcnn::fetch
