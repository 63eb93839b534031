// The history column-mapping dialog in every language: at its natural size it fits a 1366x768
// screen, no label, choice or button is narrower than its text, and its words are translated.
// With ALLCNN_SHOTS_DIR set it saves a picture of itself per language there.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

#include "history_import.h"
#include "history_import_dialog.h"
#include "isolated_settings.h"
#include "translations.h"

using namespace allcnn::ui;
using namespace allcnn::ui::compare;

class TestHistoryDialog : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir temp_;
  QString sheet_;

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(temp_.isValid());
    allcnn::ui::testing::isolate_user_files(QStringLiteral("test_history_dialog"), temp_.path());
    sheet_ = temp_.filePath(QStringLiteral("training-curves-2014.csv"));
    QFile file(sheet_);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "\xEF\xBB\xBF\"x\";\"training\";\"validation\"\r\n"
        "1;41,5;38\r\n2;62.25;55.5\r\n3;80;71.75\r\n4;84;75\r\n5;86.5;77.25\r\n6;88;78\r\n");
  }

  void cleanupTestCase() { install_translations(QLocale(QLocale::English)); }

  void fits_a_laptop_in_every_language_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("History columns");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Spalten des Verlaufs");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("训练历史的列");
  }
  void fits_a_laptop_in_every_language() {
    QFETCH(QString, locale);
    QFETCH(QString, title);
    install_translations(QLocale(locale));
    const HistoryPreview preview = preview_history(sheet_);
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QVERIFY(!preview.guess.complete);
    HistoryImportDialog dialog(preview);
    dialog.set_column(HistoryImportDialog::Role::TrainAccuracy, 1);
    dialog.set_column(HistoryImportDialog::Role::ValAccuracy, 2);
    dialog.adjustSize();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::processEvents();
    QCOMPARE(dialog.windowTitle(), title);

    QStringList problems;
    if (dialog.width() > 1366 - 40 || dialog.height() > 768 - 80)
      problems << QStringLiteral("the dialog is %1x%2").arg(dialog.width()).arg(dialog.height());
    for (const QWidget* widget : dialog.findChildren<QWidget*>()) {
      if (!widget->isVisible()) continue;
      const bool texted = qobject_cast<const QLabel*>(widget) ||
                          qobject_cast<const QAbstractButton*>(widget) ||
                          qobject_cast<const QComboBox*>(widget);
      if (!texted) continue;
      const QLabel* label = qobject_cast<const QLabel*>(widget);
      const bool wraps = label && label->wordWrap();
      if (!wraps && widget->width() < widget->sizeHint().width())
        problems << QStringLiteral("%1 '%2' is %3 wide, needs %4")
                        .arg(QString::fromLatin1(widget->metaObject()->className()),
                             label ? label->text() : widget->property("text").toString())
                        .arg(widget->width())
                        .arg(widget->sizeHint().width());
      const QRect in_dialog(widget->mapTo(&dialog, QPoint(0, 0)), widget->size());
      if (!dialog.rect().contains(in_dialog))
        problems << QStringLiteral("%1 lies outside the dialog")
                        .arg(QString::fromLatin1(widget->metaObject()->className()));
    }
    for (const QString& problem : problems) qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), "clipped, listed above");

    const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR");
    if (!shots.isEmpty()) {
      QDir().mkpath(shots);
      const QString file = QStringLiteral("%1/history-dialog-%2.png").arg(shots, locale);
      QVERIFY2(dialog.grab().save(file), qPrintable(file));
    }
  }
};

QTEST_MAIN(TestHistoryDialog)
#include "test_history_dialog.moc"
