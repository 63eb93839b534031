#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace allcnn::config {
class Setting;
}

namespace allcnn::ui {

/// The field of one setting in the form, chosen by the setting's type: a check box (true or
/// false), a combo box (a choice), a row of check boxes (a flag set such as augment), a line
/// edit with a browse button (a path), a line edit (numbers, text, lists). It holds text only:
/// the form parses it with the settings table's one parser, like the CLI does. Its objectName
/// is the setting's key; GUI thread only.
class SettingEditor : public QWidget {
  Q_OBJECT

 public:
  /// A combo box offers choices_for(row); a value outside them is added when set, so that a
  /// config from another machine keeps it.
  SettingEditor(const config::Setting& row, QWidget* parent);

  const config::Setting& setting() const { return row_; }
  QString text() const;
  void set_text(const QString& text);
  /// The widget that takes the focus (and, for a check box, carries the label).
  QWidget* focus_widget() const;
  /// Shows a hint in an empty line edit ("found: /usr/share/...").
  void set_placeholder(const QString& text);

 Q_SIGNALS:
  /// The value changed (typing, a click, a choice, set_text()).
  void edited();
  /// The user is done with the value: a line edit lost the focus or took Return; any other
  /// editor with every change.
  void editing_finished();

 private:
  void browse();

  const config::Setting& row_;
  QCheckBox* check_ = nullptr;
  QComboBox* combo_ = nullptr;
  QLineEdit* line_ = nullptr;
  QList<QCheckBox*> flags_;
  QStringList flag_names_;
};

}  // namespace allcnn::ui
