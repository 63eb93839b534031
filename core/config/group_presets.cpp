#include "config/group_presets.h"

#include "common/error.h"
#include "config/choice.h"

namespace allcnn::config {

// All four share the original's training: batch 32, SGD with lr 0.01, time decay 1e-6,
// momentum 0.9 and Nesterov, unless the study varies it; a few epochs each, as the original
// could afford (its comparisons looked at the first 3000 batches). Their dataset is the
// default one (CIFAR-10 where found); the CLI's flags shrink a study for a quick look.
const std::vector<GroupPreset>& group_presets() {
  static const std::vector<GroupPreset> presets = {
      {"initialization", MessageCode::PresetInitialization, R"({
  "name": "initialization",
  "base": {"epochs": 3, "batch_size": 32, "optimizer": "sgd", "lr": 0.01, "momentum": 0.9,
           "nesterov": true, "schedule": "time-decay", "decay": 1e-6, "dropout": true,
           "augment": "shift,flip,zca", "shift_fraction": 0.1},
  "vary": {"init": ["lsuv", "glorot-normal", "he-uniform", "gaussian"]},
  "seeds": 1
})"},
      {"augmentation", MessageCode::PresetAugmentation, R"({
  "name": "augmentation",
  "base": {"epochs": 3, "batch_size": 32, "optimizer": "sgd", "lr": 0.01, "momentum": 0.9,
           "nesterov": true, "schedule": "time-decay", "decay": 1e-6, "init": "lsuv",
           "dropout": true, "shift_fraction": 0.1},
  "vary": {"augment": ["none", "shift", "flip", "normalize", "zca", "shift,flip",
                       "shift,flip,normalize,zca"]},
  "seeds": 1
})"},
      {"regularization", MessageCode::PresetRegularization, R"({
  "name": "regularization",
  "base": {"epochs": 3, "batch_size": 32, "optimizer": "sgd", "lr": 0.01, "momentum": 0.9,
           "nesterov": true, "schedule": "time-decay", "decay": 1e-6, "init": "lsuv",
           "augment": "shift", "shift_fraction": 0.1},
  "cases": [{"dropout": true, "bn": false}, {"dropout": false, "bn": true}],
  "seeds": 1
})"},
      // The original's optimizers at its settings: Keras' SGD (lr 0.01, decay 1e-6), RMSprop
      // (lr 0.001, rho 0, epsilon 1e-8, decay 0.001) and Adam (lr 0.001, betas 0.9/0.999,
      // epsilon 1e-8, no decay). lr 0 is each optimizer's default: exactly those rates.
      {"optimizer", MessageCode::PresetOptimizer, R"({
  "name": "optimizer",
  "base": {"epochs": 3, "batch_size": 32, "lr": 0, "momentum": 0.9, "nesterov": true,
           "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8, "schedule": "time-decay",
           "init": "lsuv", "dropout": true, "augment": "shift", "shift_fraction": 0.1},
  "cases": [{"optimizer": "sgd", "decay": 1e-6},
            {"optimizer": "rmsprop", "rho": 0, "decay": 0.001},
            {"optimizer": "adam", "decay": 0}],
  "seeds": 1
})"},
  };
  return presets;
}

Group preset_group(const std::string& name) {
  std::vector<std::string> names;
  for (const auto& preset : group_presets()) {
    if (name == preset.name) {
      Group group = group_from_text(preset.json, std::string("preset ") + name);
      group.description = message(preset.description).english();
      return group;
    }
    names.emplace_back(preset.name);
  }
  throw Error("preset", message(MessageCode::UnknownPreset, name, join_names(names, " or ")));
}

}  // namespace allcnn::config
