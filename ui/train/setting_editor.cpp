#include "setting_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

#include "config/setting.h"
#include "setting_text.h"
#include "train_bridge.h"

namespace allcnn::ui {

using config::SettingType;

SettingEditor::SettingEditor(const config::Setting& row, QWidget* parent)
    : QWidget(parent), row_(row) {
  setObjectName(QString::fromStdString(row.key()));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  switch (row.type()) {
    case SettingType::Bool:
      check_ = new QCheckBox(setting_label(row), this);
      connect(check_, &QCheckBox::toggled, this, &SettingEditor::edited);
      connect(check_, &QCheckBox::toggled, this, &SettingEditor::editing_finished);
      layout->addWidget(check_);
      break;
    case SettingType::Choice:
      combo_ = new QComboBox(this);
      // An empty value means the row's default choice ("default": CIFAR-10 where found, ...).
      if (*row.none_means() != '\0') combo_->addItem(tr("default"), QString());
      for (const auto& name : choices_for(row)) combo_->addItem(choice_label(row, name), name);
      combo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
      connect(combo_, &QComboBox::currentIndexChanged, this, &SettingEditor::edited);
      connect(combo_, &QComboBox::currentIndexChanged, this, &SettingEditor::editing_finished);
      layout->addWidget(combo_, 1);
      break;
    case SettingType::FlagSet:
      for (const auto& name : row.choices()) {
        auto* box = new QCheckBox(QString::fromStdString(name), this);
        box->setObjectName(objectName() + QLatin1Char(':') + QString::fromStdString(name));
        connect(box, &QCheckBox::toggled, this, &SettingEditor::edited);
        connect(box, &QCheckBox::toggled, this, &SettingEditor::editing_finished);
        layout->addWidget(box);
        flags_ << box;
        flag_names_ << QString::fromStdString(name);
      }
      layout->addStretch(1);
      break;
    default:
      line_ = new QLineEdit(this);
      connect(line_, &QLineEdit::textChanged, this, &SettingEditor::edited);
      connect(line_, &QLineEdit::editingFinished, this, &SettingEditor::editing_finished);
      layout->addWidget(line_, 1);
      if (row.type() == SettingType::Path) {
        auto* button = new QToolButton(this);
        button->setText(tr("..."));
        button->setToolTip(tr("Choose"));
        connect(button, &QToolButton::clicked, this, &SettingEditor::browse);
        layout->addWidget(button);
      }
      break;
  }
  setToolTip(setting_tooltip(row));
}

QString SettingEditor::text() const {
  if (check_) return check_->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
  if (combo_) return combo_->currentData().toString();
  if (line_) return line_->text();
  QStringList on;
  for (int i = 0; i < flags_.size(); ++i)
    if (flags_[i]->isChecked()) on << flag_names_[i];
  return on.isEmpty() ? QStringLiteral("none") : on.join(QLatin1Char(','));
}

void SettingEditor::set_text(const QString& text) {
  if (check_) {
    check_->setChecked(text == QLatin1String("true"));
  } else if (combo_) {
    int index = combo_->findData(text);
    if (index < 0) {
      combo_->addItem(text, text);
      index = combo_->count() - 1;
    }
    combo_->setCurrentIndex(index);
  } else if (line_) {
    line_->setText(text);
    line_->setCursorPosition(0);
  } else {
    const QStringList on = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < flags_.size(); ++i) flags_[i]->setChecked(on.contains(flag_names_[i]));
  }
}

QWidget* SettingEditor::focus_widget() const {
  if (check_) return check_;
  if (combo_) return combo_;
  if (line_) return line_;
  return flags_.isEmpty() ? nullptr : flags_.first();
}

void SettingEditor::set_placeholder(const QString& text) {
  if (line_) line_->setPlaceholderText(text);
}

void SettingEditor::browse() {
  const QString chosen =
      row_.names_file()
          ? QFileDialog::getOpenFileName(this, setting_label(row_), line_->text(),
                                         tr("Checkpoints (*.pt);;All files (*)"))
          : QFileDialog::getExistingDirectory(this, setting_label(row_), line_->text());
  if (chosen.isEmpty()) return;
  line_->setText(chosen);
  Q_EMIT editing_finished();
}

}  // namespace allcnn::ui
