#include "config_panel.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace allcnn::ui {

ConfigPanel::ConfigPanel(QWidget* parent) : QWidget(parent) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  scroll_ = new QScrollArea(this);
  scroll_->setWidgetResizable(true);
  scroll_->setFrameShape(QFrame::NoFrame);
  scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  content_ = new QWidget(scroll_);
  auto* sections = new QVBoxLayout(content_);
  sections->setContentsMargins(4, 4, 4, 4);
  scroll_->setWidget(content_);
  outer->addWidget(scroll_);

  // Data.
  QFormLayout* form = add_section(tr("Data"));
  dataset_ = combo(QStringLiteral("dataset"), {});
  dataset_->addItem(tr("default"), QString());
  for (const auto& name : dataset_names()) dataset_->addItem(name, name);
  add_field(form, tr("Dataset"), dataset_, {"--dataset", "dataset"});
  data_dir_ = new QLineEdit(content_);
  data_dir_->setObjectName(QStringLiteral("data_dir"));
  auto* browse_data = new QToolButton(content_);
  browse_data->setText(tr("..."));
  browse_data->setToolTip(tr("Choose the dataset folder"));
  connect(browse_data, &QToolButton::clicked, this,
          [this] { browse_for(data_dir_, tr("Dataset folder")); });
  add_field(form, tr("Folder"), data_dir_, {"--data-dir"}, browse_data);
  train_limit_ = int_spin(QStringLiteral("train_limit"), 0, 100000000, tr("all"));
  add_field(form, tr("Training images"), train_limit_, {"--train-limit"});
  test_limit_ = int_spin(QStringLiteral("test_limit"), 0, 100000000, tr("all"));
  add_field(form, tr("Test images"), test_limit_, {"--test-limit"});

  // Model.
  form = add_section(tr("Model"));
  arch_ = combo(QStringLiteral("arch"), architecture_names());
  add_field(form, tr("Architecture"), arch_, {"--arch"});
  width_ = number_edit(QStringLiteral("width"));
  add_field(form, tr("Width"), width_, {"--width"});
  batch_norm_ = check_box(QStringLiteral("batch_norm"), tr("Batch normalization"));
  add_field(form, QString(), batch_norm_, {"--bn", "--batch-norm"});
  dropout_ = check_box(QStringLiteral("dropout"), tr("Dropout"));
  add_field(form, QString(), dropout_, {"--dropout", "--no-dropout"});

  // Initialization.
  form = add_section(tr("Initialization"));
  init_ = combo(QStringLiteral("init"), init_names());
  add_field(form, tr("Initializer"), init_, {"--init"});
  init_std_ = number_edit(QStringLiteral("init_std"));
  add_field(form, tr("Gaussian std"), init_std_, {"--init-std"});
  lsuv_tolerance_ = number_edit(QStringLiteral("lsuv_tolerance"));
  add_field(form, tr("LSUV tolerance"), lsuv_tolerance_, {"--lsuv-tolerance", "--tolerance"});
  lsuv_max_iterations_ = int_spin(QStringLiteral("lsuv_max_iterations"), 1, 10000);
  add_field(form, tr("LSUV iterations"), lsuv_max_iterations_,
            {"--lsuv-max-iterations", "--lsuv-iterations", "--max-iterations"});
  lsuv_batch_size_ = int_spin(QStringLiteral("lsuv_batch_size"), 1, 1000000);
  add_field(form, tr("LSUV batch size"), lsuv_batch_size_, {"--lsuv-batch-size"});
  lsuv_min_outputs_ = int_spin(QStringLiteral("lsuv_min_outputs"), 0, 100000000);
  lsuv_min_outputs_->setToolTip(tr("Layers with fewer output values per image are skipped"));
  add_field(form, tr("LSUV minimum outputs"), lsuv_min_outputs_,
            {"--lsuv-min-outputs", "--min-outputs"});
  lsuv_layers_ = new QLineEdit(content_);
  lsuv_layers_->setObjectName(QStringLiteral("lsuv_layers"));
  lsuv_layers_->setPlaceholderText(tr("all convolutions"));
  add_field(form, tr("LSUV layers"), lsuv_layers_, {"--lsuv-layers", "--layers"});
  weights_ = new QLineEdit(content_);
  weights_->setObjectName(QStringLiteral("weights"));
  weights_->setPlaceholderText(tr("none: initialize"));
  auto* browse_weights = new QToolButton(content_);
  browse_weights->setText(tr("..."));
  browse_weights->setToolTip(tr("Start from the weights of a checkpoint"));
  connect(browse_weights, &QToolButton::clicked, this, [this] {
    browse_for_file(weights_, tr("Checkpoint"), tr("Checkpoints (*.pt);;All files (*)"));
  });
  add_field(form, tr("Start from weights"), weights_, {"--weights", "--checkpoint"},
            browse_weights);

  // Optimizer.
  form = add_section(tr("Optimizer"));
  optimizer_ = combo(QStringLiteral("optimizer"),
                     {QStringLiteral("sgd"), QStringLiteral("rmsprop"), QStringLiteral("adam")});
  add_field(form, tr("Optimizer"), optimizer_, {"--optimizer"});
  learning_rate_ = number_edit(QStringLiteral("learning_rate"));
  learning_rate_->setPlaceholderText(tr("optimizer default"));
  add_field(form, tr("Learning rate"), learning_rate_, {"--lr", "--learning-rate"});
  momentum_ = number_edit(QStringLiteral("momentum"));
  add_field(form, tr("Momentum"), momentum_, {"--momentum"});
  nesterov_ = check_box(QStringLiteral("nesterov"), tr("Nesterov momentum"));
  add_field(form, QString(), nesterov_, {"--nesterov", "--no-nesterov"});
  weight_decay_ = number_edit(QStringLiteral("weight_decay"));
  add_field(form, tr("Weight decay"), weight_decay_, {"--weight-decay", "--wd"});
  rho_ = number_edit(QStringLiteral("rho"));
  add_field(form, tr("Rho"), rho_, {"--rho"});
  beta1_ = number_edit(QStringLiteral("beta1"));
  add_field(form, tr("Beta 1"), beta1_, {"--beta1"});
  beta2_ = number_edit(QStringLiteral("beta2"));
  add_field(form, tr("Beta 2"), beta2_, {"--beta2"});
  epsilon_ = number_edit(QStringLiteral("epsilon"));
  add_field(form, tr("Epsilon"), epsilon_, {"--epsilon", "--eps"});

  // Schedule.
  form = add_section(tr("Schedule"));
  schedule_ =
      combo(QStringLiteral("schedule"), {QStringLiteral("constant"), QStringLiteral("time-decay"),
                                         QStringLiteral("steps"), QStringLiteral("cosine")});
  add_field(form, tr("Schedule"), schedule_, {"--schedule"});
  decay_ = number_edit(QStringLiteral("decay"));
  add_field(form, tr("Decay"), decay_, {"--decay"});
  milestones_ = new QLineEdit(content_);
  milestones_->setObjectName(QStringLiteral("milestones"));
  milestones_->setPlaceholderText(tr("epochs, e.g. 200,250,300"));
  add_field(form, tr("Milestones"), milestones_, {"--milestones"});
  gamma_ = number_edit(QStringLiteral("gamma"));
  add_field(form, tr("Gamma"), gamma_, {"--gamma"});
  warmup_epochs_ = number_edit(QStringLiteral("warmup_epochs"));
  add_field(form, tr("Warm-up epochs"), warmup_epochs_, {"--warmup-epochs", "--warmup"});

  // Augmentation and batching.
  form = add_section(tr("Augmentation and batches"));
  shift_ = check_box(QStringLiteral("shift"), tr("Random shift"));
  add_field(form, QString(), shift_, {"--augment"});
  shift_fraction_ = number_edit(QStringLiteral("shift_fraction"));
  add_field(form, tr("Shift fraction"), shift_fraction_, {"--shift-fraction", "--shift"});
  flip_ = check_box(QStringLiteral("flip"), tr("Horizontal flip"));
  add_field(form, QString(), flip_, {"--flip"});
  normalize_ = check_box(QStringLiteral("normalize"), tr("Normalize"));
  add_field(form, QString(), normalize_, {"--normalize"});
  zca_ = check_box(QStringLiteral("zca"), tr("ZCA whitening"));
  add_field(form, QString(), zca_, {"--zca"});
  zca_epsilon_ = number_edit(QStringLiteral("zca_epsilon"));
  add_field(form, tr("ZCA epsilon"), zca_epsilon_, {"--zca-epsilon"});
  batch_size_ = int_spin(QStringLiteral("batch_size"), 1, 1000000);
  add_field(form, tr("Batch size"), batch_size_, {"--batch-size"});
  epochs_ = int_spin(QStringLiteral("epochs"), 1, 1000000);
  add_field(form, tr("Epochs"), epochs_, {"--epochs"});
  seed_ = new QLineEdit(content_);
  seed_->setObjectName(QStringLiteral("seed"));
  add_field(form, tr("Seed"), seed_, {"--seed"});

  // Execution and output.
  form = add_section(tr("Execution and output"));
  device_ = combo(QStringLiteral("device"), {});
  for (const auto& name : device_names())
    device_->addItem(name == QLatin1String("auto") ? tr("auto") : name, name);
  add_field(form, tr("Device"), device_, {"--device"});
  threads_ = int_spin(QStringLiteral("threads"), 0, 1024, tr("all cores"));
  add_field(form, tr("CPU threads"), threads_, {"--threads"});
  bf16_ = check_box(QStringLiteral("bf16"), tr("bfloat16 autocast"));
  bf16_->setToolTip(
      tr("Run the forward pass in bfloat16 (weights stay float32). Pays on GPUs with bf16 "
         "tensor cores and on CPUs with AVX-512 BF16 or AMX; allcnn bench measures both."));
  add_field(form, QString(), bf16_, {"--bf16"});
  metrics_every_ = int_spin(QStringLiteral("metrics_every"), 0, 100000, tr("automatic"));
  metrics_every_->setToolTip(
      tr("Batches between reads of the loss and accuracy from the "
         "device. Automatic: every batch on the CPU, every 50 on a GPU."));
  add_field(form, tr("Metrics every (batches)"), metrics_every_, {"--metrics-every"});
  runs_dir_ = new QLineEdit(content_);
  runs_dir_->setObjectName(QStringLiteral("runs_dir"));
  auto* browse_runs = new QToolButton(content_);
  browse_runs->setText(tr("..."));
  browse_runs->setToolTip(tr("Choose the folder for run folders"));
  connect(browse_runs, &QToolButton::clicked, this,
          [this] { browse_for(runs_dir_, tr("Runs folder")); });
  add_field(form, tr("Runs folder"), runs_dir_, {"--runs-dir", "--runs"}, browse_runs);
  name_ = new QLineEdit(content_);
  name_->setObjectName(QStringLiteral("name"));
  name_->setPlaceholderText(tr("automatic"));
  add_field(form, tr("Run name"), name_, {"--name"});
  checkpoint_every_ =
      int_spin(QStringLiteral("checkpoint_every"), 0, 100000000, tr("epoch ends only"));
  add_field(form, tr("Checkpoint every (batches)"), checkpoint_every_, {"--checkpoint-every"});
  sections->addStretch(1);
  align_labels();

  for (QComboBox* box : {init_, optimizer_, schedule_})
    connect(box, &QComboBox::currentIndexChanged, this, &ConfigPanel::update_enabled);
  connect(shift_, &QCheckBox::toggled, this, &ConfigPanel::update_enabled);
  connect(zca_, &QCheckBox::toggled, this, &ConfigPanel::update_enabled);
  connect(dataset_, &QComboBox::currentIndexChanged, this, &ConfigPanel::update_dataset_hint);
  set_settings(default_run_settings());
}

