#pragma once

#include <vector>

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace allcnn::ui::compare {

/// TensorBoard's smoothing: an exponential moving average with weight `weight` in [0, 1),
/// debiased by 1 - weight^n so the first points are not pulled toward zero. Non-finite values
/// pass through unchanged and do not enter the average. weight 0 returns `values` unchanged.
/// Averages in double, keeps the result as the curves keep their values (float).
std::vector<float> smooth_debiased_ema(const std::vector<float>& values, double weight);

/// Linear interpolation of the curve (x ascending, NaN points skipped) at `at`; NaN outside its
/// range or for an empty curve.
double interpolate(const std::vector<float>& x, const std::vector<float>& y, double at);

/// y minus the baseline interpolated at each x: the difference-to-baseline curve. Points where
/// the baseline is undefined (outside its x range) are NaN.
std::vector<float> difference_to(const std::vector<float>& x, const std::vector<float>& y,
                                 const std::vector<float>& base_x,
                                 const std::vector<float>& base_y);

/// The keys whose values are not all the same across `settings` (a key missing from some runs
/// counts as different), in the settings table's order, then other keys by name; `ignored` keys
/// (the name, the creation time, ...) are left out.
QStringList differing_settings(const QList<QMap<QString, QString>>& settings,
                               const QStringList& ignored = {});

}  // namespace allcnn::ui::compare
