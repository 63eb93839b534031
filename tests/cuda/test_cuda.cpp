// The GPU suite (CTest label `cuda`): what only a CUDA device can show. Each test skips, with
// the reason, where this LibTorch or this machine has no CUDA device; scripts/gpu-check builds
// and runs the suite on a GPU machine. GoogleTest rather than QtTest: the GPU machine has
// LibTorch and nothing else (no Qt).

#include <gtest/gtest.h>

#include <ATen/record_function.h>
#include <torch/torch.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "common/device.h"
#include "common/error.h"
#include "common/gpu_info.h"
#include "common/torch_compat.h"
#include "data/augment.h"
#include "data/batcher.h"
#include "data/dataset.h"
#include "explain/features.h"
#include "explain/prediction.h"
#include "explain/saliency.h"
#include "init/lsuv.h"
#include "nn/input_layout.h"
#include "runs/run_reader.h"
#include "train/checkpoint.h"
#include "train/optimizer.h"
#include "train/run_model.h"
#include "train/sweep.h"
#include "train/trainer.h"

using namespace allcnn;
namespace fs = std::filesystem;

namespace {

// Empty where a CUDA device can be used; else why not, as the skip message.
std::string why_no_gpu() {
  if (torch::cuda::is_available()) return {};
  std::string reason = std::string("needs a CUDA GPU: this LibTorch (") + TORCH_VERSION + ") ";
#if ALLCNN_TORCH_HAS_CUDA
  reason += "has CUDA, but no CUDA device is visible (driver? CUDA_VISIBLE_DEVICES?)";
#else
  reason += "is built without CUDA";
#endif
  return reason + "; scripts/gpu-check runs this suite on a GPU machine";
}

// Fashion-MNIST at `ALLCNN_FASHION_MNIST_DIR` (Debian's dataset-fashion-mnist, or the copy
// scripts/gpu-check carries), All-CNN-C, Adam; tests change what they exercise.
train::RunConfig fashion_config(const fs::path& runs, const std::string& name) {
  train::RunConfig config;
  config.dataset = data::DatasetKind::FashionMnist;
  config.data_dir = ALLCNN_FASHION_MNIST_DIR;
  config.model.width = 0.5;
  config.train_limit = 12000;
  config.test_limit = 2000;
  config.batch_size = 128;
  config.epochs = 3;
  config.optimizer = train::OptimizerKind::Adam;
  config.augment.transforms.set(data::Augmentation::Normalize, true);
  config.augment.transforms.set(data::Augmentation::Flip, true);
  config.device = DeviceSpec{DeviceKind::Cuda, 0};
  config.runs_dir = runs.string();
  config.name = name;
  config.checkpoint_every = 0;
  return config;
}

train::RunOutcome train_run(const train::RunConfig& config) {
  train::Trainer trainer(config);
  train::RunControl control;
  return trainer.run(control);
}

// Trains `config` and stops it after batch `stop_batch` of epoch `stop_epoch`, then resumes it
// to the end.
void train_interrupted(const train::RunConfig& config, int64_t stop_epoch, int64_t stop_batch) {
  {
    train::TrainerCallbacks callbacks;
    train::RunControl control;
    callbacks.on_batch = [&](const metrics::BatchMetrics& m) {
      if (m.epoch == stop_epoch && m.batch == stop_batch) control.stop = true;
    };
    train::Trainer interrupted(config, callbacks);
    ASSERT_EQ(interrupted.run(control).state, train::RunState::Stopped);
  }
  auto resumed = train::Trainer::resume((fs::path(config.runs_dir) / config.name).string());
  train::RunControl control;
  ASSERT_EQ(resumed->run(control).state, train::RunState::Finished);
}

// Host <-> device copies and host reads of device values (item()), counted through LibTorch's
// operator observer on the calling thread: aten::copy_ between a CPU and a CUDA tensor, and
// aten::_local_scalar_dense of a CUDA tensor.
std::atomic<int64_t> g_transfers{0};

std::unique_ptr<at::ObserverContext> count_transfer(const at::RecordFunction& fn) {
  const std::string name = fn.name();
  const auto inputs = fn.inputs();
  if (name == "aten::copy_" && inputs.size() >= 2 && inputs[0].isTensor() && inputs[1].isTensor()) {
    if (inputs[0].toTensor().device().type() != inputs[1].toTensor().device().type()) ++g_transfers;
  } else if (name == "aten::_local_scalar_dense" && !inputs.empty() && inputs[0].isTensor() &&
             inputs[0].toTensor().is_cuda()) {
    ++g_transfers;
  }
  return nullptr;
}

class TransferCounter {
 public:
  TransferCounter()
      : handle_(at::addThreadLocalCallback(
            at::RecordFunctionCallback(&count_transfer).needsInputs(true))) {
    g_transfers = 0;
  }
  ~TransferCounter() { at::removeCallback(handle_); }
  int64_t count() const { return g_transfers.load(); }