QFormLayout* ConfigPanel::add_section(const QString& title) {
  auto* box = new QGroupBox(title, content_);
  auto* form = new QFormLayout(box);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  form->setVerticalSpacing(2);
  content_->layout()->addWidget(box);
  return form;
}

void ConfigPanel::add_field(QFormLayout* form, const QString& label, QWidget* editor,
                            std::initializer_list<const char*> flags, QWidget* extra) {
  auto* row = new QWidget(content_);
  auto* column = new QVBoxLayout(row);
  column->setContentsMargins(0, 0, 0, 0);
  column->setSpacing(1);
  if (extra) {
    auto* line = new QHBoxLayout;
    line->setSpacing(2);
    line->addWidget(editor, 1);
    line->addWidget(extra);
    column->addLayout(line);
  } else {
    column->addWidget(editor);
  }
  auto* error = new QLabel(row);
  error->setObjectName(editor->objectName() + QStringLiteral("_error"));
  error->setWordWrap(true);
  error->setStyleSheet(QStringLiteral("color: #c62828;"));
  error->hide();
  column->addWidget(error);
  form->addRow(label, row);

  const size_t index = fields_.size();
  fields_.push_back({editor, error, row});
  by_name_[editor->objectName()] = index;
  for (const char* flag : flags) by_flag_[QLatin1String(flag)] = index;
}

