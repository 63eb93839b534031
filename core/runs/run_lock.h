#pragma once

// Who writes a run folder: the process training it holds an OS lock (flock) on the folder's
// lock file for as long as it trains. The kernel releases it when the process ends, however
// it ends, so a status that says "running" while the lock is free means the run was
// interrupted (killed, crashed, the machine went down). No torch.

#include <string>

#include "runs/run_folder.h"

namespace allcnn::runs {

/// The lock file inside a run folder (empty; only its lock matters).
inline constexpr const char* kLockFile = ".lock";

/// Exclusive ownership of a run folder for writing. Take it before touching any file of the
/// folder; it is released when the RunLock is destroyed (or the process ends).
class RunLock {
 public:
  /// Takes `folder`'s lock without waiting. Throws allcnn::Error naming the folder and, from
  /// the status file, the process that holds it ("is being trained by pid 4242 on gpu-3 since
  /// ..."), so a second writer never starts. Removes the temporary files a killed atomic
  /// write left behind (`*.tmp-<pid>`), which only the lock holder may do.
  static RunLock acquire(const RunFolder& folder);

  RunLock(RunLock&& other) noexcept;
  RunLock& operator=(RunLock&& other) noexcept;
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;
  ~RunLock();

 private:
  explicit RunLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

/// Whether a process (this one included) holds `folder`'s lock now. A folder without a lock
/// file (written before locks existed, or never trained) is not locked.
bool is_locked(const RunFolder& folder);

}  // namespace allcnn::runs
