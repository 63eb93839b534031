// The compare view's exports: the plot panel as PNG or SVG, the runs as a long-form CSV.
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

#include "compare_view.h"
#include "run_loader.h"

#ifdef ALLCNN_HAVE_SVG
#include <QSvgGenerator>
#endif

namespace allcnn::ui::compare {

bool CompareView::svg_supported() {
#ifdef ALLCNN_HAVE_SVG
  return true;
#else
  return false;
#endif
}

void CompareView::settle_for_export() {
  if (redraw_pending()) redraw();
  // A chart lays out its axes on posted events: drawn before them, a fresh chart has none.
  QCoreApplication::sendPostedEvents();
  QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

bool CompareView::save_png(const QString& path, int scale) {
  settle_for_export();
  // Rendered anew at the scale (text and lines drawn sharp), not the screen's pixels enlarged.
  QPixmap pixmap(plot_panel_->size() * scale);
  pixmap.setDevicePixelRatio(scale);
  pixmap.fill(Qt::white);
  plot_panel_->render(&pixmap);
  return pixmap.save(path, "PNG");
}

bool CompareView::save_svg(const QString& path) {
#ifdef ALLCNN_HAVE_SVG
  settle_for_export();
  QSvgGenerator generator;
  generator.setFileName(path);
  generator.setSize(plot_panel_->size());
  generator.setViewBox(plot_panel_->rect());
  generator.setTitle(tr("All-CNN Workbench comparison"));
  QPainter painter;
  if (!painter.begin(&generator)) return false;
  plot_panel_->render(&painter);
  return painter.end();
#else
  (void)path;
  return false;
#endif
}

QString CompareView::save_long_csv(const QString& path) const {
  return export_long_csv(runs_, path);
}

void CompareView::export_png(int scale) {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart as PNG"), QString(),
                                                    tr("PNG images (*.png)"));
  if (!path.isEmpty() && !save_png(path, scale))
    QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(path));
}

void CompareView::export_svg() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart as SVG"), QString(),
                                                    tr("SVG drawings (*.svg)"));
  if (!path.isEmpty() && !save_svg(path))
    QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(path));
}

void CompareView::export_csv() {
  if (runs_.isEmpty()) return;
  const QString path = QFileDialog::getSaveFileName(this, tr("Save the runs' metrics as CSV"),
                                                    QString(), tr("CSV files (*.csv)"));
  if (path.isEmpty()) return;
  const QString error = save_long_csv(path);
  if (!error.isEmpty())
    QMessageBox::warning(this, tr("Export"), tr("Could not write %1: %2").arg(path, error));
}

}  // namespace allcnn::ui::compare
