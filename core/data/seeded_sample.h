#pragma once

// The seeded draws that choose images: the validation split (data/validation_split) and an
// image folder's test split (vision/folder_split). Torch-free; pure functions, any thread.

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace allcnn::data {

/// A seeded draw's two parts: the items chosen and the others, each in increasing order.
struct SeededSample {
  std::vector<int64_t> chosen;
  std::vector<int64_t> rest;
};

/// Chooses `count` of `items` (at most all of them), each subset equally likely, by the first
/// `count` steps of a Fisher-Yates shuffle drawn from `generator`. mt19937_64's sequence is
/// fixed by the standard, and the draws avoid std::shuffle and std::uniform_int_distribution,
/// whose results differ between standard libraries: the same seed chooses the same items on
/// every platform. Advances `generator` by exactly `count` draws, so one generator can serve
/// several draws in turn (one per class).
SeededSample seeded_sample(std::vector<int64_t> items, size_t count, std::mt19937_64& generator);

}  // namespace allcnn::data
