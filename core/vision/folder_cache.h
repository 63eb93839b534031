#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/folder_options.h"
#include "vision/folder_decoded.h"

namespace allcnn::vision {

/// Where the decoded images of the folder `dir` are cached, in the order they are tried: a
/// hidden file inside `dir` itself (the listing skips it), then, for a folder that is not
/// writable, ${XDG_CACHE_HOME:-~/.cache}/allcnn/image-folders/<digest of dir>-<name>. The name
/// says the options that shape the images: ".allcnn-cache-32px-crop-auto.gz".
std::vector<std::string> folder_cache_paths(const std::string& dir,
                                            const data::FolderOptions& options);

/// Writes `decoded` to `path`: gzip (level 1: the images are the bulk and compress poorly),
/// a magic line, a JSON header line naming the source folder, its fingerprint and the options,
/// then the pixels, the labels and the subsets. Atomic (a temporary file renamed). Throws
/// allcnn::Error naming `path` when it cannot be written.
void write_folder_cache(const std::string& path, const std::string& source_dir,
                        const data::FolderOptions& options, const DecodedFolder& decoded);

/// Reads a cache file written for `source_dir` in the state `fingerprint` with `options`.
/// Returns nothing, and says why in `why_not`, when the file is missing, was made for another
/// folder, state or options, or is damaged (never throws for a bad cache: it is rebuilt).
std::optional<DecodedFolder> read_folder_cache(const std::string& path,
                                               const std::string& source_dir,
                                               const data::FolderOptions& options,
                                               const std::string& fingerprint,
                                               std::string& why_not);

}  // namespace allcnn::vision
