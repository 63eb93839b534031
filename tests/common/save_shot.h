#pragma once
// Screenshots for people to look at (ALLCNN_SHOTS_DIR). Qt Charts lays out an axis's labels in a
// posted layout request, so a chart grabbed right after it changed shows the old labels with the
// new ticks (seen: a 0-1 accuracy axis labelled "1, 1, 0, 0, -0"). The pending events run first.
#include <QString>
#include <QWidget>
#include <QtTest>

namespace allcnn::testing {

inline bool save_shot(QWidget& widget, const QString& file) {
  QTest::qWait(200);
  return widget.grab().save(file);
}

}  // namespace allcnn::testing
