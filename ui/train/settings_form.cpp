#include "settings_form.h"

#include <algorithm>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/error.h"
#include "config/settings_table.h"
#include "engine_text.h"
#include "processes_box.h"
#include "setting_editor.h"
#include "setting_text.h"
#include "train_bridge.h"

namespace allcnn::ui {

SettingsForm::SettingsForm(QWidget* parent) : QWidget(parent) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  scroll_ = new QScrollArea(this);
  scroll_->setWidgetResizable(true);
  scroll_->setFrameShape(QFrame::NoFrame);
  scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  content_ = new QWidget(scroll_);
  auto* sections = new QVBoxLayout(content_);
  sections->setContentsMargins(4, 4, 4, 4);
  scroll_->setWidget(content_);
  outer->addWidget(scroll_);

  std::map<config::SettingGroup, QGroupBox*> boxes;
  for (const auto& row : config::settings()) {
    if (!row.in_form()) continue;
    QGroupBox*& box = boxes[row.group()];
    if (box == nullptr) {
      box = new QGroupBox(setting_text(config::group_title(row.group())), content_);
      box->setObjectName(QString::fromStdString(config::choice_name(row.group())));
      auto* form = new QFormLayout(box);
      form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
      form->setVerticalSpacing(2);
      sections->addWidget(box);
    }
    add_field(row, box);
  }
  if (const auto execution = boxes.find(config::SettingGroup::Execution); execution != boxes.end())
    add_processes_field(execution->second);
  sections->addStretch(1);
  align_labels();
  // The form scrolls up and down, never sideways: as narrow as its widest row, no narrower (a
  // splitter dragged further would cut the fields off).
  scroll_->setMinimumWidth(content_->minimumSizeHint().width() +
                           scroll_->verticalScrollBar()->sizeHint().width());
  set_config(train::RunConfig{});
}

void SettingsForm::add_field(const config::Setting& row, QWidget* box) {
  auto* form = static_cast<QFormLayout*>(box->layout());
  Field field;
  field.row = new QWidget(box);
  auto* column = new QVBoxLayout(field.row);
  column->setContentsMargins(0, 0, 0, 0);
  column->setSpacing(1);
  auto* line = new QHBoxLayout;
  line->setSpacing(4);
  field.editor = new SettingEditor(row, field.row);
  line->addWidget(field.editor, 1);
  if (const QString unit = setting_text(row.unit()); !unit.isEmpty()) {
    auto* unit_label = new QLabel(unit, field.row);
    unit_label->setEnabled(false);  // a hint, drawn in the disabled colour
    line->addWidget(unit_label);
  }
  if (row.key() == "lr") {
    auto* find = new QToolButton(field.row);
    find->setObjectName(QStringLiteral("lr_find"));
    find->setText(tr("Find..."));
    find->setToolTip(
        tr("Learning-rate range test: train a fresh model of this form for a few hundred batches "
           "while the rate grows, and suggest the rate where the loss falls fastest"));
    connect(find, &QToolButton::clicked, this, &SettingsForm::lr_find_requested);
    line->addWidget(find);
  }
  column->addLayout(line);
  if (row.key() == "dataset") add_dataset_buttons(column, field.row);
  field.error = new QLabel(field.row);
  field.error->setObjectName(field.editor->objectName() + QStringLiteral("_error"));
  field.error->setWordWrap(true);
  field.error->setStyleSheet(QStringLiteral("color: #c62828;"));
  field.error->hide();
  column->addWidget(field.error);
  if (row.key() == "name") add_name_clash_buttons(column, field.row);
  // A check box carries its own label.
  const bool labelled = row.type() != config::SettingType::Bool;
  form->addRow(labelled ? setting_label(row) : QString(), field.row);
  field.label = qobject_cast<QLabel*>(form->labelForField(field.row));
  if (field.label) field.label->setToolTip(field.editor->toolTip());

  const QString key = field.editor->objectName();
  fields_[key] = field;
  connect(field.editor, &SettingEditor::edited, this, [this, key] {
    fields_[key].run_error.clear();
    update_applicability();
    if (key == QLatin1String("dataset")) update_dataset_hint();
    validate();
    Q_EMIT edited();
  });
  if (key == QLatin1String("runs_dir"))
    connect(field.editor, &SettingEditor::editing_finished, this,
            [this, key] { Q_EMIT runs_dir_changed(fields_[key].editor->text().trimmed()); });
}

