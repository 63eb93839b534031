#include "decimate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace allcnn::ui {
namespace {

constexpr size_t kNone = std::numeric_limits<size_t>::max();

// Maps x to its pixel column; monotonic in x, so column boundaries can be binary-searched.
struct Columns {
  double x_min, scale;
  int count;
  int of(double x) const { return std::clamp(static_cast<int>((x - x_min) * scale), 0, count - 1); }
};

// Which y values can be drawn: finite ones, and for a logarithmic axis only positive ones.
struct Drawable {
  bool positive_only = false;
  template <typename T>
  bool operator()(T v) const {
    return std::isfinite(v) && (!positive_only || v > 0);
  }
};

// The indices of the smallest and the largest drawable y in [begin, end) (the first of equal
// ones), kNone when none. The loop every point of a chart goes through: the extremes so far
// stay in registers.
template <typename T>
void extremes(Span<T> y, size_t begin, size_t end, Drawable drawable, size_t& lowest,
              size_t& highest) {
  lowest = highest = kNone;
  T low = std::numeric_limits<T>::infinity(), high = -low;
  for (size_t i = begin; i < end; ++i) {
    const T v = y[i];
    if (!drawable(v)) continue;
    if (v < low) {
      low = v;
      lowest = i;
    }
    if (v > high) {
      high = v;
      highest = i;
    }
  }
}

// Whether the first n values ascend and none is NaN (a NaN compares false both ways, so it
// would break the binary searches). One pass without an early exit, which the compiler
// vectorizes: the check costs less than the scan that follows.
template <typename T>
bool ascending(Span<T> x, size_t n) {
  if (n == 0) return true;
  const T* v = x.data();  // through a plain pointer the loop vectorizes
  unsigned out_of_order = std::isnan(v[0]) ? 1 : 0;
  for (size_t i = 1; i < n; ++i) out_of_order |= static_cast<unsigned>(!(v[i - 1] <= v[i]));
  return out_of_order == 0;
}

template <typename T>
void append_indices(Span<T> x, Span<T> y, std::vector<size_t>& keep, QList<QPointF>& out) {
  // Indices come in ascending order per column and across columns; drop repeats.
  out.reserve(static_cast<qsizetype>(keep.size()));
  size_t previous = kNone;
  for (size_t i : keep) {
    if (i == previous) continue;
    out.append(QPointF(x[i], y[i]));
    previous = i;
  }
}

// Any order of x: one pass, one column lookup per point.
template <typename T>
QList<QPointF> decimate_unsorted(Span<T> x, Span<T> y, size_t n, double x_max,
                                 const Columns& columns, Drawable drawable) {
  std::vector<size_t> lowest(columns.count, kNone), highest(columns.count, kNone);
  size_t first = kNone, last = kNone;
  for (size_t i = 0; i < n; ++i) {
    if (!(x[i] >= columns.x_min && x[i] <= x_max) || !drawable(y[i])) continue;
    if (first == kNone) first = i;
    last = i;
    const int c = columns.of(x[i]);
    if (lowest[c] == kNone || y[i] < y[lowest[c]]) lowest[c] = i;
    if (highest[c] == kNone || y[i] > y[highest[c]]) highest[c] = i;
  }
  QList<QPointF> out;
  if (first == kNone) return out;
  std::vector<size_t> keep{first};
  for (int c = 0; c < columns.count; ++c) {
    if (lowest[c] == kNone) continue;
    keep.push_back(std::min(lowest[c], highest[c]));
    keep.push_back(std::max(lowest[c], highest[c]));
  }
  keep.push_back(last);
  append_indices(x, y, keep, out);
  return out;
}

// Finds the extremes of a slice by scanning it.
template <typename T>
struct Scan {
  Span<T> y;
  Drawable drawable;
  void operator()(size_t begin, size_t end, size_t& lowest, size_t& highest) const {
    extremes(y, begin, end, drawable, lowest, highest);
  }
};

// `sorted`: whether x ascends without NaN (ascending()), which the caller may know already.
// `find` gives a column slice's extremes (Scan, or an ExtremesIndex's lookup).
template <typename T, typename Find>
QList<QPointF> decimate(Span<T> x, Span<T> y, double x_min, double x_max, int columns,
                        Drawable drawable, bool sorted, const Find& find) {
  QList<QPointF> out;
  const size_t n = std::min(x.size(), y.size());
  if (n == 0 || columns <= 0 || !(x_max >= x_min)) return out;
  // A zero-width range puts everything in one column.
  const double span = x_max - x_min;
  const Columns grid{x_min, span > 0 ? columns / span : 0.0, columns};

  if (!sorted) return decimate_unsorted(x, y, n, x_max, grid, drawable);
  const auto x_end = x.begin() + static_cast<std::ptrdiff_t>(n);

  // Sorted x (the charts' case): find each column's slice by binary search, then scan it once.
  const size_t begin =
      std::lower_bound(x.begin(), x_end, x_min, [](T v, double at) { return v < at; }) - x.begin();
  const size_t end =
      std::upper_bound(x.begin(), x_end, x_max, [](double at, T v) { return at < v; }) - x.begin();
  if (end - begin <= 2 * static_cast<size_t>(columns)) {
    out.reserve(static_cast<qsizetype>(end - begin));
    for (size_t i = begin; i < end; ++i)
      if (drawable(y[i])) out.append(QPointF(x[i], y[i]));
    return out;
  }

  std::vector<size_t> keep;
  keep.reserve(2 * columns + 2);
  size_t first = kNone, last = kNone;
  for (size_t from = begin; from < end;) {
    const int c = grid.of(x[from]);
    const size_t to = std::partition_point(x.begin() + static_cast<std::ptrdiff_t>(from),
                                           x.begin() + static_cast<std::ptrdiff_t>(end),
                                           [&grid, c](T value) { return grid.of(value) <= c; }) -
                      x.begin();
    size_t lowest, highest;
    find(from, to, lowest, highest);
    if (lowest != kNone) {
      if (first == kNone) {
        // The curve's first visible point, so the drawing starts where the data does.
        for (first = from; !drawable(y[first]); ++first) {
        }
        keep.push_back(first);
      }
      keep.push_back(std::min(lowest, highest));
      keep.push_back(std::max(lowest, highest));
      last = to - 1;
      while (!drawable(y[last])) --last;
    }
    from = to;
  }
  if (last != kNone) keep.push_back(last);
  append_indices(x, y, keep, out);
  return out;
}

template <typename T>
QList<QPointF> decimate_bounded(Span<T> x, Span<T> y, double x_min, double x_max, int columns) {
  return decimate(x, y, x_min, x_max, columns, Drawable{},
                  ascending(x, std::min(x.size(), y.size())), Scan<T>{y, Drawable{}});
}

template <typename T>
QList<QPointF> decimate_whole(Span<T> x, Span<T> y, int columns, bool positive_only) {
  const size_t n = std::min(x.size(), y.size());
  const bool sorted = ascending(x, n);
  double x_min = std::numeric_limits<double>::infinity(), x_max = -x_min;
  if (sorted && n > 0 && std::isfinite(x[0]) && std::isfinite(x[n - 1])) {
    // The charts' case: the range is the ends, no pass over the points for it.
    x_min = x[0];
    x_max = x[n - 1];
  } else {
    for (size_t i = 0; i < n; ++i) {
      if (!std::isfinite(x[i])) continue;
      x_min = std::min(x_min, static_cast<double>(x[i]));
      x_max = std::max(x_max, static_cast<double>(x[i]));
    }
  }
  if (!(x_max >= x_min)) return {};
  const Drawable drawable{positive_only};
  return decimate(x, y, x_min, x_max, columns, drawable, sorted, Scan<T>{y, drawable});
}

constexpr size_t kFirstBlock = 16;
constexpr uint32_t kNoIndex = std::numeric_limits<uint32_t>::max();

}  // namespace

