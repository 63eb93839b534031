#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace allcnn::ui {

bool install_translations(const QLocale& locale) {
  // The ones installed before are replaced, so that a test may switch languages.
  static QPointer<QTranslator> own;
  static QPointer<QTranslator> qt;
  for (QPointer<QTranslator>* installed : {&own, &qt}) {
    if (installed->isNull()) continue;
    QCoreApplication::removeTranslator(installed->data());
    delete installed->data();
  }
  auto* app = QCoreApplication::instance();
  own = new QTranslator(app);
  const bool found =
      own->load(locale, QStringLiteral("allcnn"), QStringLiteral("_"), QStringLiteral(":/i18n"));
  if (found) QCoreApplication::installTranslator(own);
  qt = new QTranslator(app);
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qt);
  return found;
}

}  // namespace allcnn::ui
