#include "flow_layout.h"

#include <algorithm>

#include <QStyle>
#include <QWidget>

namespace allcnn::ui {

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) {}

FlowLayout::~FlowLayout() {
  while (QLayoutItem* item = takeAt(0)) delete item;
}

void FlowLayout::addItem(QLayoutItem* item) {
  items_.append(item);
  stretches_.append(0);
}

void FlowLayout::addWidget(QWidget* widget, int stretch) {
  QLayout::addWidget(widget);
  stretches_.last() = std::max(0, stretch);
}

QLayoutItem* FlowLayout::takeAt(int index) {
  if (index < 0 || index >= items_.size()) return nullptr;
  stretches_.removeAt(index);
  return items_.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const { return arrange(QRect(0, 0, width, 0), false); }

QSize FlowLayout::minimumSize() const {
  // As narrow as the widest item: the others wrap under it.
  QSize size;
  for (const QLayoutItem* item : items_) size = size.expandedTo(item->minimumSize());
  const QMargins m = contentsMargins();
  return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
  // Everything on one line.
  int width = 0;
  int height = 0;
  for (const QLayoutItem* item : items_) {
    if (item->isEmpty()) continue;
    if (width > 0) width += spacing_x();
    width += item->sizeHint().width();
    height = std::max(height, item->sizeHint().height());
  }
  const QMargins m = contentsMargins();
  return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect& rect) {
  QLayout::setGeometry(rect);
  arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
  const QRect area = rect.marginsRemoved(contentsMargins());
  const QMargins m = contentsMargins();
  int y = area.y();
  int index = 0;
  const int n = static_cast<int>(items_.size());
  while (index < n) {
    // Fill a line with the items that fit at their size hints (at least one, shrunk to the
    // width when it is alone and wider).
    int line_width = 0;
    int line_height = 0;
    int stretch = 0;
    int end = index;
    for (; end < n; ++end) {
      const QLayoutItem* item = items_[end];
      if (item->isEmpty()) continue;
      const int w = item->sizeHint().width();
      const int next = line_width + (line_width > 0 ? spacing_x() : 0) + w;
      if (next > area.width() && line_width > 0) break;
      line_width = next;
      line_height = std::max(line_height, item->sizeHint().height());
      stretch += stretches_[end];
    }
    if (apply) {
      // Stretchable items share the free width; otherwise the line stays left-aligned.
      const int free = std::max(0, area.width() - line_width);
      int x = area.x();
      for (int i = index; i < end; ++i) {
        QLayoutItem* item = items_[i];
        if (item->isEmpty()) continue;
        int w = item->sizeHint().width();
        if (stretch > 0) w += free * stretches_[i] / stretch;
        w = std::min(w, area.width());
        const int h = std::min(line_height, item->maximumSize().height());
        item->setGeometry(QRect(x, y + (line_height - h) / 2, w, h));
        x += w + spacing_x();
      }
    }
    y += line_height + spacing_y();
    index = end;
  }
  if (y > area.y()) y -= spacing_y();
  return y - rect.y() + m.bottom();
}

int FlowLayout::spacing_x() const {
  if (spacing() >= 0) return spacing();
  const QWidget* owner = parentWidget();
  return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, owner)
               : 6;
}

int FlowLayout::spacing_y() const {
  if (spacing() >= 0) return spacing();
  const QWidget* owner = parentWidget();
  return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, owner) : 6;
}

}  // namespace allcnn::ui
