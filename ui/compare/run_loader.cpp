// The one file of the compare view that talks to core's run reader (and so includes torch).
#include "run_loader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include "common/error.h"
#include "config/settings_table.h"
#include "notes.h"
#include "runs/keras_history.h"
#include "runs/long_csv.h"
#include "runs/run_reader.h"

namespace allcnn::ui::compare {

namespace {

QString text(const nlohmann::json& config, const char* key) {
  const auto it = config.find(key);
  if (it == config.end() || it->is_null()) return {};
  if (it->is_string()) return QString::fromStdString(it->get<std::string>());
  return QString::fromStdString(it->dump());
}

// Settings as the table formats them ("shift,flip", "0.01"); other keys (provenance, keys of
// an older version) as written.
QMap<QString, QString> flattened(const nlohmann::json& config) {
  QMap<QString, QString> out;
  for (auto it = config.begin(); it != config.end(); ++it) {
    std::optional<std::string> formatted;
    if (const auto* row = config::find_setting(it.key())) formatted = row->format_json(*it);
    out.insert(QString::fromStdString(it.key()),
               formatted ? QString::fromStdString(*formatted) : text(config, it.key().c_str()));
  }
  return out;
}

// Fills the summary and the curves from a record read by core.
RunData convert(const runs::RunRecord& record) {
  RunData run;
  run.dir = QString::fromStdString(record.dir);
  const auto& config = record.config;
  run.name = text(config, "name");
  if (run.name.isEmpty()) run.name = QFileInfo(run.dir).fileName();
  run.state = QString::fromStdString(record.state);
  run.reason = QString::fromStdString(record.reason);
  for (const auto& w : record.warnings) run.warnings.append(QString::fromStdString(w));
  run.settings = flattened(config);
  run.created = QString::fromStdString(record.provenance.created);
  run.architecture = text(config, "arch");
  if (config.value("bn", false)) run.architecture += QStringLiteral(" +BN");
  run.initializer = text(config, "init");
  run.optimizer = text(config, "optimizer");
  run.augmentation = text(config, "augment");
  run.device = QString::fromStdString(record.provenance.device);
  if (run.device.isEmpty()) run.device = text(config, "device");
  run.batch_size = config.value("batch_size", 0);
  run.epochs_planned = config.value("epochs", 0);
  run.epochs_done = static_cast<int>(record.epochs.size());

  // Steps per epoch from the batch indices: epoch rows sit at the last step of their epoch.
  int64_t batches_per_epoch = 0;
  for (const auto& b : record.batches) batches_per_epoch = std::max(batches_per_epoch, b.batch + 1);

  auto& batch_loss = run.curve(Metric::BatchLoss);
  auto& batch_accuracy = run.curve(Metric::BatchAccuracy);
  auto& learning_rate = run.curve(Metric::LearningRate);
  for (auto* c : {&batch_loss, &batch_accuracy, &learning_rate}) {
    c->step.reserve(record.batches.size());
    c->epoch.reserve(record.batches.size());
    c->wall_s.reserve(record.batches.size());
    c->value.reserve(record.batches.size());
  }
  for (const auto& b : record.batches) {
    const double epoch = static_cast<double>(b.epoch) +
                         static_cast<double>(b.batch + 1) / static_cast<double>(batches_per_epoch);
    const std::pair<Curve*, double> values[] = {
        {&batch_loss, b.loss}, {&batch_accuracy, b.accuracy}, {&learning_rate, b.learning_rate}};
    for (const auto& [curve, value] : values) {
      curve->step.push_back(static_cast<double>(b.step));
      curve->epoch.push_back(epoch);
      curve->wall_s.push_back(b.elapsed_s);
      curve->value.push_back(value);
    }
  }
  const bool lr_from_epochs = record.batches.empty();
  for (size_t i = 0; i < record.epochs.size(); ++i) {
    const auto& e = record.epochs[i];
    const double step =
        batches_per_epoch > 0 ? static_cast<double>((e.epoch + 1) * batches_per_epoch - 1) : kNaN;
    std::vector<std::pair<Metric, double>> values = {{Metric::TrainLoss, e.train_loss},
                                                     {Metric::TrainAccuracy, e.train_accuracy},
                                                     {Metric::ValLoss, e.val_loss},
                                                     {Metric::ValAccuracy, e.val_accuracy}};
    if (lr_from_epochs) values.emplace_back(Metric::LearningRate, e.learning_rate);
    for (const auto& [metric, value] : values) {
      auto& c = run.curve(metric);
      c.step.push_back(step);
      c.epoch.push_back(static_cast<double>(e.epoch + 1));
      c.wall_s.push_back(e.elapsed_s);
      c.value.push_back(value);
    }
    if (std::isfinite(e.val_accuracy) &&
        (run.best_epoch < 0 || e.val_accuracy > run.best_val_accuracy)) {
      run.best_val_accuracy = e.val_accuracy;
      run.best_epoch = static_cast<int>(i);
    }
  }
  // An all-NaN learning-rate column (a Keras file without lr) is no curve at all.
  for (auto& c : run.curves)
    if (std::none_of(c.value.begin(), c.value.end(), [](double v) { return std::isfinite(v); }))
      c = Curve{};

  if (!record.batches.empty()) {
    run.final_loss = record.batches.back().loss;
    run.duration_s = record.batches.back().elapsed_s;
  }
  if (!record.epochs.empty()) {
    if (std::isnan(run.final_loss)) run.final_loss = record.epochs.back().train_loss;
    if (std::isfinite(record.epochs.back().elapsed_s))
      run.duration_s = std::max(std::isnan(run.duration_s) ? 0.0 : run.duration_s,
                                record.epochs.back().elapsed_s);
  }
  return run;
}

}  // namespace

RunData load_run_folder(const QString& dir) {
  RunData run;
  try {
    run = convert(runs::read_run(dir.toStdString()));
  } catch (const Error& e) {
    run.dir = dir;
    run.name = QFileInfo(dir).fileName();
    run.state = QStringLiteral("unreadable");
    run.error = QString::fromStdString(e.what());
  } catch (const std::exception& e) {  // nlohmann::json type errors in a hand-edited config
    run.dir = dir;
    run.name = QFileInfo(dir).fileName();
    run.state = QStringLiteral("unreadable");
    run.error = QString::fromStdString(e.what());
  }
  run.dir = dir;
  QDateTime last;
  for (const char* file : {runs::kBatchesFile, runs::kEpochsFile, runs::kStatusFile}) {
    const QFileInfo info(QDir(dir).filePath(QString::fromLatin1(file)));
    if (info.exists() && (!last.isValid() || info.lastModified() > last))
      last = info.lastModified();
  }
  run.last_write = last;
  const RunNotes notes = read_notes(dir);
  run.notes = notes.notes;
  run.tags = notes.tags;
  if (!notes.error.isEmpty()) run.warnings.append(notes.error);
  return run;
}

RunData load_keras_history(const QString& path) {
  RunData run;
  try {
    run = convert(runs::read_keras_history(path.toStdString()));
    run.device.clear();
  } catch (const std::exception& e) {
    run.name = QFileInfo(path).completeBaseName();
    run.state = QStringLiteral("unreadable");
    run.error = QString::fromStdString(e.what());
  }
  run.dir = path;
  run.imported = true;
  run.last_write = QFileInfo(path).lastModified();
  return run;
}

QString export_long_csv(const QList<RunData>& runs, const QString& path) {
  std::vector<runs::LongRow> rows;
  for (const auto& run : runs) {
    for (int m = 0; m < kMetricCount; ++m) {
      const auto metric = static_cast<Metric>(m);
      const Curve& c = run.curve(metric);
      for (size_t i = 0; i < c.value.size(); ++i) {
        runs::LongRow row;
        row.run = run.name.toStdString();
        row.metric = metric_key(metric).toStdString();
        row.step = std::isfinite(c.step[i]) ? static_cast<int64_t>(c.step[i]) : -1;
        row.epoch = c.epoch[i];
        row.wall_time_s = c.wall_s[i];
        row.value = c.value[i];
        rows.push_back(std::move(row));
      }
    }
  }
  const std::string csv = runs::write_long_csv(rows);
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(csv.data(), static_cast<qint64>(csv.size())) != static_cast<qint64>(csv.size()) ||
      !file.commit())
    return file.errorString();
  return {};
}

}  // namespace allcnn::ui::compare
