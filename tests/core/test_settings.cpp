// The settings table: every row round-trips through config.json and through text, the one
// parser rejects what it must, and every error names the setting by its key. Torch-free: this
// links only allcnn_config.
#include <QtTest>

#include <cmath>
#include <fstream>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "../common/error_of.h"
#include "common/error.h"
#include "common/message.h"
#include "config/provenance.h"
#include "config/run_config.h"
#include "config/setting_changes.h"
#include "config/settings_table.h"
#include "config/text_values.h"

using namespace allcnn;
using config::Setting;
using config::SettingType;

using allcnn::testing::error_of;

namespace {

bool in_range(const Setting& row, double value) {
  if (const auto& min = row.minimum();
      min && (min->open ? value <= min->value : value < min->value))
    return false;
  if (const auto& max = row.maximum();
      max && (max->open ? value >= max->value : value > max->value))
    return false;
  return true;
}

// A value for `row` that differs from its default and lies in its range, as text.
std::string non_default_text(const Setting& row) {
  const train::RunConfig defaults;
  const std::string current = row.format(defaults);
  switch (row.type()) {
    case SettingType::Bool:
      return current == "true" ? "false" : "true";
    case SettingType::Integer:
    case SettingType::Real: {
      const double value = std::stod(current);
      const bool whole = row.type() == SettingType::Integer;
      for (double candidate : {value + 1, value * 2, value - 1, value / 2, 0.25, 3.0})
        if (candidate != value && in_range(row, candidate) &&
            (!whole || candidate == std::floor(candidate)))
          return whole ? std::to_string(static_cast<long long>(candidate))
                       : config::format_real(candidate);
      return {};
    }
    case SettingType::Text:
    case SettingType::Path:
      return current + "-other";
    case SettingType::Choice:
      for (const auto& name : row.choices())
        if (name != current) return name;
      return {};
    case SettingType::FlagSet:
      return row.choices().front() + "," + row.choices().back();
    case SettingType::IntegerList:
      return "3,7";
    case SettingType::TextList:
      return "conv1,conv3";
  }
  return {};
}

std::string write_temp(const QTemporaryDir& dir, const std::string& text) {
  const std::string path = dir.path().toStdString() + "/config.json";
  std::ofstream(path) << text;
  return path;
}

}  // namespace

