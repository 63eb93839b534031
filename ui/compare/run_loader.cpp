// The one file of the compare view that talks to core's run reader (and so includes torch).
#include "run_loader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include "common/error.h"
#include "config/settings_table.h"
#include "decimal_value.h"
#include "engine_text.h"
#include "notes.h"
#include "runs/keras_history.h"
#include "runs/long_csv.h"
#include "runs/run_reader.h"
#include "runs/table_follower.h"

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

// What the summary columns need of the rows read so far; kept between updates of a live run.
struct Tally {
  int64_t batches_per_epoch = 0;  ///< from the batch indices: epoch rows sit at its last step
  bool has_batches = false;
  int epochs_done = 0;
  int best_epoch = -1;
  double best_val_accuracy = kNaN;
  double last_batch_loss = kNaN, last_batch_elapsed_s = kNaN;
  double last_epoch_loss = kNaN, last_epoch_elapsed_s = kNaN;
};

// The summary columns that come from config.json and the status.
void fill_summary(RunData& run, const nlohmann::json& config, const config::Provenance& provenance,
                  const std::string& state, const Reason& reason) {
  run.name = text(config, "name");
  if (run.name.isEmpty()) run.name = QFileInfo(run.dir).fileName();
  run.state = QString::fromStdString(state);
  run.reason = engine_text(reason);
  run.settings = flattened(config);
  run.created = QString::fromStdString(provenance.created);
  run.architecture = text(config, "arch");
  if (config.value("bn", false)) run.architecture += QStringLiteral(" +BN");
  run.initializer = text(config, "init");
  run.optimizer = text(config, "optimizer");
  run.augmentation = text(config, "augment");
  run.device = QString::fromStdString(provenance.device);
  if (run.device.isEmpty()) run.device = text(config, "device");
  run.batch_size = config.value("batch_size", 0);
  run.epochs_planned = config.value("epochs", 0);
  run.on_validation = runs::evaluated_split(config) == metrics::EvaluatedSplit::Validation;
  run.group = QString::fromStdString(provenance.group.name);
  QStringList varies;
  for (const auto& [key, value] : provenance.group.varies)
    varies << QString::fromStdString(key) + QLatin1Char('=') + QString::fromStdString(value);
  run.group_varies = varies.join(QStringLiteral(", "));
}

// Largest batch index + 1 of `rows` and what came before.
int64_t batches_per_epoch(const std::vector<metrics::BatchMetrics>& rows, int64_t before) {
  for (const auto& b : rows) before = std::max(before, b.batch + 1);
  return before;
}

// Appends batch rows to the run's batch curves: one set of x columns for the three metrics.
// `tally.batches_per_epoch` must already account for them.
void append_batches(Curves& curves, const std::vector<metrics::BatchMetrics>& rows, Tally& tally) {
  XColumns& x = curves.batches;
  auto& loss = curves.values_of(Metric::BatchLoss);
  auto& accuracy = curves.values_of(Metric::BatchAccuracy);
  auto& learning_rate = curves.values_of(Metric::LearningRate);
  for (auto* column : {&x.step, &x.epoch, &x.wall_s, &loss, &accuracy, &learning_rate})
    column->reserve(column->size() + rows.size());
  const auto per_epoch = static_cast<double>(tally.batches_per_epoch);
  for (const auto& b : rows) {
    x.step.push_back(static_cast<float>(b.step));
    x.epoch.push_back(static_cast<float>(static_cast<double>(b.epoch) +
                                         static_cast<double>(b.batch + 1) / per_epoch));
    x.wall_s.push_back(static_cast<float>(b.elapsed_s));
    loss.push_back(static_cast<float>(b.loss));
    accuracy.push_back(static_cast<float>(b.accuracy));
    learning_rate.push_back(static_cast<float>(b.learning_rate));
  }
  if (!rows.empty()) {
    tally.has_batches = true;
    tally.last_batch_loss = rows.back().loss;
    tally.last_batch_elapsed_s = rows.back().elapsed_s;
  }
}

// Appends epoch rows to the run's epoch curves; after append_batches of the same read.
void append_epochs(Curves& curves, const std::vector<metrics::EpochRow>& rows, Tally& tally) {
  // A history without batch rows (Keras) draws its learning rate per epoch.
  curves.learning_rate_rows = tally.has_batches ? Rows::Batches : Rows::Epochs;
  const bool lr_from_epochs = !tally.has_batches;
  XColumns& x = curves.epochs;
  for (const auto& e : rows) {
    x.step.push_back(tally.batches_per_epoch > 0
                         ? static_cast<float>((e.epoch + 1) * tally.batches_per_epoch - 1)
                         : std::numeric_limits<float>::quiet_NaN());
    x.epoch.push_back(static_cast<float>(e.epoch + 1));
    x.wall_s.push_back(static_cast<float>(e.elapsed_s));
    const std::pair<Metric, double> values[] = {{Metric::TrainLoss, e.train_loss},
                                                {Metric::TrainAccuracy, e.train_accuracy},
                                                {Metric::ValLoss, e.val_loss},
                                                {Metric::ValAccuracy, e.val_accuracy},
                                                {Metric::LearningRate, e.learning_rate}};
    for (const auto& [metric, value] : values)
      if (metric != Metric::LearningRate || lr_from_epochs)
        curves.values_of(metric).push_back(static_cast<float>(value));
    if (std::isfinite(e.val_accuracy) &&
        (tally.best_epoch < 0 || e.val_accuracy > tally.best_val_accuracy)) {
      tally.best_val_accuracy = e.val_accuracy;
      tally.best_epoch = tally.epochs_done;
    }
    ++tally.epochs_done;
    tally.last_epoch_loss = e.train_loss;
    tally.last_epoch_elapsed_s = e.elapsed_s;
  }
}