void SettingsForm::add_processes_field(QWidget* box) {
  auto* form = static_cast<QFormLayout*>(box->layout());
  processes_ = new ProcessesBox(box);
  const auto threads = fields_.find(QStringLiteral("threads"));
  processes_label_ =
      processes_->add_under(form, threads != fields_.end() ? threads->second.row : nullptr);
  connect(processes_, &QSpinBox::valueChanged, this, &SettingsForm::edited);
}

int SettingsForm::processes() const { return processes_ ? processes_->value() : 1; }

void SettingsForm::set_processes(int processes) {
  if (processes_) processes_->setValue(processes);
}

void SettingsForm::add_dataset_buttons(QVBoxLayout* column, QWidget* row) {
  // On a line of their own under the field: beside it they squeezed the dataset's name to a
  // letter on a laptop screen.
  auto* line = new QHBoxLayout;
  line->setSpacing(4);
  folder_button_ = new QToolButton(row);
  folder_button_->setObjectName(QStringLiteral("dataset_folder"));
  folder_button_->setText(tr("Image folder..."));
  folder_button_->setToolTip(
      tr("Train on your own images: pick a folder with one subfolder per class (or train/ and "
         "test/ holding them); the class names are the subfolders' names"));
  connect(folder_button_, &QToolButton::clicked, this, &SettingsForm::browse_image_folder);
  line->addWidget(folder_button_);
  download_button_ = new QToolButton(row);
  download_button_->setObjectName(QStringLiteral("dataset_download"));
  download_button_->setText(tr("Download..."));
  download_button_->setToolTip(
      tr("Download the chosen dataset's official files into your data folder, where training "
         "finds them"));
  download_button_->hide();
  connect(download_button_, &QToolButton::clicked, this,
          [this] { Q_EMIT download_requested(fields_[QStringLiteral("dataset")].editor->text()); });
  line->addWidget(download_button_);
  line->addStretch(1);
  column->addLayout(line);
}

void SettingsForm::add_name_clash_buttons(QVBoxLayout* column, QWidget* row) {
  name_clash_ = new QWidget(row);
  name_clash_->setObjectName(QStringLiteral("name_clash"));
  auto* line = new QHBoxLayout(name_clash_);
  line->setContentsMargins(0, 0, 0, 0);
  line->setSpacing(4);
  auto* resume = new QToolButton(name_clash_);
  resume->setObjectName(QStringLiteral("resume_existing"));
  resume->setText(tr("Resume it"));
  resume->setToolTip(tr("Continue the run of this name from its last checkpoint"));
  connect(resume, &QToolButton::clicked, this,
          [this] { Q_EMIT resume_requested(existing_run_dir()); });
  auto* rename = new QToolButton(name_clash_);
  rename->setObjectName(QStringLiteral("use_new_name"));
  rename->setText(tr("Use a new name"));
  rename->setToolTip(tr("Number the name on (-2, -3, ...) to the first that is free"));
  connect(rename, &QToolButton::clicked, this, &SettingsForm::use_new_name);
  line->addWidget(resume);
  line->addWidget(rename);
  line->addStretch(1);
  name_clash_->hide();
  column->addWidget(name_clash_);
}

QString SettingsForm::existing_run_dir() const {
  const auto name = fields_.find(QStringLiteral("name"));
  const auto runs = fields_.find(QStringLiteral("runs_dir"));
  if (name == fields_.end() || runs == fields_.end()) return {};
  const QString run = name->second.editor->text().trimmed();
  if (run.isEmpty()) return {};
  const QString dir = QDir(runs->second.editor->text().trimmed()).filePath(run);
  return QFileInfo::exists(dir) ? QDir::cleanPath(dir) : QString();
}

