#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace allcnn::ui {

Banner::Banner(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("banner"));
  setAttribute(Qt::WA_StyledBackground, true);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(8, 4, 4, 4);
  label_ = new QLabel(this);
  label_->setObjectName(QStringLiteral("banner_text"));
  label_->setWordWrap(true);
  label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(label_, 1);
  auto* close = new QToolButton(this);
  close->setText(QStringLiteral("\u2715"));
  close->setToolTip(tr("Dismiss"));
  close->setAutoRaise(true);
  connect(close, &QToolButton::clicked, this, &QWidget::hide);
  layout->addWidget(close);
  hide();
}

void Banner::show_message(const QString& text, Kind kind) {
  label_->setText(text);
  setStyleSheet(kind == Kind::Error
                    ? QStringLiteral("#banner { background: #fdecea; border: 1px solid #e57373; }"
                                     " QLabel { color: #8e1c1c; }")
                    : QStringLiteral("#banner { background: #e8f4fd; border: 1px solid #64b5f6; }"
                                     " QLabel { color: #0d3c61; }"));
  show();
}

QString Banner::text() const { return isVisible() ? label_->text() : QString(); }

}  // namespace allcnn::ui