class TestSettings : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // Several processes on one machine (data-parallel training) each take their own GPU, unless
  // the user numbered one; without GPUs nothing changes.
  void each_local_rank_takes_its_own_gpu() {
    const DeviceSpec automatic{}, cuda{DeviceKind::Cuda, -1}, second{DeviceKind::Cuda, 1},
        cpu{DeviceKind::Cpu, -1};
    QCOMPARE(device_for_local_rank(automatic, 0, 4), (DeviceSpec{DeviceKind::Cuda, 0}));
    QCOMPARE(device_for_local_rank(automatic, 3, 4), (DeviceSpec{DeviceKind::Cuda, 3}));
    QCOMPARE(device_for_local_rank(cuda, 5, 4), (DeviceSpec{DeviceKind::Cuda, 1}));
    QCOMPARE(device_for_local_rank(second, 3, 4), second);
    QCOMPARE(device_for_local_rank(cpu, 2, 4), cpu);
    QCOMPARE(device_for_local_rank(automatic, 1, 0), automatic);
  }

  void table_is_complete_and_unique() {
    QVERIFY(config::settings().size() >= 45);
    for (const auto& row : config::settings()) {
      const QString key = QString::fromStdString(row.key());
      QVERIFY2(!row.key().empty() && *row.label() != '\0' && *row.help() != '\0', qPrintable(key));
      QVERIFY2(QString::fromStdString(row.flag()).startsWith(QStringLiteral("--")),
               qPrintable(key));
      QCOMPARE(config::find_setting(row.key()), &row);
      if (row.type() == SettingType::Choice || row.type() == SettingType::FlagSet)
        QVERIFY2(!row.choices().empty(), qPrintable(key));
      // The default itself must be valid, or a fresh form could not start a run.
      QVERIFY2(!row.problem(train::RunConfig{}), qPrintable(key));
    }
    train::RunConfig().validate();
  }

  void every_setting_round_trips_through_json_data() {
    QTest::addColumn<QString>("key");
    for (const auto& row : config::settings())
      QTest::newRow(row.key().c_str()) << QString::fromStdString(row.key());
  }
  void every_setting_round_trips_through_json() {
    QFETCH(QString, key);
    const Setting& row = config::setting(key.toStdString());
    const std::string text = non_default_text(row);
    QVERIFY2(!text.empty(), "no non-default value for this type: extend non_default_text()");
    train::RunConfig changed;
    row.parse(changed, text);
    QVERIFY2(!row.same_value(changed, train::RunConfig{}), text.c_str());
    QVERIFY2(!row.problem(changed) || !row.applies_to(changed), text.c_str());

    // Through config.json: the key is the row's, and only this setting differs.
    const nlohmann::json j = changed;
    QVERIFY(j.contains(row.key()));
    const auto back = j.get<train::RunConfig>();
    QVERIFY(row.same_value(back, changed));
    QCOMPARE(nlohmann::json(back).dump(), j.dump());
    nlohmann::json defaults = train::RunConfig{};
    for (const auto& item : j.items())
      if (item.key() != row.key()) QCOMPARE(item.value().dump(), defaults.at(item.key()).dump());

    // Through text (the CLI, the form, the remembered settings).
    train::RunConfig reread;
    row.parse(reread, row.format(changed));
    QVERIFY(row.same_value(reread, changed));
    QCOMPARE(row.format_json(j.at(row.key())).value_or("?"), row.format(changed));
  }

  void parser_rejects_bad_text_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nan") << "lr"
                         << "nan"
                         << "not a finite number";
    QTest::newRow("inf") << "lr"
                         << "inf"
                         << "not a finite number";
    QTest::newRow("-infinity") << "momentum"
                               << "-infinity"
                               << "not a finite number";
    QTest::newRow("empty number") << "lr"
                                  << ""
                                  << "is empty";
    QTest::newRow("blank number") << "width"
                                  << "  "
                                  << "is empty";
    QTest::newRow("words") << "momentum"
                           << "fast"
                           << "'fast' is not a number";
    QTest::newRow("trailing junk") << "gamma"
                                   << "0.1x"
                                   << "is not a number";
    QTest::newRow("fraction") << "epochs"
                              << "1.5"
                              << "not a whole number";
    QTest::newRow("exponent") << "batch_size"
                              << "1e3"
                              << "not a whole number";
    QTest::newRow("empty integer") << "epochs"
                                   << ""
                                   << "is empty";
    QTest::newRow("overflow") << "train_limit"
                              << "99999999999999999999"
                              << "too large";
    QTest::newRow("int overflow") << "threads"
                                  << "4294967296"
                                  << "too large";
    QTest::newRow("negative seed") << "seed"
                                   << "-1"
                                   << "must not be negative";
    QTest::newRow("double overflow") << "lr"
                                     << "1e999"
                                     << "out of the range";
    QTest::newRow("control in name") << "name"
                                     << "run\tone"
                                     << "control character";
    QTest::newRow("control in path") << "data_dir"
                                     << "/tmp/a\nb"
                                     << "control character";
    QTest::newRow("device") << "device"
                            << "nonsense"
                            << "unknown device 'nonsense'";
    QTest::newRow("device index") << "device"
                                  << "cuda:x"
                                  << "unknown device";
    QTest::newRow("cpu index") << "device"
                               << "cpu:0"
                               << "unknown device";
    QTest::newRow("choice") << "optimizer"
                            << "adagrad"
                            << "unknown optimizer 'adagrad'";
    QTest::newRow("flag set") << "augment"
                              << "shift,rotate"
                              << "unknown augmentation 'rotate'";
    QTest::newRow("empty list item") << "milestones"
                                     << "1,,2"
                                     << "empty item";
    QTest::newRow("list fraction") << "milestones"
                                   << "1,2.5"
                                   << "not a whole number";
    QTest::newRow("bool") << "bn"
                          << "maybe"
                          << "not true or false";
  }
  void parser_rejects_bad_text() {
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    train::RunConfig config;
    QString subject;
    const QString message = error_of(
        [&] { config::setting(key.toStdString()).parse(config, text.toStdString()); }, &subject);
    QVERIFY2(!message.isEmpty(), "accepted");
    QCOMPARE(subject, key);
    QVERIFY2(message.contains(reason), qPrintable(message));
  }

  void parser_reads_what_people_write_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("exponent") << "epsilon"
                              << "1e-7"
                              << "1e-07";
    QTest::newRow("decimal comma") << "lr"
                                   << "0,05"
                                   << "0.05";
    QTest::newRow("plus sign") << "momentum"
                               << "+0.5"
                               << "0.5";
    QTest::newRow("blanks") << "epochs"
                            << " 12 "
                            << "12";
    QTest::newRow("largest seed") << "seed"
                                  << "18446744073709551615"
                                  << "18446744073709551615";
    QTest::newRow("yes") << "bn"
                         << "yes"
                         << "true";
    QTest::newRow("cuda index") << "device"
                                << "cuda:1"
                                << "cuda:1";
    QTest::newRow("flag set order") << "augment"
                                    << "zca, shift"
                                    << "shift,zca";
    QTest::newRow("none") << "augment"
                          << "none"
                          << "none";
    QTest::newRow("list blanks") << "milestones"
                                 << "10, 20 ,30"
                                 << "10,20,30";
    QTest::newRow("empty list") << "lsuv_layers"
                                << ""
                                << "";
    QTest::newRow("default dataset") << "dataset"
                                     << ""
                                     << "";
  }
  void parser_reads_what_people_write() {
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    const Setting& row = config::setting(key.toStdString());
    train::RunConfig config;
    row.parse(config, text.toStdString());
    QCOMPARE(QString::fromStdString(row.format(config)), formatted);
  }

  void bad_config_files_name_the_key_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("unknown key") << R"({"drift_evry": 5})"
                                 << QStringList{"drift_evry", "unknown setting",
                                                "did you mean 'drift_every'"};
    QTest::newRow("old field name")
        << R"({"learning_rate": 0.1})" << QStringList{"learning_rate", "unknown setting"};
    QTest::newRow("wrong type") << R"({"epochs": "ten"})"
                                << QStringList{"epochs",
                                               R"("ten" is not a whole number [1, 1000000])"};
    QTest::newRow("fraction") << R"({"batch_size": 3.5})"
                              << QStringList{"batch_size", "3.5 is not a whole number"};
    QTest::newRow("string number")
        << R"({"lr": "0.1"})" << QStringList{"lr", R"("0.1" is not a number [0, 1000000])"};
    QTest::newRow("negative seed")
        << R"({"seed": -3})" << QStringList{"seed", "-3 must not be negative"};
    QTest::newRow("choice") << R"({"schedule": "exp"})"
                            << QStringList{"schedule", "unknown schedule 'exp'",
                                           "constant, time-decay, steps, cosine or plateau"};
    QTest::newRow("list type") << R"({"milestones": "200"})"
                               << QStringList{"milestones", "is not a list of whole numbers"};
    QTest::newRow("control") << "{\"name\": \"a\\u0007b\"}"
                             << QStringList{"name", "control character"};
    QTest::newRow("not an object") << "[1, 2]" << QStringList{"must be a JSON object"};
    // nlohmann throws out_of_range, not parse_error, for these (found by fuzz_config).
    QTest::newRow("number beyond a double")
        << R"({"lr": 1e999})" << QStringList{"is not valid JSON", "number overflow"};
    QTest::newRow("fuzz_config's finding")
        << "66666666666666666000000e00000000000000000666666666600000000000000"
        << QStringList{"is not valid JSON", "number overflow"};
  }
  void bad_config_files_name_the_key() {
    QFETCH(QString, json);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const std::string path = write_temp(dir, json.toStdString());
    QString subject;
    const QString message = error_of([&] { train::load_config(path); }, &subject);
    QCOMPARE(subject, QString::fromStdString(path));
    for (const auto& part : expected) QVERIFY2(message.contains(part), qPrintable(message));
  }

  void non_finite_json_numbers_are_rejected() {
    // JSON text cannot hold nan, but a value built in code can.
    nlohmann::json j = {{"lr", std::numeric_limits<double>::quiet_NaN()}};
    QString subject;
    const QString message = error_of([&] { j.get<train::RunConfig>(); }, &subject);
    QCOMPARE(subject, QStringLiteral("lr"));
    QVERIFY2(!message.isEmpty(), "nan accepted");
  }

  void provenance_keys_are_accepted_and_ignored() {
    nlohmann::json j = train::RunConfig{};
    for (const auto& key : config::provenance_keys()) j[key] = "anything";
    QCOMPARE(nlohmann::json(j.get<train::RunConfig>()).dump(),
             nlohmann::json(train::RunConfig{}).dump());
  }

  void validation_names_the_key_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reason");
    QTest::newRow("negative lr") << R"({"lr": -1})"
                                 << "lr"
                                 << "-1 is out of range [0, 1000000]";
    QTest::newRow("zero batch") << R"({"batch_size": 0})"
                                << "batch_size"
                                << "0 is out of range [1, 65536]";
    QTest::newRow("wide") << R"({"width": 20})"
                          << "width"
                          << "20 is out of range (0, 16]";
    QTest::newRow("momentum 1") << R"({"momentum": 1})"
                                << "momentum"
                                << "[0, 1)";
    QTest::newRow("milestones") << R"({"schedule": "steps", "milestones": [5, 3]})"
                                << "milestones"
                                << "must be increasing";
    QTest::newRow("nesterov") << R"({"momentum": 0, "nesterov": true})"
                              << "nesterov"
                              << "needs a momentum above 0";
    QTest::newRow("metrics every") << R"({"metrics_every": -1})"
                                   << "metrics_every"
                                   << "[0, 100000]";
    QTest::newRow("runs dir") << R"({"runs_dir": ""})"
                              << "runs_dir"
                              << "must not be empty";
    QTest::newRow("name") << R"({"name": "a/b"})"
                          << "name"
                          << "plain folder name";
    QTest::newRow("threads") << R"({"threads": 100000})"
                             << "threads"
                             << "[0, 1024]";
    QTest::newRow("gaussian std") << R"({"init": "gaussian", "init_std": 0})"
                                  << "init_std"
                                  << "(0, 10]";
    QTest::newRow("shift fraction") << R"({"augment": "shift", "shift_fraction": 0.5})"
                                    << "shift_fraction"
                                    << "(0, 0.5)";
  }
  void validation_names_the_key() {
    QFETCH(QString, json);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    const auto config = nlohmann::json::parse(json.toStdString()).get<train::RunConfig>();
    QString subject;
    const QString message = error_of([&] { config.validate(); }, &subject);
    QCOMPARE(subject, key);
    QVERIFY2(message.contains(reason), qPrintable(message));
  }

  void settings_that_do_not_apply_are_not_checked() {
    // The form greys these out; a value there must not block a run that does not use it.
    train::RunConfig config;
    config.init = init::InitKind::HeNormal;
    config.init_std = -5;
    config.optimizer = train::OptimizerKind::Adam;
    config.momentum = 7;
    config.augment.shift_fraction = 0.9;
    config.validate();
    QVERIFY(!config::setting("init_std").applies_to(config));
    config.init = init::InitKind::Gaussian;
    QVERIFY(config::setting("init_std").applies_to(config));
    QVERIFY(!error_of([&] { config.validate(); }).isEmpty());
  }

  void resume_accepts_only_resumable_settings() {
    train::RunConfig config;
    config::apply_resume_changes(
        config, {{"epochs", "20"}, {"device", "cpu"}, {"threads", "1"}, {"metrics_every", "5"}});
    QCOMPARE(config.epochs, int64_t{20});
    QCOMPARE(config.metrics_every, int64_t{5});
    for (const auto& row : config::settings()) {
      if (row.is_resumable()) continue;
      train::RunConfig unchanged;
      QString subject;
      const QString message = error_of(
          [&] {
            config::apply_resume_changes(unchanged, {{row.key(), row.default_text()}});
          },
          &subject);
      QCOMPARE(subject, QString::fromStdString(row.key()));
      QVERIFY2(message.contains(QStringLiteral("cannot change when a run is resumed")),
               qPrintable(message));
    }
    QStringList resumable;
    for (const auto& row : config::settings())
      if (row.is_resumable()) resumable << QString::fromStdString(row.key());
    QCOMPARE(resumable, (QStringList{"epochs", "early_stop", "device", "threads", "sync_bn",
                                     "metrics_every", "diagnostics_every"}));
  }

  // What the workbench hands the other ranks of a resumed run: the CLI's own flags.
  void changes_become_the_cli_flags() {
    const std::vector<std::string> arguments = config::cli_arguments({{"epochs", "12"},
                                                                      {"device", "cpu"},
                                                                      {"sync_bn", "false"},
                                                                      {"early_stop", "0"},
                                                                      {"sync_bn", "on"}});
    QCOMPARE(arguments, (std::vector<std::string>{"--epochs=12", "--device=cpu", "--no-sync-bn",
                                                  "--early-stop=0", "--sync-bn"}));
    QString subject;
    error_of([] { config::cli_arguments({{"no_such_setting", "1"}}); }, &subject);
    QCOMPARE(subject, QStringLiteral("no_such_setting"));
  }

  void names_round_trip_for_every_closed_choice() {
    for (auto kind : {nn::Architecture::ModelC, nn::Architecture::AllCnnC})
      QCOMPARE(config::parse_choice<nn::Architecture>(config::choice_name(kind)), kind);
    for (const auto& name : config::choice_names<init::InitKind>())
      QCOMPARE(config::choice_name(*config::parse_choice<init::InitKind>(name)), name);
    for (const auto& name : config::choice_names<train::RunState>())
      QCOMPARE(config::choice_name(*config::parse_choice<train::RunState>(name)), name);
    QVERIFY(!config::parse_choice<init::InitKind>("xavier"));
    const QString message =
        error_of([] { config::choice_from_string<nn::Architecture>("resnet", "arch"); });
    QVERIFY2(message.startsWith(QStringLiteral("arch: unknown architecture 'resnet'")),
             qPrintable(message));
  }

  void messages_are_codes_with_parameters() {
    // One pass: a parameter holding a placeholder stays as it is; a parameter may repeat.
    QCOMPARE(fill_template("%1 of %2, %1 again", {"a%2", "b"}), std::string("a%2 of b, a%2 again"));
    QCOMPARE(fill_template("100%% at %1", {"x"}), std::string("100% at x"));
    QCOMPARE(fill_template("%3% held out", {"a", "b", "20"}), std::string("20% held out"));
    // Every code has a distinct name that finds it again, and its template uses only the
    // parameters %1..%n without gaps (a translation can rely on them).
    std::set<std::string> names;
    for (int i = 0;; ++i) {
      const auto code = static_cast<MessageCode>(i);
      const std::string name = message_name(code);
      if (i > 0 && name == message_name(MessageCode::Text)) break;  // past the end
      QVERIFY2(names.insert(name).second, name.c_str());
      MessageCode found{};
      QVERIFY(message_code(name, found) && found == code);
      const std::string text = message_template(code);
      int highest = 0;
      std::set<int> used;
      for (size_t k = 0; k + 1 < text.size(); ++k)
        if (text[k] == '%' && text[k + 1] >= '1' && text[k + 1] <= '9') {
          used.insert(text[k + 1] - '0');
          highest = std::max(highest, text[k + 1] - '0');
        }
      QVERIFY2(static_cast<int>(used.size()) == highest, text.c_str());
    }
    QVERIFY(names.size() > 50);
    MessageCode unknown{};
    QVERIFY(!message_code("NoSuchMessage", unknown));

    // An Error keeps the code for the workbench and gives the CLI its English text.
    const Error e("epochs", message(MessageCode::OutOfRange, 0, "[1, 100000]"));
    QCOMPARE(e.message().code, MessageCode::OutOfRange);
    QCOMPARE(e.reason(), std::string("0 is out of range [1, 100000]"));
    QCOMPARE(std::string(e.what()), std::string("epochs: 0 is out of range [1, 100000]"));
    // The parser and the validator report codes too.
    try {
      config::parse_real("abc", "lr");
      QFAIL("no error");
    } catch (const Error& error) {
      QCOMPARE(error.message(), message(MessageCode::NotNumber, "abc"));
    }
    train::RunConfig config;
    config.epochs = 0;
    const auto problem = config::setting("epochs").problem(config);
    QVERIFY(problem && problem->code == MessageCode::OutOfRange);
  }

  void nearest_key_finds_typos() {
    QCOMPARE(config::nearest_key("drift_evry"), std::string("drift_every"));
    QCOMPARE(config::nearest_key("batchsize"), std::string("batch_size"));
    QCOMPARE(config::nearest_key("completely_unrelated_words"), std::string());
  }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