 private:
  at::CallbackHandle handle_;
};

void expect_on(const torch::Tensor& tensor, const torch::Device& device, const std::string& what) {
  ASSERT_TRUE(tensor.defined()) << what;
  EXPECT_EQ(tensor.device(), device) << what;
}

class Cuda : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string why = why_no_gpu();
    if (!why.empty()) GTEST_SKIP() << why;
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    runs_ = fs::temp_directory_path() /
            ("allcnn-cuda-" + std::string(info->name()) + "-" +
             std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(runs_);
  }
  void TearDown() override {
    std::error_code ignored;
    if (!runs_.empty()) fs::remove_all(runs_, ignored);
    set_deterministic(false);
  }
  fs::path runs_;
  const torch::Device gpu_{torch::kCUDA, 0};
};

// Chance on Fashion-MNIST is 10%; All-CNN-C at half width passes 70% within 3 epochs of 12,000
// images (LSUV, Adam), in fp32 and under bf16 autocast alike.
TEST_F(Cuda, TrainingLearnsInFp32AndBf16) {
  for (const bool bf16 : {false, true}) {
    auto config = fashion_config(runs_, bf16 ? "bf16" : "fp32");
    config.bf16 = bf16;
    const auto outcome = train_run(config);
    ASSERT_EQ(outcome.state, train::RunState::Finished) << outcome.reason.english();
    EXPECT_GE(outcome.best_validation_accuracy, 0.70) << (bf16 ? "bf16" : "fp32");
    const auto record = runs::read_run(outcome.run_dir);
    EXPECT_EQ(record.provenance.device.rfind("cuda:0", 0), 0u) << record.provenance.device;
    ASSERT_EQ(record.epochs.size(), 3u);
    EXPECT_LT(record.epochs.back().train_loss, record.epochs.front().train_loss);
  }
}

// With --deterministic, a run stopped mid-epoch and resumed computes bit for bit what the
// uninterrupted run does: every batch loss and the final weights.
TEST_F(Cuda, ResumeIsBitForBitWithDeterministic) {
  auto straight = fashion_config(runs_, "straight");
  straight.train_limit = 4096;
  straight.epochs = 2;
  straight.deterministic = true;
  ASSERT_EQ(train_run(straight).state, train::RunState::Finished);
  auto interrupted = straight;
  interrupted.name = "interrupted";
  train_interrupted(interrupted, 1, 5);

  const auto a = runs::read_run((runs_ / "straight").string());
  const auto b = runs::read_run((runs_ / "interrupted").string());
  ASSERT_EQ(a.batches.size(), b.batches.size());
  for (size_t i = 0; i < a.batches.size(); ++i) {
    EXPECT_EQ(a.batches[i].loss, b.batches[i].loss) << "batch " << i;
    EXPECT_EQ(a.batches[i].accuracy, b.batches[i].accuracy) << "batch " << i;
  }
  auto model_a = train::load_run_model(a.dir, "last", "cuda");
  auto model_b = train::load_run_model(b.dir, "last", "cuda");
  auto pb = model_b.net->named_parameters();
  for (const auto& item : model_a.net->named_parameters())
    EXPECT_TRUE(torch::equal(item.value(), pb[item.key()])) << item.key();
  EXPECT_EQ(a.epochs.back().val_accuracy, b.epochs.back().val_accuracy);
}

