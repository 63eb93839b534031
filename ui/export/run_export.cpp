#include "run_export.h"

#include <exception>

#include <torch/torch.h>

#include "common/error.h"
#include "engine_text.h"
#include "export/tensorboard_export.h"
#include "export/torchscript_export.h"

namespace allcnn::ui {

ExportResult export_run(const ExportRequest& request) {
  ExportResult result;
  const auto s = [](const QString& text) { return text.toStdString(); };
  try {
    if (request.torchscript)
      result.written << QString::fromStdString(exporting::export_torchscript(
          s(request.run_dir), s(request.checkpoint), s(request.torchscript_file)));
    if (request.tensorboard)
      result.written << QString::fromStdString(
          exporting::export_tensorboard(s(request.run_dir), s(request.tensorboard_dir)));
  } catch (const Error& e) {
    result.error = error_text(e);
  } catch (const c10::Error& e) {
    result.error = QString::fromStdString(e.what_without_backtrace());
  } catch (const std::exception& e) {
    result.error = QString::fromStdString(e.what());
  }
  return result;
}

}  // namespace allcnn::ui
