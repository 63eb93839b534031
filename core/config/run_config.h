#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "config/augment_options.h"
#include "config/choices.h"
#include "config/folder_options.h"
#include "config/lsuv_options.h"
#include "config/model_options.h"

namespace allcnn::train {

/// Everything that defines a run. The fields are the rows of config/run_config.def and of the
/// option structs' .def files; the settings table (config/settings_table.h) describes each one,
/// and the CLI's flags, the form, config.json and the validation are all generated from it.
/// A plain value: copy it freely between threads.
struct RunConfig {
  nn::ModelOptions model;
  init::LsuvOptions lsuv;
  data::AugmentOptions augment;
  data::FolderOptions folder;

#define ALLCNN_SETTING(type, field, default_value, ...) type field = default_value;
#include "config/run_config.def"
#undef ALLCNN_SETTING

  /// The effective learning rate (the optimizer's default when learning_rate is 0).
  double base_learning_rate() const;
  /// The images `validation` holds out of `training_images` (after train_limit): the value
  /// itself from 1 up, a fraction of them (rounded, at least 1) below 1, 0 without a split.
  int64_t validation_count(int64_t training_images) const;
  /// Whether epochs are evaluated on a held-out validation split (else on the test split).
  bool has_validation() const { return validation > 0; }
  /// The effective metrics_every on a device of this kind.
  int64_t metrics_interval(bool on_gpu) const;
  /// Checks every setting that applies against its range and rules (the table's, in table
  /// order); throws allcnn::Error(key, reason) for the first problem.
  void validate() const;
};

/// Every setting by its key, in table order.
void to_json(nlohmann::json& j, const RunConfig& config);
/// Keys missing from `j` keep their value in `config`. An unknown key is an error naming it and
/// the nearest valid key; a value of the wrong type names the key, the value and what is
/// expected; the provenance keys a run folder adds (config::provenance_keys()) are ignored.
/// Throws allcnn::Error(key, reason).
void from_json(const nlohmann::json& j, RunConfig& config);

/// Reads a config.json (or any file with its keys) on top of the defaults; throws
/// allcnn::Error(path, reason), the reason naming the key.
RunConfig load_config(const std::string& path);

}  // namespace allcnn::train
