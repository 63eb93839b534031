// TrainPage: the Download button under the dataset field (built with core/fetch only).
#include "common/error.h"
#include "download_dialog.h"
#include "engine_text.h"
#include "fetch/dataset_catalog.h"
#include "log_panel.h"
#include "setting_editor.h"
#include "settings_form.h"
#include "train_page.h"

namespace allcnn::ui {

QStringList TrainPage::downloadable_datasets() {
  QStringList names;
  for (const auto& name : fetch::downloadable_datasets()) names << QString::fromStdString(name);
  return names;
}

void TrainPage::download_dataset(const QString& name) {
  fetch::DatasetDownload dataset;
  try {
    dataset = fetch::dataset_download(name.toStdString());
  } catch (const Error& e) {
    report_error(QString::fromStdString(e.subject()), engine_text(e.message()));
    return;
  }
  // Into the user's data folder, where training looks when the folder field is empty.
  auto* dialog = new DownloadDialog(std::move(dataset), QString(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &DownloadDialog::downloaded, this, [this, name](const QString& dir) {
    log_->add(tr("%1 is ready in %2").arg(name, dir));
    // A folder typed for the dataset would hide the download: point it there instead.
    if (SettingEditor* folder = form_->editor(QStringLiteral("data_dir"));
        folder && !folder->text().trimmed().isEmpty())
      folder->set_text(dir);
    form_->refresh_dataset_hint();
  });
  connect(dialog, &DownloadDialog::failed, this, [this, name](const QString& reason) {
    log_->add(tr("Downloading %1: %2").arg(name, reason), LogPanel::Level::Error);
  });
  dialog->open();
}

}  // namespace allcnn::ui
