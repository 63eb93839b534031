#include "train/run_model.h"

#include <filesystem>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "common/device.h"
#include "common/error.h"
#include "runs/run_folder.h"
#include "train/evaluate.h"

namespace allcnn::train {

namespace {

// The class names the run recorded (every run since image folders can be trained); older runs
// of a built-in dataset get that dataset's.
std::vector<std::string> recorded_class_names(const runs::RunFolder& folder,
                                              const RunConfig& config) {
  auto names = config::read_provenance(folder.read_config()).class_names;
  if (!names.empty()) return names;
  const auto kind = config.dataset.value_or(data::default_dataset_kind());
  if (kind == data::DatasetKind::Folder)
    throw Error(folder.path(runs::kConfigFile),
                "names no class_names for its image-folder dataset");
  return data::class_names(kind);
}

}  // namespace

RunModel load_run_model(const std::string& run_dir, const std::string& which,
                        const std::string& device) {
  const auto checkpoint = runs::checkpoint_from_string(which);
  const auto folder = runs::RunFolder::open(run_dir);
  RunModel model;
  model.config = load_config(folder.path(runs::kConfigFile));
  model.device = choose_device(device);
  model.class_names = recorded_class_names(folder, model.config);
  // Placed as in training (device, channels-last), then loaded into.
  model.net = nn::ConvNet(model.config.model);
  model.net->to(model.device);
  model.net->use_channels_last();
  model.checkpoint_path = folder.checkpoint_path(checkpoint);
  if (!std::filesystem::exists(model.checkpoint_path)) {
    const bool has_last = std::filesystem::exists(folder.checkpoint_path(runs::Checkpoint::Last));
    throw Error(run_dir, checkpoint == runs::Checkpoint::Best && has_last
                             ? "has no 'best' checkpoint yet: no epoch has finished (the "
                               "'last' checkpoint has the weights trained so far)"
                             : "has no checkpoint yet: it stopped before its initialization "
                               "finished; resume it to train");
  }
  data::AugmentFit fit;
  model.position = load_checkpoint(model.checkpoint_path, *model.net, nullptr, &fit);
  model.net->eval();
  model.augmenter = std::make_unique<data::Augmenter>(model.config.augment, fit, model.device);
  return model;
}

metrics::Evaluation evaluate_on_test_split(RunModel& model, int64_t limit) {
  const auto kind = model.config.dataset.value_or(data::default_dataset_kind());
  auto splits = data::load_dataset(kind, model.config.data_dir, model.config.folder);
  const auto test = limit > 0 ? splits.test.head(limit) : splits.test;
  return *evaluate(*model.net, test, *model.augmenter, model.device,
                   evaluation_batch_size(model.device));
}

}  // namespace allcnn::train
