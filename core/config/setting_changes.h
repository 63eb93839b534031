#pragma once

#include <string>
#include <vector>

namespace allcnn::train {
struct RunConfig;
}

namespace allcnn::config {

/// One setting as a front end collected it, by key and as text ("epochs" -> "12"): a flag on
/// the command line, a field of the form, a line of a resume dialog.
struct SettingChange {
  std::string key;
  std::string text;
};
using SettingChanges = std::vector<SettingChange>;

/// Parses each change into `config` with its row's parser, in order. Throws allcnn::Error(key,
/// reason) for an unknown key or text that does not parse; ranges are validate()'s job.
void apply_changes(train::RunConfig& config, const SettingChanges& changes);

/// The same for a run that continues from its checkpoint: only the resumable settings (more
/// epochs, the device, the threads, the metrics interval) may change; any other is an
/// allcnn::Error(key, "cannot change when a run is resumed").
void apply_resume_changes(train::RunConfig& config, const SettingChanges& changes);

/// The flags that give `changes` to `allcnn train`, in order: "--key=text" by each row's flag,
/// a Bool's "--key" or "--no-key". For a front end that hands its settings to the CLI (the
/// workbench's other ranks of a resumed data-parallel run). Throws allcnn::Error(key, reason)
/// for an unknown key or a Bool's text that is not true or false.
std::vector<std::string> cli_arguments(const SettingChanges& changes);

}  // namespace allcnn::config
