#include "saliency_view.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "background_task.h"
#include "inspect_model.h"
#include "zoom.h"

namespace allcnn::ui::inspect {

namespace {
constexpr int kPanelPixels = 220;
}

SaliencyView::SaliencyView(InspectModel* model, QWidget* parent)
    : QWidget(parent), model_(model), task_(new BackgroundTask(this)) {
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Explain class:"), this));
  class_ = new QComboBox(this);
  bar->addWidget(class_);
  bar->addStretch(1);
  layout->addLayout(bar);
  caption_ = new QLabel(this);
  caption_->setWordWrap(true);
  layout->addWidget(caption_);
  panels_ = new QHBoxLayout;
  layout->addLayout(panels_);
  auto* legend = new QLabel(
      tr("Gradient: the true gradient of the class score. Deconvnet: ReLUs pass only positive "
         "gradients, ignoring the forward pass. Guided backpropagation: ReLUs pass only positive "
         "gradients where the forward activation was positive too. Red: positive, blue: negative "
         "(one-channel models); RGB with zero at gray (colour models)."),
      this);
  legend->setWordWrap(true);
  layout->addWidget(legend);
  layout->addStretch(1);
  connect(class_, qOverload<int>(&QComboBox::currentIndexChanged), this, &SaliencyView::redraw);
  refresh();
}

void SaliencyView::refresh() {
  {
    const QSignalBlocker blocker(class_);
    const int previous = class_->currentIndex();
    class_->clear();
    class_->addItems(model_->class_names());
    if (previous >= 0 && previous < class_->count()) class_->setCurrentIndex(previous);
  }
  redraw();
}

void SaliencyView::set_image(const QImage& input, const QString& source, int top_class) {
  input_ = input;
  source_ = source;
  const QSignalBlocker blocker(class_);
  if (top_class >= 0 && top_class < class_->count()) class_->setCurrentIndex(top_class);
  redraw();
}

void SaliencyView::set_class(int index) { class_->setCurrentIndex(index); }

bool SaliencyView::busy() const { return task_->busy(); }

void SaliencyView::redraw() {
  while (auto* item = panels_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  panel_count_ = 0;
  if (!model_->loaded() || input_.isNull() || class_->currentIndex() < 0) {
    task_->discard();
    caption_->setText(model_->loaded() ? tr("Classify an image on the Predict tab to explain it.")
                                       : tr("No model loaded."));
    return;
  }
  caption_->setText(tr("Computing the saliency maps\u2026"));
  task_->start([model = model_, input = input_, index = class_->currentIndex()](
                   TaskControl&) { return model->saliency(input, index); },
               [this](const QVector<LabelledImage>& panels) { show_panels(panels); },
               /*cancellable=*/false);
}

void SaliencyView::show_panels(const QVector<LabelledImage>& panels) {
  caption_->setText(tr("Why %1 looks like \u201c%2\u201d")
                        .arg(QFileInfo(source_).fileName(), class_->currentText()));
  for (const auto& panel : panels) {
    auto* cell = new QWidget(this);
    auto* v = new QVBoxLayout(cell);
    auto* title = new QLabel(tr("<b>%1</b>").arg(panel.title.toHtmlEscaped()), cell);
    title->setAlignment(Qt::AlignCenter);
    auto* picture = new QLabel(cell);
    picture->setPixmap(zoomed(panel.image, fit_factor(panel.image.width(), kPanelPixels)));
    picture->setAlignment(Qt::AlignCenter);
    v->addWidget(title);
    v->addWidget(picture);
    panels_->addWidget(cell);
    ++panel_count_;
  }
  panels_->addStretch(1);
}

}  // namespace allcnn::ui::inspect