void ExtremesIndex::update(Span<float> y) {
  if (lowest_.empty()) {
    lowest_.emplace_back();
    highest_.emplace_back();
  }
  // Level 0 from the values, each further level from pairs of the level below: the left
  // block's extreme wins a tie, so the first of equal values is kept, as a scan keeps it.
  for (size_t block = lowest_[0].size(); (block + 1) * kFirstBlock <= y.size(); ++block) {
    size_t low, high;
    ui::extremes(y, block * kFirstBlock, (block + 1) * kFirstBlock, Drawable{}, low, high);
    lowest_[0].push_back(low == kNone ? kNoIndex : static_cast<uint32_t>(low));
    highest_[0].push_back(high == kNone ? kNoIndex : static_cast<uint32_t>(high));
  }
  const auto pick = [&y](uint32_t a, uint32_t b, bool lower) {
    if (a == kNoIndex) return b;
    if (b == kNoIndex) return a;
    return (lower ? y[b] < y[a] : y[b] > y[a]) ? b : a;
  };
  for (size_t level = 1; lowest_[level - 1].size() >= 2; ++level) {
    if (level == lowest_.size()) {
      lowest_.emplace_back();
      highest_.emplace_back();
    }
    const auto& low_below = lowest_[level - 1];
    const auto& high_below = highest_[level - 1];
    for (size_t block = lowest_[level].size(); 2 * block + 1 < low_below.size(); ++block) {
      lowest_[level].push_back(pick(low_below[2 * block], low_below[2 * block + 1], true));
      highest_[level].push_back(pick(high_below[2 * block], high_below[2 * block + 1], false));
    }
  }
}