QLineEdit* ConfigPanel::number_edit(const QString& name) {
  auto* edit = new QLineEdit(content_);
  edit->setObjectName(name);
  return edit;
}

QSpinBox* ConfigPanel::int_spin(const QString& name, int minimum, int maximum,
                                const QString& special) {
  auto* spin = new QSpinBox(content_);
  spin->setObjectName(name);
  spin->setRange(minimum, maximum);
  if (!special.isEmpty()) spin->setSpecialValueText(special);
  return spin;
}

QCheckBox* ConfigPanel::check_box(const QString& name, const QString& text) {
  auto* box = new QCheckBox(text, content_);
  box->setObjectName(name);
  return box;
}

QComboBox* ConfigPanel::combo(const QString& name, const QStringList& items) {
  auto* box = new QComboBox(content_);
  box->setObjectName(name);
  for (const auto& item : items) box->addItem(item, item);
  return box;
}

void ConfigPanel::align_labels() {
  // One label column for every section, so the fields line up from top to bottom.
  int widest = 0;
  for (auto* form : content_->findChildren<QFormLayout*>())
    for (int row = 0; row < form->rowCount(); ++row)
      if (auto* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
        widest = std::max(widest, item->widget()->sizeHint().width());
  for (auto* form : content_->findChildren<QFormLayout*>())
    for (int row = 0; row < form->rowCount(); ++row)
      if (auto* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
        item->widget()->setMinimumWidth(widest);
}

void ConfigPanel::browse_for(QLineEdit* edit, const QString& caption) {
  const QString dir = QFileDialog::getExistingDirectory(this, caption, edit->text());
  if (!dir.isEmpty()) edit->setText(dir);
}

void ConfigPanel::browse_for_file(QLineEdit* edit, const QString& caption, const QString& filter) {
  const QString file = QFileDialog::getOpenFileName(this, caption, edit->text(), filter);
  if (!file.isEmpty()) edit->setText(file);
}

void ConfigPanel::update_dataset_hint() {
  const QString found = found_dataset_dir(dataset_->currentData().toString());
  data_dir_->setPlaceholderText(found.isEmpty() ? tr("not found: choose the folder")
                                                : tr("found: %1").arg(found));
}

void ConfigPanel::update_enabled() {
  const QString init = init_->currentData().toString();
  const QString optimizer = optimizer_->currentData().toString();
  const QString schedule = schedule_->currentData().toString();
  const auto enable = [this](QWidget* editor, bool on) {
    const auto it = by_name_.find(editor->objectName());
    if (it == by_name_.end()) return;
    fields_[it->second].row->setEnabled(on);
    auto* form = qobject_cast<QFormLayout*>(fields_[it->second].row->parentWidget()->layout());
    if (form && form->labelForField(fields_[it->second].row))
      form->labelForField(fields_[it->second].row)->setEnabled(on);
  };
  enable(init_std_, init == QLatin1String("gaussian"));
  for (QWidget* w :
       {static_cast<QWidget*>(lsuv_tolerance_), static_cast<QWidget*>(lsuv_max_iterations_),
        static_cast<QWidget*>(lsuv_batch_size_), static_cast<QWidget*>(lsuv_min_outputs_),
        static_cast<QWidget*>(lsuv_layers_)})
    enable(w, init == QLatin1String("lsuv"));
  enable(momentum_, optimizer == QLatin1String("sgd"));
  enable(nesterov_, optimizer == QLatin1String("sgd"));
  enable(rho_, optimizer == QLatin1String("rmsprop"));
  enable(beta1_, optimizer == QLatin1String("adam"));
  enable(beta2_, optimizer == QLatin1String("adam"));
  enable(epsilon_, optimizer != QLatin1String("sgd"));
  enable(decay_, schedule == QLatin1String("time-decay"));
  enable(milestones_, schedule == QLatin1String("steps"));
  enable(gamma_, schedule == QLatin1String("steps"));
  enable(shift_fraction_, shift_->isChecked());
  enable(zca_epsilon_, zca_->isChecked());
}

}  // namespace allcnn::ui
