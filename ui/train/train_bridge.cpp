#include "train_bridge.h"

#include "common/device.h"
#include "config/setting.h"
#include "data/dataset.h"

namespace allcnn::ui {

QStringList device_names() {
  QStringList names{QStringLiteral("auto")};
  try {
    for (const auto& name : available_devices()) names << QString::fromStdString(name);
  } catch (const std::exception&) {
    names << QStringLiteral("cpu");
  }
  return names;
}

QStringList choices_for(const config::Setting& row) {
  if (row.key() == "device") return device_names();
  QStringList names;
  for (const auto& name : row.choices()) names << QString::fromStdString(name);
  return names;
}

QString choice_label(const config::Setting& row, const QString& value) {
  if (row.key() != "device" || !value.startsWith(QLatin1String("cuda"))) return value;
  try {
    return QString::fromStdString(describe_device(choose_device(value.toStdString())));
  } catch (const std::exception&) {
    return value;  // a device this machine lacks (a remembered choice): its name as it is
  }
}

QString found_dataset_dir(const QString& dataset) {
  const auto kind = dataset.isEmpty()
                        ? data::default_dataset_kind()
                        : config::parse_choice<data::DatasetKind>(dataset.toStdString())
                              .value_or(data::default_dataset_kind());
  return QString::fromStdString(data::find_dataset_dir(kind));
}

}  // namespace allcnn::ui
