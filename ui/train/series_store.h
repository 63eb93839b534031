#pragma once

#include <initializer_list>
#include <map>
#include <vector>

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include "decimate.h"

namespace allcnn::ui {

/// One series as the charts read it: a view of its table's x column and of its values, valid
/// until the store next changes.
struct RawSeries {
  const std::vector<float>& x;
  const std::vector<float>& y;
  size_t size() const { return y.size(); }
};

/// Every raw point of every curve of a run, by name ("batch_loss", "val_accuracy", ...):
/// the charts draw a decimated copy, exports write these. float32, as the compare page keeps
/// its curves, and the series of one source of rows (the batches, the epochs) share one x
/// column: a million batches cost 4 MB for x and 4 MB per series, and x (the fractional
/// epoch) is good to 1/30,000 of an epoch at epoch 350.
class SeriesStore {
 public:
  /// Declares a table: the series `names` (new names), which share one x column. Returns the
  /// table's index for append().
  int add_table(const QStringList& names);
  /// Appends one row to table `table`: its x and one value per series, in the declared order.
  void append(int table, double x, std::initializer_list<double> values);
  /// Empties every series; the tables stay declared.
  void clear();
  /// An empty series for an unknown name.
  RawSeries series(const QString& name) const;
  /// The series `name` decimated to `columns` pixel columns of [x_min, x_max]
  /// (decimate_min_max()): through the series' block index while its x ascends (the charts'
  /// case), so that it costs about the pixels, not the points.
  QList<QPointF> decimate(const QString& name, double x_min, double x_max, int columns) const;

  /// Writes every series as long-form CSV (series,x,y), by series name, each number in the
  /// fewest digits that read back as the kept float. Returns false when the file fails.
  bool export_csv(const QString& path) const;

 private:
  struct Table {
    std::vector<float> x;
    std::vector<std::vector<float>> y;  ///< parallel to `x`, one column per series
    std::vector<ExtremesIndex> index;   ///< one per column of `y`
    bool ascending = true;              ///< whether `x` ascends and holds no NaN
  };
  struct Place {
    int table;
    size_t column;
  };
  std::vector<Table> tables_;
  std::map<QString, Place> series_;
};

}  // namespace allcnn::ui
