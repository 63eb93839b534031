#include "setting_text.h"

#include <QCoreApplication>

#include "config/setting.h"

namespace allcnn::ui {

QString setting_text(const char* text) {
  return text == nullptr || *text == '\0' ? QString()
                                          : QCoreApplication::translate("Settings", text);
}

QString setting_label(const config::Setting& row) { return setting_text(row.label()); }

QString setting_tooltip(const config::Setting& row) {
  QStringList lines;
  QString help = setting_text(row.help());
  if (!help.isEmpty()) help[0] = help[0].toUpper();
  lines << help;
  if (*row.none_means() != '\0') {
    const bool numeric =
        row.type() == config::SettingType::Integer || row.type() == config::SettingType::Real;
    lines << (numeric ? QCoreApplication::translate("Settings", "0: %1")
                      : QCoreApplication::translate("Settings", "Empty: %1"))
                 .arg(setting_text(row.none_means()));
  }
  const bool listed =
      row.type() == config::SettingType::Choice || row.type() == config::SettingType::FlagSet;
  const QString range = QString::fromStdString(row.range_text());
  if (!range.isEmpty() && !listed) {
    const QString unit = setting_text(row.unit());
    lines << QCoreApplication::translate("Settings", "Range: %1")
                 .arg(unit.isEmpty() ? range : range + QLatin1Char(' ') + unit);
  }
  const QString default_text = QString::fromStdString(row.default_text());
  if (!default_text.isEmpty())
    lines << QCoreApplication::translate("Settings", "Default: %1").arg(default_text);
  if (row.is_resumable())
    lines << QCoreApplication::translate("Settings", "May change when a run is resumed.");
  lines << QCoreApplication::translate("Settings", "config.json key: %1")
               .arg(QString::fromStdString(row.key()));
  return lines.join(QLatin1Char('\n'));
}

}  // namespace allcnn::ui
