#pragma once

#include "config/run_config.h"

class QSettings;

namespace allcnn::ui {

/// Keeps the form's settings between sessions: each setting the form shows but the run name,
/// under its key in the group "run", as the settings table formats it.
void save_run_config(const train::RunConfig& config, QSettings& store);
/// What save_run_config() wrote, parsed by the table; a setting that is missing or no longer
/// parses (written by an older version, edited by hand) keeps its default.
train::RunConfig load_run_config(QSettings& store);

}  // namespace allcnn::ui
