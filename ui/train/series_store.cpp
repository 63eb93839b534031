#include "series_store.h"

#include <QFile>
#include <QTextStream>

#include "decimal_value.h"

namespace allcnn::ui {

void SeriesStore::append(const QString& name, double x, double y) {
  auto& s = series_[name];
  s.x.push_back(static_cast<float>(x));
  s.y.push_back(static_cast<float>(y));
}

void SeriesStore::clear() { series_.clear(); }

const RawSeries& SeriesStore::series(const QString& name) const {
  static const RawSeries kEmpty;
  const auto it = series_.find(name);
  return it == series_.end() ? kEmpty : it->second;
}

bool SeriesStore::export_csv(const QString& path) const {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return false;
  QTextStream out(&file);
  // A float needs at most 9 significant digits; decimal_value leaves only the ones it has.
  out.setRealNumberPrecision(9);
  out << "series,x,y\n";
  for (const auto& [name, s] : series_)
    for (size_t i = 0; i < s.size(); ++i)
      out << name << ',' << decimal_value(s.x[i]) << ',' << decimal_value(s.y[i]) << '\n';
  out.flush();
  return file.error() == QFile::NoError;
}

}  // namespace allcnn::ui
