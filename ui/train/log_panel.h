#pragma once

#include <QPlainTextEdit>

namespace allcnn::ui {

/// The run log: progress messages, warnings and errors, each with the time it arrived.
class LogPanel : public QPlainTextEdit {
  Q_OBJECT

 public:
  enum class Level { Info, Error };
  explicit LogPanel(QWidget* parent = nullptr);

  void add(const QString& text, Level level = Level::Info);
};

}  // namespace allcnn::ui
