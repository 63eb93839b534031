// allcnn-compare-demo: opens the compare page on a runs folder, for a look without the main
// window. With --grab, selects every readable run, saves a screenshot and quits (offscreen).
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "compare_page.h"
#include "compare_view.h"
#include "run_browser.h"
#include "run_table_model.h"

using namespace allcnn::ui::compare;

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("demo", "Compare runs side by side"));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("runs_dir"),
                               QApplication::translate("demo", "Runs folder"));
  const QCommandLineOption grab(QStringLiteral("grab"),
                                QApplication::translate("demo", "Save a screenshot and quit"),
                                QStringLiteral("png"));
  const QCommandLineOption keras(QStringLiteral("keras"),
                                 QApplication::translate("demo", "Import a Keras history CSV"),
                                 QStringLiteral("csv"));
  const QCommandLineOption metric(QStringLiteral("metric"),
                                  QApplication::translate("demo", "Metric index 0-6"),
                                  QStringLiteral("n"));
  const QCommandLineOption xaxis(
      QStringLiteral("x"), QApplication::translate("demo", "x axis: 0 step, 1 epoch, 2 wall time"),
      QStringLiteral("n"));
  const QCommandLineOption smoothing(QStringLiteral("smoothing"),
                                     QApplication::translate("demo", "Smoothing weight"),
                                     QStringLiteral("w"));
  const QCommandLineOption multiples(QStringLiteral("all"),
                                     QApplication::translate("demo", "Small multiples"));
  const QCommandLineOption logy(QStringLiteral("log"), QApplication::translate("demo", "Log y"));
  const QCommandLineOption baseline(QStringLiteral("baseline"),
                                    QApplication::translate("demo", "Baseline run name"),
                                    QStringLiteral("name"));
  const QCommandLineOption size(QStringLiteral("size"),
                                QApplication::translate("demo", "Window size WxH"),
                                QStringLiteral("wxh"), QStringLiteral("1600x1000"));
  const QCommandLineOption select(
      QStringLiteral("select"), QApplication::translate("demo", "Runs to compare, comma separated"),
      QStringLiteral("names"));
  parser.addOptions(
      {select, grab, keras, metric, xaxis, smoothing, multiples, logy, baseline, size});
  parser.process(app);

  ComparePage page;
  const QStringList wh = parser.value(size).split(QLatin1Char('x'));
  page.resize(wh.value(0).toInt(), wh.value(1).toInt());
  if (!parser.positionalArguments().isEmpty())
    page.set_runs_dir(parser.positionalArguments().first());
  for (const QString& file : parser.values(keras)) page.browser()->import_keras_history(file);
  CompareView* view = page.view();
  if (parser.isSet(metric)) view->set_metric(static_cast<Metric>(parser.value(metric).toInt()));
  if (parser.isSet(xaxis)) view->set_x_axis(static_cast<XAxis>(parser.value(xaxis).toInt()));
  if (parser.isSet(smoothing)) view->set_smoothing(parser.value(smoothing).toDouble());
  view->set_small_multiples(parser.isSet(multiples));
  view->set_log_y(parser.isSet(logy));
  page.show();
  if (!parser.isSet(grab)) return app.exec();

  QStringList all;
  for (const RunData& run : page.browser()->model()->runs())
    if (run.readable()) all.append(run.dir);
  page.browser()->select_runs(parser.isSet(select) ? parser.value(select).split(QLatin1Char(','))
                                                   : all);
  if (parser.isSet(baseline)) {
    for (const RunData& run : page.browser()->model()->runs())
      if (run.name == parser.value(baseline)) view->set_baseline(run.dir);
  }
  QTimer::singleShot(300, &app, [&] {
    view->redraw();
    page.grab().save(parser.value(grab));
    app.quit();
  });
  return app.exec();
}
