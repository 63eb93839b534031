#pragma once

#include <map>
#include <vector>

#include <QString>

namespace allcnn::ui {

/// Every raw point of every curve of a run, by name ("batch_loss", "val_accuracy", ...):
/// the charts draw a decimated copy, exports write these. float32, as the compare page keeps
/// its curves: a million batches cost 8 MB a series, and x (the fractional epoch) is good to
/// 1/30,000 of an epoch at epoch 350.
struct RawSeries {
  std::vector<float> x;
  std::vector<float> y;
  size_t size() const { return x.size(); }
};

class SeriesStore {
 public:
  void append(const QString& name, double x, double y);
  void clear();
  /// An empty series for an unknown name.
  const RawSeries& series(const QString& name) const;
  const std::map<QString, RawSeries>& all() const { return series_; }

  /// Writes every series as long-form CSV (series,x,y), each number in the fewest digits that
  /// read back as the kept float. Returns false when the file fails.
  bool export_csv(const QString& path) const;

 private:
  std::map<QString, RawSeries> series_;
};

}  // namespace allcnn::ui
