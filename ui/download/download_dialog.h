#pragma once

#include <atomic>
#include <memory>

#include <QDialog>
#include <QString>

#include "fetch/dataset_catalog.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace allcnn::ui {

/// Downloads one dataset (core/fetch: resume, size and SHA-256 check, unpack) into a folder on
/// a worker thread, with a progress bar and Cancel. A valid copy already there is kept and
/// reported at once. Cancel stops the transfer within a moment and keeps the part file, so
/// the next download resumes it; closing the dialog cancels and waits for the worker. The
/// base URL is the ALLCNN_DATASETS_URL environment variable where set, else the official one.
/// GUI thread only.
class DownloadDialog : public QDialog {
  Q_OBJECT

 public:
  /// `dataset`: a catalog entry (fetch::dataset_download(name)); `dir` empty: the user's data
  /// folder for it (fetch::default_dataset_folder), where training looks.
  DownloadDialog(fetch::DatasetDownload dataset, const QString& dir, QWidget* parent = nullptr);
  ~DownloadDialog() override;

  /// Starts the download; the dialog does so when it is first shown.
  void start();
  bool busy() const;
  /// The folder the dataset goes to.
  QString folder() const { return dir_; }

 Q_SIGNALS:
  /// The dataset is complete in `dir` (downloaded now, or found there already).
  void downloaded(const QString& dir);
  /// The download failed or was cancelled; `reason` says why.
  void failed(const QString& reason);

 protected:
  void showEvent(QShowEvent* event) override;
  void reject() override;

 private:
  void on_progress(const QString& file, qint64 done_bytes, qint64 total_bytes);
  void on_message(const QString& text);
  void on_finished(const QString& dir, const QString& error);

  fetch::DatasetDownload dataset_;
  QString dir_;
  QLabel* status_ = nullptr;
  QProgressBar* bar_ = nullptr;
  QPushButton* button_ = nullptr;  ///< Cancel while busy, Close afterwards
  QThread* thread_ = nullptr;
  std::shared_ptr<std::atomic<bool>> cancel_;
  bool started_ = false;
};

}  // namespace allcnn::ui
