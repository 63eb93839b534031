#pragma once

#include <map>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "common/error.h"
#include "config/provenance.h"
#include "config/setting_changes.h"

namespace allcnn::train {
struct RunConfig;
}

namespace allcnn::cli {

/// The flags of settings-table rows on a subcommand, generated from the table: each row's flag
/// (--no-X too for true/false settings), help, default, range and unit, in its group's section
/// of --help. The texts given are kept as they are and parsed by the table's one parser when
/// applied, so the CLI, the form and config.json accept and reject exactly the same values.
/// Register before parsing; keep the object alive until the command's callback has run.
class SettingFlags {
 public:
  /// Every row the table shows on the command line.
  void add_all(CLI::App& command);
  /// These rows only, by key (hidden rows too, e.g. summary's in_channels).
  void add(CLI::App& command, const std::vector<std::string>& keys);

  /// The flags given, as changes by key, in table order.
  config::SettingChanges given() const;
  /// Parses the flags given into `config` and checks the range and rules of every row added
  /// here; throws allcnn::Error naming the flag.
  void apply(train::RunConfig& config) const;
  /// Whether any flag of these rows was given.
  bool any_given() const { return !texts_.empty(); }

 private:
  void add_row(CLI::App& command, const std::string& key);
  std::vector<std::string> keys_;
  std::map<std::string, std::string> texts_;
};

/// The --config FILE option of a command that takes a run's settings from a file, into `path`.
void add_config_option(CLI::App& command, std::string& path);
/// The settings of `path` (a JSON file with config.json's keys; the defaults when empty) with
/// the flags given on top. Throws allcnn::Error naming the file or the key.
train::RunConfig config_with_flags(const std::string& path, const SettingFlags& flags);
/// The group a config file names (its "group" object, as a run folder's config.json and the
/// run files of `allcnn sweep --slurm` have it), so that a run trained from it is one of that
/// group's; empty without one (and for an empty path).
config::GroupTag group_in_config(const std::string& path);

/// `error` as the CLI shows it: a setting's key becomes its flag ("lr: ..." -> "--lr: ...").
Error with_flag(const Error& error);

}  // namespace allcnn::cli
