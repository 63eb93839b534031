// CIFAR-10/100 binary version: each record is the label byte(s) followed by a 3x32x32 image
// stored as the R plane, then G, then B, each row-major. That is already the [C, H, W] layout
// of the network, so a record's pixels are copied as one block.

#include <algorithm>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "common/error.h"
#include "data/cifar_format.h"
#include "data/dataset.h"

namespace allcnn::data {

namespace {

Dataset to_dataset(CifarRecords records) {
  Dataset part;
  auto* pixels = records.pixels->data();
  // The deleter owns the pixel buffer: the tensor keeps it alive, and nothing is copied.
  part.images = torch::from_blob(
      pixels, {records.count, kCifarChannels, kCifarSide, kCifarSide},
      [buffer = std::move(records.pixels)](void*) mutable { buffer.reset(); }, torch::kUInt8);
  part.labels = torch::empty({records.count}, torch::kInt64);
  std::copy(records.labels.begin(), records.labels.end(), part.labels.data_ptr<int64_t>());
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
  std::vector<torch::Tensor> images;
  std::vector<torch::Tensor> labels;
  for (const auto& path : paths) {
    Dataset part = to_dataset(read_cifar_file(path, label_bytes, num_classes));
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
