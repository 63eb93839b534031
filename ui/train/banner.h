#pragma once

#include <QWidget>

class QLabel;

namespace allcnn::ui {

/// A non-modal message strip above the charts: failures show here instead of in a message box,
/// which would block the event loop (and the tests). Hidden until show_message().
class Banner : public QWidget {
  Q_OBJECT

 public:
  enum class Kind { Error, Info };
  explicit Banner(QWidget* parent = nullptr);

  void show_message(const QString& text, Kind kind = Kind::Error);
  QString text() const;

 private:
  QLabel* label_ = nullptr;
};

}  // namespace allcnn::ui
