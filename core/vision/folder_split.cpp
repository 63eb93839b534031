#include <algorithm>
#include <cmath>
#include <random>
#include <utility>

#include <torch/torch.h>

#include "common/error.h"
#include "data/seeded_sample.h"
#include "vision/folder_decoded.h"

namespace allcnn::vision {

namespace {

template <typename... Args>
void tell(const data::LoadCallbacks& callbacks, MessageCode code, Args&&... args) {
  if (callbacks.on_message) callbacks.on_message(message(code, std::forward<Args>(args)...));
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "'" : ", '") + name + "'";
  return text;
}

data::Dataset gather(const DecodedFolder& decoded, const std::vector<int64_t>& indices,
                     const std::vector<int64_t>& new_label, const std::vector<std::string>& names) {
  const auto index = torch::tensor(indices, torch::kInt64);
  data::Dataset set;
  set.images = decoded.images.index_select(0, index);
  set.labels = torch::tensor(new_label, torch::kInt64)
                   .index_select(0, decoded.labels.index_select(0, index));
  set.class_names = names;
  return set;
}

}  // namespace

data::DatasetSplits split_decoded_folder(const DecodedFolder& decoded,
                                         const data::FolderOptions& options, const std::string& dir,
                                         const data::LoadCallbacks& callbacks) {
  const auto classes = static_cast<int64_t>(decoded.class_names.size());
  const auto count = decoded.images.size(0);
  const auto labels = decoded.labels.contiguous();
  const int64_t* label = labels.data_ptr<int64_t>();

  // Per class: the training candidates (train/ or the pool) and the test images.
  std::vector<std::vector<int64_t>> trainable(classes), tests(classes);
  for (int64_t i = 0; i < count; ++i)
    (decoded.subsets[i] == Subset::Test ? tests : trainable)[label[i]].push_back(i);

  std::vector<int64_t> new_label(classes, -1);
  std::vector<std::string> kept, dropped;
  for (int64_t k = 0; k < classes; ++k) {
    if (trainable[k].empty()) {
      dropped.push_back(decoded.class_names[k]);
      continue;
    }
    new_label[k] = static_cast<int64_t>(kept.size());
    kept.push_back(decoded.class_names[k]);
  }
  if (!dropped.empty())
    tell(callbacks, MessageCode::DroppedClasses, dropped.size(), quoted_list(dropped));
  if (kept.size() < 2)
    throw Error(dir, "needs at least two classes with training images; found " +
                         std::to_string(kept.size()) +
                         (kept.empty() ? std::string() : " (" + quoted_list(kept) + ")"));

  std::vector<int64_t> train_indices, test_indices;
  std::vector<std::string> untested;
  std::mt19937_64 generator(options.split_seed);
  for (int64_t k = 0; k < classes; ++k) {
    if (new_label[k] < 0) continue;
    std::vector<int64_t> train = trainable[k];
    std::vector<int64_t> test = tests[k];
    if (!decoded.has_test_folder) {
      const auto n = static_cast<int64_t>(train.size());
      auto held_out = static_cast<int64_t>(std::llround(options.test_fraction * double(n)));
      if (n >= 2)
        held_out = std::clamp<int64_t>(held_out, 1, n - 1);
      else
        held_out = 0;
      // One generator serves the classes in turn: the whole split follows from the seed.
      auto drawn = data::seeded_sample(std::move(train), static_cast<size_t>(held_out), generator);
      test = std::move(drawn.chosen);
      train = std::move(drawn.rest);
    }
    if (test.empty()) untested.push_back(decoded.class_names[k]);
    train_indices.insert(train_indices.end(), train.begin(), train.end());
    test_indices.insert(test_indices.end(), test.begin(), test.end());
  }
  if (test_indices.empty())
    throw Error(dir, decoded.has_test_folder
                         ? "test/ holds no image of a class that has training images"
                         : "too few images to hold any out for testing");
  if (!untested.empty())
    tell(callbacks, MessageCode::UntestedClasses, untested.size(), quoted_list(untested));

  data::DatasetSplits splits;
  splits.train = gather(decoded, train_indices, new_label, kept);
  splits.test = gather(decoded, test_indices, new_label, kept);
  return splits;
}

}  // namespace allcnn::vision
