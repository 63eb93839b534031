#pragma once

#include <string>

namespace allcnn {

/// Sets glibc's malloc up for training: every block from the heap (no mmap), freed memory kept
/// for reuse rather than returned to the system, one arena for every thread. With glibc's
/// defaults each step's large activation buffers (25 MB at batch 64, 50 MB at batch 128) are
/// mapped and unmapped every time, so the kernels wait on page faults: `allcnn bench` measured
/// All-CNN-C training 1.5 (batch 64) to 2.7 (batch 128) times slower that way, with a quarter
/// of the CPU time in the kernel. The price is that the process keeps its peak memory until it
/// exits.
///
/// Process-wide; call it early in main(), before other threads start (the Trainer and the bench
/// call it too; it is idempotent). The environment variable ALLCNN_MALLOC=default leaves glibc's
/// defaults alone, for comparison. Returns what is in effect: "tuned", "default" (asked for) or
/// "unavailable" (not glibc).
std::string tune_allocator_for_training();

}  // namespace allcnn
