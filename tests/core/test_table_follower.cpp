// TableFollower: following a growing CSV file gives exactly the rows a full read of the final
// file gives, wherever the writer happened to be when a read came.
#include <QtTest>

#include <cmath>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "common/error.h"
#include "runs/csv_table.h"
#include "runs/table_follower.h"

using namespace allcnn;
using metrics::BatchMetrics;

namespace {

std::string batches_text(int rows) {
  std::string text = runs::batches_table().header() + "\n";
  for (int i = 0; i < rows; ++i) {
    BatchMetrics b;
    b.step = i;
    b.epoch = i / 7;
    b.batch = i % 7;
    b.loss = 2.3 / (1.0 + i) + 1e-7 * i;
    b.accuracy = 0.1 + 0.01 * i;
    b.learning_rate = 0.01;
    b.images_per_second = 1234.5 + i;
    b.elapsed_s = 0.25 * i;
    text += runs::batches_table().format(b);
  }
  return text;
}

void write(const std::string& path, const std::string& text, std::ios::openmode mode) {
  std::ofstream out(path, std::ios::binary | mode);
  out << text;
}

// The rows as comparable text: each row formatted back through the table.
std::vector<std::string> lines_of(const std::vector<BatchMetrics>& rows) {
  std::vector<std::string> lines;
  for (const auto& row : rows) lines.push_back(runs::batches_table().format(row));
  return lines;
}

std::vector<BatchMetrics> full_read(const std::string& path) {
  runs::TableFollower<BatchMetrics> follower(path, runs::batches_table());
  return follower.read().rows;
}

}  // namespace

