#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

#include "common/message.h"
#include "fetch/dataset_catalog.h"

namespace allcnn::fetch {

/// Where `allcnn data get` puts a dataset: ${XDG_CACHE_HOME:-~/.cache}/allcnn/datasets/<name>,
/// one of the folders data::find_dataset_dir() looks in. Empty when neither variable is set.
std::string default_dataset_folder(const std::string& name);

/// Whether `dir` holds a complete copy: every unpacked file at its exact size, or every kept
/// file with its published SHA-256.
bool has_valid_copy(const DatasetDownload& dataset, const std::string& dir);

struct FetchOptions {
  /// Replaces dataset.base_url (a mirror, or a test's local server); empty: the
  /// ALLCNN_DATASETS_URL environment variable when set, else the official address.
  std::string base_url;
  /// Set from another thread to give up (the part file stays, to be resumed).
  const std::atomic<bool>* cancel = nullptr;
  /// A transfer with no data for this long is given up.
  long stall_seconds = 60;
};

/// Called on the thread running fetch_dataset(); either may be empty.
struct FetchCallbacks {
  std::function<void(const std::string& file, uint64_t done_bytes, uint64_t total_bytes)>
      on_progress;
  std::function<void(const Message&)> on_message;
};

struct FetchResult {
  std::string dir;
  bool downloaded = false;  ///< false: a valid copy was there already
};

/// Makes `dir` hold a valid copy of `dataset`: nothing is downloaded when it does already;
/// otherwise each file is downloaded (resuming a broken earlier attempt from its .part file),
/// its size and SHA-256 checked, and archives unpacked (libarchive) and then removed.
/// Throws allcnn::Error naming the URL or file: server errors, broken transfers (the part file
/// stays: running again resumes), a checksum mismatch (the bad file is deleted), a damaged
/// archive, a folder that cannot be written, or cancellation.
FetchResult fetch_dataset(const DatasetDownload& dataset, const std::string& dir,
                          const FetchOptions& options = {}, const FetchCallbacks& callbacks = {});

}  // namespace allcnn::fetch
