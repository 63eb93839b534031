// Every page of the window at laptop sizes in every language: nothing a user needs may lie
// outside the window or be squeezed below its size hint (clipped text, a field one letter wide).
// With ALLCNN_SHOTS_DIR set, each page is also saved there as a PNG to be looked at.
#include <memory>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "isolated_settings.h"
#include "main_window.h"
#include "resume_dialog.h"
#include "translations.h"

using namespace allcnn::ui;

namespace {

QString describe(const QWidget* widget) {
  QString text;
  if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
    text = button->text();
  else if (const auto* label = qobject_cast<const QLabel*>(widget))
    text = label->text();
  else if (const auto* line = qobject_cast<const QLineEdit*>(widget))
    text = line->text().isEmpty() ? line->placeholderText() : line->text();
  else if (const auto* combo = qobject_cast<const QComboBox*>(widget))
    text = combo->currentText();
  else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(widget))
    text = spin->text();
  text = text.left(40).replace(QLatin1Char('\n'), QLatin1Char(' '));
  QString name = widget->objectName();
  for (const QWidget* parent = widget->parentWidget(); name.isEmpty() && parent;
       parent = parent->parentWidget())
    if (!parent->objectName().isEmpty()) name = QStringLiteral("in ") + parent->objectName();
  return QStringLiteral("%1 [%2] \"%3\"")
      .arg(QString::fromLatin1(widget->metaObject()->className()), name, text);
}

// The widgets a user reads or operates; a control's own parts (a combo box's line edit, a
// spin box's, a tab bar's scroll arrows) are judged with their control.
bool is_checked(const QWidget* widget) {
  if (widget->objectName().startsWith(QLatin1String("qt_"))) return false;
  const QWidget* parent = widget->parentWidget();
  if (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent) ||
      qobject_cast<const QTabBar*>(parent) || qobject_cast<const QAbstractItemView*>(parent))
    return false;  // a table's headers and corner button belong to the table
  if (const auto* label = qobject_cast<const QLabel*>(widget)) return !label->text().isEmpty();
  return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
         qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
         qobject_cast<const QSlider*>(widget) || qobject_cast<const QTabBar*>(widget) ||
         qobject_cast<const QAbstractScrollArea*>(widget);
}

// The scroll area `widget` lies in, if any: inside its viewport a widget may be scrolled out of
// view, which is not clipping.
const QAbstractScrollArea* scroll_area_of(const QWidget* widget, const QWidget* window) {
  for (const QWidget* w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
    const auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget());
    if (area && area->viewport() == w) return area;
  }
  return nullptr;
}

// What is wrong with `widget` as shown in `window`; empty when nothing.
QString problem_of(const QWidget* widget, const QWidget* window, const QSize& screen) {
  const QSize size = widget->size();
  const QSize hint = widget->minimumSizeHint();
  const auto* label = qobject_cast<const QLabel*>(widget);
  if (qobject_cast<const QAbstractScrollArea*>(widget)) {
    // Scrolls what does not fit: only where it lies counts.
  } else if (label && label->wordWrap()) {
    if (size.height() < label->heightForWidth(size.width()))
      return QStringLiteral("%1x%2, its text needs %3 high")
          .arg(size.width())
          .arg(size.height())
          .arg(label->heightForWidth(size.width()));
  } else if (size.width() < hint.width() || size.height() < hint.height()) {
    return QStringLiteral("%1x%2, smaller than its minimum %3x%4")
        .arg(size.width())
        .arg(size.height())
        .arg(hint.width())
        .arg(hint.height());
  }
  if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
    for (int i = 0; i < tabs->count(); ++i)
      if (!tabs->rect().contains(tabs->tabRect(i)))
        return QStringLiteral("tab \"%1\" out of its bar").arg(tabs->tabText(i));
  }
  if (const QAbstractScrollArea* area = scroll_area_of(widget, window)) {
    // Scrolled out of view is fine; cut off at the side without a scroll bar is not.
    if (area->horizontalScrollBar()->isVisible()) return {};
    const int left = widget->mapTo(area->viewport(), QPoint(0, 0)).x();
    if (left < 0 || left + size.width() > area->viewport()->width())
      return QStringLiteral("x %1 to %2, cut off by the %3 pixels wide %4 around it")
          .arg(left)
          .arg(left + size.width())
          .arg(area->viewport()->width())
          .arg(QString::fromLatin1(area->metaObject()->className()));
    return {};
  }
  const QRect in_window(widget->mapTo(window, QPoint(0, 0)), size);
  if (!QRect(QPoint(0, 0), screen).contains(in_window))
    return QStringLiteral("at %1,%2 %3x%4, outside the %5x%6 screen")
        .arg(in_window.x())
        .arg(in_window.y())
        .arg(size.width())
        .arg(size.height())
        .arg(screen.width())
        .arg(screen.height());
  // Clipped by a parent (a splitter pane or a box narrower than its contents).
  QRect shown = in_window;
  for (const QWidget* parent = widget->parentWidget(); parent && parent != window;
       parent = parent->parentWidget())
    shown &= QRect(parent->mapTo(window, QPoint(0, 0)), parent->size());
  if (shown.size() != size)
    return QStringLiteral("%1x%2, of which only %3x%4 are shown")
        .arg(size.width())
        .arg(size.height())
        .arg(shown.width())
        .arg(shown.height());
  return {};
}

