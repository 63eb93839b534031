// The only fuzz source that includes torch: as train::load_checkpoint does, load the archive
// from memory, then read every attribute and tensor of it.
#include "torch_load.h"

#include <torch/torch.h>

namespace allcnn::fuzz {

namespace {

void touch(const c10::IValue& value, int depth) {
  if (depth > 64) return;
  if (value.isTensor()) {
    const auto tensor = value.toTensor();
    if (tensor.numel() > 0) (void)tensor.sum().item<double>();  // reads every element
  } else if (value.isObject()) {
    const auto object = value.toObject();
    for (size_t i = 0; i < object->slots().size(); ++i) touch(object->getSlot(i), depth + 1);
  }
}

}  // namespace

void load_with_torch(const uint8_t* data, size_t size) {
  try {
    torch::serialize::InputArchive archive;
    archive.load_from(reinterpret_cast<const char*>(data), size, torch::kCPU);
    for (const auto& key : archive.keys()) {
      c10::IValue value;
      if (archive.try_read(key, value)) touch(value, 0);
    }
  } catch (const std::exception&) {
    // LibTorch refusing an archive is fine; crashing on it is not.
  }
}

}  // namespace allcnn::fuzz
