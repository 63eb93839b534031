// Every number read from a file goes through common/checked_number.h: values that used to be
// undefined behaviour (1e300 into an integer) or silently coerced are errors naming the file,
// the line and the column, or skipped rows with a warning where the format says so.

#include <QtTest>

#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "../common/error_of.h"
#include "common/checked_number.h"
#include "common/error.h"
#include "config/provenance.h"
#include "init/lsuv_trace.h"
#include "runs/keras_history.h"
#include "runs/long_csv.h"
#include "runs/run_folder.h"
#include "runs/run_reader.h"
#include "runs/run_writer.h"

using namespace allcnn;

using allcnn::testing::error_of;

namespace {

constexpr const char* kBatchesHeader =
    "step,epoch,batch,loss,accuracy,learning_rate,images_per_second,elapsed_s\n";
constexpr const char* kEpochsHeader =
    "epoch,train_loss,train_accuracy,val_loss,val_accuracy,learning_rate,elapsed_s,best\n";

void write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

}  // namespace

class TestCheckedNumbers : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void integers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("problem");  // empty: accepted
    QTest::newRow("plain") << "42" << qint64(42) << "";
    QTest::newRow("negative") << "-7" << qint64(-7) << "";
    QTest::newRow("integral decimal") << "3.0" << qint64(3) << "";
    QTest::newRow("exponent") << "1e3" << qint64(1000) << "";
    QTest::newRow("largest") << "9223372036854775807" << std::numeric_limits<qint64>::max() << "";
    QTest::newRow("smallest") << "-9223372036854775808" << std::numeric_limits<qint64>::min() << "";
    QTest::newRow("1e300") << "1e300" << qint64(0) << "'1e300' is out of range for an integer";
    QTest::newRow("one past the largest")
        << "9223372036854775808" << qint64(0) << "is out of range for an integer";
    QTest::newRow("2^63 as a decimal")
        << "9.223372036854775808e18" << qint64(0) << "is out of range for an integer";
    QTest::newRow("beyond double") << "1e400" << qint64(0) << "is out of range for an integer";
    QTest::newRow("nan") << "nan" << qint64(0) << "'nan' is not a finite number";
    QTest::newRow("inf") << "-inf" << qint64(0) << "'-inf' is not a finite number";
    QTest::newRow("fraction") << "2.5" << qint64(0) << "'2.5' is not a whole number";
    QTest::newRow("trailing garbage")
        << "12abc" << qint64(0) << "'12abc' has characters after the number";
    QTest::newRow("trailing space") << "12 " << qint64(0) << "has characters after the number";
    QTest::newRow("leading space") << " 12" << qint64(0) << "' 12' is not a number";
    QTest::newRow("word") << "zero" << qint64(0) << "'zero' is not a number";
    QTest::newRow("empty") << "" << qint64(0) << "an empty field where an integer belongs";
  }
  void integers() {
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QFETCH(QString, problem);
    int64_t value = -12345;
    const auto why = QString::fromStdString(parse_int64(text.toStdString(), value));
    if (problem.isEmpty()) {
      QVERIFY2(why.isEmpty(), qPrintable(why));
      QCOMPARE(qint64(value), expected);
    } else {
      QVERIFY2(why.contains(problem), qPrintable(why));
      QCOMPARE(value, int64_t(-12345));  // untouched
    }
  }

  void integer_ranges() {
    int64_t value = 0;
    QVERIFY(parse_int64("-1", value, 0).find("'-1' is outside [0, ") == 0);
    QVERIFY(parse_int64("2", value, 0, 1).find("is outside [0, 1]") != std::string::npos);
    QVERIFY(parse_int64("1", value, 0, 1).empty());
    QCOMPARE(value, int64_t(1));
  }

  void doubles_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("non_finite_allowed");
    QTest::addColumn<QString>("problem");
    QTest::newRow("plain") << "0.5" << false << "";
    QTest::newRow("exponent") << "-1e-3" << false << "";
    QTest::newRow("nan allowed") << "nan" << true << "";
    QTest::newRow("inf allowed") << "inf" << true << "";
    QTest::newRow("nan refused") << "nan" << false << "'nan' is not a finite number";
    QTest::newRow("overflow") << "1e400" << true << "'1e400' is out of range for a double";
    QTest::newRow("trailing garbage") << "0.5x" << true << "'0.5x' has characters after";
    QTest::newRow("comma decimal") << "0,5" << true << "has characters after the number";
    QTest::newRow("empty") << "" << true << "an empty field where a number belongs";
  }
  void doubles() {
    QFETCH(QString, text);
    QFETCH(bool, non_finite_allowed);
    QFETCH(QString, problem);
    double value = 0;
    const auto why = QString::fromStdString(parse_double(
        text.toStdString(), value, non_finite_allowed ? NonFinite::Allowed : NonFinite::Refused));
    if (problem.isEmpty())
      QVERIFY2(why.isEmpty(), qPrintable(why));
    else
      QVERIFY2(why.contains(problem), qPrintable(why));
  }

  void json_numbers_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<QString>("problem");
    QTest::newRow("integer") << "5" << qint64(0) << "";
    QTest::newRow("integral float") << "5.0" << qint64(0) << "";
    QTest::newRow("1e300") << "1e300" << qint64(0) << "1e+300 is out of range for an integer";
    QTest::newRow("fraction") << "2.5" << qint64(0) << "2.5 is not a whole number";
    QTest::newRow("negative count") << "-1" << qint64(0) << "-1 is outside [0, ";
    QTest::newRow("unsigned beyond int64")
        << "18446744073709551615" << qint64(0) << "18446744073709551615 is outside";
    QTest::newRow("string") << "\"5\"" << qint64(0) << "a string where an integer belongs";
  }
  void json_numbers() {
    QFETCH(QString, json);
    QFETCH(qint64, min);
    QFETCH(QString, problem);
    int64_t value = 0;
    const auto why = QString::fromStdString(
        json_to_int64(nlohmann::json::parse(json.toStdString()), value, min));
    if (problem.isEmpty())
      QVERIFY2(why.isEmpty() && value == 5, qPrintable(why));
    else
      QVERIFY2(why.contains(problem), qPrintable(why));
  }

  void quoted_excerpts_are_short_and_printable() {
    QCOMPARE(quoted_excerpt("a\nb"), std::string("'a?b'"));
    QCOMPARE(quoted_excerpt(std::string(100, 'x')), "'" + std::string(40, 'x') + "...'");
  }

  // ---- the readers ----

  void run_folder_numbers_name_file_line_and_column_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("contents");
    QTest::addColumn<QString>("message");
    QTest::newRow("step 1e300")
        << "batches.csv"
        << QString(kBatchesHeader) + "0,0,0,2.3,0.1,0.01,100,0.1\n1e300,0,1,2.3,0.1,0.01,100,0.2\n"
        << "batches.csv: line 3, step: '1e300' is out of range for an integer";
    QTest::newRow("step nan") << "batches.csv"
                              << QString(kBatchesHeader) + "nan,0,1,2.3,0.1,0.01,100,0.2\n"
                              << "batches.csv: line 2, step: 'nan' is not a finite number";
    QTest::newRow("negative batch")
        << "batches.csv" << QString(kBatchesHeader) + "0,0,-1,2.3,0.1,0.01,100,0.2\n"
        << "line 2, batch: '-1' is outside [0, ";
    QTest::newRow("fractional epoch")
        << "epochs.csv" << QString(kEpochsHeader) + "0.5,1,0.5,1,0.5,0.01,10,1\n"
        << "epochs.csv: line 2, epoch: '0.5' is not a whole number";
    QTest::newRow("best is a flag")
        << "epochs.csv" << QString(kEpochsHeader) + "0,1,0.5,1,0.5,0.01,10,2\n"
        << "line 2, best: '2' is not 0 or 1";
    QTest::newRow("loss overflow")
        << "batches.csv" << QString(kBatchesHeader) + "0,0,0,1e999,0.1,0.01,100,0.1\n"
        << "line 2, loss: '1e999' is out of range for a double";
    QTest::newRow("trailing garbage")
        << "batches.csv" << QString(kBatchesHeader) + "0,0,0,2.3x,0.1,0.01,100,0.1\n"
        << "line 2, loss: '2.3x' has characters after the number";
    QTest::newRow("drift epoch 1e300")
        << "drift.csv"
        << "epoch,layer,variance,mean,dead_fraction\n-1,conv1,1,0,0.5\n1e300,conv1,1,0,0.5\n"
        << "drift.csv: line 3, epoch: '1e300' is out of range for an integer";
    QTest::newRow("drift epoch below -1")
        << "drift.csv"
        << "epoch,layer,variance,mean,dead_fraction\n-2,conv1,1,0,0.5\n"
        << "drift.csv: line 2, epoch: '-2' is outside [-1, ";
    QTest::newRow("lsuv layer index 1e300")
        << "lsuv.csv"
        << "layer,layer_index,iteration,variance,mean,scale,elapsed_ms,variance_after,converged,"
           "skipped,skip_reason\nconv1,1e300,0,2,0,0.7,1,1,1,0,\n"
        << "lsuv.csv: line 2, layer_index: '1e300' is out of range for an integer";
    QTest::newRow("lsuv iteration beyond int")
        << "lsuv.csv"
        << "layer,layer_index,iteration,variance,mean,scale,elapsed_ms,variance_after,converged,"
           "skipped,skip_reason\nconv1,0,2147483648,2,0,0.7,1,1,1,0,\n"
        << "lsuv.csv: line 2, iteration: '2147483648' is outside [-1, ";
  }
  void run_folder_numbers_name_file_line_and_column() {
    QFETCH(QString, file);
    QFETCH(QString, contents);
    QFETCH(QString, message);
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    write(dir + "/config.json", "{}");
    write(dir + "/" + file.toStdString(), contents.toStdString());
    const QString error = error_of([&] { runs::read_run(dir); });
    QVERIFY2(error.contains(message), qPrintable(error));
  }

  void provenance_counts_that_are_not_counts_read_as_unknown_data() {
    QTest::addColumn<QString>("parameters");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("count") << "1369738" << qint64(1369738);
    QTest::newRow("1e300") << "1e300" << qint64(0);  // was a cast: undefined behaviour
    QTest::newRow("negative") << "-3" << qint64(0);
    QTest::newRow("fraction") << "2.5" << qint64(0);
    QTest::newRow("text") << "\"many\"" << qint64(0);
  }
  void provenance_counts_that_are_not_counts_read_as_unknown() {
    QFETCH(QString, parameters);
    QFETCH(qint64, expected);
    const auto config = nlohmann::json::parse("{\"parameters\": " + parameters.toStdString() + "}");
    QCOMPARE(config::read_provenance(config).parameters, int64_t(expected));
  }

  void a_nan_loss_is_a_value_not_an_error() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    write(dir + "/config.json", "{}");
    write(dir + "/batches.csv", std::string(kBatchesHeader) + "0,0,0,nan,0.1,0.01,inf,0.1\n");
    const auto record = runs::read_run(dir);
    QCOMPARE(record.batches.size(), size_t(1));
    QVERIFY(std::isnan(record.batches[0].loss));
    QVERIFY(std::isinf(record.batches[0].images_per_second));
  }

  void a_torn_last_line_with_a_bad_number_is_dropped() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    write(dir + "/config.json", "{}");
    write(dir + "/batches.csv",
          std::string(kBatchesHeader) + "0,0,0,2.3,0.1,0.01,100,0.1\n1e30");  // killed mid-write
    const auto record = runs::read_run(dir);
    QCOMPARE(record.batches.size(), size_t(1));
    QCOMPARE(record.warnings.size(), size_t(1));
  }

  void bad_evaluation_lines_are_skipped_with_a_warning() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    write(dir + "/config.json", "{}");
    write(dir + "/evaluations.jsonl",
          R"({"epoch":0,"count":8,"per_class_accuracy":[0.5,0.75],"confusion":[2,2,1,3]})"
          "\n"
          R"({"epoch":1,"count":1e300,"per_class_accuracy":[0.5,0.75],"confusion":[2,2,1,3]})"
          "\n"
          R"({"epoch":2,"count":8,"per_class_accuracy":[0.5,0.75],"confusion":[2,2.5,1,3]})"
          "\n");
    const auto record = runs::read_run(dir);
    QVERIFY(record.last_evaluation.has_value());
    QCOMPARE(record.last_evaluation->count, int64_t(8));
    QCOMPARE(record.warnings.size(), size_t(2));
    QVERIFY(record.warnings[0].find("evaluations.jsonl: skipped malformed line 2") !=
            std::string::npos);
    QVERIFY(record.warnings[0].find("count: 1e+300 is out of range") != std::string::npos);
    QVERIFY(record.warnings[1].find("2.5 is not a whole number") != std::string::npos);
  }

  void resuming_drops_rows_whose_key_is_not_a_number() {
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    write(dir + "/config.json", "{}");
    write(dir + "/batches.csv", std::string(kBatchesHeader) +
                                    "0,0,0,2.3,0.1,0.01,100,0.1\n"
                                    "1e300,0,1,2.3,0.1,0.01,100,0.2\n"
                                    "1,0,1,2.3,0.1,0.01,100,0.2\n");
    write(dir + "/evaluations.jsonl",
          "{\"epoch\":1e300}\n{\"epoch\":0,\"count\":1,\"per_class_accuracy\":[1],"
          "\"confusion\":[1]}\n");
    {
      runs::RunWriter writer(runs::RunFolder::open(dir), /*truncate_to_step=*/1,
                             /*truncate_to_epoch=*/1);
    }
    const auto record = runs::read_run(dir);
    QCOMPARE(record.batches.size(), size_t(1));
    QCOMPARE(record.batches[0].step, int64_t(0));
    QVERIFY(record.last_evaluation.has_value());
  }

  void keras_history_numbers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("epoch 1e300") << "epoch,acc,loss\n1e300,0.5,1\n"
                                 << "h.csv: line 2, epoch: '1e300' is out of range for an integer";
    QTest::newRow("pandas index 1e300") << ",acc,loss\n1e300,0.5,1\n"
                                        << "h.csv: line 2, epoch: '1e300' is out of range";
    QTest::newRow("negative epoch") << "epoch,acc,loss\n-3,0.5,1\n"
                                    << "line 2, epoch: '-3' is outside [0, ";
    QTest::newRow("trailing garbage") << "epoch,acc,loss\n0,0.5x,1\n"
                                      << "line 2, acc: '0.5x' has characters after the number";
    QTest::newRow("overflow") << "epoch,acc,loss\n0,0.5,1e400\n"
                              << "line 2, loss: '1e400' is out of range for a double";
    QTest::newRow("too few fields") << "epoch,acc,loss\n0,0.5\n"
                                    << "line 2 has 2 fields, expected 3";
  }
  void keras_history_numbers() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    const QString error = error_of([&] { runs::parse_keras_history(text.toStdString(), "h.csv"); });
    QVERIFY2(error.contains(message), qPrintable(error));
  }

  void keras_history_keeps_missing_and_infinite_metrics() {
    const auto record = runs::parse_keras_history("epoch,acc,loss\n0,NA,inf\n1,0.5,1\n", "h.csv");
    QCOMPARE(record.epochs.size(), size_t(2));
    QVERIFY(std::isnan(record.epochs[0].train_accuracy));
    QVERIFY(std::isinf(record.epochs[0].train_loss));
    QCOMPARE(record.epochs[1].epoch, int64_t(1));
  }

  void long_csv_numbers_data() {
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("step 1e300") << "a,batch_loss,1e300,0,0,1"
                                << "x.csv: line 2, step: '1e300' is out of range for an integer";
    QTest::newRow("fractional step") << "a,batch_loss,1.5,0,0,1"
                                     << "line 2, step: '1.5' is not a whole number";
    QTest::newRow("value overflow") << "a,batch_loss,1,0,0,1e400"
                                    << "line 2, value: '1e400' is out of range for a double";
    QTest::newRow("unterminated quote") << "\"a,batch_loss,1,0,0,1"
                                        << "line 2: unterminated quote";
  }
  void long_csv_numbers() {
    QFETCH(QString, row);
    QFETCH(QString, message);
    const std::string text = "run,metric,step,epoch,wall_time,value\n" + row.toStdString() + "\n";
    const QString error = error_of([&] { runs::read_long_csv(text, "x.csv"); });
    QVERIFY2(error.contains(message), qPrintable(error));
  }

  void long_csv_round_trips_unknown_cells() {
    runs::LongRow row{"run", "val_accuracy", -1, std::numeric_limits<double>::quiet_NaN(), 2.5,
                      0.75};
    const auto back = runs::read_long_csv(runs::write_long_csv({row}));
    QCOMPARE(back.size(), size_t(1));
    QCOMPARE(back[0].step, int64_t(-1));
    QVERIFY(std::isnan(back[0].epoch));
    QCOMPARE(back[0].value, 0.75);
  }
};

QTEST_GUILESS_MAIN(TestCheckedNumbers)
#include "test_checked_numbers.moc"
