#include "fetch/fetch_dataset.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "common/error.h"
#include "fetch/archive_extract.h"
#include "fetch/http_download.h"
#include "fetch/sha256.h"

namespace allcnn::fetch {

namespace fs = std::filesystem;

namespace {

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? std::string(value) : std::string();
}

std::string megabytes(uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return text;
}

uint64_t size_or_zero(const fs::path& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return ec ? 0 : static_cast<uint64_t>(size);
}

bool file_matches(const fs::path& path, const RemoteFile& file) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) && size_or_zero(path) == file.bytes &&
         sha256_of_file(path.string()) == file.sha256;
}

std::string base_url_of(const DatasetDownload& dataset, const FetchOptions& options) {
  std::string base = options.base_url;
  if (base.empty()) base = env_or_empty("ALLCNN_DATASETS_URL");
  if (base.empty()) base = dataset.base_url;
  if (base.back() != '/') base += '/';
  return base;
}

template <typename... Args>
void tell(const FetchCallbacks& callbacks, MessageCode code, Args&&... args) {
  if (callbacks.on_message) callbacks.on_message(message(code, std::forward<Args>(args)...));
}

// Downloads one file into dir (resuming its .part file) and checks it; the checked file is
// renamed into place, a file with the wrong checksum deleted.
void download_checked(const RemoteFile& file, const std::string& url, const fs::path& dir,
                      const FetchOptions& options, const FetchCallbacks& callbacks) {
  const fs::path final_path = dir / file.name;
  const fs::path part = dir / (file.name + ".part");
  const uint64_t have = size_or_zero(part);
  if (have > 0 && have < file.bytes)
    tell(callbacks, MessageCode::DownloadingResumed, url, megabytes(file.bytes), megabytes(have));
  else
    tell(callbacks, MessageCode::Downloading, url, megabytes(file.bytes));
  DownloadProgress progress;
  if (callbacks.on_progress)
    progress = [&](uint64_t done, uint64_t total) {
      callbacks.on_progress(file.name, done, total);
    };
  download_to_part_file(url, part.string(), file.bytes, progress, options.cancel,
                        options.stall_seconds);
  // The transfer ended cleanly (a broken one threw, keeping the part to resume): a file of
  // another size or checksum is the wrong file, not an unfinished one.
  const uint64_t got = size_or_zero(part);
  std::error_code ec;
  const std::string sha = sha256_of_file(part.string());
  if (got != file.bytes || sha != file.sha256) {
    fs::remove(part, ec);
    throw Error(url, "the download does not match its published checksum (SHA-256 " + sha + ", " +
                         std::to_string(got) + " bytes; expected " + file.sha256 + ", " +
                         std::to_string(file.bytes) +
                         " bytes); the damaged file was deleted, so running again starts over");
  }
  fs::rename(part, final_path, ec);
  if (ec) throw Error(final_path.string(), "cannot move the download into place: " + ec.message());
  tell(callbacks, MessageCode::DownloadChecked, file.name, sha.substr(0, 12));
}

}  // namespace

std::string default_dataset_folder(const std::string& name) {
  std::string cache = env_or_empty("XDG_CACHE_HOME");
  if (cache.empty() && !env_or_empty("HOME").empty())
    cache = (fs::path(env_or_empty("HOME")) / ".cache").string();
  if (cache.empty()) return {};
  return (fs::path(cache) / "allcnn" / "datasets" / name).string();
}

bool has_valid_copy(const DatasetDownload& dataset, const std::string& dir) {
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) return false;
  if (dataset.unpack) {
    for (const auto& file : dataset.unpacked) {
      const fs::path path = fs::path(dir) / file.path;
      if (!fs::is_regular_file(path, ec) || size_or_zero(path) != file.bytes) return false;
    }
    return !dataset.unpacked.empty();
  }
  for (const auto& file : dataset.files)
    if (!file_matches(fs::path(dir) / file.name, file)) return false;
  return true;
}

FetchResult fetch_dataset(const DatasetDownload& dataset, const std::string& dir,
                          const FetchOptions& options, const FetchCallbacks& callbacks) {
  if (dir.empty()) throw Error("--dir", "no folder to put " + dataset.name + " in (HOME is unset)");
  FetchResult result{dir, false};
  if (has_valid_copy(dataset, dir)) {
    tell(callbacks, MessageCode::DatasetPresent, dataset.name, dir);
    return result;
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error(dir, "cannot create the folder: " + ec.message());
  const std::string base = base_url_of(dataset, options);
  for (const auto& file : dataset.files) {
    if (file_matches(fs::path(dir) / file.name, file)) {
      tell(callbacks, MessageCode::FilePresent, file.name);
      continue;
    }
    download_checked(file, base + file.name, dir, options, callbacks);
    result.downloaded = true;
  }
  if (dataset.unpack) {
    for (const auto& file : dataset.files) {
      tell(callbacks, MessageCode::Unpacking, file.name);
      extract_archive((fs::path(dir) / file.name).string(), dir);
    }
  }
  if (!has_valid_copy(dataset, dir))
    throw Error(dir, "does not hold a complete copy of " + dataset.name +
                         " after downloading: a file it should hold is missing or of the wrong "
                         "size");
  // The archives are checked and unpacked: their contents are the copy now.
  if (dataset.unpack)
    for (const auto& file : dataset.files) fs::remove(fs::path(dir) / file.name, ec);
  tell(callbacks, MessageCode::DatasetReady, dataset.name, dir);
  return result;
}

}  // namespace allcnn::fetch
