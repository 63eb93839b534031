#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTimer>

#include "main_window.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("allcnn-workbench"));
  QApplication::setOrganizationName(QStringLiteral("All-CNN Workbench"));

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("main", "All-CNN Workbench"));
  parser.addHelpOption();
  QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                QApplication::translate("main", "Save the window to <file> and quit."),
                                QStringLiteral("file"));
  parser.addOption(screenshot);
  parser.process(app);

  allcnn::ui::MainWindow window;
  window.show();
  if (parser.isSet(screenshot)) {
    const QString path = parser.value(screenshot);
    QTimer::singleShot(500, &window, [&window, path] {
      window.grab().save(path);
      QApplication::quit();
    });
  }
  return QApplication::exec();
}