// Without it cuDNN's autotuner may pick other algorithms after the resume, whose sums round
// differently: the stated tolerance is 3 points of test accuracy and 10% of the last epoch's
// training loss.
TEST_F(Cuda, ResumeIsCloseWithoutDeterministic) {
  auto straight = fashion_config(runs_, "straight");
  straight.train_limit = 4096;
  straight.epochs = 2;
  ASSERT_EQ(train_run(straight).state, train::RunState::Finished);
  auto interrupted = straight;
  interrupted.name = "interrupted";
  train_interrupted(interrupted, 1, 5);
  const auto a = runs::read_run((runs_ / "straight").string());
  const auto b = runs::read_run((runs_ / "interrupted").string());
  ASSERT_EQ(a.epochs.size(), b.epochs.size());
  EXPECT_NEAR(a.epochs.back().val_accuracy, b.epochs.back().val_accuracy, 0.03);
  EXPECT_NEAR(a.epochs.back().train_loss, b.epochs.back().train_loss,
              0.1 * a.epochs.back().train_loss);
}

// A checkpoint saved from the GPU loads back onto it: parameters, buffers and Adam's moments
// on the device, channels-last, equal to the saved ones, and the next step is the same.
TEST_F(Cuda, CheckpointLoadsOntoTheDevice) {
  set_deterministic(true);
  nn::ModelOptions options;
  options.width = 0.25;
  options.batch_norm = true;
  options.in_channels = 1;
  options.input_size = 28;
  auto place = [&](uint64_t seed) {
    torch::manual_seed(seed);
    nn::ConvNet net(options);
    net->to(gpu_);
    net->use_channels_last();
    return net;
  };
  train::RunConfig config;
  config.optimizer = train::OptimizerKind::Adam;
  auto step = [&](nn::ConvNet& net, torch::optim::Optimizer& optimizer) {
    torch::manual_seed(7);
    const auto images = nn::in_model_layout(torch::rand({32, 1, 28, 28}, gpu_));
    const auto labels = torch::arange(32, torch::TensorOptions(gpu_).dtype(torch::kLong)) % 10;
    optimizer.zero_grad();
    torch::nn::functional::cross_entropy(net->forward(images), labels).backward();
    optimizer.step();
  };
  auto source = place(1);
  auto source_optimizer = train::make_optimizer(config, source->parameters());
  step(source, *source_optimizer);
  const std::string path = (runs_ / "last.pt").string();
  train::save_checkpoint(path, *source, source_optimizer.get(), {}, {});

  auto loaded = place(2);
  auto loaded_optimizer = train::make_optimizer(config, loaded->parameters());
  train::load_checkpoint(path, *loaded, loaded_optimizer.get(), nullptr);
  auto saved = source->named_parameters();
  for (const auto& item : loaded->named_parameters()) {
    expect_on(item.value(), gpu_, item.key());
    if (item.value().dim() == 4) {
      EXPECT_TRUE(item.value().is_contiguous(torch::MemoryFormat::ChannelsLast)) << item.key();
    }
    EXPECT_TRUE(torch::equal(item.value(), saved[item.key()])) << item.key();
  }
  for (const auto& item : loaded->named_buffers()) expect_on(item.value(), gpu_, item.key());
  int64_t states = 0;
  train::visit_optimizer_state(*loaded_optimizer,
                               [&](const torch::Tensor& parameter, torch::Tensor& state) {
                                 ++states;
                                 expect_on(state, gpu_, "optimizer state");
                                 EXPECT_EQ(state.strides(), parameter.strides());
                               });
  EXPECT_EQ(states, 2 * static_cast<int64_t>(loaded->parameters().size()));
  step(source, *source_optimizer);
  step(loaded, *loaded_optimizer);
  for (const auto& item : loaded->named_parameters())
    EXPECT_TRUE(torch::equal(item.value(), saved[item.key()])) << item.key() << " after a step";
}

