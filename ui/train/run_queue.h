#pragma once

#include <vector>

#include <QObject>
#include <QString>

#include "config/provenance.h"
#include "config/run_config.h"

namespace allcnn::ui {

/// A run in the queue: its configuration, and its group when a study queued it.
struct QueuedRun {
  train::RunConfig config;
  config::GroupTag group;
};

/// The runs waiting to train on the training page, in order: added from the form while a run
/// goes (or to start now), reordered and removed by the user, each started when the run before
/// it ends. Kept in a JSON file, rewritten atomically at every change, so that a restart of the
/// workbench keeps the queue. Each entry is a whole configuration under config.json's keys,
/// read back through the settings table, with its group as config.json records it. GUI thread
/// only.
class RunQueue : public QObject {
  Q_OBJECT

 public:
  /// The queue of this user: queue.json in the workbench's data folder.
  static QString default_file();

  explicit RunQueue(const QString& file, QObject* parent = nullptr);

  /// Reads the file (none: an empty queue). A file that cannot be read whole (not JSON, not a
  /// queue, an entry the settings table rejects) is set aside as FILE.corrupt-TIME, the entries
  /// that could be read are kept, and the returned text says what happened; empty otherwise.
  QString load();

  /// Appends a run; the returned text is empty, or why the file could not be written (the
  /// queue in memory has the run all the same).
  QString add(const train::RunConfig& config, const config::GroupTag& group = {});
  QString remove(int index);
  /// Moves the entry at `from` to `to` (both within the queue).
  QString move(int from, int to);
  /// Removes and returns the first entry; the queue must not be empty.
  QueuedRun take_first(QString* save_error);

  int size() const { return static_cast<int>(runs_.size()); }
  bool empty() const { return runs_.empty(); }
  const QueuedRun& at(int index) const { return runs_.at(static_cast<size_t>(index)); }
  /// How the queue lists a run: its name, or its architecture, initializer, optimizer and
  /// epochs when it has none yet.
  static QString label(const train::RunConfig& config);
  QString file() const { return file_; }

 Q_SIGNALS:
  void changed();

 private:
  QString save();

  QString file_;
  std::vector<QueuedRun> runs_;
};

}  // namespace allcnn::ui
