#include "series_store.h"

#include <QFile>
#include <QTextStream>

namespace allcnn::ui {

void SeriesStore::append(const QString& name, double x, double y) {
  auto& s = series_[name];
  s.x.push_back(x);
  s.y.push_back(y);
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
  out.setRealNumberPrecision(10);
  out << "series,x,y\n";
  for (const auto& [name, s] : series_)
    for (size_t i = 0; i < s.size(); ++i) out << name << ',' << s.x[i] << ',' << s.y[i] << '\n';
  out.flush();
  return file.error() == QFile::NoError;
}

}  // namespace allcnn::ui
