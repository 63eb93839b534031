// The Trainer's set-up steps: everything before the first batch of a session.

#include <filesystem>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/allocator.h"
#include "common/device.h"
#include "common/error.h"
#include "common/memory.h"
#include "common/torch_compat.h"
#include "config/settings_table.h"
#include "data/validation_split.h"
#include "init/initializers.h"
#include "train/optimizer.h"
#include "train/trainer_state.h"

namespace allcnn::train {

namespace fs = std::filesystem;

void Trainer::State::prepare(bool fresh) {
  config.validate();
  configure_execution();
  load_data();
  build_model(fresh);
}

void Trainer::State::configure_execution() {
  tune_allocator_for_training();
  if (config.threads > 0)
    torch::set_num_threads(config.threads);
  else
    torch::set_num_threads(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
  device = choose_device(config.device);
  // Fixed input shapes: let cuDNN time its algorithms once and keep the fastest, unless the
  // run must be reproducible (the autotuner may pick another algorithm each time).
  set_deterministic(config.deterministic);
  if (device.is_cuda()) set_cudnn_benchmark(!config.deterministic);
  metrics_every = config.metrics_interval(device.is_cuda());
}

void Trainer::State::load_data() {
  const auto kind = config.dataset.value_or(data::default_dataset_kind());
  config.data_dir = data::resolve_dataset_dir(kind, config.data_dir);
  config.dataset = kind;
  tell(MessageCode::LoadingData, config::choice_name(kind), config.data_dir);
  data::LoadCallbacks load;
  load.on_message = callbacks.on_message;
  load.on_progress = callbacks.on_load_progress;
  auto splits = data::load_dataset(kind, config.data_dir, config.folder, load);
  // train_limit first, then the validation split out of those images: a quick run on 2000
  // images with --validation 0.1 trains on 1800 and validates on 200.
  const auto limited =
      config.train_limit > 0 ? splits.train.head(config.train_limit) : splits.train;
  const int64_t held_out = config.validation_count(limited.size());
  auto split = data::split_validation(limited, held_out, config.seed);
  train = std::move(split.train);
  validation = std::move(split.validation);
  if (held_out > 0)
    tell(MessageCode::ValidationHeldOut, held_out, limited.size(), config.seed);
  else
    tell(MessageCode::EvaluatingOnTest);
  test = config.test_limit > 0 ? splits.test.head(config.test_limit) : splits.test;
  if (!device.is_cpu()) {
    // The whole uint8 dataset lives on the GPU (CIFAR-10: 150 MB): batching, augmentation and
    // evaluation then never wait for a host transfer.
    tell(MessageCode::CopyingData, device.str());
    train = train.to(device);
    if (held_out > 0) validation = validation.to(device);
    test = test.to(device);
  }
}

void Trainer::State::build_model(bool fresh) {
  config.model.in_channels = train.channels();
  config.model.input_size = train.height();
  config.model.classes = static_cast<int64_t>(train.class_names.size());
  net = nn::ConvNet(config.model);
  if (device.is_cpu()) check_memory();
  net->to(device);
  net->use_channels_last();
  optimizer = make_optimizer(config, net->parameters());
  batcher =
      std::make_unique<data::Batcher>(train, config.batch_size, /*shuffle=*/true, config.seed);
  batches_per_epoch = batcher->batches_per_epoch();
  if (process_group) {
    const int world = process_group->world_size();
    if (config.batch_size < world)
      throw Error("batch_size",
                  message(MessageCode::DistBatchBelowWorld, config.batch_size, world));
    batcher->set_shard(process_group->rank(), world);
  }
  if (fresh) {
    tell(MessageCode::FittingPreprocessing, config::setting("augment").format(config));
    augmenter = std::make_unique<data::Augmenter>(config.augment, train, device);
  }
}

void Trainer::State::check_memory() {
  // The outputs every layer keeps for the backward pass, and their gradients, in float32; the
  // weights and the dataset are small beside them (and the dataset is loaded already).
  int64_t per_image = 0;
  for (const auto& layer : net->describe()) {
    int64_t values = 1;
    for (const auto size : layer.output_shape) values *= size;
    per_image += values;
  }
  const double bytes_per_image = 2.0 * sizeof(float) * static_cast<double>(per_image);
  const int64_t batch = std::min<int64_t>(config.batch_size, train.size());
  const double needed = bytes_per_image * static_cast<double>(batch);
  const int64_t available = available_memory_bytes();
  if (available <= 0 || needed <= static_cast<double>(available)) return;
  const auto fits = static_cast<int64_t>(static_cast<double>(available) / bytes_per_image);
  throw Error("batch_size", message(MessageCode::BatchTooLarge, batch, memory_text(needed),
                                    config::choice_name(config.model.arch),
                                    config::setting("width").format(config),
                                    config.model.input_size, memory_text(available), fits));
}

void Trainer::State::create_folder() {
  folder = runs::RunFolder::create(config.runs_dir, config.name, automatic_name());
  lock.emplace(runs::RunLock::acquire(folder));
  folder.write_status(config::choice_name(RunState::Running));  // names this process
  config.name = folder.name();
  folder.write_config(config, provenance());
  writer = std::make_unique<runs::RunWriter>(folder, -1, -1, evaluated_split());
}

config::Provenance Trainer::State::provenance() const {
  config::Provenance provenance;
  provenance.torch_version = torch_version_string();
  provenance.device = describe_device(device);
  provenance.parameters = net->parameter_count();
  provenance.learning_rate = config.base_learning_rate();
  provenance.class_names = train.class_names;  // an image folder's come from its folder names
  provenance.group = group;
  return provenance;
}

std::string Trainer::State::automatic_name() const {
  return config::choice_name(config.model.arch) + "-" + config::choice_name(config.init) + "-" +
         config::choice_name(config.optimizer);
}

void Trainer::State::open_checkpoint() {
  const auto last = folder.checkpoint_path(runs::Checkpoint::Last);
  if (!fs::exists(last)) {
    // Stopped before its initialization was saved: nothing was trained, so starting again
    // from step 0 (same seed) computes exactly what the run would have.
    if (records()) folder.clear_records();
    augmenter = std::make_unique<data::Augmenter>(config.augment, train, device);
    needs_init = true;
    if (records()) writer = std::make_unique<runs::RunWriter>(folder, -1, -1, evaluated_split());
    tell(MessageCode::NoCheckpointYet);
    return;
  }
  data::AugmentFit fit;
  position = load_checkpoint(last, *net, optimizer.get(), &fit);
  // Checked before the writer drops the rows written after the checkpoint: a refused resume
  // leaves the folder as it was.
  const int64_t started = position.epoch + (position.batch > 0 ? 1 : 0);
  if (config.epochs < started)
    throw Error("epochs", message(position.batch > 0 ? MessageCode::EpochsBelowStarted
                                                     : MessageCode::EpochsBelowDone,
                                  started));
  augmenter = std::make_unique<data::Augmenter>(config.augment, fit, device);
  needs_init = false;
  // Data-parallel, rank 0 alone drops the rows written after the checkpoint and writes on.
  if (records())
    writer =
        std::make_unique<runs::RunWriter>(folder, position.step, position.epoch, evaluated_split());
  tell(MessageCode::ResumingAt, position.epoch + 1, position.batch + 1);
}

bool Trainer::State::initialize(const std::atomic<bool>& stop) {
  torch::manual_seed(config.seed);
  if (!config.weights.empty()) {
    tell(MessageCode::LoadingWeights, config.weights);
    load_checkpoint(config.weights, *net, nullptr, nullptr);
    return true;
  }
  init::initialize(*net, config.init, config.init_std);
  if (config.init != init::InitKind::Lsuv) return true;
  tell(MessageCode::LsuvStarting, config.lsuv.batch_size);
  data::Batcher lsuv_batcher(train, config.lsuv.batch_size, /*shuffle=*/true, config.seed + 1);
  data::Batch batch;
  lsuv_batcher.next(batch);
  // One augmented batch, as the original LSUV code used.
  const auto trace =
      init::lsuv_initialize(*net, augmenter->apply(batch.images, true), config.lsuv, &stop);
  if (trace.stopped) return false;
  if (writer) writer->write_lsuv(trace);  // a learning-rate range test has no writer
  if (callbacks.on_lsuv) callbacks.on_lsuv(trace);
  tell(MessageCode::LsuvDone, static_cast<int>(trace.elapsed_ms));
  return true;
}

void Trainer::State::measure_drift(int64_t epoch) {
  if (config.drift_every <= 0 || !writer) return;
  if (epoch >= 0 && (epoch + 1) % config.drift_every != 0) return;
  if (!probe.defined()) {
    const auto count = std::min<int64_t>(config.lsuv.batch_size, train.size());
    probe = augmenter->preprocess(train.images.narrow(0, 0, count));
  }
  writer->append_drift(epoch, init::measure_layers(*net, probe));
}

}  // namespace allcnn::train
