#pragma once

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