// The summary columns that come from the rows.
void fill_tally(RunData& run, const Tally& tally) {
  run.epochs_done = tally.epochs_done;
  run.best_epoch = tally.best_epoch;
  run.best_val_accuracy = tally.best_val_accuracy;
  run.final_loss = tally.last_batch_loss;
  run.duration_s = tally.last_batch_elapsed_s;
  if (tally.epochs_done > 0) {
    if (std::isnan(run.final_loss)) run.final_loss = tally.last_epoch_loss;
    if (std::isfinite(tally.last_epoch_elapsed_s))
      run.duration_s =
          std::max(std::isnan(run.duration_s) ? 0.0 : run.duration_s, tally.last_epoch_elapsed_s);
  }
}

// Fills the summary and the curves from a record read by core (an imported history).
RunData convert(const runs::RunRecord& record) {
  RunData run;
  run.dir = QString::fromStdString(record.dir);
  fill_summary(run, record.config, record.provenance, record.state, record.reason);
  for (const auto& w : record.warnings) run.warnings.append(QString::fromStdString(w));
  Tally tally;
  tally.batches_per_epoch = batches_per_epoch(record.batches, 0);
  append_batches(run.edit_curves(), record.batches, tally);
  append_epochs(run.edit_curves(), record.epochs, tally);
  fill_tally(run, tally);
  RunData out;
  apply_delta(out, RunDelta{std::move(run), true});
  return out;
}

// When the run last wrote a metric row or its status.
QDateTime last_write_of(const QString& dir, bool with_config) {
  QDateTime last;
  for (const char* file :
       {runs::kBatchesFile, runs::kEpochsFile, runs::kStatusFile, runs::kConfigFile}) {
    if (!with_config && file == runs::kConfigFile) continue;
    const QFileInfo info(QDir(dir).filePath(QString::fromLatin1(file)));
    if (info.exists() && (!last.isValid() || info.lastModified() > last))
      last = info.lastModified();
  }
  return last;
}

}  // namespace

struct RunFollower::State {
  explicit State(const QString& folder) : dir(folder) { restart(); }

  void restart() {
    const std::string path = dir.toStdString();
    batches = std::make_unique<runs::TableFollower<metrics::BatchMetrics>>(
        path + "/" + runs::kBatchesFile, runs::batches_table());
    epochs = std::make_unique<runs::TableFollower<metrics::EpochRow>>(
        path + "/" + runs::kEpochsFile, runs::epochs_table());
    tally = Tally{};
  }

  QString dir;
  std::unique_ptr<runs::TableFollower<metrics::BatchMetrics>> batches;
  std::unique_ptr<runs::TableFollower<metrics::EpochRow>> epochs;
  Tally tally;
  bool first = true;
  bool readable = false;
  QDateTime last_write;
};

RunFollower::RunFollower(const QString& dir) : state_(std::make_unique<State>(dir)) {}

RunFollower::~RunFollower() = default;

QString RunFollower::dir() const { return state_->dir; }