// Evaluation, prediction, LSUV and the explain computations of a run loaded onto the GPU run
// there, and agree with the same computations on the CPU.
TEST_F(Cuda, EvalPredictLsuvAndExplainRunOnTheDevice) {
  auto config = fashion_config(runs_, "small");
  config.train_limit = 4096;
  config.epochs = 1;
  const auto outcome = train_run(config);
  ASSERT_EQ(outcome.state, train::RunState::Finished) << outcome.reason.english();

  auto on_gpu = train::load_run_model(outcome.run_dir, "best", "cuda");
  auto on_cpu = train::load_run_model(outcome.run_dir, "best", "cpu");
  for (const auto& item : on_gpu.net->named_parameters()) expect_on(item.value(), gpu_, item.key());
  expect_on(on_gpu.augmenter->fit().mean, gpu_, "normalization mean");

  const auto gpu_eval = train::evaluate_on_test_split(on_gpu, 1000);
  const auto cpu_eval = train::evaluate_on_test_split(on_cpu, 1000);
  EXPECT_EQ(gpu_eval.count, 1000);
  EXPECT_NEAR(gpu_eval.accuracy, cpu_eval.accuracy, 0.01);
  EXPECT_NEAR(gpu_eval.loss, cpu_eval.loss, 0.02 * cpu_eval.loss + 1e-3);

  const auto splits = data::load_dataset(data::DatasetKind::FashionMnist, config.data_dir);
  const auto images = splits.test.images.narrow(0, 0, 64);  // uint8 on the CPU, as from files
  const auto gpu_top = explain::predict(on_gpu, images, 3);
  const auto cpu_top = explain::predict(on_cpu, images, 3);
  ASSERT_EQ(gpu_top.size(), 64u);
  int agree = 0;
  for (size_t i = 0; i < gpu_top.size(); ++i) agree += gpu_top[i][0].index == cpu_top[i][0].index;
  EXPECT_GE(agree, 62);

  // The explain views on one preprocessed image, on the device.
  auto& net = *on_gpu.net;
  const auto input = nn::in_model_layout(on_gpu.augmenter->preprocess(images.narrow(0, 0, 1)));
  expect_on(input, gpu_, "network input");
  const auto saliency = explain::class_saliency(net, input, 0, explain::BackpropRule::Guided);
  expect_on(saliency, gpu_, "guided backpropagation");
  EXPECT_EQ(saliency.sizes(), input.sizes());
  EXPECT_TRUE(torch::isfinite(saliency).all().item<bool>());
  EXPECT_GT(saliency.abs().sum().item<double>(), 0.0);
  const auto maps = explain::class_activation_maps(net, input);
  expect_on(maps, gpu_, "class activation maps");
  EXPECT_TRUE(torch::allclose(maps.mean({2, 3}), net.forward(input), 1e-3, 1e-4));
  EXPECT_FALSE(explain::layer_activations(net, input).empty());
  EXPECT_GT(explain::layer_filters(net, 0).patches.numel(), 0);

  // LSUV on a fresh model and a batch, both on the device.
  torch::manual_seed(3);
  nn::ConvNet fresh(on_gpu.config.model);
  fresh->to(gpu_);
  fresh->use_channels_last();
  const auto batch = on_gpu.augmenter->preprocess(splits.train.images.narrow(0, 0, 256));
  init::LsuvOptions lsuv;
  const auto trace = init::lsuv_initialize(*fresh, batch, lsuv);
  for (const auto& layer : trace.layers) {
    if (!layer.skipped) {
      EXPECT_TRUE(layer.converged) << layer.layer;
    }
  }
  for (const auto& parameter : fresh->parameters()) expect_on(parameter, gpu_, "LSUV weights");
}

// The dataset lives on the device; batching, augmentation and a training step copy nothing
// between host and device and read nothing back (the Trainer reads its metrics once per
// --metrics-every batches, not counted here).
TEST_F(Cuda, BatchingAndAugmentationStayOnTheDevice) {
  auto splits = data::load_dataset(data::DatasetKind::FashionMnist, ALLCNN_FASHION_MNIST_DIR);
  const auto train = splits.train.head(8192).to(gpu_);
  expect_on(train.images, gpu_, "dataset images");
  data::AugmentOptions options;
  options.transforms.set(data::Augmentation::Normalize, true);
  options.transforms.set(data::Augmentation::Shift, true);
  options.transforms.set(data::Augmentation::Flip, true);
  const data::Augmenter augmenter(options, train, gpu_);
  nn::ModelOptions model;
  model.width = 0.25;
  model.in_channels = 1;
  model.input_size = 28;
  nn::ConvNet net(model);
  net->to(gpu_);
  net->use_channels_last();
  train::RunConfig config;
  auto optimizer = train::make_optimizer(config, net->parameters());
  data::Batcher batcher(train, 128, /*shuffle=*/true, 1);
  data::Batch batch;
  batcher.next(batch);  // the first batch warms up the allocator and cuDNN

  const TransferCounter counter;
  int batches = 0;
  while (batches < 20 && batcher.next(batch)) {
    expect_on(batch.images, gpu_, "batch images");
    expect_on(batch.labels, gpu_, "batch labels");
    const auto inputs = nn::in_model_layout(augmenter.apply(batch.images, true));
    expect_on(inputs, gpu_, "augmented batch");
    optimizer->zero_grad();
    torch::nn::functional::cross_entropy(net->forward(inputs), batch.labels).backward();
    optimizer->step();
    ++batches;
  }
  EXPECT_EQ(batches, 20);
  EXPECT_EQ(counter.count(), 0) << "host<->device copies or reads in " << batches << " batches";
  torch::cuda::synchronize();
}