// The column titles of a table that are cut ("ariance befor" for "Variance before").
QStringList clipped_titles(const QHeaderView* header) {
  QStringList found;
  const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
  for (int i = 0; i < header->count(); ++i) {
    if (header->isSectionHidden(i)) continue;
    const QString title = header->model()->headerData(i, Qt::Horizontal).toString();
    const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * margin;
    if (header->sectionSize(i) < needed)
      found << QStringLiteral("column \"%1\" is %2 wide, its title needs %3")
                   .arg(title)
                   .arg(header->sectionSize(i))
                   .arg(needed);
  }
  return found;
}

QStringList problems_in(QWidget* window, const QSize& screen, const QString& where) {
  QStringList found;
  for (const QHeaderView* header : window->findChildren<QHeaderView*>()) {
    if (header->window() != window || !header->isVisible() ||
        header->orientation() != Qt::Horizontal)
      continue;
    for (const QString& title : clipped_titles(header))
      found << QStringLiteral("%1: %2: %3").arg(where, describe(header), title);
  }
  const auto widgets = window->findChildren<QWidget*>();
  for (const QWidget* widget : widgets) {
    if (widget->window() != window || !widget->isVisible() || !is_checked(widget)) continue;
    if (const QString problem = problem_of(widget, window, screen); !problem.isEmpty())
      found << QStringLiteral("%1: %2: %3").arg(where, describe(widget), problem);
  }
  return found;
}

// The tab widgets of `page` (the network inspector's Predict, Filters, ... tabs).
QList<QTabWidget*> inner_tabs(QWidget* page) { return page->findChildren<QTabWidget*>(); }

}  // namespace

