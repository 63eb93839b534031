#include "predict_panel.h"

#include <functional>

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>

#include "background_task.h"
#include "inspect_model.h"
#include "task_bar.h"

namespace allcnn::ui::inspect {

namespace {

constexpr int kThumbnailPixels = 84;

// One classified image: its network input, its name and one bar per class. Clicking it chooses
// the image for the other views.
class ResultRow : public QFrame {
 public:
  ResultRow(const PredictionItem& item, std::function<void()> on_click, QWidget* parent)
      : QFrame(parent), on_click_(std::move(on_click)) {
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    auto* thumbnail = new QLabel(this);
    thumbnail->setFixedSize(kThumbnailPixels, kThumbnailPixels);
    thumbnail->setAlignment(Qt::AlignCenter);
    if (!item.input.isNull())
      thumbnail->setPixmap(QPixmap::fromImage(item.input.scaled(
          kThumbnailPixels, kThumbnailPixels, Qt::KeepAspectRatio, Qt::FastTransformation)));
    layout->addWidget(thumbnail);

    auto* right = new QGridLayout;
    auto* name =
        new QLabel(QFileInfo(item.source).fileName().isEmpty() ? item.source
                                                               : QFileInfo(item.source).fileName(),
                   this);
    name->setToolTip(item.source);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    right->addWidget(name, 0, 0, 1, 2);
    if (!item.error.isEmpty()) {
      auto* error = new QLabel(item.error, this);
      error->setWordWrap(true);
      error->setStyleSheet(QStringLiteral("color: #b00020;"));
      right->addWidget(error, 1, 0, 1, 2);
    }
    for (int i = 0; i < item.top.size(); ++i) {
      const auto& score = item.top[i];
      right->addWidget(new QLabel(score.name, this), i + 1, 0);
      auto* bar = new QProgressBar(this);
      bar->setRange(0, 1000);
      bar->setValue(static_cast<int>(score.probability * 1000));
      bar->setFormat(PredictPanel::tr("%1 %").arg(100 * score.probability, 0, 'f', 1));
      bar->setTextVisible(true);
      bar->setMinimumWidth(180);
      right->addWidget(bar, i + 1, 1);
    }
    right->setColumnMinimumWidth(0, 110);  // bars of all rows start at the same x
    right->setColumnStretch(1, 1);
    layout->addLayout(right, 1);
    if (!item.input.isNull()) setCursor(Qt::PointingHandCursor);
  }

 protected:
  void mousePressEvent(QMouseEvent* event) override {
    if (event->button() == Qt::LeftButton && on_click_) on_click_();
    QFrame::mousePressEvent(event);
  }

