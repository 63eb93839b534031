#include "resume_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/error.h"
#include "config/settings_table.h"
#include "engine_text.h"
#include "processes_box.h"
#include "setting_editor.h"
#include "setting_text.h"

namespace allcnn::ui {

ResumeDialog::ResumeDialog(const QString& run_dir, int epochs_done, int processes, QWidget* parent)
    : QDialog(parent), epochs_done_(epochs_done) {
  setObjectName(QStringLiteral("resume_dialog"));
  setWindowTitle(tr("Resume %1").arg(QFileInfo(run_dir).fileName()));
  try {
    stored_ =
        train::load_config(QDir(run_dir).filePath(QStringLiteral("config.json")).toStdString());
  } catch (const Error& e) {
    problem_ = error_text(e);
  }

  auto* layout = new QVBoxLayout(this);
  auto* summary =
      new QLabel(tr("%1 of %2 epochs done. The run continues from its last checkpoint, exactly as "
                    "allcnn train --resume would.")
                     .arg(epochs_done)
                     .arg(stored_.epochs),
                 this);
  summary->setWordWrap(true);
  layout->addWidget(summary);

  auto* form = new QFormLayout;
  more_epochs_ = new QSpinBox(this);
  more_epochs_->setObjectName(QStringLiteral("more_epochs"));
  more_epochs_->setRange(1, 1000000);
  const qint64 remaining = stored_.epochs - epochs_done;
  more_epochs_->setValue(static_cast<int>(remaining > 0 ? remaining : 10));
  form->addRow(tr("Continue for"), more_epochs_);
  more_epochs_->setSuffix(tr(" more epochs"));
  for (const auto& row : config::settings()) {
    if (!row.is_resumable() || row.key() == "epochs") continue;
    auto* editor = new SettingEditor(row, this);
    editor->set_text(QString::fromStdString(row.format(stored_)));
    form->addRow(row.type() == config::SettingType::Bool ? QString() : setting_label(row), editor);
    editors_[QString::fromStdString(row.key())] = editor;
  }
  processes_ = new ProcessesBox(this);
  const auto threads = editors_.find(QStringLiteral("threads"));
  processes_->add_under(form, threads != editors_.end() ? threads->second : nullptr);
  processes_->setValue(processes);
  layout->addLayout(form);

  error_ = new QLabel(this);
  error_->setObjectName(QStringLiteral("resume_error"));
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #c62828;"));
  error_->setVisible(!problem_.isEmpty());
  error_->setText(problem_);
  layout->addWidget(error_);

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons_->button(QDialogButtonBox::Ok)->setText(tr("Resume"));
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty());
  connect(buttons_, &QDialogButtonBox::accepted, this, &ResumeDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &ResumeDialog::reject);
  layout->addWidget(buttons_);
}

void ResumeDialog::set_more_epochs(int epochs) { more_epochs_->setValue(epochs); }

int ResumeDialog::processes() const { return processes_->value(); }

void ResumeDialog::set_processes(int processes) { processes_->setValue(processes); }

config::SettingChanges ResumeDialog::changes() const {
  config::SettingChanges changes;
  changes.push_back({"epochs", std::to_string(epochs_done_ + more_epochs_->value())});
  for (const auto& [key, editor] : editors_)
    changes.push_back({key.toStdString(), editor->text().toStdString()});
  return changes;
}

void ResumeDialog::accept() {
  // The same parser and validation the resumed run will meet, before the dialog closes.
  try {
    train::RunConfig config = stored_;
    config::apply_resume_changes(config, changes());
    config.validate();
  } catch (const Error& e) {
    const auto* row = config::find_setting(e.subject());
    error_->setText(row ? tr("%1: %2").arg(setting_label(*row), engine_text(e.message()))
                        : QString::fromStdString(e.what()));
    error_->show();
    return;
  }
  QDialog::accept();
}

}  // namespace allcnn::ui
