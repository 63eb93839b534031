#include "engine_text.h"

#include <QCoreApplication>

#include "common/error.h"
#include "common/message.h"

namespace allcnn::ui {

QString engine_text(const Message& message) {
  if (message.code == MessageCode::Text) return QString::fromStdString(message.english());
  // The same one-pass filling as the English text, so a parameter holding "%1" stays as it is.
  const QByteArray translated =
      QCoreApplication::translate("Engine", message_template(message.code)).toUtf8();
  return QString::fromStdString(fill_template(
      std::string_view(translated.constData(), static_cast<size_t>(translated.size())),
      message.args));
}

QString engine_text(const Reason& reason) {
  const QString text = engine_text(reason.message);
  if (reason.subject.empty() || text.isEmpty()) return text;
  return QCoreApplication::translate("Engine", "%1: %2")
      .arg(QString::fromStdString(reason.subject), text);
}

QString error_text(const std::exception& error) {
  if (const auto* engine = dynamic_cast<const Error*>(&error)) return engine_text(engine->said());
  return QString::fromLocal8Bit(error.what());
}

}  // namespace allcnn::ui
