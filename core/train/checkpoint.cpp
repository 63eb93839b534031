#include "train/checkpoint.h"

#include <filesystem>
#include <sstream>

#include <torch/torch.h>

#include "common/error.h"
#include "runs/atomic_file.h"

namespace allcnn::train {

namespace {

constexpr const char* kFormat = "allcnn-checkpoint-1";

void write_tensor_if_defined(torch::serialize::OutputArchive& archive, const std::string& key,
                             const torch::Tensor& tensor) {
  if (tensor.defined()) archive.write(key, tensor.cpu());
}

torch::Tensor read_tensor_if_present(torch::serialize::InputArchive& archive,
                                     const std::string& key) {
  torch::Tensor tensor;
  return archive.try_read(key, tensor) ? tensor : torch::Tensor();
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
  if (!std::filesystem::is_regular_file(path)) throw Error(path, "no such checkpoint file");
  torch::serialize::InputArchive archive;
  try {
    archive.load_from(path, torch::kCPU);
  } catch (const c10::Error&) {
    throw Error(path,
                "is not a readable checkpoint (truncated, corrupt, or not a checkpoint file)");
  }
  c10::IValue value;
  if (!archive.try_read("format", value) || !value.isString() || value.toStringRef() != kFormat)
    throw Error(path, "is not an All-CNN Workbench checkpoint");
  const std::string expected = model_signature(net.options());
  if (!archive.try_read("model_signature", value) || value.toStringRef() != expected)
    throw Error(path, "was saved from another model (" +
                          (value.isString() ? value.toStringRef() : std::string("unknown")) +
                          "), not " + expected);
  TrainingPosition p;
  try {
    torch::serialize::InputArchive model;
    archive.read("model", model);
    net.load(model);
    if (optimizer != nullptr) {
      torch::serialize::InputArchive state;
      archive.read("optimizer", state);
      optimizer->load(state);
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
  } catch (const c10::Error& e) {
    throw Error(path, std::string("is incomplete or does not match the model: ") +
                          e.what_without_backtrace());
  }
  if (fit != nullptr) {
    fit->mean = read_tensor_if_present(archive, "augment_mean");
    fit->std = read_tensor_if_present(archive, "augment_std");
    fit->whitening = read_tensor_if_present(archive, "augment_whitening");
  }
  return p;
}

}  // namespace allcnn::train
