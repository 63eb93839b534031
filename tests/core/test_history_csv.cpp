// History CSVs as other tools write them: CRLF or CR line ends, a byte-order mark, quoted
// headers and cells, `;` or tab between cells, percentages, and names that say nothing
// (`x, training, validation`) read with an explicit column mapping. Errors name the file, the
// line and the column.

#include <QtTest>

#include <cmath>
#include <string>
#include <vector>

#include "../common/error_of.h"
#include "common/error.h"
#include "runs/history_table.h"
#include "runs/keras_history.h"

using namespace allcnn;
using namespace allcnn::runs;
using allcnn::testing::error_of;

namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

// Two series of a spreadsheet, in percent, with quoted headers and CRLF line ends.
const std::string kSheet = std::string(kBom) +
                           "\"x\";\"training\";\"validation\"\r\n"
                           "1;41,5;38\r\n"
                           "2;\"62.25\";55.5\r\n"
                           "3; 80 ; 71.75 \r\n";

HistoryColumns sheet_mapping() {
  HistoryColumns columns;
  columns.epoch = 0;
  columns.train_accuracy = 1;
  columns.val_accuracy = 2;
  columns.percent = true;
  columns.epochs_from_one = true;
  return columns;
}

}  // namespace

class TestHistoryCsv : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void splits_what_other_tools_write_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("last_row");
    QTest::addColumn<int>("separator");
    QTest::newRow("CRLF, BOM, quoted header, ;")
        << QString::fromStdString(kSheet) << QStringList{"x", "training", "validation"}
        << QStringList{"3", "80", "71.75"} << int(';');
    QTest::newRow("CR only, tab") << QStringLiteral("epoch\tval acc\r0\t0.5\r1\t0.75\r")
                                  << QStringList{"epoch", "val acc"} << QStringList{"1", "0.75"}
                                  << int('\t');
    QTest::newRow("quoted cells with separators and doubled quotes")
        << QStringLiteral(
               "\"val acc\", \"say \"\"hi\"\", \"\"x\"\"\" ,loss\n"
               "\"0.5\",\"a,b\",1\n")
        << QStringList{"val acc", "say \"hi\", \"x\"", "loss"} << QStringList{"0.5", "a,b", "1"}
        << int(',');
    QTest::newRow("blank lines and a trailing empty cell")
        << QStringLiteral("\n  \nepoch,acc,\n\n0,0.5,\n") << QStringList{"epoch", "acc", ""}
        << QStringList{"0", "0.5", ""} << int(',');
  }
  void splits_what_other_tools_write() {
    QFETCH(QString, text);
    QFETCH(QStringList, header);
    QFETCH(QStringList, last_row);
    QFETCH(int, separator);
    const HistoryTable table = split_history_csv(text.toStdString(), "h.csv");
    QCOMPARE(int(table.separator), separator);
    QStringList got_header, got_last;
    for (const auto& name : table.header) got_header << QString::fromStdString(name);
    QVERIFY(!table.rows.empty());
    for (const auto& cell : table.rows.back()) got_last << QString::fromStdString(cell);
    QCOMPARE(got_header, header);
    QCOMPARE(got_last, last_row);
  }

  void line_numbers_count_physical_lines() {
    const HistoryTable table =
        split_history_csv("\r\nepoch,note\r\n0,\"two\nlines\"\r\n\r\n1,x\r\n", "h.csv");
    QCOMPARE(table.lines, (std::vector<int64_t>{3, 6}));
    QCOMPARE(table.rows[0][1], std::string("two\nlines"));
  }

  void guesses_keras_names_and_says_when_it_cannot() {
    const auto guess_of = [](const std::string& text) {
      return guess_history_columns(split_history_csv(text, "h.csv"));
    };
    const HistoryGuess keras =
        guess_of("epoch,accuracy,loss,lr,val_accuracy,val_loss\n0,.5,1,.1,.6,1\n");
    QVERIFY(keras.complete);
    QCOMPARE(keras.columns.epoch, 0);
    QCOMPARE(keras.columns.train_accuracy, 1);
    QCOMPARE(keras.columns.train_loss, 2);
    QCOMPARE(keras.columns.learning_rate, 3);
    QCOMPARE(keras.columns.val_accuracy, 4);
    QCOMPARE(keras.columns.val_loss, 5);
    QVERIFY(!keras.columns.percent);
    QVERIFY(!keras.columns.epochs_from_one);

    const HistoryGuess pandas = guess_of("\"\",\"Val Acc\",\"val-loss\"\r\n0,0.5,1\r\n");
    QVERIFY(pandas.complete);
    QCOMPARE(pandas.columns.epoch, 0);
    QCOMPARE(pandas.columns.val_accuracy, 1);
    QCOMPARE(pandas.columns.val_loss, 2);

    // Percent from the values: above 1, at most 100.
    QVERIFY(guess_of("epoch,acc,val_acc\n0,45.5,50\n1,61,70\n").columns.percent);
    QVERIFY(!guess_of("epoch,acc\n0,0.5\n1,1\n").columns.percent);
    QVERIFY(!guess_of("epoch,acc\n0,45\n1,450\n").columns.percent);

    // x, training, validation: the x axis is found, the series are not.
    const HistoryGuess sheet = guess_of(kSheet);
    QVERIFY(!sheet.complete);
    QCOMPARE(sheet.columns.epoch, 0);
    QVERIFY(sheet.columns.epochs_from_one);
    QVERIFY(!sheet.columns.has_metric());
    // What the mapping dialog suggests once the user named the accuracy columns.
    const HistoryTable table = split_history_csv(kSheet, "h.csv");
    QVERIFY(accuracy_looks_like_percent(table, sheet_mapping()));
  }

  void explicit_mapping_reads_a_percent_sheet() {
    const RunRecord record = parse_history(kSheet, "/data/sheet.csv", sheet_mapping());
    QCOMPARE(record.state, std::string("imported"));
    QCOMPARE(record.config["name"].get<std::string>(), std::string("sheet"));
    QCOMPARE(record.config["source"].get<std::string>(), std::string("history-csv"));
    QCOMPARE(record.epochs.size(), size_t(3));
    const std::vector<double> train = {0.415, 0.6225, 0.80}, val = {0.38, 0.555, 0.7175};
    for (size_t i = 0; i < 3; ++i) {
      QCOMPARE(record.epochs[i].epoch, int64_t(i));  // x counted from 1
      QCOMPARE(record.epochs[i].train_accuracy, train[i]);
      QCOMPARE(record.epochs[i].val_accuracy, val[i]);
      QVERIFY(std::isnan(record.epochs[i].train_loss));
      QVERIFY(std::isnan(record.epochs[i].learning_rate));
    }
    QVERIFY(record.warnings.empty());
    // Without a mapping the names say nothing: refused, naming the file and the header.
    const QString error = error_of([] { parse_keras_history(kSheet, "/data/sheet.csv"); });
    QVERIFY2(error.startsWith(QStringLiteral("/data/sheet.csv: has no known history columns")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("\"x\";\"training\";\"validation\"")),
             qPrintable(error));
  }

  void keras_file_with_crlf_bom_and_quotes_reads_as_before() {
    const std::string text = std::string(kBom) +
                             "\"epoch\",\"acc\",\"loss\",\"val_acc\",\"val_loss\"\r\n"
                             "0,0.5,1.25,0.625,1.125\r\n1,0.75,0.5,0.8125,0.25\r\n";
    const RunRecord record = parse_keras_history(text, "k.csv");
    QCOMPARE(record.config["source"].get<std::string>(), std::string("keras-csv"));
    QCOMPARE(record.epochs.size(), size_t(2));
    QCOMPARE(record.epochs[1].val_accuracy, 0.8125);
    QCOMPARE(record.epochs[1].train_loss, 0.5);
  }

  void errors_name_the_file_line_and_column_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("text in a percent cell")
        << QStringLiteral("\"x\";\"training\";\"validation\"\r\n1;41;38\r\n2;abc;40\r\n")
        << QStringLiteral("/data/sheet.csv: line 3, training: 'abc' is not a number");
    QTest::newRow("short CR line")
        << QStringLiteral("x;training;validation\r1;41;38\r2;50\r3;60;61\r")
        << QStringLiteral("/data/sheet.csv: line 3 has 2 fields, expected 3");
    QTest::newRow("x from one, given 0")
        << QStringLiteral("x;training;validation\n0;41;38\n")
        << QStringLiteral("/data/sheet.csv: line 2, x: '0' is outside [1, ");
    QTest::newRow("quote left open")
        << QStringLiteral("x;training;validation\n1;\"41;38\n2;50;51\n")
        << QStringLiteral("/data/sheet.csv: line 2: unterminated quote");
    QTest::newRow("mapping past the header") << QStringLiteral("x;training\n1;41\n")
                                             << QStringLiteral("/data/sheet.csv: has no column 3");
    QTest::newRow("empty") << QString::fromUtf8("\xEF\xBB\xBF\r\n")
                           << QStringLiteral("/data/sheet.csv: is empty");
  }
  void errors_name_the_file_line_and_column() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString subject;
    const QString error = error_of(
        [&] { parse_history(text.toStdString(), "/data/sheet.csv", sheet_mapping()); }, &subject);
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QCOMPARE(subject, QStringLiteral("/data/sheet.csv"));
  }

  void mapping_without_a_metric_is_refused() {
    HistoryColumns columns;
    columns.epoch = 0;
    const QString error = error_of([&] { parse_history(kSheet, "s.csv", columns); });
    QVERIFY2(error.contains(QStringLiteral("names no metric column")), qPrintable(error));
  }

  void torn_last_row_is_dropped_with_a_warning() {
    const RunRecord record =
        parse_history("x;training;validation\r\n1;41;38\r\n2;\"5", "s.csv", sheet_mapping());
    QCOMPARE(record.epochs.size(), size_t(1));
    QCOMPARE(record.warnings.size(), size_t(1));
    QVERIFY(QString::fromStdString(record.warnings[0]).contains(QStringLiteral("line 3")));
  }
};

QTEST_MAIN(TestHistoryCsv)
#include "test_history_csv.moc"
