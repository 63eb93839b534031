#pragma once

#include <array>
#include <limits>
#include <memory>
#include <vector>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "column.h"

namespace allcnn::ui::compare {

/// The metrics a comparison can draw. Batch metrics come from batches.csv, the others from
/// epochs.csv (or an imported history CSV).
enum class Metric {
  BatchLoss,
  BatchAccuracy,
  TrainLoss,
  TrainAccuracy,
  ValLoss,
  ValAccuracy,
  LearningRate
};
inline constexpr int kMetricCount = 7;

/// The x axis of a comparison.
enum class XAxis { Step, Epoch, WallTime };

struct RunData;

/// The metric's name for people (translated) and its key in exported CSV files. The epochs'
/// evaluation is named for what it is in the runs drawn: validation, test, or either.
QString metric_title(Metric metric);
QString metric_title(Metric metric, const QList<RunData>& runs);
/// "validation" or "test": what a run's epochs are evaluated on, for people.
QString evaluated_split_name(const RunData& run);
QString metric_key(Metric metric);
/// Whether higher is better (the accuracies), which also fixes their y range to [0, 1].
bool metric_is_accuracy(Metric metric);

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Which file's rows a metric's points are; the metrics of one file share its x columns.
enum class Rows { Batches, Epochs };

/// The x values of the rows of one file (batches.csv, epochs.csv, or an imported history's
/// epochs), parallel columns, NaN where unknown (a history records no steps or wall time).
/// float32 keeps a paper-scale run small: steps are exact up to 2^24 (16.7 million), wall time
/// is good to 4 ms at 10 hours, a fractional epoch to 1/30,000 of an epoch at epoch 350.
struct XColumns {
  Column step, epoch, wall_s;
  size_t size() const { return epoch.size(); }
  const Column& of(XAxis axis) const;
};

/// One metric of one run as the charts read it: a view of its x columns and its values, valid
/// while the RunData it came from keeps these curves (is neither edited nor destroyed).
struct Curve {
  const XColumns& x_columns;  ///< shared with the other metrics of the same file
  const Column& value;        ///< parallel to the x columns
  /// No finite value at all is no curve (an imported history without a learning rate).
  bool empty() const;
  const Column& x(XAxis axis) const { return x_columns.of(axis); }
};

/// Every curve of a run, compactly: one set of x columns per file and one float column of
/// values per metric. A metric's values are empty (it is not recorded) or parallel to the x
/// columns of its rows. A copy shares the columns' values (Column): it costs a few pointers.
struct Curves {
  XColumns batches, epochs;
  std::array<Column, kMetricCount> values;
  /// The learning rate comes from the batch rows, or from the epoch rows where a run has
  /// none (an imported history).
  Rows learning_rate_rows = Rows::Batches;

  Rows rows_of(Metric m) const;
  const XColumns& x_of(Metric m) const { return rows_of(m) == Rows::Batches ? batches : epochs; }
  Column& values_of(Metric m) { return values[static_cast<size_t>(m)]; }
  const Column& values_of(Metric m) const { return values[static_cast<size_t>(m)]; }
  Curve curve(Metric m) const;
};

/// A run as the browser and the charts see it: the summary for the table, the flattened settings
/// for the diff, and every metric's curve. Plain values (no torch, no QObject): cheap to copy.
struct RunData {
  QString dir;  ///< the run folder, or the imported file
  QString name;
  bool imported = false;  ///< an outside history: read only, no notes
  QString state;          ///< running, finished, stopped, failed, imported; "unreadable" on error
  QString reason;         ///< why it stopped or failed
  QString error;          ///< why the folder could not be read at all (empty when it could)
  QStringList warnings;   ///< problems that did not stop reading (a torn last line, ...)
  QMap<QString, QString> settings;  ///< config.json flattened to text, for the diff table

  QString created, architecture, initializer, optimizer, augmentation, device;
  int batch_size = 0;
  int epochs_done = 0, epochs_planned = 0;
  double best_val_accuracy = kNaN;
  int best_epoch = -1;  ///< 0-based index into the epoch rows; -1 without a validation score
  double final_loss = kNaN;
  double duration_s = kNaN;
  QDateTime last_write;  ///< when the run last wrote a metric row

  QString notes;
  QStringList tags;
  /// The group that made the run (a sweep, a queued study), and what it varies in this run
  /// ("init=lsuv, lr=0.01"); empty for a run of no group.
  QString group, group_varies;
  /// Whether its epochs are evaluated on a validation split held out of training; otherwise
  /// on the test split (the paper's protocol, and every run from before the split existed).
  bool on_validation = false;
  /// With a validation split, once finished: the test accuracy of the checkpoint that was best
  /// on validation (test.json); NaN otherwise.
  double test_accuracy_of_best = kNaN;

  /// Only the summary is read (config.json, status, epochs.csv): the table row of a run not
  /// yet selected. Its curves are empty until RunBrowser loads them.
  bool summary_only = false;
  /// Shared between copies: the table, the selection, the charts and the follower's worker
  /// each keep a RunData, and a worker reads its copy while the GUI thread updates the table's.
  /// Read them with curve(); edit_curves() first makes a Curves of this RunData's own when
  /// another shares them (which shares the columns' values: no point is copied).
  std::shared_ptr<const Curves> curves = std::make_shared<Curves>();
  Curve curve(Metric m) const;
  Curves& edit_curves();

  bool readable() const { return error.isEmpty(); }
  bool live() const { return state == QLatin1String("running"); }
};

/// What following a run folder found since the last look (RunFollower::update): the run's
/// summary as it is now and the curve points it gained, or the whole run (`replace`).
struct RunDelta {
  RunData run;  ///< summary current; curves hold only the new points unless `replace`
  bool replace = true;
};

/// Brings `run` up to date with `delta`: replaces it, or takes the new summary and appends the
/// new rows to its curves (x columns once per file, the values of each metric). A metric that
/// appears only in the new rows, or only in the old ones, is padded with NaN so that every
/// column stays parallel to its x columns.
void apply_delta(RunData& run, RunDelta&& delta);

}  // namespace allcnn::ui::compare
