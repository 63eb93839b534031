#include "train/checkpoint.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <torch/torch.h>

#include "common/error.h"
#include "runs/atomic_file.h"
#include "train/checkpoint_archive.h"
#include "train/optimizer.h"

namespace allcnn::train {

namespace {

constexpr const char* kFormat = "allcnn-checkpoint-1";

void write_tensor_if_defined(torch::serialize::OutputArchive& archive, const std::string& key,
                             const torch::Tensor& tensor) {
  if (tensor.defined()) archive.write(key, tensor.cpu());
}

// LibTorch's messages can carry a backtrace or a source excerpt after the first line.
std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

std::vector<uint8_t> read_checkpoint_bytes(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw Error(path, "cannot read: " + ec.message());
  if (size > kMaxCheckpointBytes)
    throw Error(path, "has " + std::to_string(size) + " bytes, more than a checkpoint may have");
  std::ifstream in(path, std::ios::binary);
  std::vector<uint8_t> bytes(static_cast<size_t>(size));
  if (!in || !in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size)))
    throw Error(path, "cannot read the checkpoint (it shrank while being read?)");
  return bytes;
}

torch::Tensor read_tensor_if_present(torch::serialize::InputArchive& archive,
                                     const std::string& key) {
  torch::Tensor tensor;
  return archive.try_read(key, tensor) ? tensor : torch::Tensor();
}

std::string shape_text(const torch::Tensor& tensor) {
  std::ostringstream out;
  out << tensor.sizes();
  return out.str();
}

// The archive is read onto the CPU. Module::load would replace each parameter's tensor by the
// loaded one (its device, dtype and strides), undoing the model's placement; instead the values
// are copied into the existing tensors, which keep the run's device, dtype and memory format.
void copy_module_state(torch::serialize::InputArchive& archive, torch::nn::Module& module,
                       const std::string& prefix, const std::string& path) {
  torch::NoGradGuard no_grad;
  auto copy = [&](const std::string& name, torch::Tensor target, bool is_buffer) {
    torch::Tensor loaded;
    archive.read(name, loaded, is_buffer);
    // copy_ would broadcast a smaller tensor silently.
    if (loaded.sizes() != target.sizes())
      throw Error(path, message(MessageCode::CheckpointShape, prefix + name, shape_text(loaded),
                                shape_text(target)));
    target.copy_(loaded);
  };
  for (const auto& item : module.named_parameters(/*recurse=*/false))
    copy(item.key(), item.value(), false);
  for (const auto& item : module.named_buffers(/*recurse=*/false))
    copy(item.key(), item.value(), true);
  for (const auto& child : module.named_children()) {
    torch::serialize::InputArchive child_archive;
    archive.read(child.key(), child_archive);
    copy_module_state(child_archive, *child.value(), prefix + child.key() + ".", path);
  }
}

// LibTorch's optimizers load their state tensors as they were read (here: on the CPU,
// contiguous); put each where and how its parameter is, as the optimizer itself would have
// created it (zeros_like the parameter).
void place_optimizer_state(torch::optim::Optimizer& optimizer, const std::string& path) {
  torch::NoGradGuard no_grad;
  visit_optimizer_state(optimizer, [&](const torch::Tensor& parameter, torch::Tensor& state) {
    if (state.sizes() != parameter.sizes())
      throw Error(path, "has optimizer state of the shape " + shape_text(state) +
                            " for a parameter of the shape " + shape_text(parameter));
    auto placed = torch::empty_like(parameter);
    placed.copy_(state);
    state = placed;
  });
}

}  // namespace

std::string model_signature(const nn::ModelOptions& o) {
  std::ostringstream out;
  out << config::choice_name(o.arch) << " width " << o.width << (o.batch_norm ? " bn" : "")
      << " in " << o.in_channels << "x" << o.input_size << "x" << o.input_size << " classes "
      << o.classes;
  return out.str();
}

