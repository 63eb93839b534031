#include "remembered_settings.h"

#include <QSettings>

#include "common/error.h"
#include "config/settings_table.h"

namespace allcnn::ui {

void save_run_config(const train::RunConfig& config, QSettings& store) {
  store.remove(QStringLiteral("run"));  // keys of settings that no longer exist go too
  store.beginGroup(QStringLiteral("run"));
  for (const auto& row : config::settings())
    // A name is one run's: remembered, it made the first Start after a restart clash.
    if (row.in_form() && row.key() != "name")
      store.setValue(QString::fromStdString(row.key()), QString::fromStdString(row.format(config)));
  store.endGroup();
}

train::RunConfig load_run_config(QSettings& store) {
  train::RunConfig config;
  store.beginGroup(QStringLiteral("run"));
  for (const auto& row : config::settings()) {
    const QVariant stored = store.value(QString::fromStdString(row.key()));
    if (!row.in_form() || !stored.isValid()) continue;
    try {
      row.parse(config, stored.toString().toStdString());
    } catch (const Error&) {
      // Keep the default: a remembered value is a convenience, not an instruction.
    }
  }
  store.endGroup();
  return config;
}

}  // namespace allcnn::ui
