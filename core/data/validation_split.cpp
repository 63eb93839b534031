#include "data/validation_split.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <utility>

#include "common/error.h"
#include "data/seeded_sample.h"

namespace allcnn::data {

namespace {

// Keeps the validation split apart from the other seeded draws (batch order, LSUV's batch),
// which use the seed itself.
constexpr uint64_t kSplitStream = 0x76616c6964617465ULL;  // "validate"

Dataset select(const Dataset& dataset, const std::vector<int64_t>& indices) {
  Dataset part;
  part.class_names = dataset.class_names;
  const auto index = torch::tensor(indices, torch::kInt64).to(dataset.labels.device());
  part.images = dataset.images.index_select(0, index);
  part.labels = dataset.labels.index_select(0, index);
  return part;
}

}  // namespace

std::vector<int64_t> validation_indices(const torch::Tensor& labels, int64_t classes, int64_t count,
                                        uint64_t seed) {
  const auto host = labels.to(torch::kCPU, torch::kInt64).contiguous();
  const int64_t total = host.numel();
  if (count >= total)
    throw Error("validation", message(MessageCode::ValidationTooLarge, count, total));
  std::vector<std::vector<int64_t>> members(static_cast<size_t>(std::max<int64_t>(0, classes)));
  const int64_t* label = host.data_ptr<int64_t>();
  for (int64_t i = 0; i < total; ++i) members.at(static_cast<size_t>(label[i])).push_back(i);

  // Each class's share: the floor of its proportion, then the images left over one each to the
  // largest remainders.
  std::vector<int64_t> share(members.size(), 0);
  std::vector<std::pair<int64_t, size_t>> remainders;  // (remainder * total, class)
  int64_t given = 0;
  for (size_t c = 0; c < members.size(); ++c) {
    // count < total, and no dataset held in memory comes near 2^31 images: no overflow.
    const int64_t product = count * static_cast<int64_t>(members[c].size());
    share[c] = product / total;
    remainders.emplace_back(product % total, c);
    given += share[c];
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = 0; given < count && i < remainders.size(); ++i, ++given)
    ++share[remainders[i].second];

  std::mt19937_64 random(seed ^ kSplitStream);
  std::vector<int64_t> chosen;
  chosen.reserve(static_cast<size_t>(count));
  for (size_t c = 0; c < members.size(); ++c) {
    const auto size = static_cast<int64_t>(members[c].size());
    if (size > 0 && share[c] >= size)
      throw Error("validation", message(MessageCode::ValidationEmptiesClass, count,
                                        static_cast<int64_t>(c), size));
    const auto drawn = seeded_sample(std::move(members[c]), static_cast<size_t>(share[c]), random);
    chosen.insert(chosen.end(), drawn.chosen.begin(), drawn.chosen.end());
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

ValidationSplit split_validation(const Dataset& train, int64_t count, uint64_t seed) {
  if (count <= 0) return {train, Dataset{{}, {}, train.class_names}};
  const auto chosen =
      validation_indices(train.labels, static_cast<int64_t>(train.class_names.size()), count, seed);
  std::vector<int64_t> rest;
  rest.reserve(static_cast<size_t>(train.size() - count));
  size_t next = 0;
  for (int64_t i = 0; i < train.size(); ++i) {
    if (next < chosen.size() && chosen[next] == i)
      ++next;
    else
      rest.push_back(i);
  }
  return {select(train, rest), select(train, chosen)};
}

}  // namespace allcnn::data
