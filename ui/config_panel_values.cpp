// ConfigPanel: moving values between the form and RunSettings, and showing errors.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>

#include "config_panel.h"

namespace allcnn::ui {
namespace {

QString number_text(double value) { return QString::number(value, 'g', 10); }

void select_data(QComboBox* box, const QString& value) {
  int index = box->findData(value);
  if (index < 0) {
    // A value core knows but the list does not (a config from another machine): keep it.
    box->addItem(value, value);
    index = box->count() - 1;
  }
  box->setCurrentIndex(index);
}

int clamp_to_spin(QSpinBox* spin, qint64 value) {
  return static_cast<int>(std::clamp<qint64>(value, spin->minimum(), spin->maximum()));
}

}  // namespace

void ConfigPanel::set_settings(const RunSettings& s) {
  select_data(dataset_, s.dataset);
  data_dir_->setText(s.data_dir);
  data_dir_->setCursorPosition(0);
  train_limit_->setValue(clamp_to_spin(train_limit_, s.train_limit));
  test_limit_->setValue(clamp_to_spin(test_limit_, s.test_limit));
  select_data(arch_, s.arch);
  width_->setText(number_text(s.width));
  batch_norm_->setChecked(s.batch_norm);
  dropout_->setChecked(s.dropout);
  select_data(init_, s.init);
  init_std_->setText(number_text(s.init_std));
  lsuv_tolerance_->setText(number_text(s.lsuv_tolerance));
  lsuv_max_iterations_->setValue(clamp_to_spin(lsuv_max_iterations_, s.lsuv_max_iterations));
  lsuv_batch_size_->setValue(clamp_to_spin(lsuv_batch_size_, s.lsuv_batch_size));
  lsuv_min_outputs_->setValue(clamp_to_spin(lsuv_min_outputs_, s.lsuv_min_outputs));
  lsuv_layers_->setText(s.lsuv_layers);
  weights_->setText(s.weights);
  select_data(optimizer_, s.optimizer);
  learning_rate_->setText(s.learning_rate == 0.0 ? QString() : number_text(s.learning_rate));
  momentum_->setText(number_text(s.momentum));
  nesterov_->setChecked(s.nesterov);
  weight_decay_->setText(number_text(s.weight_decay));
  rho_->setText(number_text(s.rho));
  beta1_->setText(number_text(s.beta1));
  beta2_->setText(number_text(s.beta2));
  epsilon_->setText(number_text(s.epsilon));
  select_data(schedule_, s.schedule);
  decay_->setText(number_text(s.decay));
  milestones_->setText(s.milestones);
  gamma_->setText(number_text(s.gamma));
  warmup_epochs_->setText(number_text(s.warmup_epochs));
  shift_->setChecked(s.shift);
  shift_fraction_->setText(number_text(s.shift_fraction));
  flip_->setChecked(s.flip);
  normalize_->setChecked(s.normalize);
  zca_->setChecked(s.zca);
  zca_epsilon_->setText(number_text(s.zca_epsilon));
  batch_size_->setValue(clamp_to_spin(batch_size_, s.batch_size));
  epochs_->setValue(clamp_to_spin(epochs_, s.epochs));
  seed_->setText(QString::number(s.seed));
  select_data(device_, s.device);
  threads_->setValue(clamp_to_spin(threads_, s.threads));
  bf16_->setChecked(s.bf16);
  metrics_every_->setValue(clamp_to_spin(metrics_every_, s.metrics_every));
  runs_dir_->setText(s.runs_dir);
  runs_dir_->setCursorPosition(0);
  name_->setText(s.name);
  checkpoint_every_->setValue(clamp_to_spin(checkpoint_every_, s.checkpoint_every));
  update_enabled();
  update_dataset_hint();
}

std::optional<SettingError> ConfigPanel::read(RunSettings& s) const {
  std::optional<SettingError> error;
  // Numbers are read in the C locale (as the CLI and config.json write them) or the user's.
  const auto number = [&error, this](QLineEdit* edit, double& out, double empty_value = 0.0,
                                     bool empty_allowed = false) {
    const QString text = edit->text().trimmed();
    if (text.isEmpty() && empty_allowed) {
      out = empty_value;
      return;
    }
    bool ok = false;
    double value = QLocale::c().toDouble(text, &ok);
    if (!ok) value = QLocale().toDouble(text, &ok);
    if (ok) {
      out = value;
    } else if (!error) {
      const auto it = std::find_if(by_flag_.begin(), by_flag_.end(), [&](const auto& entry) {
        return fields_[entry.second].editor == edit;
      });
      error = SettingError{it == by_flag_.end() ? edit->objectName() : it->first,
                           tr("'%1' is not a number").arg(text)};
    }
  };

  s.dataset = dataset_->currentData().toString();
  s.data_dir = data_dir_->text().trimmed();
  s.train_limit = train_limit_->value();
  s.test_limit = test_limit_->value();
  s.arch = arch_->currentData().toString();
  number(width_, s.width);
  s.batch_norm = batch_norm_->isChecked();
  s.dropout = dropout_->isChecked();
  s.init = init_->currentData().toString();
  number(init_std_, s.init_std);
  number(lsuv_tolerance_, s.lsuv_tolerance);
  s.lsuv_max_iterations = lsuv_max_iterations_->value();
  s.lsuv_batch_size = lsuv_batch_size_->value();
  s.lsuv_min_outputs = lsuv_min_outputs_->value();
  s.lsuv_layers = lsuv_layers_->text().trimmed();
  s.weights = weights_->text().trimmed();
  s.optimizer = optimizer_->currentData().toString();
  number(learning_rate_, s.learning_rate, 0.0, true);
  number(momentum_, s.momentum);
  s.nesterov = nesterov_->isChecked();
  number(weight_decay_, s.weight_decay, 0.0, true);
  number(rho_, s.rho);
  number(beta1_, s.beta1);
  number(beta2_, s.beta2);
  number(epsilon_, s.epsilon);
  s.schedule = schedule_->currentData().toString();
  number(decay_, s.decay);
  s.milestones = milestones_->text().trimmed();
  number(gamma_, s.gamma);
  number(warmup_epochs_, s.warmup_epochs, 0.0, true);
  s.shift = shift_->isChecked();
  number(shift_fraction_, s.shift_fraction);
  s.flip = flip_->isChecked();
  s.normalize = normalize_->isChecked();
  s.zca = zca_->isChecked();
  number(zca_epsilon_, s.zca_epsilon);
  s.batch_size = batch_size_->value();
  s.epochs = epochs_->value();
  bool seed_ok = false;
  s.seed = seed_->text().trimmed().toULongLong(&seed_ok);
  if (!seed_ok && !error)
    error = SettingError{QStringLiteral("--seed"),
                         tr("'%1' is not a whole number").arg(seed_->text().trimmed())};
  s.device = device_->currentData().toString();
  s.threads = threads_->value();
  s.bf16 = bf16_->isChecked();
  s.metrics_every = metrics_every_->value();
  s.runs_dir = runs_dir_->text().trimmed();
  s.name = name_->text().trimmed();
  s.checkpoint_every = checkpoint_every_->value();
  return error;
}

bool ConfigPanel::show_error(const SettingError& error) {
  size_t index = fields_.size();
  if (const auto it = by_flag_.find(error.flag); it != by_flag_.end()) index = it->second;
  // Errors about a file name the file: one inside the dataset or the runs folder belongs there.
  const auto holds = [&error](const QLineEdit* edit) {
    const QString folder = QDir::cleanPath(edit->text().trimmed());
    const QString subject = QDir::cleanPath(error.flag);
    return !folder.isEmpty() && !subject.isEmpty() &&
           (subject == folder || subject.startsWith(folder + QLatin1Char('/')));
  };
  if (index == fields_.size() && holds(data_dir_)) index = by_name_.at(data_dir_->objectName());
  if (index == fields_.size() && holds(runs_dir_)) index = by_name_.at(runs_dir_->objectName());
  if (index == fields_.size()) return false;
  const Field& field = fields_[index];
  field.error->setText(error.message);
  field.error->show();
  scroll_->ensureWidgetVisible(field.row);
  field.editor->setFocus(Qt::OtherFocusReason);
  return true;
}

void ConfigPanel::clear_errors() {
  for (const auto& field : fields_) {
    field.error->clear();
    field.error->hide();
  }
}

QLabel* ConfigPanel::error_label(const QString& field) const {
  const auto it = by_name_.find(field);
  return it == by_name_.end() ? nullptr : fields_[it->second].error;
}

void ConfigPanel::set_locked(bool locked) { content_->setEnabled(!locked); }

}  // namespace allcnn::ui
