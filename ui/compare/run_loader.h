#pragma once

#include <QList>
#include <QString>

#include "run_data.h"

namespace allcnn::ui::compare {

/// Reads a run folder through core's reader. Never throws: a folder that cannot be read comes
/// back with state "unreadable" and `error` saying why (config.json missing while a run is being
/// created, a malformed CSV line, ...). Any thread; no Qt objects are touched.
RunData load_run_folder(const QString& dir);

/// Reads a Keras history CSV as a read-only run. Never throws; see load_run_folder.
RunData load_keras_history(const QString& path);

/// Writes the runs' metrics (raw values, every metric they have) as one long-form CSV:
/// run,metric,step,epoch,wall_time,value. Returns an empty string on success, else why not.
QString export_long_csv(const QList<RunData>& runs, const QString& path);

}  // namespace allcnn::ui::compare
