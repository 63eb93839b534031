#include "series_store.h"

#include <limits>

#include <QFile>
#include <QTextStream>

#include "decimal_value.h"

namespace allcnn::ui {

int SeriesStore::add_table(const QStringList& names) {
  const int index = static_cast<int>(tables_.size());
  Table& table = tables_.emplace_back();
  table.y.resize(static_cast<size_t>(names.size()));
  for (qsizetype i = 0; i < names.size(); ++i)
    series_.insert_or_assign(names[i], Place{index, static_cast<size_t>(i)});
  return index;
}

void SeriesStore::append(int table, double x, std::initializer_list<double> values) {
  Table& t = tables_.at(static_cast<size_t>(table));
  t.x.push_back(static_cast<float>(x));
  auto value = values.begin();
  // A value left out is NaN: every column stays parallel to x.
  for (auto& column : t.y)
    column.push_back(value != values.end() ? static_cast<float>(*value++)
                                           : std::numeric_limits<float>::quiet_NaN());
}

void SeriesStore::clear() {
  for (Table& table : tables_) {
    table.x.clear();
    for (auto& column : table.y) column.clear();
  }
}

RawSeries SeriesStore::series(const QString& name) const {
  static const std::vector<float> kEmpty;
  const auto it = series_.find(name);
  if (it == series_.end()) return {kEmpty, kEmpty};
  const Table& table = tables_[static_cast<size_t>(it->second.table)];
  return {table.x, table.y[it->second.column]};
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
