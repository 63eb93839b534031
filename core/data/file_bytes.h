#pragma once

// Internal to core/data: the whole-file read shared by the CIFAR and IDX readers.

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include "common/error.h"

namespace allcnn::data::detail {

/// The bytes of `path`; throws allcnn::Error naming the path when it is missing, a folder,
/// not a regular file (a FIFO or a device would never end), unreadable, or larger than
/// `max_bytes` (checked before reading; `kind` names the file in that message: "an IDX file").
inline std::vector<uint8_t> read_file_bytes(const std::string& path, uint64_t max_bytes,
                                            const char* kind) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (!fs::exists(status)) throw Error(path, message(MessageCode::NoSuchFile));
  if (fs::is_directory(status)) throw Error(path, message(MessageCode::FolderNotFile));
  if (!fs::is_regular_file(status)) throw Error(path, message(MessageCode::NotRegularFile));
  const uintmax_t size = fs::file_size(path, ec);
  if (ec) throw Error(path, "cannot determine the file size: " + ec.message());
  if (size > max_bytes)
    throw Error(path, "has " + std::to_string(size) + " bytes, more than " + kind + " may have (" +
                          std::to_string(max_bytes) + ")");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, message(MessageCode::CannotOpen, std::strerror(errno)));
  std::vector<uint8_t> bytes(static_cast<size_t>(size));
  if (size > 0 &&
      !in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size)))
    throw Error(path, message(MessageCode::FileShrank));
  return bytes;
}

}  // namespace allcnn::data::detail
