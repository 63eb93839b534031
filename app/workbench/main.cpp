#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTimer>

#include "common/allocator.h"
#include "main_window.h"
#include "train_page.h"
#include "translations.h"
#ifdef ALLCNN_HAVE_VISION
#include "vision/folder_registration.h"
#endif

int main(int argc, char** argv) {
  allcnn::tune_allocator_for_training();  // before Qt or LibTorch start threads
#ifdef ALLCNN_HAVE_VISION
  allcnn::vision::register_folder_datasets();  // --dataset folder
#endif
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("allcnn-workbench"));
  QApplication::setOrganizationName(QStringLiteral("All-CNN Workbench"));
  QApplication::setApplicationVersion(QStringLiteral(ALLCNN_VERSION));
  QApplication::setDesktopFileName(QStringLiteral("io.github.allcnn.Workbench"));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/allcnn-workbench.svg")));

  // --lang must be known before any translated text exists, so look for it first.
  QCommandLineParser parser;
  QCommandLineOption lang(QStringLiteral("lang"),
                          QStringLiteral("Interface language (de, zh_CN, en)."),
                          QStringLiteral("locale"));
  parser.addOption(lang);
  parser.parse(QApplication::arguments());
  allcnn::ui::install_translations(parser.isSet(lang) ? QLocale(parser.value(lang))
                                                      : QLocale::system());

  parser.setApplicationDescription(QApplication::translate("main", "All-CNN Workbench"));
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption config(
      QStringLiteral("config"),
      QApplication::translate("main", "Fill the form from <file> (config.json)."),
      QStringLiteral("file"));
  QCommandLineOption run(QStringLiteral("run"),
                         QApplication::translate("main", "Start the run at once."));
  QCommandLineOption screenshot(
      QStringLiteral("screenshot"),
      QApplication::translate("main", "Save the window to <file> and quit."),
      QStringLiteral("file"));
  QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                           QApplication::translate("main", "Wait <ms> before the screenshot."),
                           QStringLiteral("ms"), QStringLiteral("500"));
  parser.addOptions({config, run, screenshot, delay});
  parser.process(app);

  allcnn::ui::MainWindow window;
  allcnn::ui::TrainPage* training = window.train_page();
  if (parser.isSet(config) && !training->load_config(parser.value(config))) {
    // The banner and the log say why; the form keeps the remembered configuration.
  }
  window.show();
  if (parser.isSet(run)) QTimer::singleShot(0, training, [training] { training->start_run(); });
  if (parser.isSet(screenshot)) {
    const QString path = parser.value(screenshot);
    QTimer::singleShot(parser.value(delay).toInt(), &window, [&window, path] {
      window.grab().save(path);
      window.close();
      QApplication::quit();
    });
  }
  return QApplication::exec();
}
