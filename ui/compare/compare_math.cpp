#include "compare_math.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "config/settings_table.h"
#include "decimate.h"

namespace allcnn::ui::compare {

std::vector<float> smooth_debiased_ema(Span<float> values, double weight) {
  if (!(weight > 0)) return std::vector<float>(values.begin(), values.end());
  weight = std::min(weight, 0.999);
  std::vector<float> out(values.size());
  double last = 0;
  // weight^count, kept as a running product: std::pow per point cost more than the average.
  double decay = 1;
  for (size_t i = 0; i < values.size(); ++i) {
    const double v = values[i];
    if (!std::isfinite(v)) {
      out[i] = values[i];
      continue;
    }
    last = last * weight + (1 - weight) * v;
    decay *= weight;
    out[i] = static_cast<float>(last / (1 - decay));
  }
  return out;
}

double interpolate(Span<float> x, Span<float> y, double at) {
  constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  const size_t n = std::min(x.size(), y.size());
  if (!std::isfinite(at)) return kNone;
  // The first point at or past `at` with a value: found by binary search on an ascending x
  // without NaN (a curve's, a best-epoch marker on half a million batches), else by a scan
  // in which a NaN x compares false.
  size_t i = 0;
  if (n == x.size() && is_ascending(x))
    i = std::lower_bound(x.begin(), x.end(), at, [](float v, double a) { return v < a; }) -
        x.begin();
  while (i < n && !(x[i] >= at && !std::isnan(y[i]))) ++i;
  if (i == n) return kNone;
  if (x[i] == at) return y[i];
  // The last point before it, NaN points skipped.
  size_t before = i;
  do {
    if (before == 0) return kNone;
    --before;
  } while (std::isnan(x[before]) || std::isnan(y[before]));
  const double px = x[before], py = y[before];
  const double t = (at - px) / (x[i] - px);
  return py + t * (y[i] - py);
}

std::vector<float> difference_to(Span<float> x, Span<float> y, Span<float> base_x,
                                 Span<float> base_y) {
  std::vector<float> out(std::min(x.size(), y.size()));
  // One merge pass: both curves ascend in x.
  size_t j = 0;
  const size_t m = std::min(base_x.size(), base_y.size());
  for (size_t i = 0; i < out.size(); ++i) {
    out[i] = std::numeric_limits<float>::quiet_NaN();
    if (std::isnan(x[i]) || std::isnan(y[i])) continue;
    while (j + 1 < m && base_x[j + 1] <= x[i]) ++j;
    // Look at a small window around j so NaN holes in the baseline are skipped.
    size_t lo = j, hi = j + 1;
    while (lo > 0 && (std::isnan(base_x[lo]) || std::isnan(base_y[lo]))) --lo;
    while (hi < m && (std::isnan(base_x[hi]) || std::isnan(base_y[hi]))) ++hi;
    if (lo >= m || std::isnan(base_x[lo]) || std::isnan(base_y[lo])) continue;
    if (base_x[lo] == x[i]) {
      out[i] = static_cast<float>(double(y[i]) - base_y[lo]);
    } else if (base_x[lo] < x[i] && hi < m && base_x[hi] >= x[i]) {
      const double t = (double(x[i]) - base_x[lo]) / (double(base_x[hi]) - base_x[lo]);
      out[i] = static_cast<float>(y[i] - (base_y[lo] + t * (double(base_y[hi]) - base_y[lo])));
    }
  }
  return out;
}

QStringList differing_settings(const QList<QMap<QString, QString>>& settings,
                               const QStringList& ignored) {
  QStringList keys;
  if (settings.size() < 2) return keys;
  QMap<QString, bool> all;
  for (const auto& s : settings)
    for (auto it = s.cbegin(); it != s.cend(); ++it) all.insert(it.key(), true);
  for (auto it = all.cbegin(); it != all.cend(); ++it) {
    const QString& key = it.key();
    if (ignored.contains(key)) continue;
    const bool first_has = settings.first().contains(key);
    const QString first = settings.first().value(key);
    for (const auto& s : settings) {
      if (s.contains(key) != first_has || s.value(key) != first) {
        keys.append(key);
        break;
      }
    }
  }
  // The table's order (grouped like the form), then any other key by name.
  const auto rank = [](const QString& key) {
    const auto& rows = config::settings();
    for (size_t i = 0; i < rows.size(); ++i)
      if (rows[i].key() == key.toStdString()) return static_cast<int>(i);
    return static_cast<int>(rows.size());
  };
  std::stable_sort(keys.begin(), keys.end(),
                   [&rank](const QString& a, const QString& b) { return rank(a) < rank(b); });
  return keys;
}

const QStringList& run_identity_settings() {
  static const QStringList keys = {QStringLiteral("name"), QStringLiteral("created"),
                                   QStringLiteral("file"), QStringLiteral("runs_dir"),
                                   QStringLiteral("group")};
  return keys;
}

const QStringList& configuration_blind_settings() {
  static const QStringList keys = run_identity_settings() + QStringList{QStringLiteral("seed")};
  return keys;
}

QList<QList<int>> group_by_settings(const QList<QMap<QString, QString>>& settings,
                                    const QStringList& ignored) {
  QList<QList<int>> groups;
  QList<QMap<QString, QString>> keys;  // a configuration: settings without the ignored keys
  QList<int> group_of_key;
  for (int i = 0; i < settings.size(); ++i) {
    if (settings[i].isEmpty()) {
      groups.append(QList<int>{i});
      continue;
    }
    QMap<QString, QString> key = settings[i];
    for (const QString& name : ignored) key.remove(name);
    const qsizetype found = keys.indexOf(key);
    if (found >= 0) {
      groups[group_of_key[found]].append(i);
    } else {
      keys.append(key);
      group_of_key.append(static_cast<int>(groups.size()));
      groups.append(QList<int>{i});
    }
  }
  return groups;
}

Spread spread_of(const std::vector<Span<float>>& columns, Band band) {
  size_t rows = 0;
  for (const Span<float>& column : columns) rows = std::max(rows, column.size());
  constexpr float kNoValue = std::numeric_limits<float>::quiet_NaN();
  Spread s;
  s.mean.assign(rows, kNoValue);
  s.low.assign(rows, kNoValue);
  s.high.assign(rows, kNoValue);
  s.count.assign(rows, 0);
  std::vector<double> values;  // one row's finite values, the buffer kept between rows
  for (size_t row = 0; row < rows; ++row) {
    values.clear();
    for (const Span<float>& column : columns)
      if (row < column.size() && std::isfinite(column[row])) values.push_back(column[row]);
    s.count[row] = static_cast<int>(values.size());
    if (values.empty()) continue;
    const MeanSd m = mean_sd(values);
    s.mean[row] = static_cast<float>(m.mean);
    if (band == Band::MinMax) {
      const auto [lowest, highest] = std::minmax_element(values.begin(), values.end());
      s.low[row] = static_cast<float>(*lowest);
      s.high[row] = static_cast<float>(*highest);
    } else {
      s.low[row] = static_cast<float>(m.mean - m.sd);
      s.high[row] = static_cast<float>(m.mean + m.sd);
    }
  }
  return s;
}

MeanSd mean_sd(const std::vector<double>& values) {
  MeanSd m;
  double sum = 0;
  for (double v : values)
    if (std::isfinite(v)) {
      sum += v;
      ++m.count;
    }
  if (m.count == 0) return m;
  m.mean = sum / m.count;
  double squares = 0;
  for (double v : values)
    if (std::isfinite(v)) squares += (v - m.mean) * (v - m.mean);
  m.sd = m.count > 1 ? std::sqrt(squares / (m.count - 1)) : 0.0;
  return m;
}

}  // namespace allcnn::ui::compare
