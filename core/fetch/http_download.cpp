#include "fetch/http_download.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>

#include <curl/curl.h>

#include "common/error.h"

namespace allcnn::fetch {

namespace fs = std::filesystem;

namespace {

void init_curl_once() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

uint64_t file_size_or_zero(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return ec ? 0 : static_cast<uint64_t>(size);
}

std::string megabytes(uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return text;
}

// One request: what the callbacks learn and decide.
struct Transfer {
  CURL* curl = nullptr;
  std::string part_path;
  uint64_t offset = 0;          ///< bytes in the part file when the request was sent
  uint64_t expected_bytes = 0;  ///< the whole file, when known
  int64_t range_start = -1;     ///< from Content-Range of the current response
  std::FILE* file = nullptr;
  bool started = false;  ///< the first body byte arrived and the status was examined
  bool discard = false;  ///< an error page: read and dropped
  std::string failure;   ///< why a callback stopped the transfer
  const DownloadProgress* progress = nullptr;
  const std::atomic<bool>* cancel = nullptr;
  bool cancelled = false;

  ~Transfer() {
    if (file != nullptr) std::fclose(file);
  }
};

bool starts_with_nocase(const char* text, size_t size, const char* prefix) {
  const size_t length = std::strlen(prefix);
  return size >= length && strncasecmp(text, prefix, length) == 0;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto& t = *static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  // Each response of a redirect chain starts with its status line.
  if (starts_with_nocase(data, bytes, "HTTP/")) t.range_start = -1;
  if (starts_with_nocase(data, bytes, "Content-Range:")) {
    unsigned long long first = 0;
    const std::string line(data, bytes);
    if (std::sscanf(line.c_str() + 14, " bytes %llu-", &first) == 1)
      t.range_start = static_cast<int64_t>(first);
  }
  return bytes;
}

// The first body bytes decide where they go: appended after a 206 that starts where the part
// file ends, from scratch after a 200, nowhere after anything else (an error page; the status
// is reported once the transfer ends).
bool accept_body(Transfer& t) {
  t.started = true;
  long status = 0;
  curl_easy_getinfo(t.curl, CURLINFO_RESPONSE_CODE, &status);
  const char* mode = nullptr;
  if (status == 206) {
    if (t.range_start != static_cast<int64_t>(t.offset)) {
      t.failure = "the server resumed at byte " + std::to_string(t.range_start) + ", not at " +
                  std::to_string(t.offset);
      return false;
    }
    mode = "ab";
  } else if (status == 200) {
    t.offset = 0;  // the whole file again: a server without Range support
    mode = "wb";
  } else {
    t.discard = true;
    return true;
  }
  t.file = std::fopen(t.part_path.c_str(), mode);
  if (t.file == nullptr) {
    t.failure = "cannot write " + t.part_path + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto& t = *static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  if (!t.started && !accept_body(t)) return 0;
  if (t.discard) return bytes;
  if (std::fwrite(data, 1, bytes, t.file) != bytes) {
    t.failure = "cannot write " + t.part_path + ": " + std::strerror(errno);
    return 0;
  }
  return bytes;
}

int on_progress(void* user, curl_off_t total, curl_off_t now, curl_off_t, curl_off_t) {
  auto& t = *static_cast<Transfer*>(user);
  if (t.cancel != nullptr && t.cancel->load()) {
    t.cancelled = true;
    return 1;
  }
  if (t.progress != nullptr && *t.progress) {
    const uint64_t done = t.offset + static_cast<uint64_t>(now);
    const uint64_t whole = t.expected_bytes > 0
                               ? t.expected_bytes
                               : (total > 0 ? t.offset + static_cast<uint64_t>(total) : 0);
    (*t.progress)(done, whole);
  }
  return 0;
}

// Returns the HTTP status of a finished request; throws for every transfer failure.
long perform(Transfer& t, const std::string& url, long stall_seconds) {
  char error_text[CURL_ERROR_SIZE] = {0};
  const std::string range = std::to_string(t.offset) + "-";
  curl_easy_setopt(t.curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(t.curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(t.curl, CURLOPT_MAXREDIRS, 10L);
  curl_easy_setopt(t.curl, CURLOPT_USERAGENT, "allcnn-workbench");
  curl_easy_setopt(t.curl, CURLOPT_ERRORBUFFER, error_text);
  curl_easy_setopt(t.curl, CURLOPT_CONNECTTIMEOUT, 30L);
  // Not a total timeout (a slow line may take an hour): a transfer that stalls is given up.
  curl_easy_setopt(t.curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(t.curl, CURLOPT_LOW_SPEED_TIME, stall_seconds);
  curl_easy_setopt(t.curl, CURLOPT_HEADERFUNCTION, &on_header);
  curl_easy_setopt(t.curl, CURLOPT_HEADERDATA, &t);
  curl_easy_setopt(t.curl, CURLOPT_WRITEFUNCTION, &on_body);
  curl_easy_setopt(t.curl, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(t.curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(t.curl, CURLOPT_XFERINFOFUNCTION, &on_progress);
  curl_easy_setopt(t.curl, CURLOPT_XFERINFODATA, &t);
  // CURLOPT_RANGE rather than CURLOPT_RESUME_FROM: libcurl then leaves a 200 answer to us
  // (start over) instead of failing the transfer.
  curl_easy_setopt(t.curl, CURLOPT_RANGE, t.offset > 0 ? range.c_str() : nullptr);

  const CURLcode result = curl_easy_perform(t.curl);
  if (t.file != nullptr) {
    const bool closed = std::fclose(t.file) == 0;
    t.file = nullptr;
    if (!closed && result == CURLE_OK)
      throw Error(t.part_path, message(MessageCode::CannotWriteDiskFull));
  }
  long status = 0;
  curl_easy_getinfo(t.curl, CURLINFO_RESPONSE_CODE, &status);
  if (t.cancelled) throw Error(url, message(MessageCode::DownloadCancelled));
  if (!t.failure.empty()) throw Error(url, t.failure);
  if (result != CURLE_OK) {
    const uint64_t have = file_size_or_zero(t.part_path);
    std::string reason = error_text[0] != '\0' ? error_text : curl_easy_strerror(result);
    if (t.expected_bytes > 0)
      throw Error(url, message(MessageCode::DownloadBrokeOffOf, megabytes(have),
                               megabytes(t.expected_bytes), reason));
    throw Error(url, message(MessageCode::DownloadBrokeOff, megabytes(have), reason));
  }
  return status;
}

}  // namespace

void download_to_part_file(const std::string& url, const std::string& part_path,
                           uint64_t expected_bytes, const DownloadProgress& progress,
                           const std::atomic<bool>* cancel, long stall_seconds) {
  init_curl_once();
  if (cancel != nullptr && cancel->load())
    throw Error(url, message(MessageCode::DownloadCancelled));
  std::error_code ec;
  uint64_t have = file_size_or_zero(part_path);
  if (expected_bytes > 0 && have > expected_bytes) {
    fs::remove(part_path, ec);  // longer than the file can be: not a prefix of it
    have = 0;
  }
  if (expected_bytes > 0 && have == expected_bytes) return;

  std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) throw Error(url, "cannot start libcurl");
  Transfer t;
  t.curl = curl.get();
  t.part_path = part_path;
  t.offset = have;
  t.expected_bytes = expected_bytes;
  t.progress = &progress;
  t.cancel = cancel;
  const long status = perform(t, url, stall_seconds);
  if (status == 416) {
    // The part file is no prefix the server can continue: start over once.
    fs::remove(part_path, ec);
    Transfer again;
    again.curl = curl.get();
    again.part_path = part_path;
    again.expected_bytes = expected_bytes;
    again.progress = &progress;
    again.cancel = cancel;
    const long retry = perform(again, url, stall_seconds);
    if (retry != 200 && retry != 206) throw Error(url, message(MessageCode::HttpStatus, retry));
    return;
  }
  if (status != 200 && status != 206) throw Error(url, message(MessageCode::HttpStatus, status));
  // An empty 200 body never opened the part file: it must not keep an older prefix.
  if (!t.started && status == 200) {
    std::FILE* empty = std::fopen(part_path.c_str(), "wb");
    if (empty == nullptr)
      throw Error(part_path, message(MessageCode::CannotWrite, std::strerror(errno)));
    std::fclose(empty);
  }
}

}  // namespace allcnn::fetch
