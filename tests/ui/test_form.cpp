// The training form checks every field as the user types: each problem under its field, named
// by the field's label in the interface's language, all at once, and Start disabled saying why.
// A run name that is taken offers to resume that run or to number the name on.
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "isolated_settings.h"
#include "remembered_settings.h"
#include "setting_editor.h"
#include "settings_form.h"
#include "train_page.h"
#include "translations.h"

using namespace allcnn;
using namespace allcnn::ui;

namespace {

void type(TrainPage& page, const char* key, const QString& text) {
  SettingEditor* field = page.form()->editor(QLatin1String(key));
  if (!field) qFatal("no field %s", key);
  auto* line = field->findChild<QLineEdit*>();
  if (!line) qFatal("%s is not typed into", key);
  line->selectAll();
  QTest::keyClick(line, Qt::Key_Delete);
  QTest::keyClicks(line, text);
}

QLabel* error_of(TrainPage& page, const char* key) {
  return page.form()->error_label(QLatin1String(key));
}

QPushButton* start_button(TrainPage& page) {
  return page.findChild<QPushButton*>(QStringLiteral("start_button"));
}

}  // namespace

class TestForm : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(temp_.isValid());
    allcnn::ui::testing::isolate_user_files(QStringLiteral("test_form"), temp_.path());
  }

  void cleanup() { install_translations(QLocale(QLocale::English)); }

  void every_problem_shows_as_you_type() {
    TrainPage page;
    page.show();
    QVERIFY(start_button(page)->isEnabled());
    type(page, "width", QStringLiteral("abc"));
    type(page, "lr", QStringLiteral("nan"));
    type(page, "epochs", QStringLiteral("0"));
    // Under each field at once, before any Start, by the field's label (not the CLI's flag).
    QVERIFY(error_of(page, "width")->isVisible());
    QCOMPARE(error_of(page, "width")->text(), QStringLiteral("Width: 'abc' is not a number"));
    QVERIFY(error_of(page, "lr")->text().startsWith(QStringLiteral("Learning rate: ")));
    QVERIFY(error_of(page, "epochs")->isVisible());
    QVERIFY(!error_of(page, "epochs")->text().contains(QStringLiteral("--")));
    QCOMPARE(page.form()->problems().size(), 3);
    // Start is off, and its tooltip lists all three.
    QVERIFY(!start_button(page)->isEnabled());
    const QString why = start_button(page)->toolTip();
    for (const char* key : {"width", "lr", "epochs"})
      QVERIFY2(why.contains(error_of(page, key)->text()), qPrintable(why));
    QVERIFY(!page.start_run());

    // Fixed one by one, the messages go, and Start comes back with the last.
    type(page, "width", QStringLiteral("0.5"));
    QVERIFY(error_of(page, "width")->isHidden());
    QVERIFY(!start_button(page)->isEnabled());
    type(page, "lr", QStringLiteral("0.01"));
    type(page, "epochs", QStringLiteral("2"));
    QVERIFY(page.form()->problems().isEmpty());
    QVERIFY(start_button(page)->isEnabled());
    QCOMPARE(start_button(page)->toolTip(), page.run_actions().first()->statusTip());
  }

  void a_field_that_does_not_apply_is_not_checked() {
    TrainPage page;
    type(page, "momentum", QStringLiteral("fast"));
    QVERIFY(!start_button(page)->isEnabled());
    page.form()->editor(QStringLiteral("optimizer"))->set_text(QStringLiteral("adam"));
    QVERIFY(page.form()->problems().isEmpty());
    QVERIFY(start_button(page)->isEnabled());
  }

  void messages_name_the_field_in_the_interface_language() {
    QVERIFY(install_translations(QLocale(QStringLiteral("de"))));
    TrainPage page;
    type(page, "width", QStringLiteral("abc"));
    // The field's label and the engine's reason, both in German: one language.
    QCOMPARE(error_of(page, "width")->text(),
             QString::fromUtf8("Breite: \u201eabc\u201c ist keine Zahl"));
    type(page, "epochs", QStringLiteral("0"));
    QVERIFY2(
        error_of(page, "epochs")->text().contains(QStringLiteral("au\u00dferhalb des Bereichs")),
        qPrintable(error_of(page, "epochs")->text()));
    QVERIFY(start_button(page)->toolTip().startsWith(QStringLiteral("Erst das Formular")));

    QVERIFY(install_translations(QLocale(QStringLiteral("zh_CN"))));
    TrainPage chinese;
    type(chinese, "width", QStringLiteral("abc"));
    QVERIFY2(
        error_of(chinese, "width")->text().contains(QString::fromUtf8("\u4e0d\u662f\u6570\u5b57")),
        qPrintable(error_of(chinese, "width")->text()));
  }

  void a_taken_name_offers_resume_or_a_new_name() {
    QTemporaryDir runs;
    QVERIFY(QDir(runs.path()).mkpath(QStringLiteral("taken/checkpoints")));
    QVERIFY(QDir(runs.path()).mkpath(QStringLiteral("taken-2")));
    TrainPage page;
    page.show();
    type(page, "runs_dir", runs.path());
    type(page, "name", QStringLiteral("taken"));
    QVERIFY(error_of(page, "name")->isVisible());
    QVERIFY2(error_of(page, "name")->text().contains(QStringLiteral("exists already")),
             qPrintable(error_of(page, "name")->text()));
    QVERIFY(!start_button(page)->isEnabled());
    auto* clash = page.findChild<QWidget*>(QStringLiteral("name_clash"));
    QVERIFY(clash && clash->isVisible());

    QSignalSpy resume(&page, &TrainPage::resume_existing_requested);
    QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("resume_existing")),
                      Qt::LeftButton);
    QCOMPARE(resume.count(), 1);
    QCOMPARE(resume.first().first().toString(),
             QDir(runs.path()).filePath(QStringLiteral("taken")));

    // taken-2 exists too: the new name is the first free one.
    QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("use_new_name")), Qt::LeftButton);
    QCOMPARE(page.form()->editor(QStringLiteral("name"))->text(), QStringLiteral("taken-3"));
    QVERIFY(error_of(page, "name")->isHidden());
    QVERIFY(clash->isHidden());
    QVERIFY(start_button(page)->isEnabled());
  }

  void runs_go_to_the_data_folder_by_default() {
    // Not "runs" under whatever folder the program was started from.
    TrainPage page;
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runs");
    QVERIFY(QDir::isAbsolutePath(expected));
    QCOMPARE(page.form()->editor(QStringLiteral("runs_dir"))->text(), expected);
    QCOMPARE(page.runs_dir(), expected);
    QVERIFY(QFileInfo(expected).isDir());
    // A folder the user chose is kept.
    QSettings().setValue(QStringLiteral("run/runs_dir"), temp_.path());
    TrainPage again;
    QCOMPARE(again.runs_dir(), temp_.path());
    QSettings().remove(QStringLiteral("run/runs_dir"));
  }

  void the_run_name_is_not_remembered() {
    // Remembered, it made the first Start after a restart fail with "exists already".
    train::RunConfig config;
    config.name = "yesterday";
    config.epochs = 7;
    QSettings store;
    save_run_config(config, store);
    const train::RunConfig restored = load_run_config(store);
    QCOMPARE(restored.epochs, 7);
    QVERIFY(restored.name.empty());
  }

 private:
  QTemporaryDir temp_;
};

QTEST_MAIN(TestForm)
#include "test_form.moc"
