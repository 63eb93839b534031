#include "train/run_config.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "init/initializers.h"

namespace allcnn::train {

using nlohmann::json;

double RunConfig::base_learning_rate() const {
  if (learning_rate > 0) return learning_rate;
  return optimizer == "sgd" ? 0.01 : 0.001;
}

int64_t RunConfig::metrics_interval(bool on_gpu) const {
  if (metrics_every > 0) return metrics_every;
  return on_gpu ? 50 : 1;
}

void RunConfig::validate() const {
  if (!dataset.empty()) data::dataset_kind_from_string(dataset);
  if (train_limit < 0) throw Error("--train-limit", "must be 0 (all) or a positive count");
  if (test_limit < 0) throw Error("--test-limit", "must be 0 (all) or a positive count");
  if (!(model.width > 0) || model.width > 16)
    throw Error("--width", "the width multiplier must be in (0, 16]");
  init::init_kind_from_string(init);
  if (!(init_std > 0)) throw Error("--init-std", "the Gaussian std must be positive");
  if (!(lsuv.tolerance > 0)) throw Error("--lsuv-tolerance", "must be positive");
  if (lsuv.max_iterations < 1) throw Error("--lsuv-max-iterations", "must be at least 1");
  if (lsuv_batch_size < 2) throw Error("--lsuv-batch-size", "must be at least 2");
  if (optimizer != "sgd" && optimizer != "rmsprop" && optimizer != "adam")
    throw Error("--optimizer",
                "unknown optimizer '" + optimizer + "' (expected sgd, rmsprop or adam)");
  if (learning_rate < 0) throw Error("--lr", "the learning rate must be positive (0: the default)");
  if (momentum < 0 || momentum >= 1) throw Error("--momentum", "must be in [0, 1)");
  if (nesterov && optimizer == "sgd" && momentum <= 0)
    throw Error("--nesterov", "Nesterov momentum needs a momentum above 0");
  if (weight_decay < 0) throw Error("--weight-decay", "must not be negative");
  if (rho < 0 || rho >= 1) throw Error("--rho", "must be in [0, 1)");
  if (beta1 < 0 || beta1 >= 1) throw Error("--beta1", "must be in [0, 1)");
  if (beta2 < 0 || beta2 >= 1) throw Error("--beta2", "must be in [0, 1)");
  if (!(epsilon > 0)) throw Error("--epsilon", "must be positive");
  if (schedule != "constant" && schedule != "time-decay" && schedule != "steps" &&
      schedule != "cosine")
    throw Error("--schedule", "unknown schedule '" + schedule +
                                  "' (expected constant, time-decay, steps or cosine)");
  if (decay < 0) throw Error("--decay", "must not be negative");
  if (!(gamma > 0)) throw Error("--gamma", "must be positive");
  for (size_t i = 1; i < milestones.size(); ++i)
    if (milestones[i] <= milestones[i - 1])
      throw Error("--milestones", "epochs must be increasing");
  if (warmup_epochs < 0) throw Error("--warmup-epochs", "must not be negative");
  if (augment.shift && (augment.shift_fraction <= 0 || augment.shift_fraction >= 0.5))
    throw Error("--shift-fraction", "must be in (0, 0.5)");
  if (!(augment.zca_epsilon > 0)) throw Error("--zca-epsilon", "must be positive");
  if (batch_size < 1 || batch_size > 65536) throw Error("--batch-size", "must be in [1, 65536]");
  if (epochs < 1) throw Error("--epochs", "must be at least 1");
  if (threads < 0) throw Error("--threads", "must be 0 (every core) or positive");
  if (metrics_every < 0 || metrics_every > 100000)
    throw Error("--metrics-every", "must be 0 (automatic) or a count of batches up to 100000");
  if (runs_dir.empty()) throw Error("--runs-dir", "must not be empty");
  if (name.find('/') != std::string::npos || name == "." || name == "..")
    throw Error("--name", "must be a plain folder name");
  if (checkpoint_every < 0) throw Error("--checkpoint-every", "must not be negative");
  if (drift_every < 0) throw Error("--drift-every", "must not be negative");
}

data::AugmentOptions parse_augment_list(const std::string& list) {
  data::AugmentOptions options;
  std::string item;
  std::istringstream in(list);
  while (std::getline(in, item, ',')) {
    if (item == "shift")
      options.shift = true;
    else if (item == "flip")
      options.flip = true;
    else if (item == "normalize")
      options.normalize = true;
    else if (item == "zca")
      options.zca = true;
    else if (item == "none" || item.empty())
      continue;
    else
      throw Error("--augment", "unknown augmentation '" + item +
                                   "' (expected shift, flip, normalize, zca or none)");
  }
  return options;
}

std::string augment_list(const data::AugmentOptions& options) {
  std::string list;
  auto add = [&](bool on, const char* name) {
    if (on) list += (list.empty() ? "" : ",") + std::string(name);
  };
  add(options.shift, "shift");
  add(options.flip, "flip");
  add(options.normalize, "normalize");
  add(options.zca, "zca");
  return list.empty() ? "none" : list;
}

void to_json(json& j, const RunConfig& c) {
  j = json{
      {"dataset", c.dataset},
      {"data_dir", c.data_dir},
      {"train_limit", c.train_limit},
      {"test_limit", c.test_limit},
      {"arch", nn::to_string(c.model.arch)},
      {"width", c.model.width},
      {"bn", c.model.batch_norm},
      {"dropout", c.model.dropout},
      {"in_channels", c.model.in_channels},
      {"classes", c.model.classes},
      {"input_size", c.model.input_size},
      {"init", c.init},
      {"init_std", c.init_std},
      {"lsuv_tolerance", c.lsuv.tolerance},
      {"lsuv_max_iterations", c.lsuv.max_iterations},
      {"lsuv_min_outputs", c.lsuv.min_outputs_per_sample},
      {"lsuv_layers", c.lsuv.layers},
      {"lsuv_batch_size", c.lsuv_batch_size},
      {"weights", c.weights},
      {"optimizer", c.optimizer},
      {"lr", c.learning_rate},
      {"momentum", c.momentum},
      {"nesterov", c.nesterov},
      {"weight_decay", c.weight_decay},
      {"rho", c.rho},
      {"beta1", c.beta1},
      {"beta2", c.beta2},
      {"epsilon", c.epsilon},
      {"schedule", c.schedule},
      {"decay", c.decay},
      {"milestones", c.milestones},
      {"gamma", c.gamma},
      {"warmup_epochs", c.warmup_epochs},
      {"augment", augment_list(c.augment)},
      {"shift_fraction", c.augment.shift_fraction},
      {"zca_epsilon", c.augment.zca_epsilon},
      {"batch_size", c.batch_size},
      {"epochs", c.epochs},
      {"seed", c.seed},
      {"device", c.device},
      {"threads", c.threads},
      {"bf16", c.bf16},
      {"metrics_every", c.metrics_every},
      {"runs_dir", c.runs_dir},
      {"name", c.name},
      {"checkpoint_every", c.checkpoint_every},
      {"drift_every", c.drift_every},
  };
}

namespace {

// Reads `key` into `value` when present; a value of the wrong type names the key.
template <typename T>
void read(const json& j, const char* key, T& value) {
  auto it = j.find(key);
  if (it == j.end()) return;
  try {
    value = it->get<T>();
  } catch (const json::exception&) {
    throw Error(std::string("config key '") + key + "'",
                "has the wrong type (" + std::string(it->type_name()) + ")");
  }
}

// Keys config.json carries for provenance only; accepted and ignored on input.
const char* const kProvenanceKeys[] = {
    "torch_version", "device_used",       "created",      "dataset_resolved", "data_dir_resolved",
    "parameters",    "workbench_version", "threads_used", "hostname",         "lr_used"};

}  // namespace

void from_json(const json& j, RunConfig& c) {
  if (!j.is_object()) throw Error("config", "must be a JSON object");
  json reference;
  to_json(reference, RunConfig{});
  for (const auto& item : j.items()) {
    bool known = reference.contains(item.key());
    for (const char* key : kProvenanceKeys) known = known || item.key() == key;
    if (!known) throw Error("config key '" + item.key() + "'", "is not a known setting");
  }
  read(j, "dataset", c.dataset);
  read(j, "data_dir", c.data_dir);
  read(j, "train_limit", c.train_limit);
  read(j, "test_limit", c.test_limit);
  std::string arch = nn::to_string(c.model.arch);
  read(j, "arch", arch);
  c.model.arch = nn::architecture_from_string(arch);
  read(j, "width", c.model.width);
  read(j, "bn", c.model.batch_norm);
  read(j, "dropout", c.model.dropout);
  read(j, "in_channels", c.model.in_channels);
  read(j, "classes", c.model.classes);
  read(j, "input_size", c.model.input_size);
  read(j, "init", c.init);
  read(j, "init_std", c.init_std);
  read(j, "lsuv_tolerance", c.lsuv.tolerance);
  read(j, "lsuv_max_iterations", c.lsuv.max_iterations);
  read(j, "lsuv_min_outputs", c.lsuv.min_outputs_per_sample);
  read(j, "lsuv_layers", c.lsuv.layers);
  read(j, "lsuv_batch_size", c.lsuv_batch_size);
  read(j, "weights", c.weights);
  read(j, "optimizer", c.optimizer);
  read(j, "lr", c.learning_rate);
  read(j, "momentum", c.momentum);
  read(j, "nesterov", c.nesterov);
  read(j, "weight_decay", c.weight_decay);
  read(j, "rho", c.rho);
  read(j, "beta1", c.beta1);
  read(j, "beta2", c.beta2);
  read(j, "epsilon", c.epsilon);
  read(j, "schedule", c.schedule);
  read(j, "decay", c.decay);
  read(j, "milestones", c.milestones);
  read(j, "gamma", c.gamma);
  read(j, "warmup_epochs", c.warmup_epochs);
  std::string augment = augment_list(c.augment);
  read(j, "augment", augment);
  const double shift_fraction = c.augment.shift_fraction, zca_epsilon = c.augment.zca_epsilon;
  c.augment = parse_augment_list(augment);
  c.augment.shift_fraction = shift_fraction;
  c.augment.zca_epsilon = zca_epsilon;
  read(j, "shift_fraction", c.augment.shift_fraction);
  read(j, "zca_epsilon", c.augment.zca_epsilon);
  read(j, "batch_size", c.batch_size);
  read(j, "epochs", c.epochs);
  read(j, "seed", c.seed);
  read(j, "device", c.device);
  read(j, "threads", c.threads);
  read(j, "bf16", c.bf16);
  read(j, "metrics_every", c.metrics_every);
  read(j, "runs_dir", c.runs_dir);
  read(j, "name", c.name);
  read(j, "checkpoint_every", c.checkpoint_every);
  read(j, "drift_every", c.drift_every);
}

RunConfig load_config(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(path, "cannot open the config file");
  json j;
  try {
    in >> j;
  } catch (const json::parse_error& e) {
    throw Error(path, std::string("is not valid JSON: ") + e.what());
  }
  RunConfig config;
  try {
    from_json(j, config);
  } catch (const Error& e) {
    throw Error(path, e.what());
  }
  return config;
}

}  // namespace allcnn::train