void save_checkpoint(const std::string& path, nn::ConvNetImpl& net,
                     torch::optim::Optimizer* optimizer, const data::AugmentFit& fit,
                     const TrainingPosition& p) {
  torch::serialize::OutputArchive archive;
  archive.write("format", c10::IValue(std::string(kFormat)));
  archive.write("model_signature", c10::IValue(model_signature(net.options())));
  torch::serialize::OutputArchive model;
  net.save(model);
  archive.write("model", model);
  if (optimizer != nullptr) {
    torch::serialize::OutputArchive state;
    optimizer->save(state);
    archive.write("optimizer", state);
  }
  write_tensor_if_defined(archive, "augment_mean", fit.mean);
  write_tensor_if_defined(archive, "augment_std", fit.std);
  write_tensor_if_defined(archive, "augment_whitening", fit.whitening);
  archive.write("epoch", c10::IValue(p.epoch));
  archive.write("batch", c10::IValue(p.batch));
  archive.write("step", c10::IValue(p.step));
  archive.write("best_accuracy", c10::IValue(p.best_accuracy));
  archive.write("best_epoch", c10::IValue(p.best_epoch));
  archive.write("elapsed_s", c10::IValue(p.elapsed_s));
  archive.write("epoch_loss_sum", c10::IValue(p.epoch_loss_sum));
  archive.write("epoch_correct", c10::IValue(p.epoch_correct));
  archive.write("epoch_seen", c10::IValue(p.epoch_seen));
  archive.write("plateau_scale", c10::IValue(p.plateau_scale));
  archive.write("plateau_wait", c10::IValue(p.plateau_wait));
  std::ostringstream bytes;
  try {
    archive.save_to(bytes);
  } catch (const c10::Error& e) {
    throw Error(path,
                std::string("cannot serialize the checkpoint: ") + e.what_without_backtrace());
  }
  runs::write_file_atomically(path, bytes.str());
}

TrainingPosition load_checkpoint(const std::string& path, nn::ConvNetImpl& net,
                                 torch::optim::Optimizer* optimizer, data::AugmentFit* fit) {
  if (!std::filesystem::is_regular_file(path))
    throw Error(path, message(MessageCode::NoSuchCheckpoint));
  // Read once, checked, then handed to LibTorch from memory: its loader trusts what it reads
  // (train/checkpoint_archive.h), and the file cannot change between the check and the load.
  const std::vector<uint8_t> bytes = read_checkpoint_bytes(path);
  check_checkpoint_archive(bytes.data(), bytes.size(), path);
  torch::serialize::InputArchive archive;
  try {
    archive.load_from(reinterpret_cast<const char*>(bytes.data()), bytes.size(), torch::kCPU);
  } catch (const std::exception& e) {
    throw Error(path, message(MessageCode::UnreadableCheckpoint, first_line(e.what())));
  }
  c10::IValue value;
  if (!archive.try_read("format", value) || !value.isString() || value.toStringRef() != kFormat)
    throw Error(path, message(MessageCode::ForeignCheckpoint));
  const std::string expected = model_signature(net.options());
  if (!archive.try_read("model_signature", value) || !value.isString() ||
      value.toStringRef() != expected)
    throw Error(path,
                message(MessageCode::OtherModelCheckpoint,
                        value.isString() ? value.toStringRef() : std::string("unknown"), expected));
  TrainingPosition p;
  try {
    torch::serialize::InputArchive model;
    archive.read("model", model);
    copy_module_state(model, net, "", path);
    if (optimizer != nullptr) {
      torch::serialize::InputArchive state;
      archive.read("optimizer", state);
      optimizer->load(state);
      place_optimizer_state(*optimizer, path);
    }
    auto read_int = [&](const char* key) {
      archive.read(key, value);
      return value.toInt();
    };
    auto read_double = [&](const char* key) {
      archive.read(key, value);
      return value.toDouble();
    };
    p.epoch = read_int("epoch");
    p.batch = read_int("batch");
    p.step = read_int("step");
    p.best_accuracy = read_double("best_accuracy");
    p.best_epoch = read_int("best_epoch");
    p.elapsed_s = read_double("elapsed_s");
    p.epoch_loss_sum = read_double("epoch_loss_sum");
    p.epoch_correct = read_int("epoch_correct");
    p.epoch_seen = read_int("epoch_seen");
    // Checkpoints from before the plateau schedule have neither: no reduction yet.
    if (archive.try_read("plateau_scale", value)) p.plateau_scale = value.toDouble();
    if (archive.try_read("plateau_wait", value)) p.plateau_wait = value.toInt();
  } catch (const c10::Error& e) {
    throw Error(path,
                message(MessageCode::CheckpointMismatch, first_line(e.what_without_backtrace())));
  } catch (const std::exception& e) {
    // LibTorch's optimizer loader parses strings with std::stoull, which throws its own types.
    throw Error(path, message(MessageCode::CheckpointMismatch, first_line(e.what())));
  }
  if (fit != nullptr) {
    fit->mean = read_tensor_if_present(archive, "augment_mean");
    fit->std = read_tensor_if_present(archive, "augment_std");
    fit->whitening = read_tensor_if_present(archive, "augment_whitening");
  }
  return p;
}

}  // namespace allcnn::train
