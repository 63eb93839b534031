// Groups of runs: a grid times seeds expands into complete, validated RunConfigs with readable,
// unique folder names; every bad group file is rejected naming the file and the key; the four
// presets expand; config.json's "group" object reads back. Torch-free: links allcnn_config.
#include <QtTest>

#include <set>

#include <nlohmann/json.hpp>

#include "../common/error_of.h"
#include "common/error.h"
#include "config/group.h"
#include "config/group_presets.h"
#include "config/provenance.h"
#include "config/run_config.h"

using namespace allcnn;
using allcnn::testing::error_of;

namespace {

std::vector<config::GroupRun> expand(const std::string& text,
                                     const config::SettingChanges& overrides = {}) {
  return config::expand_group(config::group_from_text(text, "g.json"), overrides);
}

std::string varies(const config::GroupTag& tag) {
  std::string text;
  for (const auto& [key, value] : tag.varies) text += key + "=" + value + ";";
  return text;
}

}  // namespace

class TestGroups : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void gridTimesSeeds() {
    const auto runs = expand(R"({"name": "g", "base": {"epochs": 2, "batch_size": 32},
        "vary": {"lr": [0.01, 0.001], "init": ["lsuv", "he-uniform"]}, "seeds": 2})");
    QCOMPARE(runs.size(), size_t{8});
    // Keys in order (init before lr), the last one fastest, seeds innermost.
    const std::vector<std::string> names = {
        "g_init=lsuv_lr=0.01_seed=1",        "g_init=lsuv_lr=0.01_seed=2",
        "g_init=lsuv_lr=0.001_seed=1",       "g_init=lsuv_lr=0.001_seed=2",
        "g_init=he-uniform_lr=0.01_seed=1",  "g_init=he-uniform_lr=0.01_seed=2",
        "g_init=he-uniform_lr=0.001_seed=1", "g_init=he-uniform_lr=0.001_seed=2"};
    for (size_t i = 0; i < runs.size(); ++i) {
      const auto& run = runs[i];
      QCOMPARE(run.config.name, names[i]);
      QCOMPARE(run.config.epochs, int64_t{2});
      QCOMPARE(run.config.batch_size, int64_t{32});
      QCOMPARE(run.config.init, i < 4 ? init::InitKind::Lsuv : init::InitKind::HeUniform);
      QCOMPARE(run.config.learning_rate, i % 4 < 2 ? 0.01 : 0.001);
      QCOMPARE(run.config.seed, uint64_t{i % 2 + 1});
      QCOMPARE(run.tag.name, std::string("g"));
      QCOMPARE(run.tag.seed_index, int64_t(i % 2));
      QCOMPARE(varies(run.tag), std::string("init=") + (i < 4 ? "lsuv" : "he-uniform") +
                                    ";lr=" + (i % 4 < 2 ? "0.01" : "0.001") + ";");
      // Everything else is the default.
      QCOMPARE(run.config.optimizer, train::RunConfig{}.optimizer);
    }
  }

  void explicitSeedsAndCases() {
    const auto runs = expand(R"({"name": "reg", "base": {"augment": "shift"},
        "cases": [{"dropout": true, "bn": false}, {"dropout": false, "bn": true}],
        "seeds": [7, 42]})");
    QCOMPARE(runs.size(), size_t{4});
    QCOMPARE(runs[0].config.name, std::string("reg_bn=false_dropout=true_seed=7"));
    QCOMPARE(runs[1].config.name, std::string("reg_bn=false_dropout=true_seed=42"));
    QCOMPARE(runs[3].config.name, std::string("reg_bn=true_dropout=false_seed=42"));
    QVERIFY(runs[0].config.model.dropout && !runs[0].config.model.batch_norm);
    QVERIFY(!runs[2].config.model.dropout && runs[2].config.model.batch_norm);
    QCOMPARE(runs[1].config.seed, uint64_t{42});
    QCOMPARE(runs[1].tag.seed_index, int64_t{1});
    QVERIFY(runs[0].config.augment.transforms.has(data::Augmentation::Shift));
  }

  void overridesApplyToEveryRun() {
    const auto runs = expand(R"({"name": "g", "base": {"epochs": 20},
        "vary": {"init": ["lsuv", "gaussian"]}})",
                             {{"epochs", "1"}, {"train_limit", "500"}});
    QCOMPARE(runs.size(), size_t{2});
    for (const auto& run : runs) {
      QCOMPARE(run.config.epochs, int64_t{1});
      QCOMPARE(run.config.train_limit, int64_t{500});
    }
    QString subject;
    QVERIFY(error_of(
                [] {
                  expand(R"({"name": "g", "vary": {"lr": [0.1]}})", {{"lr", "0.5"}});
                },
                &subject)
                .contains("is varied by the group"));
    QCOMPARE(subject, QString("lr"));
    QVERIFY(error_of(
                [] {
                  expand(R"({"name": "g"})", {{"seed", "3"}});
                },
                &subject)
                .contains("is set by the group"));
    QCOMPARE(subject, QString("seed"));
    QVERIFY(error_of(
                [] {
                  expand(R"({"name": "g"})", {{"epochs", "0"}});
                },
                &subject)
                .contains("out of range"));
    QCOMPARE(subject, QString("epochs"));
  }

  void folderNamesArePlainAndBounded() {
    const auto runs = expand(R"({"name": "g", "vary": {"data_dir": ["/data/x y", "/data/z"]}})");
    QCOMPARE(runs[0].config.name, std::string("g_data_dir=-data-x-y_seed=1"));
    QCOMPARE(varies(runs[0].tag), std::string("data_dir=/data/x y;"));
    const auto long_runs =
        expand(R"({"name": "g", "vary": {"data_dir": [")" + std::string(300, 'a') + R"(", ")" +
               std::string(300, 'b') + R"("]}})");
    QVERIFY(long_runs[0].config.name.size() <= 200);
    QVERIFY(long_runs[0].config.name != long_runs[1].config.name);
    // Values that differ only in characters a folder name drops would share a folder.
    QVERIFY(error_of([] {
              expand(R"({"name": "g", "vary": {"data_dir": ["/a b", "/a/b"]}})");
            }).contains("would share the folder"));
  }

  void badGroupsNameFileAndKey_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << R"({"name": "g", )"
                              << "g.json"
                              << "is not valid JSON";
    QTest::newRow("not an object") << "[1, 2]"
                                   << "g.json"
                                   << "must be a JSON object";
    QTest::newRow("unknown field") << R"({"name": "g", "grid": {}})"
                                   << "g.json"
                                   << "unknown field 'grid'";
    QTest::newRow("no name") << R"({"vary": {}})"
                             << "g.json: name"
                             << "plain folder name";
    QTest::newRow("bad name") << R"({"name": "../g"})"
                              << "g.json: name"
                              << "plain folder name";
    QTest::newRow("unknown base key") << R"({"name": "g", "base": {"epoch": 3}})"
                                      << "g.json: base.epoch"
                                      << "did you mean 'epochs'";
    QTest::newRow("unknown varied key") << R"({"name": "g", "vary": {"inits": ["lsuv"]}})"
                                        << "g.json: vary.inits"
                                        << "unknown setting";
    QTest::newRow("unknown case key") << R"({"name": "g", "cases": [{"bnorm": true}]})"
                                      << "g.json: cases[0].bnorm"
                                      << "unknown setting";
    QTest::newRow("empty list") << R"({"name": "g", "vary": {"lr": []}})"
                                << "g.json: vary.lr"
                                << "has no values";
    QTest::newRow("empty cases") << R"({"name": "g", "cases": []})"
                                 << "g.json: cases"
                                 << "has no values";
    QTest::newRow("not a list") << R"({"name": "g", "vary": {"lr": 0.01}})"
                                << "g.json: vary.lr"
                                << "must be a list of values";
    QTest::newRow("wrong type") << R"({"name": "g", "vary": {"lr": [0.01, "fast"]}})"
                                << "g.json: vary.lr"
                                << "fast";
    QTest::newRow("unknown choice") << R"({"name": "g", "vary": {"init": ["lsuv", "magic"]}})"
                                    << "g.json: vary.init"
                                    << "unknown initializer 'magic'";
    QTest::newRow("out of range") << R"({"name": "g", "vary": {"lr": [0.01, -1]}})"
                                  << "g.json: vary.lr"
                                  << "out of range";
    QTest::newRow("base out of range") << R"({"name": "g", "base": {"epochs": 0}})"
                                       << "g.json: base.epochs"
                                       << "out of range";
    QTest::newRow("bad base type") << R"({"name": "g", "base": {"bn": "maybe"}})"
                                   << "g.json: base.bn"
                                   << "maybe";
    QTest::newRow("duplicate value") << R"({"name": "g", "vary": {"lr": [0.01, 0.010]}})"
                                     << "g.json: vary.lr"
                                     << "lists 0.01 twice";
    QTest::newRow("zero seeds") << R"({"name": "g", "seeds": 0})"
                                << "g.json: seeds"
                                << "at least 1";
    QTest::newRow("no seeds") << R"({"name": "g", "seeds": []})"
                              << "g.json: seeds"
                              << "at least 1";
    QTest::newRow("same seed twice") << R"({"name": "g", "seeds": [3, 3]})"
                                     << "g.json: seeds"
                                     << "distinct";
    QTest::newRow("negative seed") << R"({"name": "g", "seeds": [-1]})"
                                   << "g.json: seeds"
                                   << "distinct";
    QTest::newRow("seed varied") << R"({"name": "g", "vary": {"seed": [1, 2]}})"
                                 << "g.json: vary.seed"
                                 << "is set by the group";
    QTest::newRow("name in base") << R"({"name": "g", "base": {"name": "x"}})"
                                  << "g.json: base.name"
                                  << "is set by the group";
    QTest::newRow("key twice") << R"({"name": "g", "base": {"lr": 0.1}, "vary": {"lr": [0.2]}})"
                               << "g.json: vary.lr"
                               << "more than one of base";
    QTest::newRow("too many runs") << R"({"name": "g", "vary": {"epochs": [)" +
                                          [] {
                                            QString values;
                                            for (int i = 1; i <= 101; ++i)
                                              values += (i > 1 ? "," : "") + QString::number(i);
                                            return values;
                                          }() +
                                          R"(]}, "seeds": 100})"
                                   << "g.json"
                                   << "at most 10000";
  }

  void badGroupsNameFileAndKey() {
    QFETCH(QString, text);
    QFETCH(QString, subject);
    QFETCH(QString, says);
    QString thrown_subject;
    const QString error = error_of([&] { expand(text.toStdString()); }, &thrown_subject);
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(thrown_subject, subject);
  }

  void missingFileNamesIt() {
    QString subject;
    QVERIFY(!error_of([] { config::load_group("/nonexistent/g.json"); }, &subject).isEmpty());
    QCOMPARE(subject, QString("/nonexistent/g.json"));
  }

  void presetsExpandAndValidate() {
    const std::set<std::string> expected = {"initialization", "augmentation", "regularization",
                                            "optimizer"};
    std::set<std::string> names;
    for (const auto& preset : config::group_presets()) {
      names.insert(preset.name);
      const auto group = config::preset_group(preset.name);
      QCOMPARE(group.name, std::string(preset.name));
      QVERIFY(!group.description.empty());
      const auto runs = config::expand_group(group);  // validates every run
      QVERIFY(runs.size() >= 2);
      for (const auto& run : runs) {
        QCOMPARE(run.config.batch_size, int64_t{32});
        QCOMPARE(run.config.schedule, train::ScheduleKind::TimeDecay);
      }
      // The CLI's limits shrink a study without touching what it compares.
      const auto quick = config::expand_group(group, {{"epochs", "1"}, {"train_limit", "1000"}});
      QCOMPARE(quick.size(), runs.size());
    }
    QCOMPARE(names, expected);

    const auto init = config::expand_group(config::preset_group("initialization"));
    QCOMPARE(init.size(), size_t{4});
    QCOMPARE(init[1].config.init, init::InitKind::GlorotNormal);
    QVERIFY(init[0].config.augment.transforms.has(data::Augmentation::Zca));
    QVERIFY(init[0].config.model.dropout);
    QCOMPARE(init[0].config.learning_rate, 0.01);
    QCOMPARE(init[0].config.decay, 1e-6);

    const auto regularization = config::expand_group(config::preset_group("regularization"));
    QCOMPARE(regularization.size(), size_t{2});
    QVERIFY(regularization[1].config.model.batch_norm && !regularization[1].config.model.dropout);

    const auto optimizer = config::expand_group(config::preset_group("optimizer"));
    QCOMPARE(optimizer.size(), size_t{3});
    QCOMPARE(optimizer[0].config.optimizer, train::OptimizerKind::Sgd);
    QCOMPARE(optimizer[0].config.base_learning_rate(), 0.01);
    QCOMPARE(optimizer[1].config.optimizer, train::OptimizerKind::RmsProp);
    QCOMPARE(optimizer[1].config.base_learning_rate(), 0.001);
    QCOMPARE(optimizer[1].config.rho, 0.0);
    QCOMPARE(optimizer[1].config.decay, 0.001);
    QCOMPARE(optimizer[2].config.optimizer, train::OptimizerKind::Adam);
    QCOMPARE(optimizer[2].config.decay, 0.0);

    QString subject;
    QVERIFY(error_of([] { config::preset_group("dropout"); }, &subject)
                .contains("unknown preset 'dropout'"));
    QCOMPARE(subject, QString("preset"));
  }

  void groupTagReadsBack() {
    const auto runs = expand(R"({"name": "g", "vary": {"lr": [0.01], "augment": ["shift,flip"]},
        "seeds": [5, 6]})");
    nlohmann::json config_json;
    train::to_json(config_json, runs[1].config);
    config_json[config::kGroupKey] = config::group_json(runs[1].tag);
    QCOMPARE(config_json[config::kGroupKey]["varies"]["lr"].get<double>(), 0.01);
    QCOMPARE(config_json[config::kGroupKey]["varies"]["augment"].get<std::string>(),
             std::string("shift,flip"));

    const auto provenance = config::read_provenance(config_json);
    QCOMPARE(provenance.group.name, std::string("g"));
    QCOMPARE(provenance.group.seed_index, int64_t{1});
    QCOMPARE(varies(provenance.group), std::string("augment=shift,flip;lr=0.01;"));
    // The "group" object is provenance, not a setting: the run's config reads back unchanged.
    train::RunConfig back;
    train::from_json(config_json, back);
    QCOMPARE(back.seed, uint64_t{6});
    // A run folder from before groups has none.
    nlohmann::json old_config;
    train::to_json(old_config, train::RunConfig{});
    QVERIFY(config::read_provenance(old_config).group.empty());
  }
};

QTEST_GUILESS_MAIN(TestGroups)
#include "test_groups.moc"