class TestTableFollower : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void following_equals_a_full_read_at_every_cut_of_the_last_line() {
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("batches.csv")).toStdString();
    const std::string text = batches_text(20);
    const size_t last_line = text.rfind('\n', text.size() - 2) + 1;
    write(path, text, std::ios::trunc);
    const auto expected = lines_of(full_read(path));
    QCOMPARE(expected.size(), size_t(20));

    for (size_t cut = last_line; cut <= text.size(); ++cut) {
      write(path, text.substr(0, cut), std::ios::trunc);
      runs::TableFollower<BatchMetrics> follower(path, runs::batches_table());
      auto rows = follower.read().rows;
      // Before the writer finished the line, the follower has what a full read of the cut
      // file has: the complete lines; the rest is held back, not dropped.
      QCOMPARE(lines_of(rows), lines_of(full_read(path)));
      const std::string written = text.substr(last_line, cut - last_line);
      const bool finished = !written.empty() && written.back() == '\n';
      QCOMPARE(follower.partial(), finished ? std::string() : written);
      write(path, text.substr(cut), std::ios::app);
      const auto update = follower.read();
      QVERIFY(!update.restarted);
      rows.insert(rows.end(), update.rows.begin(), update.rows.end());
      QVERIFY2(lines_of(rows) == expected, qPrintable(QStringLiteral("cut at %1").arg(cut)));
      QVERIFY(follower.partial().empty());
      QVERIFY(follower.read().rows.empty());  // nothing new: nothing read
    }
  }

  void a_file_followed_in_small_pieces_reads_like_a_whole() {
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("batches.csv")).toStdString();
    const std::string text = batches_text(50);
    write(path, "", std::ios::trunc);
    runs::TableFollower<BatchMetrics> follower(path, runs::batches_table());
    std::vector<BatchMetrics> rows;
    for (size_t at = 0; at < text.size(); at += 37) {
      write(path, text.substr(at, 37), std::ios::app);
      const auto update = follower.read();
      rows.insert(rows.end(), update.rows.begin(), update.rows.end());
    }
    QCOMPARE(lines_of(rows), lines_of(full_read(path)));
    QCOMPARE(rows.size(), size_t(50));
  }

  void a_rewritten_file_restarts() {
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("batches.csv")).toStdString();
    write(path, batches_text(10), std::ios::trunc);
    runs::TableFollower<BatchMetrics> follower(path, runs::batches_table());
    QCOMPARE(follower.read().rows.size(), size_t(10));
    write(path, batches_text(4), std::ios::trunc);  // a resume cut the replayed rows
    const auto update = follower.read();
    QVERIFY(update.restarted);
    QCOMPARE(update.rows.size(), size_t(4));
  }

  // Each field of a line gives the value it spells: integers written as decimals, nan and
  // inf in the double columns, the extremes of int64.
  void a_line_parses_to_exactly_its_values() {
    BatchMetrics b;
    QCOMPARE(runs::batches_table().parse("9223372036854775807,3.0,1e3,nan,-inf,1e-310,0,-0.0", b),
             std::string());
    QCOMPARE(b.step, std::numeric_limits<int64_t>::max());
    QCOMPARE(b.epoch, int64_t(3));
    QCOMPARE(b.batch, int64_t(1000));
    QVERIFY(std::isnan(b.loss));
    QVERIFY(std::isinf(b.accuracy) && b.accuracy < 0);
    QCOMPARE(b.learning_rate, 1e-310);
    QCOMPARE(b.images_per_second, 0.0);
    QVERIFY(b.elapsed_s == 0.0 && std::signbit(b.elapsed_s));

    metrics::DriftRow d;
    QCOMPARE(runs::drift_table().parse("-1,conv 1,2.5,-0.125,1", d), std::string());
    QCOMPARE(d.epoch, int64_t(-1));
    QCOMPARE(d.layer, std::string("conv 1"));
    QCOMPARE(d.variance, 2.5);
    QCOMPARE(d.mean, -0.125);
    QCOMPARE(d.dead_fraction, 1.0);
  }

  // What a malformed line says, word for word: the field count before any field, then the
  // first bad field by its column. The messages follow "line N" (TableFollower adds it).
  void a_malformed_line_says_exactly_why_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << " has 1 fields, expected 8";
    QTest::newRow("too few") << "1,2,3"
                             << " has 3 fields, expected 8";
    QTest::newRow("too many") << "0,0,0,1,1,1,1,1,9"
                              << " has 9 fields, expected 8";
    QTest::newRow("trailing comma") << "0,0,0,1,1,1,1,1,"
                                    << " has 9 fields, expected 8";
    QTest::newRow("count before fields") << "x,0,0,1,1,1,1"
                                         << " has 7 fields, expected 8";
    QTest::newRow("empty integer") << ",0,0,1,1,1,1,1"
                                   << ", step: an empty field where an integer belongs";
    QTest::newRow("empty double") << "0,0,0,1,,1,1,1"
                                  << ", accuracy: an empty field where a number belongs";
    QTest::newRow("negative") << "0,0,-1,1,1,1,1,1"
                              << ", batch: '-1' is outside [0, "
                                 "9223372036854775807]";
    QTest::newRow("negative decimal") << "0,-2.0,0,1,1,1,1,1"
                                      << ", epoch: '-2.0' is outside [0, 9223372036854775807]";
    QTest::newRow("integer overflow")
        << "9223372036854775808,0,0,1,1,1,1,1"
        << ", step: '9223372036854775808' is out of range for an integer";
    QTest::newRow("fraction") << "0,0.5,0,1,1,1,1,1"
                              << ", epoch: '0.5' is not a whole number";
    QTest::newRow("word") << "zero,0,0,1,1,1,1,1"
                          << ", step: 'zero' is not a number";
    QTest::newRow("space") << "0, 0,0,1,1,1,1,1"
                           << ", epoch: ' 0' is not a number";
    QTest::newRow("integer nan") << "nan,0,0,1,1,1,1,1"
                                 << ", step: 'nan' is not a finite number";
    QTest::newRow("garbage") << "0,0,0,2.3x,1,1,1,1"
                             << ", loss: '2.3x' has characters after the number";
    QTest::newRow("double overflow") << "0,0,0,1,1,1e999,1,1"
                                     << ", learning_rate: '1e999' is out of range for a double";
    QTest::newRow("long excerpt") << "0,0,0,1,1,1,1," + QString(50, QLatin1Char('7')) + "x"
                                  << ", elapsed_s: '" + QString(40, QLatin1Char('7')) +
                                         "...' has characters after the number";
    QTest::newRow("control character")
        << "0,0,0,1,1,1,1\x01,1"
        << ", images_per_second: '1?' has characters after the number";
  }
  void a_malformed_line_says_exactly_why() {
    QFETCH(QString, line);
    QFETCH(QString, message);
    BatchMetrics row;
    QCOMPARE(QString::fromStdString(runs::batches_table().parse(line.toStdString(), row)), message);
  }

  void a_bad_flag_says_exactly_why() {
    metrics::EpochRow e;
    QCOMPARE(runs::epochs_table().parse("0,1,0.5,1,0.5,0.01,10,2", e),
             std::string(", best: '2' is not 0 or 1"));
    QCOMPARE(runs::epochs_table().parse("0,1,0.5,1,0.5,0.01,10,1", e), std::string());
    QVERIFY(e.best);
  }

  void a_bad_line_names_the_file_and_line() {
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("batches.csv")).toStdString();
    write(path, batches_text(3), std::ios::trunc);
    runs::TableFollower<BatchMetrics> follower(path, runs::batches_table());
    QCOMPARE(follower.read().rows.size(), size_t(3));
    write(path, "1,2,3\n", std::ios::app);
    try {
      follower.read();
      QFAIL("a malformed line was accepted");
    } catch (const Error& e) {
      const QString what = QString::fromStdString(e.what());
      QVERIFY2(what.contains(QStringLiteral("batches.csv")) &&
                   what.contains(QStringLiteral("line 5 has 3 fields, expected 8")),
               qPrintable(what));
    }
    write(path, "step,nope\n", std::ios::trunc);
    runs::TableFollower<BatchMetrics> wrong(path, runs::batches_table());
    QVERIFY_THROWS_EXCEPTION(Error, wrong.read());
  }
};

QTEST_APPLESS_MAIN(TestTableFollower)
#include "test_table_follower.moc"
