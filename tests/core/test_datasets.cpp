// Dataset readers and the batcher. The CIFAR and IDX files are written here, byte by byte in the
// official layouts, so a reader that swaps planes, rows and columns or labels cannot pass.

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include <zlib.h>

#include "../common/error_of.h"
#include "common/error.h"
#include "data/batcher.h"
#include "data/dataset.h"

using allcnn::data::Batch;
using allcnn::data::Batcher;
using allcnn::data::Dataset;
using allcnn::data::DatasetKind;

Q_DECLARE_METATYPE(DatasetKind)

using allcnn::testing::error_of;

namespace {

using Bytes = std::vector<uint8_t>;

// A CIFAR record's pixels: R is a gradient, G a constant, B a different pattern; each depends
// on the record so that records cannot be mixed up either.
uint8_t cifar_pixel(int record, int channel, int y, int x) {
  switch (channel) {
    case 0:
      return static_cast<uint8_t>((y * 32 + x + record) % 256);
    case 1:
      return static_cast<uint8_t>(100 + record);
    default:
      return static_cast<uint8_t>((255 - 7 * y + 3 * x + 11 * record) % 256);
  }
}

Bytes cifar_record(int record, const Bytes& label_bytes) {
  Bytes bytes = label_bytes;
  for (int c = 0; c < 3; ++c) {
    for (int y = 0; y < 32; ++y) {
      for (int x = 0; x < 32; ++x) bytes.push_back(cifar_pixel(record, c, y, x));
    }
  }
  return bytes;
}

// Non-square on purpose: swapping rows and columns changes the shape.
uint8_t idx_pixel(int image, int y, int x) {
  return static_cast<uint8_t>((37 * image + 11 * y + 3 * x + 1) % 256);
}

void append_be32(Bytes& bytes, uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8)
    bytes.push_back(static_cast<uint8_t>(value >> shift));
}

Bytes idx_images(int count, int rows, int cols, uint32_t magic = 0x00000803) {
  Bytes bytes;
  append_be32(bytes, magic);
  for (int dim : {count, rows, cols}) append_be32(bytes, static_cast<uint32_t>(dim));
  for (int i = 0; i < count; ++i) {
    for (int y = 0; y < rows; ++y) {
      for (int x = 0; x < cols; ++x) bytes.push_back(idx_pixel(i, y, x));
    }
  }
  return bytes;
}

Bytes idx_labels(const Bytes& labels, uint32_t magic = 0x00000801) {
  Bytes bytes;
  append_be32(bytes, magic);
  append_be32(bytes, static_cast<uint32_t>(labels.size()));
  bytes.insert(bytes.end(), labels.begin(), labels.end());
  return bytes;
}

Bytes concat(Bytes a, const Bytes& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

Bytes to_bytes(const QByteArray& array) { return Bytes(array.begin(), array.end()); }
QByteArray to_qbytes(const Bytes& bytes) {
  return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<int>(bytes.size()));
}

void write_file(const QString& path, const Bytes& bytes) {
  std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()),
            static_cast<std::streamsize>(bytes.size()));
  QVERIFY(out.good());
}

