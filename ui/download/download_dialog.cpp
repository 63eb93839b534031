#include "download_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include "common/error.h"
#include "engine_text.h"
#include "fetch/fetch_dataset.h"

namespace allcnn::ui {

namespace {

constexpr int kPermille = 1000;

}  // namespace

DownloadDialog::DownloadDialog(fetch::DatasetDownload dataset, const QString& dir, QWidget* parent)
    : QDialog(parent),
      dataset_(std::move(dataset)),
      dir_(dir.isEmpty() ? QString::fromStdString(fetch::default_dataset_folder(dataset_.name))
                         : dir),
      cancel_(std::make_shared<std::atomic<bool>>(false)) {
  const QString name = QString::fromStdString(dataset_.name);
  setObjectName(QStringLiteral("download_dialog"));
  setWindowTitle(tr("Download %1").arg(name));
  status_ =
      new QLabel(tr("Downloading %1 into %2...").arg(name, QDir::toNativeSeparators(dir_)), this);
  status_->setObjectName(QStringLiteral("download_status"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  bar_ = new QProgressBar(this);
  bar_->setObjectName(QStringLiteral("download_progress"));
  bar_->setRange(0, 0);  // busy until the server says how large the file is
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  button_ = buttons->button(QDialogButtonBox::Cancel);
  button_->setObjectName(QStringLiteral("download_cancel"));
  connect(buttons, &QDialogButtonBox::rejected, this, &DownloadDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(status_);
  layout->addWidget(bar_);
  layout->addWidget(buttons);
  resize(560, sizeHint().height());
}

DownloadDialog::~DownloadDialog() {
  cancel_->store(true);
  if (thread_ != nullptr) thread_->wait();  // fetch checks the flag at least once a second
  delete thread_;
}

bool DownloadDialog::busy() const { return thread_ != nullptr && thread_->isRunning(); }

void DownloadDialog::showEvent(QShowEvent* event) {
  QDialog::showEvent(event);
  start();
}

void DownloadDialog::start() {
  if (started_) return;
  started_ = true;
  const std::string dir = dir_.toStdString();
  const fetch::DatasetDownload dataset = dataset_;
  const auto cancel = cancel_;
  const QPointer<DownloadDialog> self(this);
  // Reports go back as queued calls with the dialog as context: dropped if it is gone (its
  // destructor joins the thread first anyway).
  const auto post = [self](auto call) {
    QMetaObject::invokeMethod(
        self.data(),
        [self, call] {
          if (self) call(*self);
        },
        Qt::QueuedConnection);
  };
  thread_ = QThread::create([post, dataset, dir, cancel] {
    fetch::FetchCallbacks callbacks;
    callbacks.on_progress = [post](const std::string& file, uint64_t done, uint64_t total) {
      post([file = QString::fromStdString(file), done, total](DownloadDialog& d) {
        d.on_progress(file, static_cast<qint64>(done), static_cast<qint64>(total));
      });
    };
    callbacks.on_message = [post](const Message& text) {
      post([text = engine_text(text)](DownloadDialog& d) { d.on_message(text); });
    };
    fetch::FetchOptions options;
    options.cancel = cancel.get();
    QString folder, error;
    try {
      folder = QString::fromStdString(fetch::fetch_dataset(dataset, dir, options, callbacks).dir);
    } catch (const Error& e) {
      error = error_text(e);
    } catch (const std::exception& e) {
      error = QString::fromLocal8Bit(e.what());
    }
    post([folder, error](DownloadDialog& d) { d.on_finished(folder, error); });
  });
  thread_->setObjectName(QStringLiteral("allcnn-download"));
  thread_->start();
}

void DownloadDialog::on_progress(const QString& file, qint64 done_bytes, qint64 total_bytes) {
  if (total_bytes <= 0) {
    bar_->setRange(0, 0);
    bar_->setFormat(tr("%1: %2 MB").arg(file).arg(done_bytes / 1e6, 0, 'f', 1));
    return;
  }
  // Per mille: any file size fits QProgressBar's int.
  bar_->setRange(0, kPermille);
  bar_->setValue(static_cast<int>(done_bytes * kPermille / total_bytes));
  bar_->setFormat(tr("%1: %2 of %3 MB")
                      .arg(file)
                      .arg(done_bytes / 1e6, 0, 'f', 1)
                      .arg(total_bytes / 1e6, 0, 'f', 1));
}

void DownloadDialog::on_message(const QString& text) { status_->setText(text); }

void DownloadDialog::on_finished(const QString& dir, const QString& error) {
  button_->setText(tr("Close"));
  button_->setEnabled(true);
  const QString name = QString::fromStdString(dataset_.name);
  if (error.isEmpty()) {
    bar_->setRange(0, 1);
    bar_->setValue(1);
    bar_->setFormat(tr("Done"));
    status_->setText(tr("%1 is ready in %2").arg(name, QDir::toNativeSeparators(dir)));
    Q_EMIT downloaded(dir);
    return;
  }
  bar_->setRange(0, 1);
  bar_->setValue(0);
  bar_->setFormat(QString());
  status_->setText(cancel_->load()
                       ? tr("Cancelled. What arrived is kept; the next download of %1 resumes "
                            "it.")
                             .arg(name)
                       : tr("Could not download %1: %2").arg(name, error));
  Q_EMIT failed(error);
}

void DownloadDialog::reject() {
  if (busy()) {
    // Cancel first; the worker gives up within a moment and on_finished() reports it.
    cancel_->store(true);
    button_->setEnabled(false);
    status_->setText(tr("Cancelling..."));
    return;
  }
  QDialog::reject();
}

}  // namespace allcnn::ui
