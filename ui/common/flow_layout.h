#pragma once

#include <QLayout>
#include <QList>

namespace allcnn::ui {

/// A row of widgets that wraps onto further lines when the width runs out, like words in a
/// paragraph: button and option rows whose single line would set the window's minimum width
/// (more so in German). Its height follows its width (heightForWidth), so the layouts around
/// it give it the lines it needs. As Qt's own "Flow Layout" example, with the style's spacing.
class FlowLayout : public QLayout {
 public:
  explicit FlowLayout(QWidget* parent = nullptr);
  ~FlowLayout() override;

  /// Puts `widget` on the line, with `stretch` > 0 letting it take that share of a line's free
  /// width (a search field).
  void addWidget(QWidget* widget, int stretch);
  using QLayout::addWidget;

  void addItem(QLayoutItem* item) override;
  int count() const override { return static_cast<int>(items_.size()); }
  QLayoutItem* itemAt(int index) const override { return items_.value(index); }
  QLayoutItem* takeAt(int index) override;
  Qt::Orientations expandingDirections() const override { return {}; }
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override;
  QSize minimumSize() const override;
  QSize sizeHint() const override;
  void setGeometry(const QRect& rect) override;

 private:
  /// Lays the items out in `rect` (only measures when `apply` is false); returns the height.
  int arrange(const QRect& rect, bool apply) const;
  int spacing_x() const;
  int spacing_y() const;

  QList<QLayoutItem*> items_;
  QList<int> stretches_;
};

}  // namespace allcnn::ui
