#pragma once

#include <memory>
#include <mutex>
#include <optional>

#include <QList>
#include <QString>

#include "run_data.h"

namespace allcnn::runs {
struct HistoryColumns;
}

namespace allcnn::ui::compare {

/// Follows one run folder: the first update() reads it whole, later ones only the rows its
/// CSV files gained since (core's runs::TableFollower), so a live run of half a million batch
/// rows costs what it appends. Never throws: a folder that cannot be read comes back with state
/// "unreadable" and `error` saying why, and is read whole again next time. Any one thread at a
/// time (a worker); holds no Qt objects.
class RunFollower {
 public:
  explicit RunFollower(const QString& dir);
  ~RunFollower();
  RunFollower(const RunFollower&) = delete;
  RunFollower& operator=(const RunFollower&) = delete;

  QString dir() const;
  /// What the folder gained since the last call; nothing when no file of it was written since
  /// (and not within the last 2 s). The first call always answers, with `replace` set.
  std::optional<RunDelta> update();

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::mutex mutex_;
};

/// Reads a run folder whole (a RunFollower's first update). Never throws: a folder that cannot be
/// read comes back with state "unreadable" and `error` saying why (config.json missing while a run
/// is being created, a malformed CSV line, ...). Any thread; no Qt objects are touched.
RunData load_run_folder(const QString& dir);

/// What the run browser's table shows of a run folder, without its batch rows (core's
/// runs::summarize_run): summary_only is set, the final loss is the last epoch's. Never
/// throws; see load_run_folder. Any thread.
RunData summarize_run_folder(const QString& dir);

/// When the run last wrote a metric row or its status (invalid: never).
QDateTime run_last_write(const QString& dir);

/// Reads a history CSV as a read-only run, with `columns` saying which column holds what, or
/// (null) with the columns its names give (Keras' and pandas' names; a file whose names say
/// nothing comes back unreadable). Never throws; see load_run_folder.
RunData load_history(const QString& path, const runs::HistoryColumns* columns);

/// Writes the runs' metrics (raw values, every metric they have) as one long-form CSV:
/// run,metric,step,epoch,wall_time,value. Returns an empty string on success, else why not.
QString export_long_csv(const QList<RunData>& runs, const QString& path);

}  // namespace allcnn::ui::compare