Bytes read_file(const QString& path) {
  std::ifstream in(path.toStdString(), std::ios::binary);
  return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Writes `bytes` gzip-compressed, as `members` concatenated gzip members (what `cat a.gz b.gz`
// gives; still one valid gzip file).
void write_gzip(const QString& path, const Bytes& bytes, int members = 1) {
  const size_t per_member = (bytes.size() + members - 1) / members;
  for (int m = 0; m < members; ++m) {
    gzFile file = gzopen(path.toLocal8Bit().constData(), m == 0 ? "wb" : "ab");
    QVERIFY(file != nullptr);
    const size_t begin = std::min(bytes.size(), m * per_member);
    const size_t end = std::min(bytes.size(), begin + per_member);
    if (end > begin) {
      QCOMPARE(gzwrite(file, bytes.data() + begin, static_cast<unsigned>(end - begin)),
               static_cast<int>(end - begin));
    }
    QCOMPARE(gzclose(file), Z_OK);
  }
}

// Restores an environment variable when the test leaves, even through a failed QCOMPARE.
class EnvGuard {
 public:
  explicit EnvGuard(const char* name)
      : name_(name), value_(qgetenv(name)), was_set_(qEnvironmentVariableIsSet(name)) {}
  ~EnvGuard() {
    if (was_set_) {
      qputenv(name_.constData(), value_);
    } else {
      qunsetenv(name_.constData());
    }
  }
  EnvGuard(const EnvGuard&) = delete;
  EnvGuard& operator=(const EnvGuard&) = delete;

 private:
  QByteArray name_;
  QByteArray value_;
  bool was_set_;
};

Dataset numbered_dataset(int64_t n) {
  Dataset dataset;
  dataset.labels = torch::arange(n, torch::kInt64);
  // Every pixel of sample i holds i % 256, so images and labels can be checked to travel together.
  dataset.images =
      (dataset.labels % 256).to(torch::kUInt8).view({n, 1, 1, 1}).expand({n, 1, 2, 2}).contiguous();
  return dataset;
}

std::vector<int64_t> epoch_order(Batcher& batcher, int64_t epoch) {
  batcher.start_epoch(epoch);
  std::vector<int64_t> order;
  Batch batch;
  while (batcher.next(batch)) {
    for (int64_t i = 0; i < batch.labels.size(0); ++i)
      order.push_back(batch.labels[i].item<int64_t>());
  }
  return order;
}

}  // namespace

class TestDatasets : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir tmp_;
  QString path(const QString& name) const { return tmp_.filePath(name); }
  QString fresh_dir(const QString& name) const {
    QDir(tmp_.path()).mkpath(name);
    return path(name);
  }

  // An MNIST-style folder; `label_value` >= 0 replaces the last training label.
  void write_idx_dir(const QString& dir, int train_images, int train_labels, int label_value,
                     int test_rows) {
    write_gzip(dir + "/train-images-idx3-ubyte.gz", idx_images(train_images, 5, 4));
    Bytes labels;
    for (int i = 0; i < train_labels; ++i) labels.push_back(static_cast<uint8_t>(i % 10));
    if (label_value >= 0 && !labels.empty()) labels.back() = static_cast<uint8_t>(label_value);
    write_gzip(dir + "/train-labels-idx1-ubyte.gz", idx_labels(labels));
    write_file(dir + "/t10k-images-idx3-ubyte", idx_images(2, test_rows, 4));
    write_file(dir + "/t10k-labels-idx1-ubyte", idx_labels({7, 3}));
  }

  void write_cifar_dir(const QString& dir, DatasetKind kind) {
    if (kind == DatasetKind::Cifar10) {
      for (int batch = 1; batch <= 5; ++batch) {
        const int first = 2 * (batch - 1);
        write_file(dir + QString("/data_batch_%1.bin").arg(batch),
                   concat(cifar_record(first, {static_cast<uint8_t>(first % 10)}),
                          cifar_record(first + 1, {static_cast<uint8_t>((first + 1) % 10)})));
      }
      write_file(dir + "/test_batch.bin", cifar_record(50, {9}));
    } else {
      write_file(dir + "/train.bin", concat(cifar_record(0, {19, 99}), cifar_record(1, {4, 0})));
      write_file(dir + "/test.bin", cifar_record(50, {1, 42}));
    }
  }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(tmp_.isValid()); }

  // ---- CIFAR ----

  void cifar10_reads_back_pixel_exact() {
    const QString first = path("cifar10_a.bin");
    const QString second = path("cifar10_b.bin");
    write_file(first, concat(cifar_record(0, {3}), cifar_record(1, {9})));
    write_file(second, cifar_record(2, {0}));

    const Dataset data =
        allcnn::data::read_cifar_files({first.toStdString(), second.toStdString()}, 1, 10);
    QCOMPARE(data.images.sizes().vec(), (std::vector<int64_t>{3, 3, 32, 32}));
    QCOMPARE(data.images.scalar_type(), torch::kUInt8);
    QCOMPARE(data.labels.scalar_type(), torch::kInt64);
    QVERIFY(torch::equal(data.labels, torch::tensor({3, 9, 0}, torch::kInt64)));
    QCOMPARE(data.class_names.front(), std::string("airplane"));

    // Spot checks, worked out by hand from the patterns above.
    const auto px = data.images.accessor<uint8_t, 4>();
    QCOMPARE(int(px[0][0][0][0]), 0);   // R gradient starts at 0
    QCOMPARE(int(px[0][0][1][2]), 34);  // R at row 1, column 2: 32 + 2
    QCOMPARE(int(px[0][0][31][31]), 1023 % 256);
    QCOMPARE(int(px[1][1][17][5]), 101);              // G constant of record 1
    QCOMPARE(int(px[2][2][0][0]), (255 + 22) % 256);  // B of record 2, the second file
    QCOMPARE(int(px[0][2][2][1]), 255 - 14 + 3);

    for (int r = 0; r < 3; ++r) {
      for (int c = 0; c < 3; ++c) {
        for (int y = 0; y < 32; ++y) {
          for (int x = 0; x < 32; ++x) {
            if (px[r][c][y][x] != cifar_pixel(r, c, y, x)) {
              QFAIL(
                  qPrintable(QString("pixel r%1 c%2 y%3 x%4 differs").arg(r).arg(c).arg(y).arg(x)));
            }
          }
        }
      }
    }
  }

  void cifar100_keeps_the_fine_label() {
    const QString file = path("cifar100.bin");
    write_file(file, concat(cifar_record(0, {19, 42}), cifar_record(1, {0, 99})));
    const Dataset data = allcnn::data::read_cifar_files({file.toStdString()}, 2, 100);
    QVERIFY(torch::equal(data.labels, torch::tensor({42, 99}, torch::kInt64)));
    QCOMPARE(data.class_names.size(), size_t{100});
    const auto px = data.images.accessor<uint8_t, 4>();
    // The image starts right after both label bytes.
    QCOMPARE(int(px[0][0][0][0]), 0);
    QCOMPARE(int(px[0][0][0][1]), 1);
    QCOMPARE(int(px[1][1][31][31]), 101);
    QCOMPARE(int(px[1][2][3][4]), (255 - 21 + 12 + 11) % 256);
  }

  void cifar_rejects_corrupt_files_data() {
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("label_bytes");
    QTest::addColumn<QString>("phrase");
    const Bytes good = cifar_record(0, {1});
    QTest::newRow("missing file") << false << QByteArray() << 1 << "no such file";
    QTest::newRow("empty file") << true << QByteArray() << 1 << "empty file";
    QTest::newRow("truncated record")
        << true << to_qbytes(concat(good, Bytes(100, 7))) << 1
        << "truncated: 3173 bytes is not a whole number of 3073-byte records";
    QTest::newRow("cifar-10 file read as cifar-100")
        << true << to_qbytes(good) << 2
        << "truncated: 3073 bytes is not a whole number of 3074-byte records";
    QTest::newRow("label out of range")
        << true << to_qbytes(cifar_record(0, {10})) << 1 << "label 10 out of range [0, 10)";
    QTest::newRow("label out of range in a later record")
        << true << to_qbytes(concat(good, cifar_record(1, {255}))) << 1
        << "label 255 out of range [0, 10) in record 1";
    QTest::newRow("fine label out of range")
        << true << to_qbytes(cifar_record(0, {3, 100})) << 2 << "label 100 out of range [0, 100)";
  }
  void cifar_rejects_corrupt_files() {
    QFETCH(bool, exists);
    QFETCH(QByteArray, content);
    QFETCH(int, label_bytes);
    QFETCH(QString, phrase);
    const QString file =
        path(QString("corrupt_%1.bin").arg(QTest::currentDataTag()).replace(' ', '_'));
    if (exists) write_file(file, to_bytes(content));
    const int classes = label_bytes == 1 ? 10 : 100;
    const QString message = error_of(
        [&] { allcnn::data::read_cifar_files({file.toStdString()}, label_bytes, classes); });
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(phrase), qPrintable(message));
  }

  void cifar_error_names_the_bad_file_of_several() {
    const QString good = path("several_good.bin");
    const QString bad = path("several_bad.bin");
    write_file(good, cifar_record(0, {1}));
    write_file(bad, Bytes(10, 0));
    const QString message = error_of([&] {
      allcnn::data::read_cifar_files({good.toStdString(), bad.toStdString()}, 1, 10);
    });
    QVERIFY2(message.startsWith(bad + ": truncated"), qPrintable(message));
  }

  // ---- IDX ----

  void idx_reads_back_exactly_data() {
    QTest::addColumn<int>("gzip_members");  // 0: raw
    QTest::addColumn<QString>("suffix");
    QTest::newRow("raw") << 0 << "";
    QTest::newRow("gzip") << 1 << ".gz";
    QTest::newRow("gzip detected without the .gz name") << 1 << "";
    QTest::newRow("gzip of two members") << 2 << ".gz";
  }
  void idx_reads_back_exactly() {
    QFETCH(int, gzip_members);
    QFETCH(QString, suffix);
    const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
    const QString images_file = path("images_" + tag + suffix);
    const QString labels_file = path("labels_" + tag + suffix);
    const Bytes images = idx_images(3, 5, 4);
    const Bytes labels = idx_labels({0, 9, 4});
    if (gzip_members == 0) {
      write_file(images_file, images);
      write_file(labels_file, labels);
    } else {
      write_gzip(images_file, images, gzip_members);
      write_gzip(labels_file, labels, gzip_members);
      QCOMPARE(int(read_file(images_file).at(0)), 0x1f);
    }

    const torch::Tensor read_images = allcnn::data::read_idx_images(images_file.toStdString());
    QCOMPARE(read_images.sizes().vec(), (std::vector<int64_t>{3, 1, 5, 4}));
    QCOMPARE(read_images.scalar_type(), torch::kUInt8);
    const auto px = read_images.accessor<uint8_t, 4>();
    QCOMPARE(int(px[0][0][0][0]), 1);
    QCOMPARE(int(px[2][0][4][3]), (74 + 44 + 9 + 1) % 256);
    QCOMPARE(int(px[1][0][0][3]), 37 + 9 + 1);  // row 0, last column: rows and columns not swapped
    for (int i = 0; i < 3; ++i) {
      for (int y = 0; y < 5; ++y) {
        for (int x = 0; x < 4; ++x) QCOMPARE(px[i][0][y][x], idx_pixel(i, y, x));
      }
    }
    const torch::Tensor read_labels = allcnn::data::read_idx_labels(labels_file.toStdString());
    QCOMPARE(read_labels.scalar_type(), torch::kInt64);
    QVERIFY(torch::equal(read_labels, torch::tensor({0, 9, 4}, torch::kInt64)));
  }

  void idx_rejects_corrupt_files_data() {
    QTest::addColumn<bool>("images");  // which reader: images or labels
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<int>("drop_tail");      // bytes cut off the written file
    QTest::addColumn<int>("flip_from_end");  // 0, or k: the k-th byte from the end is inverted
    QTest::addColumn<QString>("phrase");
    const QByteArray images = to_qbytes(idx_images(3, 5, 4));
    const QByteArray labels = to_qbytes(idx_labels({1, 2, 3, 4, 5}));
    QTest::newRow("missing") << true << false << QByteArray() << false << 0 << 0 << "no such file";
    QTest::newRow("empty") << true << true << QByteArray() << false << 0 << 0 << "empty file";
    QTest::newRow("wrong magic type byte")
        << true << true << to_qbytes(idx_images(3, 5, 4, 0x00000D03)) << false << 0 << 0
        << "wrong IDX magic number 0x00000d03; expected 0x00000803 (images)";
    QTest::newRow("not an IDX file")
        << true << true << QByteArray("\x89PNG\r\n\x1a\n-----------", 20) << false << 0 << 0
        << "wrong IDX magic number 0x89504e47; expected 0x00000803 (images)";
    QTest::newRow("labels magic wrong")
        << false << true << to_qbytes(idx_labels({1}, 0x00000901)) << false << 0 << 0
        << "wrong IDX magic number 0x00000901; expected 0x00000801 (labels)";
    QTest::newRow("labels file read as images")
        << true << true << labels << false << 0 << 0
        << "wrong number of dimensions: 1 (magic 0x00000801); expected 3";
    QTest::newRow("images file read as labels")
        << false << true << images << false << 0 << 0
        << "wrong number of dimensions: 3 (magic 0x00000803); expected 1";
    QTest::newRow("truncated header")
        << true << true << images.left(10) << false << 0 << 0 << "truncated IDX header: 10 bytes";
    QTest::newRow("truncated images")
        << true << true << images.left(images.size() - 1) << false << 0 << 0
        << "truncated: the header says 3x5x4 images (60 bytes), the file has 59 bytes of data";
    QTest::newRow("truncated labels")
        << false << true << labels.left(labels.size() - 2) << false << 0 << 0
        << "truncated: the header says 5 labels (5 bytes), the file has 3 bytes of data";
    QTest::newRow("truncated images inside gzip")
        << true << true << images.left(images.size() - 1) << true << 0 << 0
        << "the header says 3x5x4 images (60 bytes), the file has 59";
    QTest::newRow("trailing bytes") << false << true << labels + QByteArray("xy") << false << 0 << 0
                                    << "2 unexpected bytes after the 5 labels";
    QTest::newRow("zero-sized dimension") << true << true << to_qbytes(idx_images(3, 0, 4)) << false
                                          << 0 << 0 << "dimension 1 of the header is 0";
    QTest::newRow("gzip header then garbage")
        << true << true
        << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + QByteArray(40, '\xff')
        << false << 0 << 0 << "corrupt gzip data";
    QTest::newRow("gzip cut short") << true << true << images << true << 12 << 0
                                    << "corrupt gzip data: the compressed stream ends early";
    QTest::newRow("gzip checksum wrong")
        << true << true << images << true << 0 << 8 << "corrupt gzip data: incorrect data check";
  }
  void idx_rejects_corrupt_files() {
    QFETCH(bool, images);
    QFETCH(bool, exists);
    QFETCH(QByteArray, content);
    QFETCH(bool, gzip);
    QFETCH(int, drop_tail);
    QFETCH(int, flip_from_end);
    QFETCH(QString, phrase);
    const QString file =
        path(QString("corrupt_%1-idx-ubyte").arg(QTest::currentDataTag()).replace(' ', '_'));
    if (exists) {
      if (gzip) {
        write_gzip(file, to_bytes(content));
      } else {
        write_file(file, to_bytes(content));
      }
      Bytes written = read_file(file);
      written.resize(written.size() - static_cast<size_t>(drop_tail));
      if (flip_from_end > 0) written[written.size() - flip_from_end] ^= 0xff;
      write_file(file, written);
    }
    const QString message = error_of([&] {
      if (images) {
        allcnn::data::read_idx_images(file.toStdString());
      } else {
        allcnn::data::read_idx_labels(file.toStdString());
      }
    });
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(phrase), qPrintable(message));
  }

  // ---- load_dataset ----

  void load_dataset_reads_cifar_folders_data() {
    QTest::addColumn<DatasetKind>("kind");
    QTest::addColumn<QString>("subdir");  // the archive's folder, or "" for the files directly
    QTest::newRow("cifar10 flat") << DatasetKind::Cifar10 << "";
    QTest::newRow("cifar10 archive folder") << DatasetKind::Cifar10 << "cifar-10-batches-bin";
    QTest::newRow("cifar100 flat") << DatasetKind::Cifar100 << "";
    QTest::newRow("cifar100 archive folder") << DatasetKind::Cifar100 << "cifar-100-binary";
  }
  void load_dataset_reads_cifar_folders() {
    QFETCH(DatasetKind, kind);
    QFETCH(QString, subdir);
    const QString dir =
        fresh_dir(QString("load_%1").arg(QTest::currentDataTag()).replace(' ', '_'));
    const QString files_dir = subdir.isEmpty() ? dir : dir + "/" + subdir;
    QDir().mkpath(files_dir);
    write_cifar_dir(files_dir, kind);
    QVERIFY(allcnn::data::dataset_files_present(kind, dir.toStdString()));

    const auto splits = allcnn::data::load_dataset(kind, dir.toStdString());
    const bool cifar10 = kind == DatasetKind::Cifar10;
    QCOMPARE(splits.train.size(), int64_t{cifar10 ? 10 : 2});
    QCOMPARE(splits.test.size(), int64_t{1});
    QCOMPARE(splits.train.class_names.size(), size_t{cifar10 ? 10u : 100u});
    QCOMPARE(splits.test.class_names, splits.train.class_names);
    // The batches are concatenated in order: record 7 comes from data_batch_4.bin.
    const int64_t probe = cifar10 ? 7 : 1;
    QCOMPARE(int(splits.train.images[probe][1][0][0].item<uint8_t>()), 100 + int(probe));
    QCOMPARE(splits.train.labels[probe].item<int64_t>(), int64_t{cifar10 ? 7 : 0});
    QCOMPARE(splits.test.labels[0].item<int64_t>(), int64_t{cifar10 ? 9 : 42});
    QCOMPARE(int(splits.test.images[0][0][1][0].item<uint8_t>()), (32 + 50) % 256);
  }

  void load_dataset_reads_idx_folders() {
    const QString dir = fresh_dir("load_mnist");
    write_idx_dir(dir, 3, 3, -1, 5);
    QVERIFY(allcnn::data::dataset_files_present(DatasetKind::Mnist, dir.toStdString()));
    const auto splits = allcnn::data::load_dataset(DatasetKind::Mnist, dir.toStdString());
    QCOMPARE(splits.train.images.sizes().vec(), (std::vector<int64_t>{3, 1, 5, 4}));
    QCOMPARE(splits.test.images.sizes().vec(), (std::vector<int64_t>{2, 1, 5, 4}));
    QVERIFY(torch::equal(splits.train.labels, torch::tensor({0, 1, 2}, torch::kInt64)));
    QVERIFY(torch::equal(splits.test.labels, torch::tensor({7, 3}, torch::kInt64)));
    QCOMPARE(splits.train.class_names.front(), std::string("0"));
    QCOMPARE(splits.train.channels(), int64_t{1});
  }

  void load_dataset_rejects_inconsistent_idx_folders_data() {
    QTest::addColumn<int>("train_images");
    QTest::addColumn<int>("train_labels");
    QTest::addColumn<int>("label_value");
    QTest::addColumn<int>("test_rows");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("fewer labels than images") << 3 << 2 << -1 << 5 << "train-labels-idx1-ubyte.gz"
                                              << "3 images but 2 labels";
    QTest::newRow("more labels than images") << 2 << 3 << -1 << 5 << "train-labels-idx1-ubyte.gz"
                                             << "2 images but 3 labels";
    QTest::newRow("label out of range") << 3 << 3 << 10 << 5 << "train-labels-idx1-ubyte.gz"
                                        << "label 10 out of range [0, 10) at item 2";
    QTest::newRow("test images of another size")
        << 3 << 3 << -1 << 6 << "t10k-images-idx3-ubyte"
        << "images are 6x4 but the training images are 5x4";
  }
  void load_dataset_rejects_inconsistent_idx_folders() {
    QFETCH(int, train_images);
    QFETCH(int, train_labels);
    QFETCH(int, label_value);
    QFETCH(int, test_rows);
    QFETCH(QString, file);
    QFETCH(QString, phrase);
    const QString dir =
        fresh_dir(QString("inconsistent_%1").arg(QTest::currentDataTag()).replace(' ', '_'));
    write_idx_dir(dir, train_images, train_labels, label_value, test_rows);
    const QString message =
        error_of([&] { allcnn::data::load_dataset(DatasetKind::FashionMnist, dir.toStdString()); });
    QVERIFY2(message.startsWith(dir + "/" + file + ": "), qPrintable(message));
    QVERIFY2(message.contains(phrase), qPrintable(message));
  }

  void load_dataset_names_the_missing_file_data() {
    QTest::addColumn<DatasetKind>("kind");
    QTest::addColumn<QString>("file");
    QTest::newRow("cifar10") << DatasetKind::Cifar10 << "data_batch_5.bin";
    QTest::newRow("cifar100") << DatasetKind::Cifar100 << "test.bin";
    QTest::newRow("fashion-mnist") << DatasetKind::FashionMnist << "t10k-labels-idx1-ubyte";
  }
  void load_dataset_names_the_missing_file() {
    QFETCH(DatasetKind, kind);
    QFETCH(QString, file);
    const QString dir = fresh_dir(QString("missing_%1").arg(QTest::currentDataTag()));
    if (kind == DatasetKind::FashionMnist) {
      write_idx_dir(dir, 3, 3, -1, 5);
    } else {
      write_cifar_dir(dir, kind);
    }
    QVERIFY(QFile::remove(dir + "/" + file));
    QVERIFY(!allcnn::data::dataset_files_present(kind, dir.toStdString()));
    const QString message = error_of([&] { allcnn::data::load_dataset(kind, dir.toStdString()); });
    QCOMPARE(message, dir + "/" + file + ": no such file");
  }

  void load_dataset_rejects_a_missing_folder() {
    const QString dir = path("no_such_folder");
    const QString message =
        error_of([&] { allcnn::data::load_dataset(DatasetKind::Mnist, dir.toStdString()); });
    QCOMPARE(message, dir + ": no such folder");
  }

  // ---- names, head, locations ----

  void dataset_kind_names_round_trip_data() {
    QTest::addColumn<DatasetKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("cifar10") << DatasetKind::Cifar10 << "cifar10";
    QTest::newRow("cifar100") << DatasetKind::Cifar100 << "cifar100";
    QTest::newRow("fashion-mnist") << DatasetKind::FashionMnist << "fashion-mnist";
    QTest::newRow("mnist") << DatasetKind::Mnist << "mnist";
  }
  void dataset_kind_names_round_trip() {
    QFETCH(DatasetKind, kind);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(allcnn::config::choice_name(kind)), name);
    QCOMPARE(allcnn::config::parse_choice<DatasetKind>(name.toStdString()), kind);
  }

  void unknown_dataset_name_is_an_error() {
    const QString message =
        error_of([] { allcnn::config::choice_from_string<DatasetKind>("imagenet", "dataset"); });
    QVERIFY2(message.startsWith("dataset: unknown dataset 'imagenet'"), qPrintable(message));
  }

  void class_names_follow_the_official_lists() {
    using allcnn::data::class_names;
    const auto cifar10 = class_names(DatasetKind::Cifar10);
    QCOMPARE(cifar10.size(), size_t{10});
    QCOMPARE(cifar10[0], std::string("airplane"));
    QCOMPARE(cifar10[9], std::string("truck"));

    const auto cifar100 = class_names(DatasetKind::Cifar100);
    QCOMPARE(cifar100.size(), size_t{100});
    QCOMPARE(cifar100[0], std::string("apple"));
    QCOMPARE(cifar100[1], std::string("aquarium_fish"));
    QCOMPARE(cifar100[19], std::string("cattle"));
    QCOMPARE(cifar100[58], std::string("pickup_truck"));
    QCOMPARE(cifar100[99], std::string("worm"));
    // The official fine_label_names are sorted and distinct: a slip in the table breaks this.
    QVERIFY(std::is_sorted(cifar100.begin(), cifar100.end()));
    QCOMPARE(std::set<std::string>(cifar100.begin(), cifar100.end()).size(), size_t{100});

    const auto fashion = class_names(DatasetKind::FashionMnist);
    QCOMPARE(fashion,
             (std::vector<std::string>{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                       "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"}));
    const auto digits = class_names(DatasetKind::Mnist);
    QCOMPARE(digits.size(), size_t{10});
    QCOMPARE(digits[7], std::string("7"));
  }

  void head_keeps_the_first_samples() {
    const Dataset data = numbered_dataset(5);
    QCOMPARE(data.head(2).size(), int64_t{2});
    QCOMPARE(data.head(2).images.size(0), int64_t{2});
    QCOMPARE(data.head(2).labels[1].item<int64_t>(), int64_t{1});
    QCOMPARE(data.head(100).size(), int64_t{5});
    QCOMPARE(data.head(-3).size(), int64_t{0});
  }

  void find_dataset_dir_checks_the_files() {
    const EnvGuard data_dir_guard("ALLCNN_DATA_DIR");
    const EnvGuard home_guard("HOME");
    const EnvGuard cache_guard("XDG_CACHE_HOME");
    const QString root = fresh_dir("find");
    qunsetenv("XDG_CACHE_HOME");
    qputenv("HOME", (root + "/home").toLocal8Bit());

    // $ALLCNN_DATA_DIR/<name> holding the files.
    write_idx_dir(fresh_dir("find/data/mnist"), 3, 3, -1, 5);
    qputenv("ALLCNN_DATA_DIR", (root + "/data").toLocal8Bit());
    QCOMPARE(QString::fromStdString(allcnn::data::find_dataset_dir(DatasetKind::Mnist)),
             root + "/data/mnist");
    // $ALLCNN_DATA_DIR itself holding the files.
    qputenv("ALLCNN_DATA_DIR", (root + "/data/mnist").toLocal8Bit());
    QCOMPARE(QString::fromStdString(allcnn::data::find_dataset_dir(DatasetKind::Mnist)),
             root + "/data/mnist");
    // A folder of the right name without the files does not count: the cache is next.
    qputenv("ALLCNN_DATA_DIR", (root + "/empty").toLocal8Bit());
    fresh_dir("find/empty/cifar100");
    const bool system_cifar100 =
        allcnn::data::dataset_files_present(DatasetKind::Cifar100, "/usr/share/datasets/cifar100");
    if (!system_cifar100) {
      QCOMPARE(QString::fromStdString(allcnn::data::find_dataset_dir(DatasetKind::Cifar100)),
               QString());
      const QString cache = fresh_dir("find/home/.cache/allcnn/datasets/cifar100");
      write_cifar_dir(cache, DatasetKind::Cifar100);
      QCOMPARE(QString::fromStdString(allcnn::data::find_dataset_dir(DatasetKind::Cifar100)),
               cache);
    }
    // Debian's dataset-fashion-mnist package.
    if (QFileInfo::exists(ALLCNN_FASHION_MNIST_DIR)) {
      QCOMPARE(QString::fromStdString(allcnn::data::find_dataset_dir(DatasetKind::FashionMnist)),
               QString(ALLCNN_FASHION_MNIST_DIR));
    }
  }

  void real_fashion_mnist_loads() {
    const std::string dir = ALLCNN_FASHION_MNIST_DIR;
    if (!allcnn::data::dataset_files_present(DatasetKind::FashionMnist, dir)) {
      QSKIP("Fashion-MNIST is not installed (Debian: dataset-fashion-mnist)");
    }
    const auto splits = allcnn::data::load_dataset(DatasetKind::FashionMnist, dir);
    QCOMPARE(splits.train.images.sizes().vec(), (std::vector<int64_t>{60000, 1, 28, 28}));
    QCOMPARE(splits.test.images.sizes().vec(), (std::vector<int64_t>{10000, 1, 28, 28}));
    QCOMPARE(splits.train.labels.size(0), int64_t{60000});
    QCOMPARE(splits.test.labels.size(0), int64_t{10000});
    QCOMPARE(splits.train.class_names[0], std::string("T-shirt/top"));
    // Fashion-MNIST is balanced: 6000 training and 1000 test images per class.
    QVERIFY(
        torch::equal(torch::bincount(splits.train.labels), torch::full({10}, 6000, torch::kInt64)));
    QVERIFY(
        torch::equal(torch::bincount(splits.test.labels), torch::full({10}, 1000, torch::kInt64)));
    QVERIFY(splits.train.images.max().item<int>() > 200);  // real pixels, not a blank file
  }

  // ---- Batcher ----

  void batcher_visits_every_sample_once_data() {
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("batch_size");
    QTest::addColumn<bool>("shuffle");
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("last_batch");
    QTest::newRow("partial last batch") << 10 << 3 << true << 4 << 1;
    QTest::newRow("exact multiple") << 12 << 4 << true << 3 << 4;
    QTest::newRow("batch larger than the set") << 5 << 8 << true << 1 << 5;
    QTest::newRow("batch of one") << 4 << 1 << true << 4 << 1;
    QTest::newRow("in order") << 7 << 3 << false << 3 << 1;
  }
  void batcher_visits_every_sample_once() {
    QFETCH(int, samples);
    QFETCH(int, batch_size);
    QFETCH(bool, shuffle);
    QFETCH(int, batches);
    QFETCH(int, last_batch);
    const Dataset data = numbered_dataset(samples);
    Batcher batcher(data, batch_size, shuffle, 42);
    QCOMPARE(batcher.batches_per_epoch(), int64_t{batches});
    for (int64_t epoch : {0, 1}) {
      batcher.start_epoch(epoch);
      std::vector<int64_t> seen;
      Batch batch;
      int64_t count = 0;
      while (batcher.next(batch)) {
        QCOMPARE(batch.index, count);
        const int64_t expected_size = count + 1 == batches ? last_batch : batch_size;
        QCOMPARE(batch.labels.size(0), expected_size);
        QCOMPARE(batch.images.sizes().vec(), (std::vector<int64_t>{expected_size, 1, 2, 2}));
        // Images travel with their labels.
        QVERIFY(torch::equal(batch.images.select(1, 0).select(1, 1).select(1, 0).to(torch::kInt64),
                             batch.labels % 256));
        for (int64_t i = 0; i < batch.labels.size(0); ++i) {
          seen.push_back(batch.labels[i].item<int64_t>());
        }
        ++count;
      }
      QCOMPARE(count, int64_t{batches});
      QVERIFY(!batcher.next(batch));
      std::vector<int64_t> sorted = seen;
      std::sort(sorted.begin(), sorted.end());
      std::vector<int64_t> all(samples);
      std::iota(all.begin(), all.end(), 0);
      QCOMPARE(sorted, all);
      if (!shuffle) QCOMPARE(seen, all);
    }
  }

  void batcher_order_depends_on_seed_and_epoch_only() {
    const Dataset data = numbered_dataset(100);
    Batcher a(data, 16, true, 7);
    Batcher b(data, 16, true, 7);
    Batcher other_seed(data, 16, true, 8);
    const auto a0 = epoch_order(a, 0);
    const auto a1 = epoch_order(a, 1);
    QCOMPARE(epoch_order(b, 0), a0);
    QCOMPARE(epoch_order(b, 1), a1);
    QVERIFY(a0 != a1);
    QVERIFY(epoch_order(other_seed, 0) != a0);
    // A fresh batcher asked for epoch 1 directly sees what the first one saw after epoch 0:
    // what a resumed run relies on.
    Batcher resumed(data, 16, true, 7);
    QCOMPARE(epoch_order(resumed, 1), a1);
    QCOMPARE(epoch_order(a, 0), a0);
    // The global generator is neither used nor disturbed.
    torch::manual_seed(3);
    const auto before = torch::rand({1}).item<float>();
    torch::manual_seed(3);
    epoch_order(a, 2);
    QCOMPARE(torch::rand({1}).item<float>(), before);
  }

  void batcher_seek_equals_skipping_data() {
    QTest::addColumn<int>("index");
    QTest::newRow("start") << 0;
    QTest::newRow("middle") << 3;
    QTest::newRow("last, partial") << 6;
    QTest::newRow("past the end") << 9;
  }
  void batcher_seek_equals_skipping() {
    QFETCH(int, index);
    const Dataset data = numbered_dataset(20);  // batches of 3: six full, one of 2
    Batcher walked(data, 3, true, 11);
    Batcher sought(data, 3, true, 11);
    walked.start_epoch(2);
    sought.start_epoch(2);
    Batch batch;
    for (int i = 0; i < index && walked.next(batch); ++i) {
    }
    sought.seek(index);
    Batch expected;
    Batch actual;
    const bool has_more = walked.next(expected);
    QCOMPARE(sought.next(actual), has_more);
    QCOMPARE(has_more, index < 7);
    while (has_more) {
      QCOMPARE(actual.index, expected.index);
      QVERIFY(torch::equal(actual.labels, expected.labels));
      QVERIFY(torch::equal(actual.images, expected.images));
      const bool more = walked.next(expected);
      QCOMPARE(sought.next(actual), more);
      if (!more) break;
    }
  }

  void batcher_rejects_bad_arguments() {
    const Dataset data = numbered_dataset(4);
    QVERIFY(error_of([&] { Batcher(data, 0, true, 1); }).startsWith("batch size: "));
    Batcher batcher(data, 2, true, 1);
    QVERIFY(error_of([&] { batcher.seek(-1); }).startsWith("batch index: "));
    QVERIFY(error_of([&] { batcher.start_epoch(-1); }).startsWith("epoch: "));
  }
};

QTEST_GUILESS_MAIN(TestDatasets)
#include "test_datasets.moc"
