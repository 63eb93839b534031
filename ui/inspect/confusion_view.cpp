#include "confusion_view.h"

#include <cmath>

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "inspect_model.h"
#include "zoom.h"

namespace allcnn::ui::inspect {

namespace {
constexpr int kListLimit = 100;
}

ConfusionView::ConfusionView(InspectModel* model, QWidget* parent)
    : QWidget(parent), model_(model) {
  auto* layout = new QVBoxLayout(this);
  caption_ = new QLabel(this);
  caption_->setWordWrap(true);
  layout->addWidget(caption_);
  auto* splitter = new QSplitter(Qt::Horizontal, this);
  table_ = new QTableWidget(splitter);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  auto* right = new QWidget(splitter);
  auto* v = new QVBoxLayout(right);
  list_caption_ = new QLabel(tr("Click a cell to list its test images."), right);
  list_caption_->setWordWrap(true);
  list_ = new QListWidget(right);
  list_->setIconSize(QSize(56, 56));
  v->addWidget(list_caption_);
  v->addWidget(list_, 1);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  layout->addWidget(splitter, 1);
  connect(table_, &QTableWidget::cellClicked, this, &ConfusionView::show_cell);
  refresh();
}

int ConfusionView::listed_count() const { return list_->count(); }

void ConfusionView::refresh() {
  QString note;
  const auto cells = model_->confusion(&note);
  const QStringList names = model_->class_names();
  const int k = names.size();
  list_->clear();
  if (!model_->loaded() || cells.size() != k * k || k == 0) {
    table_->clear();
    table_->setRowCount(0);
    table_->setColumnCount(0);
    caption_->setText(model_->loaded() ? tr("This run has no evaluation yet. %1").arg(note)
                                       : tr("No model loaded."));
    return;
  }
  qint64 correct = 0, total = 0;
  for (int i = 0; i < k * k; ++i) {
    total += cells[i];
    if (i / k == i % k) correct += cells[i];
  }
  caption_->setText(tr("Rows: true class, columns: predicted class. %1 (accuracy %2 %). Click a "
                       "cell: its test images as the loaded checkpoint classifies them.")
                        .arg(note)
                        .arg(total > 0 ? 100.0 * correct / total : 0.0, 0, 'f', 2));
  table_->setRowCount(k);
  table_->setColumnCount(k);
  table_->setHorizontalHeaderLabels(names);
  table_->setVerticalHeaderLabels(names);
  for (int row = 0; row < k; ++row) {
    qint64 total = 0;
    for (int col = 0; col < k; ++col) total += cells[row * k + col];
    for (int col = 0; col < k; ++col) {
      const qint64 count = cells[row * k + col];
      const double fraction = total > 0 ? double(count) / total : 0.0;
      // sqrt: the few confusions stay visible next to a diagonal near 1.
      const double shade = std::sqrt(fraction);
      auto* item = new QTableWidgetItem(QString::number(count));
      item->setTextAlignment(Qt::AlignCenter);
      item->setBackground(QColor::fromRgbF(1 - 0.85 * shade, 1 - 0.6 * shade, 1 - 0.2 * shade));
      item->setForeground(shade > 0.6 ? Qt::white : Qt::black);
      item->setToolTip(tr("true %1, predicted %2: %3 (%4 % of the row)")
                           .arg(names[row], names[col])
                           .arg(count)
                           .arg(100 * fraction, 0, 'f', 1));
      table_->setItem(row, col, item);
    }
  }
}

void ConfusionView::show_cell(int true_class, int predicted) {
  list_->clear();
  const QStringList names = model_->class_names();
  QApplication::setOverrideCursor(Qt::WaitCursor);
  QString error;
  const auto items = model_->test_images(true_class, predicted, kListLimit, 3, &error);
  QApplication::restoreOverrideCursor();
  if (!error.isEmpty()) {
    list_caption_->setText(error);
    return;
  }
  list_caption_->setText(tr("True %1, classified as %2: %3 image(s) shown (at most %4).")
                             .arg(names.value(true_class), names.value(predicted))
                             .arg(items.size())
                             .arg(kListLimit));
  for (const auto& item : items) {
    QStringList top;
    for (const auto& score : item.top)
      top << tr("%1 %2 %").arg(score.name).arg(100 * score.probability, 0, 'f', 1);
    auto* row =
        new QListWidgetItem(QIcon(zoomed(item.input, 2)),
                            item.source + QStringLiteral("\n") + top.join(QStringLiteral(", ")));
    list_->addItem(row);
  }
}

}  // namespace allcnn::ui::inspect
