// MainWindow: remembering the configuration and layout, config files, exporting chart data.
#include <QFileDialog>
#include <QSettings>

#include "banner.h"
#include "chart_panel.h"
#include "config_panel.h"
#include "core_bridge.h"
#include "log_panel.h"
#include "main_window.h"
#include "training_controller.h"

namespace allcnn::ui {

void MainWindow::restore_settings() {
  QSettings store;
  restoreGeometry(store.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(store.value(QStringLiteral("window/state")).toByteArray());
  config_->set_settings(load_run_settings(store, default_run_settings()));
}

void MainWindow::save_settings() const {
  QSettings store;
  store.setValue(QStringLiteral("window/geometry"), saveGeometry());
  store.setValue(QStringLiteral("window/state"), saveState());
  RunSettings settings;
  // A field that does not parse keeps its last good value rather than blocking the save.
  config_->read(settings);
  save_run_settings(settings, store);
}

bool MainWindow::load_config(const QString& path) {
  RunSettings settings = default_run_settings();
  if (const auto error = load_config_file(path, settings)) {
    report_error(error->flag.isEmpty() ? path : error->flag, error->message);
    return false;
  }
  config_->clear_errors();
  config_->set_settings(settings);
  log_->add(tr("Configuration read from %1").arg(path));
  return true;
}

void MainWindow::open_config() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open configuration"), QString(), tr("Run configurations (*.json);;All files (*)"));
  if (!path.isEmpty()) load_config(path);
}

void MainWindow::save_config_as() {
  RunSettings settings;
  if (const auto error = config_->read(settings)) {
    report_error(error->flag, error->message);
    return;
  }
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Save configuration"), QStringLiteral("config.json"),
                                   tr("Run configurations (*.json)"));
  if (path.isEmpty()) return;
  if (const auto error = save_config_file(path, settings))
    report_error(error->flag, error->message);
  else
    log_->add(tr("Configuration saved to %1").arg(path));
}

void MainWindow::export_series() {
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export chart data"), QStringLiteral("series.csv"), tr("CSV files (*.csv)"));
  if (path.isEmpty()) return;
  if (charts_->store().export_csv(path))
    log_->add(tr("Every raw point written to %1").arg(path));
  else
    report_error(path, tr("cannot write the file"));
}

}  // namespace allcnn::ui
