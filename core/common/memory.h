#pragma once

// How much memory this machine can give a process now. No torch.

#include <cstdint>
#include <string>

namespace allcnn {

/// The memory available to a new allocation without swapping: MemAvailable of /proc/meminfo
/// (what the kernel could free: page cache included), else the physical memory; 0 when neither
/// is known. Any thread.
int64_t available_memory_bytes();

/// "1.4 GB", "512 MB", "96 KB": a size for a message, in decimal units, two significant digits.
std::string memory_text(double bytes);

}  // namespace allcnn
