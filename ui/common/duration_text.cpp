#include "duration_text.h"

#include <cmath>

#include <QCoreApplication>

namespace allcnn::ui {

QString duration_text(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return {};
  const qint64 s = static_cast<qint64>(std::llround(seconds));
  if (s < 60) return QCoreApplication::translate("Duration", "%1 s").arg(s);
  if (s < 3600)
    return QCoreApplication::translate("Duration", "%1 min %2 s").arg(s / 60).arg(s % 60);
  return QCoreApplication::translate("Duration", "%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

}  // namespace allcnn::ui
