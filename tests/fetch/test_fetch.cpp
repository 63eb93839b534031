// Downloading datasets, against a local HTTP server (tests/fetch/http_server.py on 127.0.0.1)
// that serves archives generated here: good, broken off and resumed, ignoring Range, with a
// wrong checksum, failing with a server error. No test needs the internet.
#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <random>

#include <archive.h>
#include <archive_entry.h>

#include "../common/error_of.h"
#include "common/error.h"
#include "fetch/dataset_catalog.h"
#include "fetch/fetch_dataset.h"

using namespace allcnn;
namespace fs = std::filesystem;

using allcnn::testing::error_of;

namespace {

std::string random_bytes(size_t size, unsigned seed) {
  std::mt19937 generator(seed);
  std::string bytes(size, '\0');
  for (auto& b : bytes) b = static_cast<char>(generator() & 0xFF);
  return bytes;
}

void write_file(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A .tar.gz holding `entries` (name -> contents), written with libarchive's writer.
void write_tar_gz(const fs::path& path,
                  const std::vector<std::pair<std::string, std::string>>& entries) {
  struct archive* a = archive_write_new();
  archive_write_add_filter_gzip(a);
  archive_write_set_format_pax_restricted(a);
  QCOMPARE(archive_write_open_filename(a, path.c_str()), ARCHIVE_OK);
  for (const auto& [name, contents] : entries) {
    struct archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.c_str());
    archive_entry_set_size(entry, static_cast<la_int64_t>(contents.size()));
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_write_header(a, entry);
    archive_write_data(a, contents.data(), contents.size());
    archive_entry_free(entry);
  }
  archive_write_close(a);
  archive_write_free(a);
}

// Computed with Qt, not with the code under test.
std::string sha256_hex(const std::string& bytes) {
  return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
      .toHex()
      .toStdString();
}

}  // namespace

class TestFetch : public QObject {
  Q_OBJECT

  QTemporaryDir temp_;
  QProcess server_;
  int port_ = 0;
  fs::path served_;  // what the server serves
  fs::path log_;     // the requests it saw
  int folders_ = 0;

