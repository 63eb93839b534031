#include "study_dialog.h"

#include <algorithm>
#include <exception>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include "config/group_presets.h"
#include "config/setting_changes.h"
#include "config/settings_table.h"
#include "engine_text.h"
#include "setting_text.h"

namespace allcnn::ui {

namespace {

// The settings a study takes from the form, whichever study it is: where the data and the runs
// are, and what trains them.
const char* const kFromForm[] = {"dataset", "data_dir", "runs_dir", "device", "threads"};

}  // namespace

StudyDialog::StudyDialog(const train::RunConfig& form, QWidget* parent)
    : QDialog(parent),
      form_(form),
      study_(new QComboBox(this)),
      description_(new QLabel(this)),
      key_(new QComboBox(this)),
      values_(new QLineEdit(this)),
      name_(new QLineEdit(this)),
      seeds_(new QSpinBox(this)),
      epochs_(new QSpinBox(this)),
      width_(new QDoubleSpinBox(this)),
      train_limit_(new QSpinBox(this)),
      test_limit_(new QSpinBox(this)),
      list_(new QListWidget(this)),
      error_(new QLabel(this)) {
  setWindowTitle(tr("Queue a study"));
  for (const auto& preset : config::group_presets())
    study_->addItem(QString::fromLatin1(preset.name), QString::fromLatin1(preset.name));
  study_->addItem(tr("The form's run, one setting varied"), QString());
  study_->setObjectName(QStringLiteral("study"));
  description_->setWordWrap(true);
  for (const auto& row : config::settings()) {
    if (!row.in_form() || row.key() == "seed" || row.key() == "name") continue;
    key_->addItem(setting_label(row), QString::fromStdString(row.key()));
  }
  key_->setObjectName(QStringLiteral("vary_key"));
  values_->setObjectName(QStringLiteral("vary_values"));
  values_->setPlaceholderText(tr("values, comma separated: 0.01, 0.001"));
  name_->setText(QStringLiteral("study"));
  seeds_->setRange(1, 100);
  seeds_->setValue(1);
  epochs_->setRange(1, 1000000);
  epochs_->setValue(static_cast<int>(form.epochs));
  width_->setDecimals(3);
  width_->setRange(0.01, 8.0);
  width_->setSingleStep(0.125);
  width_->setValue(form.model.width);
  width_->setToolTip(
      tr("The width multiplier of the network's channels: below 1 for a quick "
         "look (the paper: 1)"));
  train_limit_->setRange(0, 100000000);
  train_limit_->setSpecialValueText(tr("all"));
  train_limit_->setValue(static_cast<int>(form.train_limit));
  test_limit_->setRange(0, 100000000);
  test_limit_->setSpecialValueText(tr("all"));
  test_limit_->setValue(static_cast<int>(form.test_limit));
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b00020;"));
  error_->setObjectName(QStringLiteral("study_error"));
  list_->setObjectName(QStringLiteral("study_runs"));

  auto* fields = new QFormLayout;
  fields->addRow(tr("Study:"), study_);
  fields->addRow(QString(), description_);
  fields->addRow(tr("Vary:"), key_);
  fields->addRow(tr("Over:"), values_);
  fields->addRow(tr("Group name:"), name_);
  fields->addRow(tr("Seeds:"), seeds_);
  fields->addRow(tr("Epochs:"), epochs_);
  fields->addRow(tr("Width:"), width_);
  fields->addRow(tr("Training images:"), train_limit_);
  fields->addRow(tr("Test images:"), test_limit_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  ok_ = buttons->button(QDialogButtonBox::Ok);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(fields);
  layout->addWidget(new QLabel(tr("The runs, queued in this order (the dataset, its folder, the "
                                  "runs folder and the device are the form's):"),
                               this));
  layout->addWidget(list_, 1);
  layout->addWidget(error_);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(study_, &QComboBox::currentIndexChanged, this, &StudyDialog::update_runs);
  connect(key_, &QComboBox::currentIndexChanged, this, &StudyDialog::update_runs);
  for (QLineEdit* edit : {values_, name_})
    connect(edit, &QLineEdit::textChanged, this, &StudyDialog::update_runs);
  for (QSpinBox* box : {seeds_, epochs_, train_limit_, test_limit_})
    connect(box, &QSpinBox::valueChanged, this, &StudyDialog::update_runs);
  connect(width_, &QDoubleSpinBox::valueChanged, this, &StudyDialog::update_runs);
  resize(620, 560);
  update_runs();
}

void StudyDialog::choose(const QString& preset, const QString& key, const QString& values) {
  study_->setCurrentIndex(study_->findData(preset));
  if (!key.isEmpty()) key_->setCurrentIndex(key_->findData(key));
  values_->setText(values);
  update_runs();
}

void StudyDialog::set_seeds(int seeds) { seeds_->setValue(seeds); }
void StudyDialog::set_epochs(int epochs) { epochs_->setValue(epochs); }
void StudyDialog::set_width(double width) { width_->setValue(width); }
void StudyDialog::set_limits(int train_images, int test_images) {
  train_limit_->setValue(train_images);
  test_limit_->setValue(test_images);
}

config::Group StudyDialog::make_group() const {
  const QString preset = study_->currentData().toString();
  if (!preset.isEmpty()) return config::preset_group(preset.toStdString());
  // The form's run as the base (its name and seed are the group's to give), one setting varied.
  nlohmann::json base = form_;
  base.erase("name");
  base.erase("seed");
  const std::string key = key_->currentData().toString().toStdString();
  nlohmann::json values = nlohmann::json::array();
  for (const QString& text : values_->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    // Each value as the setting parses it from text, then as config.json holds it.
    train::RunConfig parsed = form_;
    config::apply_changes(parsed, {{key, text.trimmed().toStdString()}});
    values.push_back(nlohmann::json(parsed)[key]);
  }
  base.erase(key);
  const nlohmann::json group = {
      {"name", name_->text().trimmed().toStdString()}, {"base", base}, {"vary", {{key, values}}}};
  return config::parse_group(group, tr("the form").toStdString());
}

void StudyDialog::update_runs() {
  const bool from_form = study_->currentData().toString().isEmpty();
  for (QWidget* w :
       {static_cast<QWidget*>(key_), static_cast<QWidget*>(values_), static_cast<QWidget*>(name_)})
    w->setEnabled(from_form);
  description_->clear();
  for (const auto& preset : config::group_presets())
    if (study_->currentData().toString() == QLatin1String(preset.name))
      description_->setText(engine_text(message(preset.description)));
  runs_.clear();
  problem_.clear();
  list_->clear();
  try {
    config::Group group = make_group();
    group.seeds.clear();
    for (int s = 1; s <= seeds_->value(); ++s) group.seeds.push_back(static_cast<uint64_t>(s));
    config::SettingChanges overrides;
    for (const char* key : kFromForm)
      overrides.push_back({key, config::find_setting(key)->format(form_)});
    overrides.push_back({"epochs", std::to_string(epochs_->value())});
    overrides.push_back({"width", QString::number(width_->value(), 'g', 6).toStdString()});
    overrides.push_back({"train_limit", std::to_string(train_limit_->value())});
    overrides.push_back({"test_limit", std::to_string(test_limit_->value())});
    // A setting the group varies is the group's: no override of it.
    overrides.erase(std::remove_if(overrides.begin(), overrides.end(),
                                   [&group](const config::SettingChange& change) {
                                     for (const auto& [key, values] : group.vary)
                                       if (key == change.key) return true;
                                     return false;
                                   }),
                    overrides.end());
    runs_ = config::expand_group(group, overrides);
  } catch (const std::exception& e) {
    problem_ = error_text(e);
  }
  for (const auto& run : runs_) {
    QStringList varies;
    for (const auto& [key, value] : run.tag.varies)
      varies << QStringLiteral("%1=%2").arg(QString::fromStdString(key),
                                            QString::fromStdString(value));
    list_->addItem(
        QStringLiteral("%1   (%2; seed %3)")
            .arg(QString::fromStdString(run.config.name), varies.join(QStringLiteral(", ")))
            .arg(run.config.seed));
  }
  error_->setText(problem_);
  error_->setVisible(!problem_.isEmpty());
  ok_->setEnabled(!runs_.empty());
  ok_->setText(tr("Queue the runs (%1)").arg(runs_.size()));
}

}  // namespace allcnn::ui
