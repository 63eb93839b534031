#pragma once

#include <string>

namespace allcnn::fetch {

/// The SHA-256 of a file's contents, as lower-case hex (OpenSSL's implementation). Throws
/// allcnn::Error naming `path` when it cannot be read. Thread-safe.
std::string sha256_of_file(const std::string& path);

}  // namespace allcnn::fetch
