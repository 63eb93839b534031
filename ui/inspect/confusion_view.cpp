#include "confusion_view.h"

#include <cmath>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "background_task.h"
#include "inspect_model.h"
#include "task_bar.h"
#include "zoom.h"

namespace allcnn::ui::inspect {

namespace {
constexpr int kListLimit = 100;
constexpr int kTopK = 3;
}  // namespace

ConfusionView::ConfusionView(InspectModel* model, QWidget* parent)
    : QWidget(parent), model_(model), task_(new BackgroundTask(this)) {
  auto* layout = new QVBoxLayout(this);
  auto* top = new QHBoxLayout;
  caption_ = new QLabel(this);
  caption_->setWordWrap(true);
  top->addWidget(caption_, 1);
  classify_ = new QPushButton(tr("Classify the test split"), this);
  top->addWidget(classify_, 0, Qt::AlignTop);
  layout->addLayout(top);
  auto* bar = new TaskBar(task_, this);
  bar->set_text(tr("Classifying the test split\u2026"));
  layout->addWidget(bar);
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
  connect(classify_, &QPushButton::clicked, this, &ConfusionView::classify);
  connect(task_, &BackgroundTask::started, this, [this] { classify_->setEnabled(false); });
  connect(task_, &BackgroundTask::finished, this, [this] { classify_->setEnabled(true); });
  connect(task_, &BackgroundTask::failed, this,
          [this](const QString& reason) { caption_->setText(reason); });
  refresh();
}

ConfusionView::~ConfusionView() = default;

int ConfusionView::listed_count() const { return list_->count(); }
bool ConfusionView::busy() const { return task_->busy(); }

qint64 ConfusionView::shown_count(int true_class, int predicted) const {
  const auto* item = table_->item(true_class, predicted);
  return item ? item->text().toLongLong() : -1;
}

void ConfusionView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (model_->loaded() && !verdict_) classify();
}

void ConfusionView::refresh() {
  task_->discard();
  verdict_.reset();
  wanted_cell_ = QPoint(-1, -1);
  list_->clear();
  list_caption_->setText(tr("Click a cell to list its test images."));
  show_verdict();
  if (model_->loaded() && isVisible()) classify();
}

void ConfusionView::classify() {
  if (!model_->loaded() || verdict_ || task_->busy()) return;
  caption_->setText(tr("Classifying the test split with %1\u2026").arg(model_->description()));
  struct Outcome {
    std::shared_ptr<const TestVerdict> verdict;
    QString error;
  };
  task_->start(
      [model = model_](TaskControl& control) {
        Outcome outcome;
        outcome.verdict = model->classify_test_split(
            [&control](qint64 done, qint64 total) {
              control.report(
                  total > 0 ? double(done) / total : -1.0,
                  tr("Classifying the test split: %1 of %2 images").arg(done).arg(total));
            },
            control.cancel_flag(), &outcome.error);
        return outcome;
      },
      [this](Outcome outcome) {
        verdict_ = std::move(outcome.verdict);
        show_verdict();
        if (!outcome.error.isEmpty()) caption_->setText(outcome.error);
        if (!verdict_ && outcome.error.isEmpty())
          caption_->setText(tr("Cancelled: the test split was not classified."));
        if (verdict_ && wanted_cell_.x() >= 0) list_cell(wanted_cell_.x(), wanted_cell_.y());
        wanted_cell_ = QPoint(-1, -1);
      });
}

void ConfusionView::show_verdict() {
  const QStringList names = model_->class_names();
  const int k = names.size();
  classify_->setVisible(model_->loaded() && !verdict_);
  if (!verdict_ || verdict_->classes != k || k == 0) {
    table_->clear();
    table_->setRowCount(0);
    table_->setColumnCount(0);
    caption_->setText(model_->loaded()
                          ? tr("The test split is classified with the loaded checkpoint when "
                               "this tab is shown.")
                          : tr("No model loaded."));
    return;
  }
  const auto& cells = verdict_->confusion;
  const qint64 total = verdict_->count;
  caption_->setText(tr("Rows: true class, columns: predicted class. The %1 on %2 test images: "
                       "accuracy %3 %. Click a cell: its test images.")
                        .arg(verdict_->checkpoint)
                        .arg(total)
                        .arg(total > 0 ? 100.0 * verdict_->correct() / total : 0.0, 0, 'f', 2));
  table_->setRowCount(k);
  table_->setColumnCount(k);
  table_->setHorizontalHeaderLabels(names);
  table_->setVerticalHeaderLabels(names);
  for (int row = 0; row < k; ++row) {
    qint64 row_total = 0;
    for (int col = 0; col < k; ++col) row_total += cells[row * k + col];
    for (int col = 0; col < k; ++col) {
      const qint64 count = cells[row * k + col];
      const double fraction = row_total > 0 ? double(count) / row_total : 0.0;
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
  if (verdict_) return list_cell(true_class, predicted);
  if (!model_->loaded()) return;
  wanted_cell_ = QPoint(true_class, predicted);
  list_->clear();
  list_caption_->setText(tr("The images are listed once the test split is classified."));
  classify();
}

void ConfusionView::list_cell(int true_class, int predicted) {
  list_->clear();
  const QStringList names = model_->class_names();
  const auto items = verdict_->cell_images(true_class, predicted, kListLimit, kTopK, names);
  list_caption_->setText(
      tr("True %1, classified as %2: %3 image(s), %4 shown.")
          .arg(names.value(true_class), names.value(predicted))
          .arg(verdict_->confusion.value(true_class * verdict_->classes + predicted))
          .arg(items.size()));
  for (const auto& item : items) {
    QStringList top;
    for (const auto& score : item.top)
      top << tr("%1 %2 %").arg(score.name).arg(100 * score.probability, 0, 'f', 1);
    list_->addItem(
        new QListWidgetItem(QIcon(zoomed(item.input, 2)),
                            item.source + QStringLiteral("\n") + top.join(QStringLiteral(", "))));
  }
}

}  // namespace allcnn::ui::inspect
