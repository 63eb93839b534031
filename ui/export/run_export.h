#pragma once

#include <QString>
#include <QStringList>

namespace allcnn::ui {

/// What File > Export run... asks for; empty paths mean the defaults (<run>/export/...).
struct ExportRequest {
  QString run_dir;
  QString checkpoint = QStringLiteral("best");  ///< "best" or "last"
  bool torchscript = true;
  QString torchscript_file;
  bool tensorboard = true;
  QString tensorboard_dir;
};

struct ExportResult {
  QStringList written;  ///< the files made, in request order
  QString error;        ///< empty when everything was written
};

/// Writes the exports of `request` with core's exporters (exporting::export_torchscript,
/// export_tensorboard). Loads the model and the run's CSVs, so it takes a moment: call it on a
/// worker thread. Never throws; a failure is in the result, with what was written before it.
ExportResult export_run(const ExportRequest& request);

}  // namespace allcnn::ui