void ExtremesIndex::clear() {
  lowest_.clear();
  highest_.clear();
}

size_t ExtremesIndex::covered() const {
  return lowest_.empty() ? 0 : lowest_[0].size() * kFirstBlock;
}

void ExtremesIndex::extremes(Span<float> y, size_t begin, size_t end, size_t& lowest,
                             size_t& highest) const {
  lowest = highest = kNone;
  end = std::min(end, y.size());
  const size_t covered_end = std::min(end, covered());
  const auto consider = [&](size_t low, size_t high) {
    if (low != kNone && (lowest == kNone || y[low] < y[lowest])) lowest = low;
    if (high != kNone && (highest == kNone || y[high] > y[highest])) highest = high;
  };
  const auto scan = [&](size_t from, size_t to) {
    size_t low, high;
    ui::extremes(y, from, to, Drawable{}, low, high);
    consider(low, high);
  };
  // The head up to the first block boundary, then the largest aligned blocks that fit, then
  // the tail: left to right, so that ties go to the first value.
  size_t i = std::min(covered_end, (begin + kFirstBlock - 1) / kFirstBlock * kFirstBlock);
  if (i <= begin || i > covered_end) i = begin;
  if (i > begin) scan(begin, i);
  while (i + kFirstBlock <= covered_end) {
    size_t level = 0;
    while (level + 1 < lowest_.size() && i % (kFirstBlock << (level + 1)) == 0 &&
           i + (kFirstBlock << (level + 1)) <= covered_end)
      ++level;
    const size_t block = i / (kFirstBlock << level);
    const uint32_t low = lowest_[level][block], high = highest_[level][block];
    consider(low == kNoIndex ? kNone : low, high == kNoIndex ? kNone : high);
    i += kFirstBlock << level;
  }
  if (i < end) scan(i, end);
}

QList<QPointF> decimate_min_max(Span<float> x, Span<float> y, const ExtremesIndex& index,
                                double x_min, double x_max, int columns) {
  const auto find = [&index, y](size_t begin, size_t end, size_t& lowest, size_t& highest) {
    index.extremes(y, begin, end, lowest, highest);
  };
  return decimate(x, y, x_min, x_max, columns, Drawable{}, true, find);
}

QList<QPointF> decimate_min_max(Span<float> x, Span<float> y, double x_min, double x_max,
                                int columns) {
  return decimate_bounded(x, y, x_min, x_max, columns);
}
QList<QPointF> decimate_min_max(Span<double> x, Span<double> y, double x_min, double x_max,
                                int columns) {
  return decimate_bounded(x, y, x_min, x_max, columns);
}
QList<QPointF> decimate_min_max(Span<float> x, Span<float> y, int columns, bool positive_only) {
  return decimate_whole(x, y, columns, positive_only);
}
QList<QPointF> decimate_min_max(Span<double> x, Span<double> y, int columns, bool positive_only) {
  return decimate_whole(x, y, columns, positive_only);
}
bool is_ascending(Span<float> x) { return ascending(x, x.size()); }
bool is_ascending(Span<double> x) { return ascending(x, x.size()); }

}  // namespace allcnn::ui
