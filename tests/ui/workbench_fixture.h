// Shared by test_workbench and bench_ui: fills the workbench's form the way a user would and
// measures how long the event loop goes without running a 1 ms timer.
#pragma once

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QtTest>

#include "../common/latency_probe.h"
#include "main_window.h"
#include "setting_editor.h"
#include "settings_form.h"
#include "train_page.h"

namespace allcnn::ui::testing {

/// The short, real run the GUI tests launch: a narrow All-CNN-C on a slice of Fashion-MNIST.
struct ShortRun {
  QString runs_dir;
  int epochs = 2;
  int train_limit = 512;
  int test_limit = 512;
  int batch_size = 64;
  QString init = QStringLiteral("he-normal");
};

/// The field of a setting, by its key.
inline SettingEditor* editor(MainWindow& window, const char* key) {
  auto* field = window.train_page()->form()->editor(QLatin1String(key));
  if (!field) qFatal("no field %s in the form", key);
  return field;
}

/// Sets a field as a user would: types into a line edit, picks a combo box item, ticks check
/// boxes (a flag set takes "shift,flip").
inline void set_field(MainWindow& window, const char* key, const QString& text) {
  SettingEditor* field = editor(window, key);
  if (auto* line = field->findChild<QLineEdit*>()) {
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
  } else if (auto* box = field->findChild<QComboBox*>()) {
    const int index = box->findData(text);
    if (index < 0) qFatal("%s has no item %s", key, qPrintable(text));
    box->setCurrentIndex(index);
  } else {
    const QStringList on = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto boxes = field->findChildren<QCheckBox*>();
    for (QCheckBox* box : boxes) {
      const QString name = box->objectName().section(QLatin1Char(':'), 1);
      box->setChecked(boxes.size() == 1 ? text == QLatin1String("true") : on.contains(name));
    }
  }
}

inline void fill_form(MainWindow& window, const ShortRun& run) {
  set_field(window, "dataset", QStringLiteral("fashion-mnist"));
  set_field(window, "data_dir", QStringLiteral(ALLCNN_FASHION_MNIST_DIR));
  set_field(window, "train_limit", QString::number(run.train_limit));
  set_field(window, "test_limit", QString::number(run.test_limit));
  set_field(window, "arch", QStringLiteral("all-cnn-c"));
  set_field(window, "width", QStringLiteral("0.125"));
  set_field(window, "init", run.init);
  set_field(window, "optimizer", QStringLiteral("sgd"));
  set_field(window, "lr", QStringLiteral("0.01"));
  set_field(window, "augment", QStringLiteral("flip"));
  set_field(window, "batch_size", QString::number(run.batch_size));
  set_field(window, "epochs", QString::number(run.epochs));
  set_field(window, "seed", QStringLiteral("3"));
  set_field(window, "device", QStringLiteral("cpu"));
  set_field(window, "runs_dir", run.runs_dir);
  set_field(window, "name", QString());
}

using LatencyProbe = allcnn::testing::LatencyProbe;

}  // namespace allcnn::ui::testing
