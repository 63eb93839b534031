// TrainPage: the remembered configuration, config files, exporting the chart data.
#include <fstream>

#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

#include "chart_panel.h"
#include "common/error.h"
#include "engine_text.h"
#include "log_panel.h"
#include "remembered_settings.h"
#include "settings_form.h"
#include "train_page.h"

namespace allcnn::ui {

void TrainPage::restore_settings() {
  QSettings store;
  train::RunConfig config = load_run_config(store);
  // Core's default, "runs", is relative to wherever the program was started (the home folder
  // from a desktop launcher): the workbench keeps its runs in the user's data folder instead.
  if (config.runs_dir == train::RunConfig{}.runs_dir) {
    config.runs_dir = default_runs_dir().toStdString();
    QDir().mkpath(default_runs_dir());  // the compare page lists it from the start
  }
  form_->set_config(config);
  form_->set_processes(store.value(QStringLiteral("train/processes"), 1).toInt());
}

QString TrainPage::default_runs_dir() {
  return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
         QStringLiteral("/runs");
}

void TrainPage::save_settings() const {
  QSettings store;
  // A field that does not parse keeps its last good value rather than blocking the save.
  save_run_config(form_->current(), store);
  store.setValue(QStringLiteral("train/processes"), form_->processes());
}

QString TrainPage::runs_dir() const { return QString::fromStdString(form_->current().runs_dir); }

bool TrainPage::load_config(const QString& path) {
  try {
    const train::RunConfig config = train::load_config(path.toStdString());
    form_->clear_errors();
    form_->set_config(config);
  } catch (const Error& e) {
    report_error(QString::fromStdString(e.subject()), engine_text(e.message()));
    return false;
  }
  log_->add(tr("Configuration read from %1").arg(path));
  return true;
}

void TrainPage::open_config() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open configuration"), QString(), tr("Run configurations (*.json);;All files (*)"));
  if (!path.isEmpty()) load_config(path);
}

void TrainPage::save_config_as() {
  train::RunConfig config;
  if (const QList<SettingProblem> problems = form_->read(config); !problems.isEmpty()) {
    report_problems(problems);
    return;
  }
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Save configuration"), QStringLiteral("config.json"),
                                   tr("Run configurations (*.json)"));
  if (path.isEmpty()) return;
  std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
  out << nlohmann::json(config).dump(2) << '\n';
  out.flush();
  if (!out)
    report_error(path, tr("cannot write the file"));
  else
    log_->add(tr("Configuration saved to %1").arg(path));
}

void TrainPage::export_series() {
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export chart data"), QStringLiteral("series.csv"), tr("CSV files (*.csv)"));
  if (path.isEmpty()) return;
  if (charts_->store().export_csv(path))
    log_->add(tr("Every raw point written to %1").arg(path));
  else
    report_error(path, tr("cannot write the file"));
}

}  // namespace allcnn::ui
