#include "run_queue.h"

#include <exception>
#include <stdexcept>
#include <utility>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "config/choices.h"
#include "engine_text.h"
#include "runs/atomic_file.h"

namespace allcnn::ui {

namespace {

constexpr const char* kFormat = "allcnn-run-queue";

}  // namespace

QString RunQueue::default_file() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
      .filePath(QStringLiteral("queue.json"));
}

RunQueue::RunQueue(const QString& file, QObject* parent) : QObject(parent), file_(file) {}

QString RunQueue::load() {
  runs_.clear();
  QFile file(file_);
  if (!file.exists()) return {};
  QString problem;
  int unread = 0;
  if (!file.open(QIODevice::ReadOnly)) {
    problem = file.errorString();
  } else {
    const QByteArray bytes = file.readAll();
    file.close();
    try {
      const nlohmann::json j = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
      if (!j.is_object() || j.value("format", std::string()) != kFormat || !j.contains("runs") ||
          !j["runs"].is_array())
        throw std::runtime_error("not a run queue (no \"format\": \"" + std::string(kFormat) +
                                 "\" with a \"runs\" list)");
      for (size_t i = 0; i < j["runs"].size(); ++i) {
        try {
          QueuedRun run;
          from_json(j["runs"][i], run.config);  // the group is provenance: not read here
          run.config.validate();
          run.group = config::read_provenance(j["runs"][i]).group;
          runs_.push_back(std::move(run));
        } catch (const std::exception& e) {
          if (unread++ == 0) problem = tr("run %1 of the queue: %2").arg(i + 1).arg(error_text(e));
        }
      }
    } catch (const std::exception& e) {  // nlohmann's parse errors among them
      problem = QString::fromUtf8(e.what());
    }
  }
  if (problem.isEmpty()) return {};
  // Nothing is lost: the file is kept beside, under a name that says why.
  const QString aside = file_ + QStringLiteral(".corrupt-") +
                        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
  const bool moved = QFile::rename(file_, aside);
  QString text =
      moved ? tr("The run queue %1 could not be read (%2); it is set aside as %3.")
                  .arg(QDir::toNativeSeparators(file_), problem, QDir::toNativeSeparators(aside))
            : tr("The run queue %1 could not be read (%2).")
                  .arg(QDir::toNativeSeparators(file_), problem);
  if (!runs_.empty())
    text += QLatin1Char(' ') + tr("The queued runs that could be read are kept: %n.", nullptr,
                                  static_cast<int>(runs_.size()));
  if (!runs_.empty()) {
    const QString saved = save();
    if (!saved.isEmpty()) text += QLatin1Char(' ') + saved;
  }
  Q_EMIT changed();
  return text;
}

QString RunQueue::save() {
  nlohmann::json runs = nlohmann::json::array();
  for (const QueuedRun& run : runs_) {
    nlohmann::json entry = run.config;
    if (!run.group.empty()) entry[config::kGroupKey] = config::group_json(run.group);
    runs.push_back(std::move(entry));
  }
  const nlohmann::json j = {{"format", kFormat}, {"version", 1}, {"runs", runs}};
  try {
    QDir().mkpath(QFileInfo(file_).absolutePath());
    runs::write_file_atomically(file_.toStdString(), j.dump(2) + "\n");
    return {};
  } catch (const std::exception& e) {
    return tr("The run queue could not be saved: %1").arg(error_text(e));
  }
}

QString RunQueue::add(const train::RunConfig& config, const config::GroupTag& group) {
  runs_.push_back({config, group});
  const QString error = save();
  Q_EMIT changed();
  return error;
}

QString RunQueue::remove(int index) {
  if (index < 0 || index >= size()) return {};
  runs_.erase(runs_.begin() + index);
  const QString error = save();
  Q_EMIT changed();
  return error;
}

QString RunQueue::move(int from, int to) {
  if (from < 0 || from >= size() || to < 0 || to >= size() || from == to) return {};
  QueuedRun run = std::move(runs_[static_cast<size_t>(from)]);
  runs_.erase(runs_.begin() + from);
  runs_.insert(runs_.begin() + to, std::move(run));
  const QString error = save();
  Q_EMIT changed();
  return error;
}

QueuedRun RunQueue::take_first(QString* save_error) {
  QueuedRun run = std::move(runs_.front());
  runs_.erase(runs_.begin());
  const QString error = save();
  if (save_error) *save_error = error;
  Q_EMIT changed();
  return run;
}

QString RunQueue::label(const train::RunConfig& config) {
  if (!config.name.empty()) return QString::fromStdString(config.name);
  return tr("%1 · %2 · %3 · epochs: %n", nullptr, static_cast<int>(config.epochs))
      .arg(QString::fromStdString(config::choice_name(config.model.arch)),
           QString::fromStdString(config::choice_name(config.init)),
           QString::fromStdString(config::choice_name(config.optimizer)));
}

}  // namespace allcnn::ui