 private:
  std::function<void()> on_click_;
};

}  // namespace

PredictPanel::PredictPanel(InspectModel* model, QWidget* parent)
    : QWidget(parent), model_(model), task_(new BackgroundTask(this)) {
  setAcceptDrops(true);
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  auto* open = new QPushButton(tr("Open images\u2026"), this);
  auto* paste_button = new QPushButton(tr("Paste"), this);
  auto* clear_button = new QPushButton(tr("Clear"), this);
  top_k_ = new QSpinBox(this);
  top_k_->setRange(1, 10);
  top_k_->setValue(3);
  top_k_->setPrefix(tr("top "));
  bar->addWidget(open);
  bar->addWidget(paste_button);
  bar->addWidget(clear_button);
  bar->addStretch(1);
  bar->addWidget(top_k_);
  layout->addLayout(bar);

  message_ = new QLabel(this);
  message_->setWordWrap(true);
  layout->addWidget(message_);
  auto* task_bar = new TaskBar(task_, this);
  task_bar->set_text(tr("Classifying\u2026"));
  layout->addWidget(task_bar);

  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  auto* content = new QWidget(scroll);
  rows_ = new QVBoxLayout(content);
  rows_->addStretch(1);
  scroll->setWidget(content);
  layout->addWidget(scroll, 1);
  clear();

  connect(open, &QPushButton::clicked, this, [this] {
    const auto files = QFileDialog::getOpenFileNames(
        this, tr("Classify images"), {},
        tr("Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;All files (*)"));
    if (!files.isEmpty()) add_files(files);
  });
  connect(paste_button, &QPushButton::clicked, this, &PredictPanel::paste);
  connect(clear_button, &QPushButton::clicked, this, &PredictPanel::clear);
  auto* shortcut = new QShortcut(QKeySequence::Paste, this);
  shortcut->setContext(Qt::WidgetWithChildrenShortcut);
  connect(shortcut, &QShortcut::activated, this, &PredictPanel::paste);
}

QString PredictPanel::message() const { return message_->text(); }

bool PredictPanel::require_model() {
  if (model_->loaded()) return true;
  message_->setText(
      tr("No model loaded: load a run (best or last checkpoint) before dropping images."));
  message_->setStyleSheet(QStringLiteral("color: #b00020;"));
  return false;
}

void PredictPanel::add_files(const QStringList& paths) {
  if (!require_model()) return;
  enqueue([model = model_, paths, k = top_k_->value()](TaskControl& control) {
    return model->predict_files(
        paths, k,
        [&control](int done, int total) {
          control.report(total > 0 ? double(done) / total : -1.0,
                         tr("Classifying image %1 of %2\u2026").arg(done + 1).arg(total));
        },
        control.cancel_flag());
  });
}

void PredictPanel::add_image(const QImage& image, const QString& name) {
  if (!require_model()) return;
  enqueue([model = model_, image, name, k = top_k_->value()](TaskControl&) {
    return QVector<PredictionItem>{model->predict_image(image, name, k)};
  });
}

bool PredictPanel::busy() const { return task_->busy() || !waiting_.isEmpty(); }

void PredictPanel::enqueue(Job job) {
  waiting_.push_back(std::move(job));
  run_next();
}

void PredictPanel::run_next() {
  if (task_->busy() || waiting_.isEmpty()) return;
  Job job = waiting_.takeFirst();
  task_->start(std::move(job), [this](const QVector<PredictionItem>& items) {
    append(items);
    run_next();
  });
}

void PredictPanel::paste() {
  const QMimeData* data = QApplication::clipboard()->mimeData();
  if (data && data->hasUrls()) {
    QStringList files;
    for (const auto& url : data->urls())
      if (url.isLocalFile()) files << url.toLocalFile();
    if (!files.isEmpty()) return add_files(files);
  }
  add_image(QApplication::clipboard()->image(), tr("pasted image"));
}

void PredictPanel::clear() {
  waiting_.clear();
  task_->discard();
  items_.clear();
  while (rows_->count() > 1) {
    auto* row = rows_->takeAt(0);
    delete row->widget();
    delete row;
  }
  message_->setStyleSheet({});
  message_->setText(
      tr("Drop image files or folders here (PNG, JPEG, BMP, WebP, TIFF), or paste an image."));
}

void PredictPanel::append(const QVector<PredictionItem>& items) {
  int failed = 0;
  int first_good = -1;
  for (const auto& item : items) {
    const int index = items_.size();
    items_.push_back(item);
    if (!item.error.isEmpty()) ++failed;
    if (item.error.isEmpty() && first_good < 0) first_good = index;
    auto choose = [this, index] {
      const auto& chosen = items_.at(index);
      if (chosen.error.isEmpty())
        Q_EMIT image_chosen(chosen.input, chosen.source, chosen.top.value(0).index);
    };
    rows_->insertWidget(rows_->count() - 1, new ResultRow(item, choose, this));
  }
  message_->setStyleSheet(failed > 0 ? QStringLiteral("color: #b00020;") : QString());
  message_->setText(failed > 0
                        ? tr("%1 image(s) classified, %2 could not be read (see below).")
                              .arg(items.size() - failed)
                              .arg(failed)
                        : tr("%1 image(s) classified. Click one to inspect it.").arg(items.size()));
  if (first_good >= 0) {
    const auto& chosen = items_.at(first_good);
    Q_EMIT image_chosen(chosen.input, chosen.source, chosen.top.value(0).index);
  }
}

void PredictPanel::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls() || event->mimeData()->hasImage()) event->acceptProposedAction();
}

void PredictPanel::dropEvent(QDropEvent* event) {
  const QMimeData* data = event->mimeData();
  QStringList files;
  for (const auto& url : data->urls())
    if (url.isLocalFile()) files << url.toLocalFile();
  if (!files.isEmpty())
    add_files(files);
  else if (data->hasImage())
    add_image(qvariant_cast<QImage>(data->imageData()), tr("dropped image"));
  event->acceptProposedAction();
}

}  // namespace allcnn::ui::inspect
