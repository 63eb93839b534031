#include "activations_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "background_task.h"
#include "inspect_model.h"
#include "zoom.h"

namespace allcnn::ui::inspect {

namespace {
constexpr int kColumns = 4;
}

ActivationsView::ActivationsView(InspectModel* model, QWidget* parent)
    : QWidget(parent), model_(model), task_(new BackgroundTask(this)) {
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Colormap:"), this));
  colormap_ = new QComboBox(this);
  colormap_->addItem(tr("viridis"), int(vision::Colormap::Viridis));
  colormap_->addItem(tr("inferno"), int(vision::Colormap::Inferno));
  colormap_->addItem(tr("turbo"), int(vision::Colormap::Turbo));
  colormap_->addItem(tr("jet"), int(vision::Colormap::Jet));
  colormap_->addItem(tr("gray"), int(vision::Colormap::Gray));
  bar->addWidget(colormap_);
  per_map_ = new QCheckBox(tr("Normalize each map"), this);
  per_map_->setChecked(true);
  per_map_->setToolTip(tr("On: every feature map uses its own range. Off: one range per layer."));
  bar->addWidget(per_map_);
  bar->addSpacing(16);
  bar->addWidget(new QLabel(tr("Grid size:"), this));
  size_ = new QSpinBox(this);
  size_->setRange(60, 1200);
  size_->setSingleStep(20);
  size_->setValue(180);
  size_->setSuffix(tr(" px"));
  bar->addWidget(size_);
  bar->addStretch(1);
  layout->addLayout(bar);
  caption_ = new QLabel(this);
  layout->addWidget(caption_);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  content_ = new QWidget(scroll);
  grids_ = new QGridLayout(content_);
  scroll->setWidget(content_);
  layout->addWidget(scroll, 1);
  connect(colormap_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &ActivationsView::refresh);
  connect(per_map_, &QCheckBox::toggled, this, &ActivationsView::refresh);
  connect(size_, qOverload<int>(&QSpinBox::valueChanged), this, &ActivationsView::refresh);
  refresh();
}

void ActivationsView::set_image(const QImage& input, const QString& source) {
  input_ = input;
  source_ = source;
  refresh();
}

bool ActivationsView::busy() const { return task_->busy(); }

void ActivationsView::refresh() {
  while (auto* item = grids_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  grid_count_ = 0;
  if (!model_->loaded() || input_.isNull()) {
    task_->discard();
    caption_->setText(model_->loaded()
                          ? tr("Classify an image on the Predict tab to see its activations.")
                          : tr("No model loaded."));
    return;
  }
  caption_->setText(
      tr("Computing the feature maps of %1\u2026").arg(QFileInfo(source_).fileName()));
  const auto map = static_cast<vision::Colormap>(colormap_->currentData().toInt());
  using Maps = std::pair<QVector<LabelledImage>, QVector<LabelledImage>>;
  task_->start(
      [model = model_, input = input_, map, per_map = per_map_->isChecked()](TaskControl&) {
        return Maps{model->activation_grids(input, map, per_map),
                    model->class_activation_maps(input, map)};
      },
      [this](const Maps& maps) { show_maps(maps.first, maps.second); }, /*cancellable=*/false);
}

void ActivationsView::show_maps(const QVector<LabelledImage>& grids,
                                const QVector<LabelledImage>& cams) {
  caption_->setText(tr("Feature maps of every layer for %1").arg(QFileInfo(source_).fileName()));
  const int target = size_->value();
  for (int i = 0; i < grids.size(); ++i) {
    const auto& grid = grids[i];
    auto* cell = new QWidget(content_);
    auto* v = new QVBoxLayout(cell);
    auto* title = new QLabel(
        tr("<b>%1</b>  %2").arg(grid.title.toHtmlEscaped(), grid.shape.toHtmlEscaped()), cell);
    title->setWordWrap(true);
    auto* picture = new QLabel(cell);
    picture->setPixmap(zoomed(grid.image, fit_factor(grid.image.width(), target)));
    v->addWidget(title);
    v->addWidget(picture);
    v->addStretch(1);
    grids_->addWidget(cell, i / kColumns, i % kColumns);
  }
  // The class activation maps get a full row of their own, one named tile per class.
  const int cam_row = (grids.size() + kColumns - 1) / kColumns;
  auto* cam_cell = new QWidget(content_);
  auto* cam_layout = new QGridLayout(cam_cell);
  cam_layout->addWidget(
      new QLabel(tr("<b>Class activation maps</b>: the maps that global average pooling turns "
                    "into the logits (the mean under each), on one shared scale"),
                 cam_cell),
      0, 0, 1, std::max(1, static_cast<int>(cams.size())));
  for (int k = 0; k < cams.size(); ++k) {
    auto* picture = new QLabel(cam_cell);
    picture->setPixmap(zoomed(cams[k].image, fit_factor(cams[k].image.width(), 96)));
    auto* caption = new QLabel(tr("%1\n%2").arg(cams[k].title, cams[k].shape), cam_cell);
    caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    cam_layout->addWidget(picture, 1, k, Qt::AlignHCenter);
    cam_layout->addWidget(caption, 2, k);
  }
  cam_layout->setColumnStretch(std::max(1, static_cast<int>(cams.size())), 1);
  grids_->addWidget(cam_cell, cam_row, 0, 1, kColumns);
  grid_count_ = grids.size() + (cams.isEmpty() ? 0 : 1);
}

}  // namespace allcnn::ui::inspect
