#include "export_run_dialog.h"

#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "background_task.h"
#include "task_bar.h"

namespace allcnn::ui {

namespace {

QWidget* with_browse(QLineEdit* edit, QWidget* parent, const std::function<void()>& browse) {
  auto* row = new QWidget(parent);
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(edit);
  auto* button = new QToolButton(row);
  button->setText(QStringLiteral("..."));
  QObject::connect(button, &QToolButton::clicked, row, browse);
  layout->addWidget(button);
  return row;
}

}  // namespace

ExportRunDialog::ExportRunDialog(const QString& run_dir, QWidget* parent)
    : QDialog(parent), task_(new BackgroundTask(this)) {
  qRegisterMetaType<ExportResult>();
  setWindowTitle(tr("Export run"));
  setObjectName(QStringLiteral("export_run_dialog"));
  auto* form = new QFormLayout;

  run_dir_ = new QLineEdit(run_dir, this);
  run_dir_->setObjectName(QStringLiteral("export_run_dir"));
  form->addRow(tr("Run folder"), with_browse(run_dir_, this, [this] {
                 const QString dir =
                     QFileDialog::getExistingDirectory(this, tr("Run folder"), run_dir_->text());
                 if (!dir.isEmpty()) run_dir_->setText(dir);
               }));
  checkpoint_ = new QComboBox(this);
  checkpoint_->setObjectName(QStringLiteral("export_checkpoint"));
  checkpoint_->addItem(tr("best (highest test accuracy)"), QStringLiteral("best"));
  checkpoint_->addItem(tr("last"), QStringLiteral("last"));
  form->addRow(tr("Checkpoint"), checkpoint_);

  torchscript_ = new QCheckBox(tr("TorchScript model"), this);
  torchscript_->setObjectName(QStringLiteral("export_torchscript"));
  torchscript_->setChecked(true);
  torchscript_->setToolTip(
      tr("Takes float images in [0, 1] and returns the logits; the run's normalization, its "
         "class names and input size are built in. Load it with torch.jit.load."));
  torchscript_file_ = new QLineEdit(this);
  torchscript_file_->setObjectName(QStringLiteral("export_torchscript_file"));
  torchscript_file_->setPlaceholderText(tr("<run>/export/model-<checkpoint>.pt"));
  form->addRow(torchscript_, with_browse(torchscript_file_, this, [this] {
                 const QString file = QFileDialog::getSaveFileName(this, tr("TorchScript file"),
                                                                   torchscript_file_->text(),
                                                                   tr("TorchScript (*.pt)"));
                 if (!file.isEmpty()) torchscript_file_->setText(file);
               }));
  tensorboard_ = new QCheckBox(tr("TensorBoard curves"), this);
  tensorboard_->setObjectName(QStringLiteral("export_tensorboard"));
  tensorboard_->setChecked(true);
  tensorboard_->setToolTip(
      tr("Loss, accuracy and learning rate per batch and per epoch, for "
         "tensorboard --logdir."));
  tensorboard_dir_ = new QLineEdit(this);
  tensorboard_dir_->setObjectName(QStringLiteral("export_tensorboard_dir"));
  tensorboard_dir_->setPlaceholderText(tr("<run>/export/tensorboard"));
  form->addRow(tensorboard_, with_browse(tensorboard_dir_, this, [this] {
                 const QString dir = QFileDialog::getExistingDirectory(
                     this, tr("TensorBoard folder"), tensorboard_dir_->text());
                 if (!dir.isEmpty()) tensorboard_dir_->setText(dir);
               }));

  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("export_status"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  export_button_ = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
  export_button_->setObjectName(QStringLiteral("export_button"));
  connect(export_button_, &QPushButton::clicked, this, &ExportRunDialog::start_export);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(status_);
  auto* task_bar = new TaskBar(task_, this);
  task_bar->set_text(tr("Exporting..."));
  layout->addWidget(task_bar);
  layout->addWidget(buttons);

  for (auto* box : {torchscript_, tensorboard_})
    connect(box, &QCheckBox::toggled, this, &ExportRunDialog::update_enabled);
  connect(run_dir_, &QLineEdit::textChanged, this, &ExportRunDialog::update_enabled);
  connect(task_, &BackgroundTask::finished, this, &ExportRunDialog::update_enabled);
  update_enabled();
  resize(640, sizeHint().height());
}

// The task (a child) waits for the export in its destructor: the files are not left half written.
ExportRunDialog::~ExportRunDialog() = default;

bool ExportRunDialog::busy() const { return task_->busy(); }

void ExportRunDialog::start_export() {
  if (busy()) return;
  ExportRequest request;
  request.run_dir = run_dir_->text().trimmed();
  request.checkpoint = checkpoint_->currentData().toString();
  request.torchscript = torchscript_->isChecked();
  request.torchscript_file = torchscript_file_->text().trimmed();
  request.tensorboard = tensorboard_->isChecked();
  request.tensorboard_dir = tensorboard_dir_->text().trimmed();
  status_->clear();
  // Loading the model and writing the files cannot be interrupted half way: no Cancel.
  task_->start([request](TaskControl&) { return export_run(request); },
               [this](const ExportResult& result) { show_result(result); },
               /*cancellable=*/false);
  update_enabled();
}

void ExportRunDialog::show_result(const ExportResult& result) {
  QStringList lines;
  for (const auto& file : result.written)
    lines << tr("Wrote %1").arg(QDir::toNativeSeparators(file));
  if (!result.error.isEmpty()) lines << tr("Could not export: %1").arg(result.error);
  status_->setText(lines.join(QLatin1Char('\n')));
  Q_EMIT exported(result);
}

void ExportRunDialog::update_enabled() {
  torchscript_file_->setEnabled(torchscript_->isChecked());
  checkpoint_->setEnabled(torchscript_->isChecked());
  tensorboard_dir_->setEnabled(tensorboard_->isChecked());
  export_button_->setEnabled(!busy() && !run_dir_->text().trimmed().isEmpty() &&
                             (torchscript_->isChecked() || tensorboard_->isChecked()));
}

}  // namespace allcnn::ui