  // The two files the archive holds, and the archive.
  std::string first_ = random_bytes(300'000, 1);
  std::string second_ = random_bytes(123'457, 2);
  std::string archive_bytes_;

  fs::path fresh_folder() {
    return fs::path(temp_.path().toStdString()) / ("data" + std::to_string(++folders_));
  }
  std::string url(const std::string& mode) const {
    return "http://127.0.0.1:" + std::to_string(port_) + "/" + mode + "/";
  }
  QStringList requests() const {
    return QString::fromStdString(read_file(log_)).split('\n', Qt::SkipEmptyParts);
  }
  // A dataset of one archive, as the catalog describes the CIFAR ones.
  fetch::DatasetDownload archive_dataset(const std::string& archive_name) const {
    fetch::DatasetDownload d;
    d.name = "tiny";
    d.files = {{archive_name, archive_bytes_.size(), sha256_hex(archive_bytes_)}};
    d.unpack = true;
    d.unpacked = {{"tiny-bin/first.bin", first_.size()}, {"tiny-bin/second.bin", second_.size()}};
    return d;
  }
  void check_unpacked(const fs::path& dir) {
    QVERIFY(read_file(dir / "tiny-bin" / "first.bin") == first_);
    QVERIFY(read_file(dir / "tiny-bin" / "second.bin") == second_);
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(temp_.isValid());
    served_ = fs::path(temp_.path().toStdString()) / "served";
    log_ = fs::path(temp_.path().toStdString()) / "requests.log";
    fs::create_directories(served_);
    write_tar_gz(served_ / "tiny.tar.gz",
                 {{"tiny-bin/first.bin", first_}, {"tiny-bin/second.bin", second_}});
    archive_bytes_ = read_file(served_ / "tiny.tar.gz");
    QVERIFY(archive_bytes_.size() > 400'000);  // random bytes do not compress
    // Copies under other names, so each test sees a file the server has not sent yet.
    for (const char* name : {"resume.tar.gz", "restart.tar.gz", "fail.tar.gz", "refused.tar.gz"})
      write_file(served_ / name, archive_bytes_);
    write_file(served_ / "garbage.tar.gz", random_bytes(5000, 3));
    write_tar_gz(served_ / "escape.tar.gz", {{"../outside.bin", "x"}});

    server_.start(ALLCNN_PYTHON, {ALLCNN_HTTP_SERVER, QString::fromStdString(served_.string()),
                                  QString::fromStdString(log_.string())});
    QVERIFY(server_.waitForStarted(10000));
    QVERIFY(server_.waitForReadyRead(10000));
    const QString line = QString::fromUtf8(server_.readLine()).trimmed();
    QVERIFY2(line.startsWith("PORT "), qPrintable(line));
    port_ = line.mid(5).toInt();
    QVERIFY(port_ > 0);
    // A user's ALLCNN_DATASETS_URL must not send these tests elsewhere.
    qunsetenv("ALLCNN_DATASETS_URL");
  }

  void cleanupTestCase() {
    server_.kill();
    server_.waitForFinished(5000);
  }

  void a_good_archive_is_downloaded_checked_unpacked_and_never_again() {
    const auto dir = fresh_folder();
    const auto dataset = archive_dataset("tiny.tar.gz");
    QStringList messages;
    uint64_t last_done = 0, last_total = 0;
    fetch::FetchCallbacks callbacks;
    callbacks.on_message = [&](const Message& text) {
      messages << QString::fromStdString(text.english());
    };
    callbacks.on_progress = [&](const std::string& file, uint64_t done, uint64_t total) {
      QCOMPARE(file, std::string("tiny.tar.gz"));
      last_done = done;
      last_total = total;
    };
    fetch::FetchOptions options;
    options.base_url = url("good");
    const auto result = fetch::fetch_dataset(dataset, dir.string(), options, callbacks);
    QVERIFY(result.downloaded);
    check_unpacked(dir);
    QVERIFY2(!fs::exists(dir / "tiny.tar.gz"), "the archive is removed once unpacked");
    QCOMPARE(last_total, uint64_t(archive_bytes_.size()));
    QCOMPARE(last_done, last_total);
    QVERIFY(
        messages.join("\n").contains("tiny is ready in " + QString::fromStdString(dir.string())));
    QVERIFY(fetch::has_valid_copy(dataset, dir.string()));

    const int before = requests().size();
    messages.clear();
    const auto again = fetch::fetch_dataset(dataset, dir.string(), options, callbacks);
    QVERIFY(!again.downloaded);
    QCOMPARE(requests().size(), before);
    QVERIFY(messages.join("\n").contains("already in"));
  }

  void kept_files_are_checked_by_their_checksum() {
    const auto dir = fresh_folder();
    fetch::DatasetDownload dataset;
    dataset.name = "kept";
    dataset.files = {{"resume.tar.gz", archive_bytes_.size(), sha256_hex(archive_bytes_)},
                     {"garbage.tar.gz", 5000, sha256_hex(random_bytes(5000, 3))}};
    fetch::FetchOptions options;
    options.base_url = url("good");
    QVERIFY(fetch::fetch_dataset(dataset, dir.string(), options).downloaded);
    QVERIFY(read_file(dir / "garbage.tar.gz") == random_bytes(5000, 3));
    QVERIFY(fetch::has_valid_copy(dataset, dir.string()));
    // A kept file changed on disk is no valid copy any more, and only it is fetched again.
    write_file(dir / "garbage.tar.gz", random_bytes(5000, 4));
    QVERIFY(!fetch::has_valid_copy(dataset, dir.string()));
    const int before = requests().size();
    QVERIFY(fetch::fetch_dataset(dataset, dir.string(), options).downloaded);
    QCOMPARE(requests().size(), before + 1);
    QVERIFY(requests().last().startsWith("/good/garbage.tar.gz"));
  }

  // The connection drops halfway: the part file keeps the first half, the next run asks for
  // the rest with a Range request and ends with the complete, checked file.
  void a_broken_download_resumes_with_a_range_request() {
    const auto dir = fresh_folder();
    const auto dataset = archive_dataset("resume.tar.gz");
    fetch::FetchOptions options;
    options.base_url = url("truncate");
    const QString message = error_of([&] { fetch::fetch_dataset(dataset, dir.string(), options); });
    QVERIFY2(message.contains("broke off after") && message.contains("run it again to resume") &&
                 message.contains(QString::fromStdString(url("truncate") + "resume.tar.gz")),
             qPrintable(message));
    const auto half = archive_bytes_.size() / 2;
    QCOMPARE(uint64_t(fs::file_size(dir / "resume.tar.gz.part")), uint64_t(half));

    QVERIFY(fetch::fetch_dataset(dataset, dir.string(), options).downloaded);
    QCOMPARE(requests().last(), QString("/truncate/resume.tar.gz range=bytes=%1-").arg(half));
    check_unpacked(dir);
    QVERIFY(!fs::exists(dir / "resume.tar.gz.part"));
  }

  // A server without Range support answers the whole file: it replaces the part, not appends.
  void a_server_ignoring_range_starts_over() {
    const auto dir = fresh_folder();
    write_file(dir / "restart.tar.gz.part", random_bytes(1000, 9));
    fetch::FetchOptions options;
    options.base_url = url("no-range");
    QVERIFY(
        fetch::fetch_dataset(archive_dataset("restart.tar.gz"), dir.string(), options).downloaded);
    QCOMPARE(requests().last(), QString("/no-range/restart.tar.gz range=bytes=1000-"));
    check_unpacked(dir);
  }

  void a_wrong_checksum_deletes_the_download() {
    const auto dir = fresh_folder();
    auto dataset = archive_dataset("tiny.tar.gz");
    dataset.files[0].sha256 = sha256_hex("something else");
    fetch::FetchOptions options;
    options.base_url = url("good");
    const QString message = error_of([&] { fetch::fetch_dataset(dataset, dir.string(), options); });
    QVERIFY2(message.contains("does not match its published checksum") &&
                 message.contains(QString::fromStdString(sha256_hex(archive_bytes_))) &&
                 message.contains("deleted"),
             qPrintable(message));
    QVERIFY(!fs::exists(dir / "tiny.tar.gz.part"));
    QVERIFY(!fs::exists(dir / "tiny.tar.gz"));
    QVERIFY(!fs::exists(dir / "tiny-bin"));
  }

  void a_server_error_is_reported_and_writes_nothing() {
    const auto dir = fresh_folder();
    fetch::FetchOptions options;
    options.base_url = url("error");
    const QString message = error_of(
        [&] { fetch::fetch_dataset(archive_dataset("tiny.tar.gz"), dir.string(), options); });
    QVERIFY2(message.contains("HTTP 500") &&
                 message.contains(QString::fromStdString(url("error") + "tiny.tar.gz")),
             qPrintable(message));
    QVERIFY2(!fs::exists(dir / "tiny.tar.gz.part"), "an error page is never saved as the file");
  }

  // Broken off mid-transfer, then the server fails the resume: the first half is kept intact.
  void a_server_error_on_resume_keeps_what_arrived() {
    const auto dir = fresh_folder();
    const auto dataset = archive_dataset("fail.tar.gz");
    fetch::FetchOptions options;
    options.base_url = url("fail-resume");
    QVERIFY(error_of([&] {
              fetch::fetch_dataset(dataset, dir.string(), options);
            }).contains("broke off"));
    const QString message = error_of([&] { fetch::fetch_dataset(dataset, dir.string(), options); });
    QVERIFY2(message.contains("HTTP 503"), qPrintable(message));
    const auto part = dir / "fail.tar.gz.part";
    QCOMPARE(uint64_t(fs::file_size(part)), uint64_t(archive_bytes_.size() / 2));
    QVERIFY(read_file(part) == archive_bytes_.substr(0, archive_bytes_.size() / 2));
    // The server recovers: the part is completed rather than fetched again.
    options.base_url = url("good");
    QVERIFY(fetch::fetch_dataset(dataset, dir.string(), options).downloaded);
    QCOMPARE(requests().last(),
             QString("/good/fail.tar.gz range=bytes=%1-").arg(archive_bytes_.size() / 2));
    check_unpacked(dir);
  }

  void damaged_and_escaping_archives_are_refused() {
    fetch::FetchOptions options;
    options.base_url = url("good");
    const std::string garbage = random_bytes(5000, 3);
    fetch::DatasetDownload damaged = archive_dataset("garbage.tar.gz");
    damaged.files[0] = {"garbage.tar.gz", garbage.size(), sha256_hex(garbage)};
    auto dir = fresh_folder();
    QString message = error_of([&] { fetch::fetch_dataset(damaged, dir.string(), options); });
    QVERIFY2(message.contains("garbage.tar.gz"), qPrintable(message));

    const std::string escape = read_file(served_ / "escape.tar.gz");
    fetch::DatasetDownload escaping = archive_dataset("escape.tar.gz");
    escaping.files[0] = {"escape.tar.gz", escape.size(), sha256_hex(escape)};
    dir = fresh_folder();
    message = error_of([&] { fetch::fetch_dataset(escaping, dir.string(), options); });
    QVERIFY2(message.contains("refusing the entry '../outside.bin'"), qPrintable(message));
    QVERIFY(!fs::exists(dir.parent_path() / "outside.bin"));
  }

  void no_server_and_cancelling_are_errors() {
    fetch::FetchOptions options;
    options.base_url = "http://127.0.0.1:1/";
    QString message = error_of([&] {
      fetch::fetch_dataset(archive_dataset("tiny.tar.gz"), fresh_folder().string(), options);
    });
    QVERIFY2(message.contains("http://127.0.0.1:1/tiny.tar.gz"), qPrintable(message));

    std::atomic<bool> cancel{true};
    options.base_url = url("good");
    options.cancel = &cancel;
    message = error_of([&] {
      fetch::fetch_dataset(archive_dataset("refused.tar.gz"), fresh_folder().string(), options);
    });
    QVERIFY2(message.contains("cancelled"), qPrintable(message));
  }

  void the_catalog_names_the_official_files() {
    QCOMPARE(fetch::downloadable_datasets(),
             (std::vector<std::string>{"cifar10", "cifar100", "fashion-mnist", "mnist"}));
    const auto& cifar = fetch::dataset_download("cifar10");
    QCOMPARE(cifar.files.size(), size_t(1));
    QCOMPARE(cifar.files[0].name, std::string("cifar-10-binary.tar.gz"));
    QVERIFY(cifar.unpack);
    QCOMPARE(fetch::dataset_download("mnist").files.size(), size_t(4));
    QVERIFY(error_of([] { fetch::dataset_download("imagenet"); }).contains("cannot be downloaded"));
  }

  // The command line: the official checksums cannot match files made here, so the CLI must
  // refuse them and say which URL it fetched from (the base URL override reached it).
  void the_cli_checks_the_official_checksums() {
    for (const char* name : {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                             "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"})
      write_file(served_ / name, random_bytes(2000, 5));
    const auto dir = fresh_folder();
    QProcess cli;
    cli.start(ALLCNN_CLI, {"data", "get", "mnist", "--dir", QString::fromStdString(dir.string()),
                           "--base-url", QString::fromStdString(url("good"))});
    QVERIFY(cli.waitForFinished(60000));
    const QString output =
        QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(output.contains(QString::fromStdString(url("good")) + "train-images-idx3-ubyte.gz") &&
                 output.contains("does not match its published checksum"),
             qPrintable(output));
    QVERIFY(!fs::exists(dir / "train-images-idx3-ubyte.gz"));
  }
};

QTEST_GUILESS_MAIN(TestFetch)
#include "test_fetch.moc"
