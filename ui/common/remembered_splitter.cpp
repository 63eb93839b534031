#include "remembered_splitter.h"

#include <QSettings>
#include <QSplitter>

namespace allcnn::ui {

void remember_splitter(QSplitter* splitter, const QString& key) {
  const QString name = QStringLiteral("layout/") + key;
  splitter->restoreState(QSettings().value(name).toByteArray());
  QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                   [splitter, name] { QSettings().setValue(name, splitter->saveState()); });
}

}  // namespace allcnn::ui
