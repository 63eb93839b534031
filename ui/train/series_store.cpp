#include "series_store.h"

#include <cmath>
#include <limits>

#include <QFile>
#include <QTextStream>

#include "decimal_value.h"

namespace allcnn::ui {

int SeriesStore::add_table(const QStringList& names) {
  const int index = static_cast<int>(tables_.size());
  Table& table = tables_.emplace_back();
  table.y.resize(static_cast<size_t>(names.size()));
  table.index.resize(table.y.size());
  for (qsizetype i = 0; i < names.size(); ++i)
    series_.insert_or_assign(names[i], Place{index, static_cast<size_t>(i)});
  return index;
}

void SeriesStore::append(int table, double x, std::initializer_list<double> values) {
  Table& t = tables_.at(static_cast<size_t>(table));
  const auto x_value = static_cast<float>(x);
  t.ascending = t.ascending && !std::isnan(x_value) && (t.x.empty() || t.x.back() <= x_value);
  t.x.push_back(x_value);
  auto value = values.begin();
  // A value left out is NaN: every column stays parallel to x.
  for (size_t c = 0; c < t.y.size(); ++c) {
    t.y[c].push_back(value != values.end() ? static_cast<float>(*value++)
                                           : std::numeric_limits<float>::quiet_NaN());
    t.index[c].update(t.y[c]);
  }
}

void SeriesStore::clear() {
  for (Table& table : tables_) {
    table.x.clear();
    table.ascending = true;
    for (auto& column : table.y) column.clear();
    for (auto& index : table.index) index.clear();
  }
}

RawSeries SeriesStore::series(const QString& name) const {
  static const std::vector<float> kEmpty;
  const auto it = series_.find(name);
  if (it == series_.end()) return {kEmpty, kEmpty};
  const Table& table = tables_[static_cast<size_t>(it->second.table)];
  return {table.x, table.y[it->second.column]};
}

QList<QPointF> SeriesStore::decimate(const QString& name, double x_min, double x_max,
                                     int columns) const {
  const auto it = series_.find(name);
  if (it == series_.end()) return {};
  const Table& table = tables_[static_cast<size_t>(it->second.table)];
  const std::vector<float>& y = table.y[it->second.column];
  if (!table.ascending) return decimate_min_max(table.x, y, x_min, x_max, columns);
  return decimate_min_max(table.x, y, table.index[it->second.column], x_min, x_max, columns);
}

bool SeriesStore::export_csv(const QString& path) const {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return false;
  QTextStream out(&file);
  // A float needs at most 9 significant digits; decimal_value leaves only the ones it has.
  out.setRealNumberPrecision(9);
  out << "series,x,y\n";
  for (const auto& entry : series_) {
    const QString& name = entry.first;
    const RawSeries s = series(name);
    for (size_t i = 0; i < s.size(); ++i)
      out << name << ',' << decimal_value(s.x[i]) << ',' << decimal_value(s.y[i]) << '\n';
  }
  out.flush();
  return file.error() == QFile::NoError;
}

}  // namespace allcnn::ui
