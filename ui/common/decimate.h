#pragma once

#include <cstdint>
#include <vector>

#include <QList>
#include <QPointF>

#include "span.h"

namespace allcnn::ui {

/// Reduces a curve to what `columns` pixel columns can show without changing its drawn shape:
/// for every column of [x_min, x_max] that holds points, the point with the smallest y and the
/// one with the largest y, in their original order (one point when they coincide), plus the first
/// and the last visible point, so at most 2 * columns + 2 points. Points outside [x_min, x_max] are
/// dropped. When the visible points number at most 2 * columns they
/// are all returned unchanged. `x` and `y` have the same length; `x` should be ascending so
/// that the result is too. NaN and infinite y values are skipped (a diverged loss would hide the
/// curve). float (the columns the charts keep) or double; the points drawn are the same.
QList<QPointF> decimate_min_max(Span<float> x, Span<float> y, double x_min, double x_max,
                                int columns);
QList<QPointF> decimate_min_max(Span<double> x, Span<double> y, double x_min, double x_max,
                                int columns);

/// Block extremes of a curve's y, so that the extremes of any slice cost a few block lookups
/// (about two per level) and a scan of at most 2 x 15 values at its ends instead of a scan of
/// every value: what lets a chart of a million points per series redraw in time proportional
/// to its pixel columns. Level k holds, for every complete block of 16 << k values, the index
/// of its smallest and of its largest finite value. Built as the curve grows: update() indexes
/// the blocks completed since its last call, so appending a row costs O(1) amortized.
class ExtremesIndex {
 public:
  /// Indexes the blocks of `y` completed since the last update. `y` is the same curve, grown
  /// (or the same after clear()).
  void update(Span<float> y);
  void clear();
  /// How many of the curve's first values the blocks cover (a multiple of 16).
  size_t covered() const;
  /// The indices of the smallest and the largest finite value of y[begin, end) (the first of
  /// equal ones, as a scan finds), or SIZE_MAX for both when there is none. Values past
  /// covered() are scanned.
  void extremes(Span<float> y, size_t begin, size_t end, size_t& lowest, size_t& highest) const;

 private:
  std::vector<std::vector<uint32_t>> lowest_, highest_;  ///< per level, per block
};

/// decimate_min_max() of a curve whose x ascends (is_ascending()), with `index` up to date
/// for (or covering a prefix of) `y`: the same points, found through the index.
QList<QPointF> decimate_min_max(Span<float> x, Span<float> y, const ExtremesIndex& index,
                                double x_min, double x_max, int columns);

/// The same over the curve's whole finite x range. With `positive_only` the values a
/// logarithmic axis cannot draw (zero, negative) are skipped as NaN values are.
QList<QPointF> decimate_min_max(Span<float> x, Span<float> y, int columns,
                                bool positive_only = false);
QList<QPointF> decimate_min_max(Span<double> x, Span<double> y, int columns,
                                bool positive_only = false);

/// Whether `x` ascends (equal neighbours allowed) and holds no NaN: what binary searches over a
/// curve's x need. One vectorized pass, about a tenth of a millisecond for a million floats.
bool is_ascending(Span<float> x);
bool is_ascending(Span<double> x);

}  // namespace allcnn::ui
