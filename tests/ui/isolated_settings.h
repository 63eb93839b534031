// Shared by the gui tests: keeps QSettings, the data and the cache folders of a test away from
// the user's own, and from earlier runs of the same test.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace allcnn::ui::testing {

/// Test mode for QStandardPaths and QSettings under the test's own application name, with
/// XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME inside `temp_dir`; the settings start empty
/// (test mode keeps them in ~/.qttest from run to run). Call from initTestCase().
inline void isolate_user_files(const QString& test_name, const QString& temp_dir) {
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName(QStringLiteral("allcnn-workbench-tests"));
  QCoreApplication::setApplicationName(test_name);
  qputenv("XDG_CONFIG_HOME", (temp_dir + QStringLiteral("/config")).toUtf8());
  qputenv("XDG_DATA_HOME", (temp_dir + QStringLiteral("/data")).toUtf8());
  qputenv("XDG_CACHE_HOME", (temp_dir + QStringLiteral("/cache")).toUtf8());
  QSettings().clear();
}

}  // namespace allcnn::ui::testing
