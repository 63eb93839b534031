#include "inspect_page.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "activations_view.h"
#include "background_task.h"
#include "confusion_view.h"
#include "filters_view.h"
#include "inspect_model.h"
#include "layers_view.h"
#include "predict_panel.h"
#include "saliency_view.h"
#include "task_bar.h"

namespace allcnn::ui::inspect {

InspectPage::InspectPage(QWidget* parent)
    : QWidget(parent),
      model_(std::make_unique<InspectModel>()),
      load_task_(new BackgroundTask(this)) {
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Run:"), this));
  run_dir_ = new QLineEdit(this);
  run_dir_->setPlaceholderText(tr("run folder (holds config.json and checkpoints/)"));
  bar->addWidget(run_dir_, 1);
  auto* browse = new QPushButton(tr("Browse\u2026"), this);
  bar->addWidget(browse);
  checkpoint_ = new QComboBox(this);
  checkpoint_->addItem(tr("best checkpoint"), QStringLiteral("best"));
  checkpoint_->addItem(tr("last checkpoint"), QStringLiteral("last"));
  bar->addWidget(checkpoint_);
  auto* load = new QPushButton(tr("Load"), this);
  bar->addWidget(load);
  layout->addLayout(bar);
  status_ = new QLabel(tr("No model loaded."), this);
  status_->setWordWrap(true);
  layout->addWidget(status_);
  auto* load_bar = new TaskBar(load_task_, this);
  load_bar->set_text(tr("Loading the model\u2026"));
  layout->addWidget(load_bar);

  tabs_ = new QTabWidget(this);
  predict_ = new PredictPanel(model_.get(), tabs_);
  filters_ = new FiltersView(model_.get(), tabs_);
  activations_ = new ActivationsView(model_.get(), tabs_);
  saliency_ = new SaliencyView(model_.get(), tabs_);
  confusion_ = new ConfusionView(model_.get(), tabs_);
  layers_ = new LayersView(tabs_);
  tabs_->addTab(predict_, tr("Predict"));
  tabs_->addTab(filters_, tr("Filters"));
  tabs_->addTab(activations_, tr("Activations"));
  tabs_->addTab(saliency_, tr("Saliency"));
  tabs_->addTab(confusion_, tr("Confusion"));
  tabs_->addTab(layers_, tr("Layers"));
  layout->addWidget(tabs_, 1);

  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Run folder"), run_dir_->text());
    if (!dir.isEmpty()) load_run(dir, checkpoint_->currentData().toString());
  });
  connect(load, &QPushButton::clicked, this,
          [this] { load_run(run_dir_->text(), checkpoint_->currentData().toString()); });
  connect(run_dir_, &QLineEdit::returnPressed, this,
          [this] { load_run(run_dir_->text(), checkpoint_->currentData().toString()); });
  connect(predict_, &PredictPanel::image_chosen, this,
          [this](const QImage& input, const QString& source, int top_class) {
            activations_->set_image(input, source);
            saliency_->set_image(input, source, top_class);
          });
}

// The views go first: their tasks cancel and wait for work that still uses the model.
InspectPage::~InspectPage() { delete tabs_; }

bool InspectPage::model_loaded() const { return model_->loaded(); }

bool InspectPage::busy() const {
  return load_task_->busy() || predict_->busy() || filters_->busy() || activations_->busy() ||
         saliency_->busy() || confusion_->busy() || layers_->busy();
}
QString InspectPage::status() const { return status_->text(); }

void InspectPage::follow_run(const QString& run_dir) {
  if (opened_run_.isEmpty() || opened_run_ == run_dir) layers_->follow(run_dir);
}

void InspectPage::load_run(const QString& dir, const QString& checkpoint) {
  opened_run_ = dir;
  run_dir_->setText(dir);
  layers_->load(dir);  // the diagnostics need no model: read them alongside
  const int index = checkpoint_->findData(checkpoint);
  if (index >= 0) checkpoint_->setCurrentIndex(index);
  status_->setStyleSheet({});
  status_->setText(tr("Loading %1 (%2 checkpoint)\u2026").arg(dir, checkpoint));
  struct Opened {
    InspectModel::Handle model;
    QString error;
  };
  load_task_->start(
      [dir, checkpoint](TaskControl&) {
        Opened opened;
        opened.model = InspectModel::open(dir, checkpoint, &opened.error);
        return opened;
      },
      [this, dir](Opened opened) {
        model_->adopt(opened.model);
        if (opened.error.isEmpty()) {
          status_->setText(tr("Loaded %1").arg(model_->description()));
        } else {
          status_->setStyleSheet(QStringLiteral("color: #b00020;"));
          status_->setText(tr("Could not load the model: %1").arg(opened.error));
        }
        predict_->clear();
        filters_->refresh();
        activations_->set_image({}, {});
        saliency_->refresh();
        saliency_->set_image({}, {}, -1);
        confusion_->refresh();
        if (opened.error.isEmpty()) Q_EMIT run_loaded(dir);
      },
      /*cancellable=*/false);
}

}  // namespace allcnn::ui::inspect
