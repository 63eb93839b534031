// The dataset download dialog and the training form's Download button, against the local HTTP
// server of the fetch tests (tests/fetch/http_server.py on 127.0.0.1): a download with its
// progress, a valid copy that is not fetched again, a wrong checksum, Cancel keeping the part
// file for the next download to resume, and the button's dialog reporting a server error.
// No test needs the internet.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <random>

#include "download_dialog.h"
#include "fetch/dataset_catalog.h"
#include "isolated_settings.h"
#include "workbench_fixture.h"

using namespace allcnn;
using namespace allcnn::ui;
using namespace allcnn::ui::testing;

namespace {

QByteArray random_bytes(int size, unsigned seed) {
  std::mt19937 generator(seed);
  QByteArray bytes(size, '\0');
  for (auto& b : bytes) b = static_cast<char>(generator() & 0xFF);
  return bytes;
}

// Computed with Qt, not with the code under test.
std::string sha256_hex(const QByteArray& bytes) {
  return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
}

QByteArray read_all(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestDownloadDialog : public QObject {
  Q_OBJECT

  QTemporaryDir temp_;
  QProcess server_;
  int port_ = 0;
  QString served_, log_;
  int folders_ = 0;
  const QByteArray small_ = random_bytes(600'000, 1);
  const QByteArray large_ = random_bytes(3'000'000, 2);

  QString fresh_folder() { return temp_.path() + QStringLiteral("/data%1").arg(++folders_); }
  std::string url(const char* mode) const {
    return "http://127.0.0.1:" + std::to_string(port_) + "/" + mode + "/";
  }
  QStringList requests() const {
    return QString::fromUtf8(read_all(log_)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  }
  fetch::DatasetDownload dataset(const char* mode, const std::string& file,
                                 const QByteArray& bytes) const {
    fetch::DatasetDownload d;
    d.name = "tiny";
    d.base_url = url(mode);
    d.files = {{file, static_cast<uint64_t>(bytes.size()), sha256_hex(bytes)}};
    return d;
  }
  static QString status_of(DownloadDialog& dialog) {
    return dialog.findChild<QLabel*>(QStringLiteral("download_status"))->text();
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(temp_.isValid());
    allcnn::ui::testing::isolate_user_files(QStringLiteral("test_download_dialog"), temp_.path());
    qunsetenv("ALLCNN_DATASETS_URL");
    served_ = temp_.path() + QStringLiteral("/served");
    log_ = temp_.path() + QStringLiteral("/requests.log");
    QVERIFY(QDir().mkpath(served_));
    for (const auto& [name, bytes] :
         {std::pair{"small.bin", small_}, {"again.bin", small_}, {"large.bin", large_}}) {
      QFile file(served_ + QLatin1Char('/') + QLatin1String(name));
      QVERIFY(file.open(QIODevice::WriteOnly));
      file.write(bytes);
    }
    server_.start(QStringLiteral(ALLCNN_PYTHON),
                  {QStringLiteral(ALLCNN_HTTP_SERVER), served_, log_});
    QVERIFY(server_.waitForStarted(10000));
    QVERIFY(server_.waitForReadyRead(10000));
    const QString line = QString::fromUtf8(server_.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("PORT ")), qPrintable(line));
    port_ = line.mid(5).toInt();
    QVERIFY(port_ > 0);
  }

  void cleanupTestCase() {
    server_.kill();
    server_.waitForFinished(5000);
  }

  void a_download_shows_its_progress_and_a_valid_copy_is_kept() {
    const QString dir = fresh_folder();
    DownloadDialog dialog(dataset("good", "small.bin", small_), dir);
    QSignalSpy done(&dialog, &DownloadDialog::downloaded);
    QSignalSpy failed(&dialog, &DownloadDialog::failed);
    dialog.show();  // showing it starts the download
    QTRY_COMPARE_WITH_TIMEOUT(done.count() + failed.count(), 1, 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(done.first().first().toString(), dir);
    QCOMPARE(read_all(dir + QStringLiteral("/small.bin")), small_);
    auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("download_progress"));
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY2(status_of(dialog).contains(QStringLiteral("is ready in")),
             qPrintable(status_of(dialog)));
    QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("download_cancel"))->text(),
             QStringLiteral("Close"));
    QVERIFY(!dialog.busy());

    // The same dataset into the same folder: nothing is requested again.
    const int before = requests().size();
    DownloadDialog again(dataset("good", "small.bin", small_), dir);
    QSignalSpy again_done(&again, &DownloadDialog::downloaded);
    again.show();
    QTRY_COMPARE_WITH_TIMEOUT(again_done.count(), 1, 30000);
    QCOMPARE(requests().size(), before);
  }

  void a_wrong_checksum_is_reported_and_nothing_is_kept() {
    const QString dir = fresh_folder();
    auto wrong = dataset("good", "again.bin", small_);
    wrong.files[0].sha256 = sha256_hex(QByteArray("something else"));
    DownloadDialog dialog(wrong, dir);
    QSignalSpy failed(&dialog, &DownloadDialog::failed);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("checksum")),
             qPrintable(failed.first().first().toString()));
    QVERIFY2(status_of(dialog).startsWith(QStringLiteral("Could not download tiny")),
             qPrintable(status_of(dialog)));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/again.bin")));
    QVERIFY(dialog.isVisible());  // the user reads why, then closes it
  }

  void cancel_keeps_what_arrived_and_the_next_download_resumes_it() {
    const QString dir = fresh_folder();
    auto dialog = std::make_unique<DownloadDialog>(dataset("slow", "large.bin", large_), dir);
    QSignalSpy failed(dialog.get(), &DownloadDialog::failed);
    dialog->show();
    auto* bar = dialog->findChild<QProgressBar*>(QStringLiteral("download_progress"));
    // 3 MB at 16 KiB per 20 ms: several seconds, so Cancel comes mid-transfer.
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, 30000);
    QVERIFY(dialog->busy());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("download_cancel")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY2(status_of(*dialog).startsWith(QStringLiteral("Cancelled")),
             qPrintable(status_of(*dialog)));
    QVERIFY(dialog->isVisible());  // Cancel while busy cancels; it does not close
    const qint64 kept = QFileInfo(dir + QStringLiteral("/large.bin.part")).size();
    QVERIFY2(kept > 0 && kept < large_.size(), qPrintable(QString::number(kept)));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("download_cancel")),
                      Qt::LeftButton);
    QVERIFY(!dialog->isVisible());  // now it is Close
    dialog.reset();

    DownloadDialog again(dataset("good", "large.bin", large_), dir);
    QSignalSpy done(&again, &DownloadDialog::downloaded);
    again.show();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    QCOMPARE(read_all(dir + QStringLiteral("/large.bin")), large_);
    QVERIFY(!QFile::exists(dir + QStringLiteral("/large.bin.part")));
    QVERIFY2(requests().last().startsWith(QStringLiteral("/good/large.bin range=bytes=")),
             qPrintable(requests().join(QLatin1Char('\n'))));
  }

  void the_form_offers_the_download_of_the_chosen_dataset() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* button = window.findChild<QToolButton*>(QStringLiteral("dataset_download"));
    QVERIFY(button);
    set_field(window, "dataset", QStringLiteral("folder"));
    QVERIFY(!button->isEnabled());  // an image folder is the user's own
    set_field(window, "dataset", QStringLiteral("mnist"));
    QVERIFY(button->isEnabled());

    // The official server is out of reach here: the mirror variable sends the dialog to ours,
    // whose error mode answers 500.
    qputenv("ALLCNN_DATASETS_URL", url("error").c_str());
    button->click();
    auto* dialog = window.findChild<DownloadDialog*>(QStringLiteral("download_dialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->folder(), temp_.path() + QStringLiteral("/cache/allcnn/datasets/mnist"));
    QSignalSpy failed(dialog, &DownloadDialog::failed);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    qunsetenv("ALLCNN_DATASETS_URL");
    QVERIFY2(status_of(*dialog).contains(QStringLiteral("/error/")) &&
                 status_of(*dialog).contains(QStringLiteral("500")),
             qPrintable(status_of(*dialog)));
    dialog->close();
  }
};

QTEST_MAIN(TestDownloadDialog)
#include "test_download_dialog.moc"
