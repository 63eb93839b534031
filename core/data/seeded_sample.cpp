#include "data/seeded_sample.h"

#include <algorithm>
#include <utility>

namespace allcnn::data {

SeededSample seeded_sample(std::vector<int64_t> items, size_t count, std::mt19937_64& generator) {
  count = std::min(count, items.size());
  for (size_t i = 0; i < count; ++i) {
    // `% span` leans toward low values by at most span / 2^64: nothing a split can show.
    const auto span = static_cast<uint64_t>(items.size() - i);
    std::swap(items[i], items[i + static_cast<size_t>(generator() % span)]);
  }
  SeededSample sample;
  sample.chosen.assign(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(count));
  sample.rest.assign(items.begin() + static_cast<std::ptrdiff_t>(count), items.end());
  // The draw only chooses: both parts keep to the order of the indices.
  std::sort(sample.chosen.begin(), sample.chosen.end());
  std::sort(sample.rest.begin(), sample.rest.end());
  return sample;
}

}  // namespace allcnn::data
