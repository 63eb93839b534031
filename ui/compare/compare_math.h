#pragma once

#include <limits>
#include <vector>

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include "span.h"

namespace allcnn::ui::compare {

/// TensorBoard's smoothing: an exponential moving average with weight `weight` in [0, 1),
/// debiased by 1 - weight^n so the first points are not pulled toward zero. Non-finite values
/// pass through unchanged and do not enter the average. weight 0 returns `values` unchanged.
/// Averages in double, keeps the result as the curves keep their values (float).
std::vector<float> smooth_debiased_ema(Span<float> values, double weight);

/// Linear interpolation of the curve (x ascending, NaN points skipped) at `at`; NaN outside its
/// range or for an empty curve.
double interpolate(Span<float> x, Span<float> y, double at);

/// y minus the baseline interpolated at each x: the difference-to-baseline curve. Points where
/// the baseline is undefined (outside its x range) are NaN.
std::vector<float> difference_to(Span<float> x, Span<float> y, Span<float> base_x,
                                 Span<float> base_y);

/// The keys whose values are not all the same across `settings` (a key missing from some runs
/// counts as different), in the settings table's order, then other keys by name; `ignored` keys
/// (the name, the creation time, ...) are left out.
QStringList differing_settings(const QList<QMap<QString, QString>>& settings,
                               const QStringList& ignored = {});

/// The settings that differ between any two runs and say nothing about the experiment: the
/// name, the creation time, the file, the runs folder, the group's record (the table has a
/// column for it).
const QStringList& run_identity_settings();

/// What two runs of one configuration may differ in: the run's identity and the seed.
const QStringList& configuration_blind_settings();

/// The runs of one configuration: indices into `settings` whose maps are equal once the
/// `ignored` keys (the seed, the name, the creation time, ...) are left out. Groups come in the
/// order of their first run, each run in its given order. A run with no settings at all (an
/// imported history) is a group of its own.
QList<QList<int>> group_by_settings(const QList<QMap<QString, QString>>& settings,
                                    const QStringList& ignored);

/// What a band around the mean of several runs shows.
enum class Band { MinMax, StdDev };

/// Several runs' values of one metric, row by row: the mean, and the band (the lowest and
/// highest value, or the mean -/+ one sample standard deviation), over the runs that have a
/// finite value in that row; the columns may differ in length (a run still training). A row no
/// run has a value for is NaN in all three. Computed in double, kept as float like the curves.
struct Spread {
  std::vector<float> mean, low, high;
  std::vector<int> count;  ///< how many runs each row averages
};
Spread spread_of(const std::vector<Span<float>>& columns, Band band);

/// The mean and sample standard deviation of the finite values: NaN for none, sd 0 for one.
struct MeanSd {
  double mean = std::numeric_limits<double>::quiet_NaN();
  double sd = std::numeric_limits<double>::quiet_NaN();
  int count = 0;
};
MeanSd mean_sd(const std::vector<double>& values);

}  // namespace allcnn::ui::compare
