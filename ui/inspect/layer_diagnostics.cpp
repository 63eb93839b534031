#include "layer_diagnostics.h"

#include <algorithm>
#include <exception>
#include <iterator>

#include "engine_text.h"
#include "metrics/dead_layer.h"
#include "runs/run_reader.h"

namespace allcnn::ui::inspect {

const LayerHistograms* LayerDiagnostics::find(qint64 epoch, const QString& layer) const {
  for (const auto& h : histograms)
    if (h.epoch == epoch && h.layer == layer) return &h;
  return nullptr;
}

LayerDiagnostics read_layer_diagnostics(const QString& run_dir) {
  LayerDiagnostics result;
  result.run_dir = run_dir;
  runs::RunDiagnostics read;
  try {
    read = runs::read_diagnostics(run_dir.toStdString());
  } catch (const std::exception& e) {
    result.error = error_text(e);
    return result;
  }

  // The last window: the rows at the end of the file that share its last step.
  if (!read.windows.empty()) {
    const int64_t step = read.windows.back().step;
    auto first = read.windows.end();
    while (first != read.windows.begin() && std::prev(first)->step == step) --first;
    result.latest_step = step;
    result.latest_epoch = read.windows.back().epoch;
    for (auto it = first; it != read.windows.end(); ++it)
      result.latest.push_back({QString::fromStdString(it->layer), it->dead_fraction,
                               it->weight_norm, it->grad_norm,
                               it->dead_fraction > metrics::kMostlyDeadFraction});
    int64_t last = -1;
    for (const auto& row : read.windows)
      if (row.step != last) {
        ++result.windows;
        last = row.step;
      }
  }

  // The file lists an epoch's bins layer by layer, weight then gradient: group them in order.
  for (const auto& row : read.histograms) {
    const QString layer = QString::fromStdString(row.layer);
    if (result.histograms.isEmpty() || result.histograms.back().epoch != row.epoch ||
        result.histograms.back().layer != layer) {
      // An epoch trained again (a resumed run) replaces its earlier histograms.
      result.histograms.removeIf(
          [&](const LayerHistograms& h) { return h.epoch == row.epoch && h.layer == layer; });
      result.histograms.push_back({row.epoch, layer, {}, {}});
      if (!result.epochs.contains(row.epoch)) result.epochs.push_back(row.epoch);
      if (!result.layers.contains(layer)) result.layers.push_back(layer);
    }
    auto& bins = row.tensor == "gradient" ? result.histograms.back().gradient
                                          : result.histograms.back().weight;
    bins.push_back({row.low, row.high, row.count});
  }
  std::sort(result.epochs.begin(), result.epochs.end());
  return result;
}

}  // namespace allcnn::ui::inspect