void SettingsForm::use_new_name() {
  SettingEditor* name = editor(QStringLiteral("name"));
  const QString taken = existing_run_dir();
  if (name == nullptr || taken.isEmpty()) return;
  // "run-3" goes on as run-4, run-5, ...; "run" as run-2, run-3, ...
  QString base = name->text().trimmed();
  const int dash = base.lastIndexOf(QLatin1Char('-'));
  bool numbered = false;
  if (dash > 0) base.mid(dash + 1).toInt(&numbered);
  if (numbered) base.truncate(dash);
  const QDir runs = QFileInfo(taken).dir();
  for (int i = 2;; ++i) {
    const QString candidate = QStringLiteral("%1-%2").arg(base).arg(i);
    if (!runs.exists(candidate)) {
      name->set_text(candidate);
      return;
    }
  }
}

void SettingsForm::browse_image_folder() {
  QString start;
  if (const auto dataset = fields_.find(QStringLiteral("dataset"));
      dataset != fields_.end() && dataset->second.editor->text() == QLatin1String("folder"))
    start = fields_[QStringLiteral("data_dir")].editor->text().trimmed();
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Image folder"), start);
  if (!dir.isEmpty()) choose_image_folder(dir);
}

void SettingsForm::choose_image_folder(const QString& dir) {
  const auto dataset = fields_.find(QStringLiteral("dataset"));
  const auto folder = fields_.find(QStringLiteral("data_dir"));
  if (dataset == fields_.end() || folder == fields_.end()) return;
  dataset->second.editor->set_text(QStringLiteral("folder"));
  folder->second.editor->set_text(QDir::cleanPath(dir));
  folder->second.run_error.clear();
  update_applicability();
  update_dataset_hint();
  validate();
}

void SettingsForm::set_downloadable(const QStringList& datasets) {
  downloadable_ = datasets;
  if (download_button_) download_button_->setVisible(!datasets.isEmpty());
  update_dataset_hint();
}

void SettingsForm::align_labels() {
  // One label column for every group, so the fields line up from top to bottom.
  int widest = 0;
  for (const auto& [key, field] : fields_)
    if (field.label) widest = std::max(widest, field.label->sizeHint().width());
  if (processes_label_) widest = std::max(widest, processes_label_->sizeHint().width());
  for (const auto& [key, field] : fields_)
    if (field.label) field.label->setMinimumWidth(widest);
  if (processes_label_) processes_label_->setMinimumWidth(widest);
}

void SettingsForm::set_config(const train::RunConfig& config) {
  base_ = config;
  for (auto& [key, field] : fields_)
    field.editor->set_text(QString::fromStdString(field.editor->setting().format(config)));
  update_applicability();
  update_dataset_hint();
  validate();
  if (const auto it = fields_.find(QStringLiteral("runs_dir")); it != fields_.end())
    Q_EMIT runs_dir_changed(it->second.editor->text().trimmed());
}

QList<SettingProblem> SettingsForm::read(train::RunConfig& config) const {
  config = base_;
  // The table's one parser, then its one validator: the form keeps no rules of its own.
  std::map<std::string, QString> unparsed;
  for (const auto& row : config::settings()) {
    const auto it = fields_.find(QString::fromStdString(row.key()));
    if (it == fields_.end()) continue;
    try {
      row.parse(config, it->second.editor->text().toStdString());
    } catch (const Error& e) {
      unparsed[row.key()] = engine_text(e.message());
    }
  }
  QList<SettingProblem> problems;
  const auto add = [&problems](const config::Setting& row, const QString& reason) {
    problems.append(
        {QString::fromStdString(row.key()), reason, tr("%1: %2").arg(setting_label(row), reason)});
  };
  for (const auto& row : config::settings()) {
    if (!row.applies_to(config)) continue;  // greyed out: whatever it holds is not used
    if (const auto it = unparsed.find(row.key()); it != unparsed.end())
      add(row, it->second);
    else if (const auto problem = row.problem(config))
      add(row, engine_text(*problem));
  }
  if (!existing_run_dir().isEmpty()) {
    if (const auto* row = config::find_setting("name"))
      add(*row, tr("a run of this name exists already in %1")
                    .arg(QString::fromStdString(config.runs_dir)));
  }
  return problems;
}

