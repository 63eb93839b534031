#include "filters_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "background_task.h"
#include "inspect_model.h"
#include "zoom.h"

namespace allcnn::ui::inspect {

FiltersView::FiltersView(InspectModel* model, QWidget* parent)
    : QWidget(parent), model_(model), task_(new BackgroundTask(this)) {
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Layer:"), this));
  layer_ = new QComboBox(this);
  bar->addWidget(layer_);
  bar->addSpacing(16);
  bar->addWidget(new QLabel(tr("Zoom:"), this));
  zoom_ = new QSpinBox(this);
  zoom_->setRange(1, 64);
  zoom_->setValue(24);
  zoom_->setSuffix(QStringLiteral("\u00d7"));
  bar->addWidget(zoom_);
  bar->addStretch(1);
  layout->addLayout(bar);
  caption_ = new QLabel(this);
  caption_->setWordWrap(true);
  layout->addWidget(caption_);
  auto* scroll = new QScrollArea(this);
  image_ = new QLabel(scroll);
  image_->setObjectName(QStringLiteral("filter_grid"));
  image_->setAlignment(Qt::AlignCenter);
  scroll->setWidget(image_);
  scroll->setWidgetResizable(true);
  scroll->setAlignment(Qt::AlignCenter);
  layout->addWidget(scroll, 1);
  connect(layer_, qOverload<int>(&QComboBox::currentIndexChanged), this, &FiltersView::redraw);
  connect(zoom_, qOverload<int>(&QSpinBox::valueChanged), this, &FiltersView::redraw);
  refresh();
}

bool FiltersView::busy() const { return task_->busy(); }

void FiltersView::refresh() {
  grids_.clear();
  {
    const QSignalBlocker blocker(layer_);
    layer_->clear();
  }
  if (!model_->loaded()) {
    task_->discard();
    return redraw();
  }
  task_->start([model = model_](TaskControl&) { return model->filter_grids(); },
               [this](QVector<LabelledImage> grids) {
                 grids_ = std::move(grids);
                 const QSignalBlocker blocker(layer_);
                 for (const auto& grid : grids_) layer_->addItem(grid.title);
                 redraw();
               },
               /*cancellable=*/false);
  redraw();
}

void FiltersView::show_layer(int index) { layer_->setCurrentIndex(index); }
void FiltersView::set_zoom(int factor) { zoom_->setValue(factor); }

void FiltersView::redraw() {
  const int index = layer_->currentIndex();
  if (index < 0 || index >= grids_.size()) {
    caption_->setText(!model_->loaded() ? tr("No model loaded.")
                      : task_->busy()   ? tr("Reading the filters\u2026")
                                        : tr("The model has no convolutions."));
    image_->clear();
    return;
  }
  const auto& grid = grids_[index];
  caption_->setText(index == 0 ? tr("%1: %2 (filters \u00d7 input channels \u00d7 height \u00d7 "
                                    "width); each filter scaled to its own range.")
                                     .arg(grid.title, grid.shape)
                               : tr("%1: %2; one row per filter, one kernel per input channel, "
                                    "each kernel scaled to its own range.")
                                     .arg(grid.title, grid.shape));
  image_->setPixmap(zoomed(grid.image, zoom_->value()));
}

}  // namespace allcnn::ui::inspect
