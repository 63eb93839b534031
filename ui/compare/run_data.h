#pragma once

#include <array>
#include <limits>
#include <memory>
#include <vector>

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

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

/// The metric's name for people (translated) and its key in exported CSV files.
QString metric_title(Metric metric);
QString metric_key(Metric metric);
/// Whether higher is better (the accuracies), which also fixes their y range to [0, 1].
bool metric_is_accuracy(Metric metric);

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// One metric of one run, as parallel columns: the three possible x values and the value.
/// Unknown x values (an imported history has no steps or wall time) are NaN.
struct Curve {
  std::vector<double> step, epoch, wall_s, value;
  bool empty() const { return value.empty(); }
  const std::vector<double>& x(XAxis axis) const;
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

  /// Only the summary is read (config.json, status, epochs.csv): the table row of a run not
  /// yet selected. Its curves are empty until RunBrowser loads them.
  bool summary_only = false;
  using Curves = std::array<Curve, kMetricCount>;
  /// Shared between copies: a paper-scale run holds tens of megabytes of curves, and the table,
  /// the selection, the charts and the follower's worker each keep a RunData. Read them with
  /// curve(); edit_curves() first copies them when another RunData shares them.
  std::shared_ptr<const Curves> curves = std::make_shared<Curves>();
  const Curve& curve(Metric m) const;
  Curves& edit_curves();
  Curve& edit_curve(Metric m) { return edit_curves()[static_cast<int>(m)]; }

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
/// new points to its curves. A curve with no finite value at all is no curve (an imported
/// history without a learning rate).
void apply_delta(RunData& run, RunDelta&& delta);

}  // namespace allcnn::ui::compare