class TestLayout : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    // QSettings of the tests must not touch (or read) the user's own, nor a stored geometry.
    QVERIFY(temp_.isValid());
    allcnn::ui::testing::isolate_user_files(QStringLiteral("test_layout"), temp_.path());
  }

  void cleanupTestCase() { install_translations(QLocale(QLocale::English)); }

  void every_page_fits_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QSize>("size");
    for (const char* locale : {"en", "de", "zh_CN"})
      for (const QSize size : {QSize(1280, 720), QSize(1366, 768)})
        QTest::addRow("%s %dx%d", locale, size.width(), size.height())
            << QString::fromLatin1(locale) << size;
  }

  void every_page_fits() {
    QFETCH(QString, locale);
    QFETCH(QSize, size);
    const bool english = locale == QLatin1String("en");
    QCOMPARE(install_translations(QLocale(locale)), !english);

    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    qInfo("the window can shrink to %dx%d", window.minimumSizeHint().width(),
          window.minimumSizeHint().height());

    const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR");
    QStringList problems;
    // A window that cannot shrink to the screen puts whatever is at its right and bottom edges
    // off the screen: those widgets are listed below.
    if (window.size() != size)
      problems << QStringLiteral("the window is %1x%2 at least")
                      .arg(window.width())
                      .arg(window.height());
    QTabWidget* pages = window.pages();
    int shot = 0;
    const auto check = [&](const QString& where) {
      QApplication::processEvents();
      problems << problems_in(&window, size, where);
      if (shots.isEmpty() || size != QSize(1366, 768)) return;
      QDir().mkpath(shots);
      const QString file = QStringLiteral("%1/%2-%3-%4.png")
                               .arg(shots, locale)
                               .arg(++shot, 2, 10, QLatin1Char('0'))
                               .arg(QString(where)
                                        .replace(QLatin1Char(' '), QLatin1Char('_'))
                                        .remove(QLatin1Char('&'))
                                        .remove(QLatin1Char('/')));
      QVERIFY2(window.grab().save(file), qPrintable(file));
    };
    for (int p = 0; p < pages->count(); ++p) {
      pages->setCurrentIndex(p);
      const QString page = pages->tabText(p).remove(QLatin1Char('&'));
      const QList<QTabWidget*> tabs = inner_tabs(pages->widget(p));
      if (tabs.isEmpty()) check(page);
      for (QTabWidget* inner : tabs)
        for (int t = 0; t < inner->count(); ++t) {
          inner->setCurrentIndex(t);
          check(page + QStringLiteral(" / ") + inner->tabText(t).remove(QLatin1Char('&')));
        }
    }
    // One line each: QVERIFY2 would cut a long list short.
    for (const QString& problem : problems) qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 widgets clipped or off the screen, listed above")
                            .arg(problems.size())));
  }

  // The Resume dialog (a top-level window of its own) at its natural size.
  void the_resume_dialog_fits_data() {
    QTest::addColumn<QString>("locale");
    for (const char* locale : {"en", "de", "zh_CN"})
      QTest::newRow(locale) << QString::fromLatin1(locale);
  }

  void the_resume_dialog_fits() {
    QFETCH(QString, locale);
    install_translations(QLocale(locale));
    QTemporaryDir run;
    QVERIFY(run.isValid());
    QFile config(run.filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"epochs": 30, "threads": 2, "device": "cpu"})");
    config.close();
    ResumeDialog dialog(run.path(), 12, 2);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize screen(1366, 768);
    QStringList problems = problems_in(&dialog, screen, QStringLiteral("Resume dialog"));
    if (dialog.width() > screen.width() || dialog.height() > screen.height())
      problems << QStringLiteral("the dialog is %1x%2").arg(dialog.width()).arg(dialog.height());
    if (const QString shots = qEnvironmentVariable("ALLCNN_SHOTS_DIR"); !shots.isEmpty()) {
      QDir().mkpath(shots);
      const QString file = QStringLiteral("%1/%2-resume-dialog.png").arg(shots, locale);
      QVERIFY2(dialog.grab().save(file), qPrintable(file));
    }
    for (const QString& problem : problems) qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), "the Resume dialog has widgets clipped, listed above");
  }

  // Where the user leaves the splitter between the form and the charts (wider here: by default
  // the form has its minimum), the window opens again.
  void splitter_is_remembered() {
    install_translations(QLocale(QLocale::English));
    QList<int> dragged;
    {
      MainWindow window;
      window.resize(1366, 768);
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      auto* split = window.findChild<QSplitter*>(QStringLiteral("train_split"));
      QVERIFY(split);
      const QList<int> before = split->sizes();
      QSplitterHandle* handle = split->handle(1);
      const QPoint middle = handle->rect().center();
      QTest::mousePress(handle, Qt::LeftButton, {}, middle);
      QTest::mouseMove(handle, middle + QPoint(150, 0));
      QTest::mouseRelease(handle, Qt::LeftButton, {}, middle + QPoint(150, 0));
      dragged = split->sizes();
      QVERIFY2(dragged.value(0) > before.value(0) + 60, "the drag did not move the splitter");
    }
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* split = window.findChild<QSplitter*>(QStringLiteral("train_split"));
    QCOMPARE(split->sizes(), dragged);
  }

 private:
  QTemporaryDir temp_;
};

QTEST_MAIN(TestLayout)
#include "test_layout.moc"
