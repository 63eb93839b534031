// CIFAR-10/100 binary version: each record is the label byte(s) followed by a 3x32x32 image
// stored as the R plane, then G, then B, each row-major. That is already the [C, H, W] layout
// of the network, so a record's pixels are copied as one block.

#include <cstring>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "common/error.h"
#include "data/dataset.h"
#include "data/file_bytes.h"

namespace allcnn::data {

namespace {

constexpr int64_t kChannels = 3;
constexpr int64_t kSide = 32;
constexpr int64_t kPixelBytes = kChannels * kSide * kSide;

Dataset read_cifar_file(const std::string& path, int label_bytes, int num_classes) {
  const std::vector<uint8_t> bytes = detail::read_file_bytes(path);
  const auto record_bytes = static_cast<size_t>(label_bytes + kPixelBytes);
  if (bytes.empty()) throw Error(path, "empty file");
  if (bytes.size() % record_bytes != 0) {
    throw Error(path, "truncated: " + std::to_string(bytes.size()) +
                          " bytes is not a whole number of " + std::to_string(record_bytes) +
                          "-byte records");
  }
  const auto count = static_cast<int64_t>(bytes.size() / record_bytes);

  Dataset part;
  part.images = torch::empty({count, kChannels, kSide, kSide}, torch::kUInt8);
  part.labels = torch::empty({count}, torch::kInt64);
  uint8_t* images = part.images.data_ptr<uint8_t>();
  int64_t* labels = part.labels.data_ptr<int64_t>();
  for (int64_t i = 0; i < count; ++i) {
    const uint8_t* record = bytes.data() + static_cast<size_t>(i) * record_bytes;
    // CIFAR-100 stores (coarse, fine); the fine label is the last label byte either way.
    const int label = record[label_bytes - 1];
    if (label >= num_classes) {
      throw Error(path, "label " + std::to_string(label) + " out of range [0, " +
                            std::to_string(num_classes) + ") in record " + std::to_string(i));
    }
    labels[i] = label;
    std::memcpy(images + i * kPixelBytes, record + label_bytes, kPixelBytes);
  }
  return part;
}

// Keeps the Dataset invariant (labels index class_names) for files read on their own.
std::vector<std::string> names_for(int label_bytes, int num_classes) {
  if (label_bytes == 1 && num_classes == 10) return class_names(DatasetKind::Cifar10);
  if (label_bytes == 2 && num_classes == 100) return class_names(DatasetKind::Cifar100);
  std::vector<std::string> names;
  for (int i = 0; i < num_classes; ++i) names.push_back(std::to_string(i));
  return names;
}

}  // namespace

Dataset read_cifar_files(const std::vector<std::string>& paths, int label_bytes, int num_classes) {
  if (paths.empty()) throw Error("CIFAR", "no files given");
  if (label_bytes != 1 && label_bytes != 2) {
    throw Error(paths.front(), "label_bytes must be 1 (CIFAR-10) or 2 (CIFAR-100), got " +
                                   std::to_string(label_bytes));
  }
  if (num_classes <= 0 || num_classes > 256) {
    throw Error(paths.front(),
                "num_classes must be in [1, 256], got " + std::to_string(num_classes));
  }
  std::vector<torch::Tensor> images;
  std::vector<torch::Tensor> labels;
  for (const auto& path : paths) {
    Dataset part = read_cifar_file(path, label_bytes, num_classes);
    images.push_back(std::move(part.images));
    labels.push_back(std::move(part.labels));
  }
  Dataset dataset;
  dataset.images = images.size() == 1 ? images.front() : torch::cat(images);
  dataset.labels = labels.size() == 1 ? labels.front() : torch::cat(labels);
  dataset.class_names = names_for(label_bytes, num_classes);
  return dataset;
}

}  // namespace allcnn::data
