#include "log_panel.h"

#include <QTime>

namespace allcnn::ui {

LogPanel::LogPanel(QWidget* parent) : QPlainTextEdit(parent) {
  setObjectName(QStringLiteral("log"));
  setReadOnly(true);
  setMaximumBlockCount(10000);
  setLineWrapMode(QPlainTextEdit::WidgetWidth);
  setFont(QFont(QStringLiteral("monospace")));
}

void LogPanel::add(const QString& text, Level level) {
  const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
  const QString line = level == Level::Error ? tr("%1  error: %2").arg(time, text)
                                             : QStringLiteral("%1  %2").arg(time, text);
  appendPlainText(line);
}

}  // namespace allcnn::ui
