// Precompiled header for every target that includes LibTorch: parsing torch.h dominates
// compile time (20-30 s a file without it).
#pragma once
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>