train::RunConfig SettingsForm::current() const {
  train::RunConfig config;
  read(config);
  return config;
}

bool SettingsForm::show_error(const QString& key, const QString& message) {
  auto it = fields_.find(key);
  if (it == fields_.end()) {
    // An error about a file: it belongs to the folder field that holds the file.
    const QString subject = QDir::cleanPath(key);
    for (auto candidate = fields_.begin(); candidate != fields_.end(); ++candidate) {
      if (candidate->second.editor->setting().type() != config::SettingType::Path) continue;
      const QString folder = QDir::cleanPath(candidate->second.editor->text().trimmed());
      if (!folder.isEmpty() && !subject.isEmpty() &&
          (subject == folder || subject.startsWith(folder + QLatin1Char('/'))))
        it = candidate;
    }
  }
  if (it == fields_.end()) return false;
  it->second.run_error = message;
  show_field_message(it->second);
  reveal(it->first);
  return true;
}

void SettingsForm::reveal(const QString& key) {
  const auto it = fields_.find(key);
  if (it == fields_.end()) return;
  scroll_->ensureWidgetVisible(it->second.row);
  if (QWidget* focus = it->second.editor->focus_widget()) focus->setFocus(Qt::OtherFocusReason);
}

void SettingsForm::clear_errors() {
  for (auto& [key, field] : fields_) {
    field.run_error.clear();
    show_field_message(field);
  }
}

void SettingsForm::validate() {
  train::RunConfig config;
  problems_ = read(config);
  for (auto& [key, field] : fields_) {
    field.problem.clear();
    for (const SettingProblem& problem : problems_)
      if (problem.key == key && field.problem.isEmpty()) field.problem = problem.text;
    show_field_message(field);
  }
  if (name_clash_) name_clash_->setVisible(!existing_run_dir().isEmpty());
  if (SettingEditor* name = editor(QStringLiteral("name"))) {
    // What core names a run left unnamed (architecture, initializer, optimizer, time).
    name->set_placeholder(tr("automatic: %1-%2-%3-<date>-<time>")
                              .arg(QString::fromStdString(config::choice_name(config.model.arch)),
                                   QString::fromStdString(config::choice_name(config.init)),
                                   QString::fromStdString(config::choice_name(config.optimizer))));
  }
  Q_EMIT problems_changed();
}

void SettingsForm::show_field_message(Field& field) {
  // What the run reported stays until the field changes; a problem of the value comes next.
  const QString text = field.run_error.isEmpty() ? field.problem : field.run_error;
  field.error->setText(text);
  field.error->setVisible(!text.isEmpty());
}

SettingEditor* SettingsForm::editor(const QString& key) const {
  const auto it = fields_.find(key);
  return it == fields_.end() ? nullptr : it->second.editor;
}

QLabel* SettingsForm::error_label(const QString& key) const {
  const auto it = fields_.find(key);
  return it == fields_.end() ? nullptr : it->second.error;
}

void SettingsForm::set_locked(bool locked) { content_->setEnabled(!locked); }

void SettingsForm::update_applicability() {
  const train::RunConfig config = current();
  for (auto& [key, field] : fields_) {
    const bool applies = field.editor->setting().applies_to(config);
    field.row->setEnabled(applies);
    if (field.label) field.label->setEnabled(applies);
  }
}

void SettingsForm::update_dataset_hint() {
  const auto dataset = fields_.find(QStringLiteral("dataset"));
  const auto folder = fields_.find(QStringLiteral("data_dir"));
  if (dataset == fields_.end() || folder == fields_.end()) return;
  const QString name = dataset->second.editor->text();
  if (download_button_) download_button_->setEnabled(downloadable_.contains(name));
  if (name == QLatin1String("folder")) {
    folder->second.editor->set_placeholder(tr("your images: one subfolder per class"));
    return;
  }
  const QString found = found_dataset_dir(name);
  folder->second.editor->set_placeholder(found.isEmpty() ? tr("not found: choose the folder")
                                                         : tr("found: %1").arg(found));
}

}  // namespace allcnn::ui
