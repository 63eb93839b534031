#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "run_settings.h"

// Declared only: the definition pulls in torch, which stays inside core_bridge.cpp and the
// worker's .cpp.
namespace allcnn::train {
struct RunConfig;
}

namespace allcnn::ui {

/// A setting that core rejected: `flag` is the CLI flag it belongs to ("--lr"), or a file path
/// for errors about a file; `message` is core's reason.
struct SettingError {
  QString flag;
  QString message;
};

/// The choices core offers, as its own names.
/// The engine's malloc set-up for training (allcnn::tune_allocator_for_training); call first
/// thing in main(), before threads start.
void tune_allocator_for_training();

QStringList architecture_names();
QStringList init_names();
QStringList dataset_names();
/// "auto" first, then every device this process can use ("cpu", "cuda:0", ...).
QStringList device_names();
/// The folder the default dataset of `dataset` (empty: core's default) would be read from,
/// or an empty string when none is found.
QString found_dataset_dir(const QString& dataset);

/// core's RunConfig defaults as RunSettings.
RunSettings default_run_settings();
/// Converts and runs RunConfig::validate(); nothing is loaded or created.
std::optional<SettingError> validate_run_settings(const RunSettings& settings);
/// Reads a config.json (the CLI's and the run folder's format) into settings.
/// Returns the error instead when the file is unreadable or invalid.
std::optional<SettingError> load_config_file(const QString& path, RunSettings& settings);
/// Writes settings as config.json.
std::optional<SettingError> save_config_file(const QString& path, const RunSettings& settings);

/// For the worker: throws allcnn::Error (subject = the flag) for a value that cannot convert.
train::RunConfig to_run_config(const RunSettings& settings);
RunSettings from_run_config(const train::RunConfig& config);

}  // namespace allcnn::ui
