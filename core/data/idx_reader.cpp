// The IDX tensor readers: the parsing (and the bounded decompression) is data/idx_format.cpp;
// the images tensor shares the parsed buffer instead of copying it.

#include <algorithm>
#include <string>

#include <torch/torch.h>

#include "data/dataset.h"
#include "data/idx_format.h"

namespace allcnn::data {

torch::Tensor read_idx_images(const std::string& path) {
  IdxArray array = read_idx_file(path, 3, "images");
  const auto& d = array.dims;
  auto* data = const_cast<uint8_t*>(array.data());
  // The deleter owns the buffer: the tensor keeps it alive, and nothing is copied.
  return torch::from_blob(
      data, {d[0], 1, d[1], d[2]},
      [buffer = std::move(array.buffer)](void*) mutable { buffer.reset(); }, torch::kUInt8);
}

torch::Tensor read_idx_labels(const std::string& path) {
  const IdxArray array = read_idx_file(path, 1, "labels");
  torch::Tensor labels = torch::empty({array.dims[0]}, torch::kInt64);
  std::copy(array.data(), array.data() + array.size(), labels.data_ptr<int64_t>());
  return labels;
}

}  // namespace allcnn::data
