#include "core_bridge.h"

#include <fstream>

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include "common/allocator.h"
#include "common/device.h"
#include "common/error.h"
#include "config/run_config.h"
#include "config/settings_table.h"
#include "data/dataset.h"
#include "init/initializers.h"
#include "nn/model.h"

namespace allcnn::ui {
namespace {

QStringList to_qt(const std::vector<std::string>& names) {
  QStringList list;
  for (const auto& name : names) list << QString::fromStdString(name);
  return list;
}

std::string s(const QString& text) { return text.trimmed().toStdString(); }

SettingError to_setting_error(const Error& e) {
  if (const auto* row = config::find_setting(e.subject()))
    return {QString::fromStdString(row->flag()), QString::fromStdString(e.reason())};
  return {QString::fromStdString(e.subject()), QString::fromStdString(e.reason())};
}

}  // namespace

QStringList architecture_names() { return to_qt(config::choice_names<nn::Architecture>()); }
QStringList init_names() { return to_qt(config::choice_names<init::InitKind>()); }
QStringList dataset_names() { return to_qt(config::choice_names<data::DatasetKind>()); }

void tune_allocator_for_training() { allcnn::tune_allocator_for_training(); }

QStringList device_names() {
  QStringList names{QStringLiteral("auto")};
  try {
    names << to_qt(available_devices());
  } catch (const std::exception&) {
    names << QStringLiteral("cpu");
  }
  return names;
}

QString found_dataset_dir(const QString& dataset) {
  try {
    const auto kind = dataset.isEmpty()
                          ? data::default_dataset_kind()
                          : config::choice_from_string<data::DatasetKind>(s(dataset), "dataset");
    return QString::fromStdString(data::find_dataset_dir(kind));
  } catch (const std::exception&) {
    return {};
  }
}

train::RunConfig to_run_config(const RunSettings& in) {
  train::RunConfig c;
  const auto& table = [](const char* key) -> const config::Setting& {
    return config::setting(key);
  };
  table("dataset").parse(c, s(in.dataset));
  c.data_dir = s(in.data_dir);
  c.train_limit = in.train_limit;
  c.test_limit = in.test_limit;
  table("arch").parse(c, s(in.arch));
  c.model.width = in.width;
  c.model.batch_norm = in.batch_norm;
  c.model.dropout = in.dropout;
  table("init").parse(c, s(in.init));
  c.init_std = in.init_std;
  c.lsuv.tolerance = in.lsuv_tolerance;
  c.lsuv.max_iterations = in.lsuv_max_iterations;
  c.lsuv.batch_size = in.lsuv_batch_size;
  c.lsuv.min_outputs_per_sample = in.lsuv_min_outputs;
  c.lsuv.layers.clear();
  for (const auto& layer : in.lsuv_layers.split(QLatin1Char(','), Qt::SkipEmptyParts))
    c.lsuv.layers.push_back(s(layer));
  c.weights = s(in.weights);
  table("optimizer").parse(c, s(in.optimizer));
  c.learning_rate = in.learning_rate;
  c.momentum = in.momentum;
  c.nesterov = in.nesterov;
  c.weight_decay = in.weight_decay;
  c.rho = in.rho;
  c.beta1 = in.beta1;
  c.beta2 = in.beta2;
  c.epsilon = in.epsilon;
  table("schedule").parse(c, s(in.schedule));
  c.decay = in.decay;
  table("milestones").parse(c, s(in.milestones));
  c.gamma = in.gamma;
  c.warmup_epochs = in.warmup_epochs;
  c.augment.transforms.set(data::Augmentation::Shift, in.shift);
  c.augment.shift_fraction = in.shift_fraction;
  c.augment.transforms.set(data::Augmentation::Flip, in.flip);
  c.augment.transforms.set(data::Augmentation::Normalize, in.normalize);
  c.augment.transforms.set(data::Augmentation::Zca, in.zca);
  c.augment.zca_epsilon = in.zca_epsilon;
  c.batch_size = in.batch_size;
  c.epochs = in.epochs;
  c.seed = in.seed;
  table("device").parse(c, s(in.device).empty() ? "auto" : s(in.device));
  c.threads = in.threads;
  c.bf16 = in.bf16;
  c.metrics_every = in.metrics_every;
  c.runs_dir = s(in.runs_dir);
  c.name = s(in.name);
  c.checkpoint_every = in.checkpoint_every;
  return c;
}

RunSettings from_run_config(const train::RunConfig& c) {
  RunSettings out;
  const auto text = [&c](const char* key) {
    return QString::fromStdString(config::setting(key).format(c));
  };
  out.dataset = text("dataset");
  out.data_dir = QString::fromStdString(c.data_dir);
  out.train_limit = c.train_limit;
  out.test_limit = c.test_limit;
  out.arch = text("arch");
  out.width = c.model.width;
  out.batch_norm = c.model.batch_norm;
  out.dropout = c.model.dropout;
  out.init = text("init");
  out.init_std = c.init_std;
  out.lsuv_tolerance = c.lsuv.tolerance;
  out.lsuv_max_iterations = c.lsuv.max_iterations;
  out.lsuv_batch_size = c.lsuv.batch_size;
  out.lsuv_min_outputs = c.lsuv.min_outputs_per_sample;
  QStringList layers;
  for (const auto& layer : c.lsuv.layers) layers << QString::fromStdString(layer);
  out.lsuv_layers = layers.join(QLatin1Char(','));
  out.weights = QString::fromStdString(c.weights);
  out.optimizer = text("optimizer");
  out.learning_rate = c.learning_rate;
  out.momentum = c.momentum;
  out.nesterov = c.nesterov;
  out.weight_decay = c.weight_decay;
  out.rho = c.rho;
  out.beta1 = c.beta1;
  out.beta2 = c.beta2;
  out.epsilon = c.epsilon;
  out.schedule = text("schedule");
  out.decay = c.decay;
  out.milestones = text("milestones");
  out.gamma = c.gamma;
  out.warmup_epochs = c.warmup_epochs;
  out.shift = c.augment.shift();
  out.shift_fraction = c.augment.shift_fraction;
  out.flip = c.augment.flip();
  out.normalize = c.augment.normalize();
  out.zca = c.augment.zca();
  out.zca_epsilon = c.augment.zca_epsilon;
  out.batch_size = c.batch_size;
  out.epochs = c.epochs;
  out.seed = c.seed;
  out.device = text("device");
  out.threads = c.threads;
  out.bf16 = c.bf16;
  out.metrics_every = c.metrics_every;
  out.runs_dir = QString::fromStdString(c.runs_dir);
  out.name = QString::fromStdString(c.name);
  out.checkpoint_every = c.checkpoint_every;
  return out;
}

RunSettings default_run_settings() { return from_run_config(train::RunConfig{}); }

std::optional<SettingError> validate_run_settings(const RunSettings& settings) {
  try {
    to_run_config(settings).validate();
    return std::nullopt;
  } catch (const Error& e) {
    return to_setting_error(e);
  } catch (const std::exception& e) {
    return SettingError{{}, QString::fromLocal8Bit(e.what())};
  }
}

std::optional<SettingError> load_config_file(const QString& path, RunSettings& settings) {
  try {
    settings = from_run_config(train::load_config(path.toStdString()));
    return std::nullopt;
  } catch (const Error& e) {
    return to_setting_error(e);
  } catch (const std::exception& e) {
    return SettingError{path, QString::fromLocal8Bit(e.what())};
  }
}

std::optional<SettingError> save_config_file(const QString& path, const RunSettings& settings) {
  try {
    const nlohmann::json j = to_run_config(settings);
    std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
    out << j.dump(2) << '\n';
    out.flush();
    if (!out)
      return SettingError{path, QCoreApplication::translate("CoreBridge", "cannot write the file")};
    return std::nullopt;
  } catch (const Error& e) {
    return to_setting_error(e);
  } catch (const std::exception& e) {
    return SettingError{path, QString::fromLocal8Bit(e.what())};
  }
}

}  // namespace allcnn::ui
