#include "runs/run_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "common/error.h"

namespace allcnn::runs {

namespace fs = std::filesystem;

namespace {

// Temporary files of write_file_atomically ("config.json.tmp-4242") that a killed process left.
void remove_leftover_temporaries(const RunFolder& folder) {
  std::error_code ec;
  for (const auto& dir : {fs::path(folder.dir()), fs::path(folder.dir()) / kCheckpointsDir}) {
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().filename().string().find(".tmp-") == std::string::npos) continue;
      std::error_code ignored;
      if (it->is_regular_file(ignored)) fs::remove(it->path(), ignored);
    }
  }
}

}  // namespace

RunLock RunLock::acquire(const RunFolder& folder) {
  const auto path = folder.path(kLockFile);
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    throw Error(path, std::string("cannot create the lock file: ") + std::strerror(errno));
  while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EINTR) continue;
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK)
      throw Error(folder.dir(),
                  message(MessageCode::BeingTrained, folder.read_recorded_status().owner()));
    throw Error(path, std::string("cannot lock: ") + std::strerror(error));
  }
  remove_leftover_temporaries(folder);
  return RunLock(fd);
}

RunLock::RunLock(RunLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

RunLock& RunLock::operator=(RunLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

RunLock::~RunLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

bool is_locked(const RunFolder& folder) {
  const auto path = folder.path(kLockFile);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  // A lock taken through another open file description (another process, or another RunLock
  // of this one) makes this fail; ours is released again at once by close().
  int result;
  do {
    result = ::flock(fd, LOCK_SH | LOCK_NB);
  } while (result != 0 && errno == EINTR);
  const bool locked = result != 0 && errno == EWOULDBLOCK;
  ::close(fd);
  return locked;
}

}  // namespace allcnn::runs
