// Not installed: opens the inspect page on a run, classifies the given images and saves a
// screenshot of every tab. Usage: allcnn-inspect-demo RUN_DIR OUT_PREFIX [IMAGE...]
#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>

#include "activations_view.h"
#include "confusion_view.h"
#include "filters_view.h"
#include "inspect_page.h"
#include "predict_panel.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  if (argc < 3) {
    qWarning("usage: allcnn-inspect-demo RUN_DIR OUT_PREFIX [IMAGE...]");
    return 2;
  }
  allcnn::ui::inspect::InspectPage page;
  page.resize(1280, 860);
  page.load_run(QString::fromLocal8Bit(argv[1]), QStringLiteral("best"));
  QStringList images;
  for (int i = 3; i < argc; ++i) images << QString::fromLocal8Bit(argv[i]);
  if (!images.isEmpty()) page.predict_panel()->add_files(images);
  page.show();
  const char* names[] = {"predict", "filters", "activations", "saliency", "confusion"};
  for (int i = 0; i < page.tabs()->count(); ++i) {
    page.tabs()->setCurrentIndex(i);
    if (i == 4 && qEnvironmentVariableIsEmpty("DEMO_SKIP_CONFUSION"))
      page.confusion_view()->show_cell(6, 0);
    QApplication::processEvents();
    page.grab().save(QString::fromLocal8Bit(argv[2]) + QString::fromLatin1(names[i]) + ".png");
    if (i == 2) {  // the class activation maps at the bottom
      auto* scroll = page.activations_view()->findChild<QScrollArea*>();
      scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
      QApplication::processEvents();
      page.grab().save(QString::fromLocal8Bit(argv[2]) + "activations-cam.png");
    }
    if (i == 1 && page.filters_view()->layer_count() > 1) {  // a deeper layer too
      page.filters_view()->show_layer(1);
      page.filters_view()->set_zoom(6);
      QApplication::processEvents();
      page.grab().save(QString::fromLocal8Bit(argv[2]) + "filters-conv2.png");
    }
  }
  return 0;
}
