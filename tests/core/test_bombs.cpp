// Dataset files that claim or inflate to far more than they should: each is built here (nothing
// large is committed), refused with a message naming the file, and without the memory it asks
// for.

#include <QtTest>

#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include <zlib.h>

#include "../common/error_of.h"
#include "../common/peak_memory.h"
#include "common/error.h"
#include "data/cifar_format.h"
#include "data/idx_format.h"

using namespace allcnn;

using allcnn::testing::error_of;

namespace {

using Bytes = std::vector<uint8_t>;

Bytes idx_header(uint32_t count, uint32_t rows, uint32_t cols) {
  Bytes b = {0, 0, 8, 3};
  for (uint32_t v : {count, rows, cols})
    for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<uint8_t>(v >> shift));
  return b;
}

// Deflates `in` into `out` with `flush`, as a gzip member.
void deflate_into(z_stream& z, const Bytes& in, int flush, Bytes& out) {
  z.next_in = const_cast<Bytef*>(in.data());
  z.avail_in = static_cast<uInt>(in.size());
  do {
    uint8_t chunk[1 << 16];
    z.next_out = chunk;
    z.avail_out = sizeof chunk;
    QCOMPARE_NE(deflate(&z, flush), Z_STREAM_ERROR);
    out.insert(out.end(), chunk, chunk + (sizeof chunk - z.avail_out));
  } while (z.avail_out == 0);
}

// A gzip file whose content starts with `header` and goes on with `zero_mib` MiB of zeros. Each
// MiB is compressed once after a full flush (which resets the history), so its compressed form
// repeats byte for byte: 2 GiB of content costs 2 MB and a few milliseconds to build.
Bytes gzip_bomb(const Bytes& header, int zero_mib) {
  z_stream z{};
  [&] { QCOMPARE(deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY), Z_OK); }();
  Bytes out;
  deflate_into(z, header, Z_FULL_FLUSH, out);
  Bytes block;
  deflate_into(z, Bytes(size_t{1} << 20, 0), Z_FULL_FLUSH, block);
  for (int i = 0; i < zero_mib; ++i) out.insert(out.end(), block.begin(), block.end());
  deflate_into(z, {}, Z_FINISH, out);  // the trailer is wrong for the repeats; never reached
  deflateEnd(&z);
  return out;
}

void write_file(const std::string& path, const Bytes& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()),
            static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

class TestBombs : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void idx_gzip_bomb_stops_at_the_header_size() {
    // The bomb: a valid header for Fashion-MNIST's 60000 28x28 images (47 MB), then a
    // body that inflates to 2 GiB.
    QTemporaryDir tmp;
    const std::string path = tmp.path().toStdString() + "/train-images-idx3-ubyte.gz";
    const Bytes bomb = gzip_bomb(idx_header(60000, 28, 28), 2048);
    QVERIFY2(bomb.size() < (size_t{3} << 20), "the bomb should be a small file");
    write_file(path, bomb);
    testing::PeakMemory memory;
    const bool measured = memory.reset();
    const QString error = error_of([&] { data::read_idx_file(path, 3, "images"); });
    QVERIFY2(error.startsWith(QString::fromStdString(path) + ": "), qPrintable(error));
    QVERIFY2(error.contains("decompresses to more than the 47040016 bytes its header describes "
                            "(60000x28x28 images): a corrupt file or a decompression bomb"),
             qPrintable(error));
    // The content's 47 MB (and the buffer growing to it), never the 2 GiB the body holds.
    if (measured)
      QVERIFY2(memory.growth_mib() < 256,
               qPrintable(QString("peak grew by %1 MiB").arg(memory.growth_mib())));
  }

  void idx_gzip_bomb_with_a_small_header_fails_at_once() {
    const Bytes bomb = gzip_bomb(idx_header(10, 28, 28), 2048);
    testing::PeakMemory memory;
    const bool measured = memory.reset();
    const QString error =
        error_of([&] { data::parse_idx(bomb.data(), bomb.size(), "b.gz", 3, "images"); });
    QVERIFY2(error.contains("b.gz: decompresses to more than the 7856 bytes its header describes"),
             qPrintable(error));
    if (measured)
      QVERIFY2(memory.growth_mib() < 16, qPrintable(QString::number(memory.growth_mib())));
  }

  void idx_header_beyond_the_limit_is_refused_before_reading_data() {
    // 4294967295 x 28 x 28 bytes is 3.4 TB: refused from the header alone, raw or compressed.
    const Bytes header = idx_header(0xFFFFFFFFu, 28, 28);
    for (const Bytes& bytes : {header, gzip_bomb(header, 1)}) {
      const QString error =
          error_of([&] { data::parse_idx(bytes.data(), bytes.size(), "big", 3, "images"); });
      QVERIFY2(error.contains("big: the header says 4294967295x28x28 images (3367254359280 "
                              "bytes), more than the 8 GiB an IDX file may hold"),
               qPrintable(error));
    }
    const Bytes overflow = idx_header(0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu);
    const QString error =
        error_of([&] { data::parse_idx(overflow.data(), overflow.size(), "big", 3, "images"); });
    QVERIFY2(error.contains("(more than 2^64 bytes)"), qPrintable(error));
  }

  void cifar_file_larger_than_any_official_one_is_not_read() {
    // 50001 records: one more than CIFAR-100's train.bin. A sparse file: nothing is written.
    QTemporaryDir tmp;
    const std::string path = tmp.path().toStdString() + "/data_batch_1.bin";
    { std::ofstream(path, std::ios::binary); }
    QCOMPARE(::truncate(path.c_str(), 50001 * 3073), 0);
    testing::PeakMemory memory;
    const bool measured = memory.reset();
    const QString error = error_of([&] { data::read_cifar_file(path, 1, 10); });
    QVERIFY2(error.contains(QString::fromStdString(path) +
                            ": has 153653073 bytes, more than a CIFAR file may have (153650000)"),
             qPrintable(error));
    if (measured)
      QVERIFY2(memory.growth_mib() < 16, qPrintable(QString::number(memory.growth_mib())));
  }

  void cifar_bound_is_per_file_kind() {
    // The official CIFAR-10 batches hold 10000 records each: 10001 is refused when that is the
    // bound given, from the byte count alone.
    const Bytes records(10001 * 3073, 0);
    const QString error = error_of(
        [&] { data::parse_cifar(records.data(), records.size(), "test_batch.bin", 1, 10, 10000); });
    QVERIFY2(error.contains("test_batch.bin: 30733073 bytes is more than 10000 3073-byte records"),
             qPrintable(error));
    QCOMPARE(data::parse_cifar(records.data(), 3073 * 2, "two.bin", 1, 10, 10000).count,
             int64_t(2));
  }

  void special_files_are_refused() {
    QVERIFY(error_of([] {
              data::read_idx_file("/dev/zero", 3, "images");
            }).contains("/dev/zero: is not a regular file"));
  }
};

QTEST_GUILESS_MAIN(TestBombs)
#include "test_bombs.moc"
