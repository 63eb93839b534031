#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace allcnn::fetch {

/// Bytes of a download so far, and its whole size (0 while the server has not said).
using DownloadProgress = std::function<void(uint64_t done_bytes, uint64_t total_bytes)>;

/// Downloads `url` to `part_path` with libcurl (redirects followed). A `part_path` that holds
/// the start of the file already (a broken earlier download) is continued with an HTTP Range
/// request; a server that answers the whole file instead (200) starts it over. Nothing that is
/// not the file's body is ever written (an error page is not). `expected_bytes`, when known,
/// lets a complete part file skip the request.
///
/// Throws allcnn::Error naming the URL when the server answers an error (HTTP 404, 500, ...),
/// the connection fails or breaks off (the part file keeps what arrived, so running again
/// resumes), no data arrives for `stall_seconds`, or `cancel` becomes true. `progress` and
/// `cancel` are used on the calling thread, which this blocks.
void download_to_part_file(const std::string& url, const std::string& part_path,
                           uint64_t expected_bytes, const DownloadProgress& progress = {},
                           const std::atomic<bool>* cancel = nullptr, long stall_seconds = 60);

}  // namespace allcnn::fetch