// --device cuda:N picks device N; a device that does not exist is refused by name.
TEST_F(Cuda, DeviceIndexPicksTheDevice) {
  const auto count = static_cast<int>(torch::cuda::device_count());
  EXPECT_EQ(choose_device("cuda:0"), gpu_);
  EXPECT_EQ(choose_device("cuda:" + std::to_string(count - 1)),
            torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(count - 1)));
  try {
    choose_device("cuda:" + std::to_string(count));
    ADD_FAILURE() << "cuda:" << count << " was accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("device"), std::string::npos) << e.what();
  }
  EXPECT_EQ(available_devices().size(), static_cast<size_t>(count) + 1);
}

// The driver names the device, and its memory in use grows by what LibTorch holds on it.
TEST_F(Cuda, TheDriverNamesTheGpuAndItsMemoryInUse) {
  const auto info = gpu_info(0);
  ASSERT_TRUE(info) << "libcuda.so.1 gives no name for device 0";
  EXPECT_FALSE(info->name.empty());
  EXPECT_GT(info->total_bytes, uint64_t{1} << 30);
  const std::string described = describe_device(gpu_);
  EXPECT_NE(described.find(info->name), std::string::npos) << described;
  std::cout << "[ INFO     ] " << described << "\n";
  const auto before = gpu_memory_used(0);
  ASSERT_TRUE(before) << "NVML (libnvidia-ml.so.1) gives no memory in use";
  auto held = torch::empty({int64_t{1} << 28}, torch::TensorOptions(gpu_).dtype(torch::kFloat32));
  torch::cuda::synchronize();
  const auto after = gpu_memory_used(0);
  ASSERT_TRUE(after);
  EXPECT_GE(*after, *before + (uint64_t{1} << 30) * 9 / 10) << "1 GiB more should be in use";
}

// A sweep on a machine with two GPUs trains two runs at once, one on each (sweep_lanes).
TEST_F(Cuda, TwoGpusTrainTwoRunsAtOnce) {
  if (torch::cuda::device_count() < 2)
    GTEST_SKIP() << "needs two CUDA GPUs; this machine has " << torch::cuda::device_count();
  std::vector<config::GroupRun> runs(2);
  for (int i = 0; i < 2; ++i) {
    auto& config = runs[static_cast<size_t>(i)].config;
    config = fashion_config(runs_, "gpu" + std::to_string(i));
    config.train_limit = 4096;
    config.epochs = 1;
    config.device = DeviceSpec{};  // auto: the sweep's lanes decide
  }
  const auto lanes = train::sweep_lanes(runs);
  ASSERT_EQ(lanes.size(), torch::cuda::device_count());
  train::RunControl control;
  const auto results = train::run_sweep(runs, control, {}, lanes);
  ASSERT_EQ(results.size(), 2u);
  std::vector<std::string> devices;
  for (const auto& result : results) {
    ASSERT_EQ(result.state, train::RunState::Finished) << result.reason.english();
    devices.push_back(runs::read_run(result.run_dir).provenance.device.substr(0, 6));
  }
  std::sort(devices.begin(), devices.end());
  EXPECT_EQ(devices, (std::vector<std::string>{"cuda:0", "cuda:1"}));
}

}  // namespace