std::optional<RunDelta> RunFollower::update() {
  const std::lock_guard<std::mutex> lock(mutex_);
  State& s = *state_;
  // A folder not written since the last look is skipped. A run that looked finished can still
  // change: its last rows may land after its status, or it may be resumed.
  const QDateTime last = last_write_of(s.dir, /*with_config=*/true);
  if (!s.first && s.readable && last.isValid() && s.last_write.isValid() && last <= s.last_write &&
      s.last_write.secsTo(QDateTime::currentDateTime()) > 2)
    return std::nullopt;

  RunDelta delta;
  delta.replace = s.first || !s.readable;
  RunData& run = delta.run;
  run.dir = s.dir;
  try {
    if (delta.replace) s.restart();
    const auto folder = runs::RunFolder::open(s.dir.toStdString());
    const auto config = folder.read_config();
    const auto status = folder.read_status();
    fill_summary(run, config, config::read_provenance(config), status.state, status.reason);
    std::vector<std::string> test_warnings;
    if (const auto test = runs::read_test_results(folder.path(runs::kTestFile), test_warnings))
      run.test_accuracy_of_best = test->best.evaluation.accuracy;
    for (const auto& w : test_warnings) run.warnings.append(QString::fromStdString(w));
    auto batches = s.batches->read();
    auto epochs = s.epochs->read();
    const int64_t per_epoch = batches_per_epoch(batches.rows, s.tally.batches_per_epoch);
    // A rewritten file, or a first epoch still growing (the fractional epochs of the rows
    // already drawn change), or batch rows after epoch rows without them (their steps and
    // learning rates change): read the folder again from the start. Costs one epoch at most.
    if (!delta.replace && (batches.restarted || epochs.restarted ||
                           (per_epoch != s.tally.batches_per_epoch &&
                            (s.tally.has_batches || s.tally.epochs_done > 0)))) {
      delta.replace = true;
      s.restart();
      batches = s.batches->read();
      epochs = s.epochs->read();
    }
    s.tally.batches_per_epoch = batches_per_epoch(batches.rows, s.tally.batches_per_epoch);
    append_batches(run.edit_curves(), batches.rows, s.tally);
    append_epochs(run.edit_curves(), epochs.rows, s.tally);
    fill_tally(run, s.tally);
    for (const auto* table : {&s.batches->partial(), &s.epochs->partial()}) {
      if (table->empty()) continue;
      const bool is_batches = table == &s.batches->partial();
      run.warnings.append(
          QStringLiteral("%1: dropped the unfinished last line %2")
              .arg(QString::fromStdString(is_batches ? s.batches->path() : s.epochs->path()))
              .arg(is_batches ? s.batches->next_line_number() : s.epochs->next_line_number()));
    }
    s.readable = true;
  } catch (const std::exception& e) {  // allcnn::Error, or nlohmann's in a hand-edited config
    run = RunData{};
    run.dir = s.dir;
    run.name = QFileInfo(s.dir).fileName();
    run.state = QStringLiteral("unreadable");
    run.error = error_text(e);
    delta.replace = true;
    s.readable = false;
    s.restart();
  }
  s.first = false;
  s.last_write = last;
  run.last_write = last_write_of(s.dir, /*with_config=*/false);
  const RunNotes notes = read_notes(s.dir);
  run.notes = notes.notes;
  run.tags = notes.tags;
  if (!notes.error.isEmpty()) run.warnings.append(notes.error);
  return delta;
}

RunData load_run_folder(const QString& dir) {
  RunFollower follower(dir);
  RunData run;
  apply_delta(run, std::move(*follower.update()));
  return run;
}

QDateTime run_last_write(const QString& dir) { return last_write_of(dir, /*with_config=*/false); }

RunData summarize_run_folder(const QString& dir) {
  RunData run;
  run.dir = dir;
  run.summary_only = true;
  try {
    const auto summary = runs::summarize_run(dir.toStdString());
    fill_summary(run, summary.config, summary.provenance, summary.state, summary.reason);
    for (const auto& w : summary.warnings) run.warnings.append(QString::fromStdString(w));
    run.epochs_done = static_cast<int>(summary.epochs_done);
    if (summary.best_epoch >= 0) {
      run.best_epoch = static_cast<int>(summary.best_epoch);
      run.best_val_accuracy = summary.best_accuracy;
    }
    run.final_loss = summary.last_train_loss;
    run.duration_s = summary.last_elapsed_s;
    if (summary.test) run.test_accuracy_of_best = summary.test->best.evaluation.accuracy;
  } catch (const std::exception& e) {  // allcnn::Error, or nlohmann's in a hand-edited config
    run.name = QFileInfo(dir).fileName();
    run.state = QStringLiteral("unreadable");
    run.error = error_text(e);
  }
  run.last_write = last_write_of(dir, /*with_config=*/false);
  const RunNotes notes = read_notes(dir);
  run.notes = notes.notes;
  run.tags = notes.tags;
  if (!notes.error.isEmpty()) run.warnings.append(notes.error);
  return run;
}

RunData load_history(const QString& path, const runs::HistoryColumns* columns) {
  RunData run;
  try {
    const std::string file = path.toStdString();
    run = convert(columns ? runs::parse_history(runs::read_history_text(file), file, *columns)
                          : runs::read_keras_history(file));
    run.device.clear();
  } catch (const std::exception& e) {
    run.name = QFileInfo(path).completeBaseName();
    run.state = QStringLiteral("unreadable");
    run.error = error_text(e);
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
      const Curve c = run.curve(metric);
      if (c.empty()) continue;  // not recorded (a history without a learning rate)
      const XColumns& x = c.x_columns;
      for (size_t i = 0; i < c.value.size(); ++i) {
        runs::LongRow row;
        row.run = run.name.toStdString();
        row.metric = metric_key(metric).toStdString();
        row.step = std::isfinite(x.step[i]) ? static_cast<int64_t>(x.step[i]) : -1;
        // The numbers as kept (float), written in the fewest digits that read back as them.
        row.epoch = decimal_value(x.epoch[i]);
        row.wall_time_s = decimal_value(x.wall_s[i]);
        row.value = decimal_value(c.value[i]);
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
