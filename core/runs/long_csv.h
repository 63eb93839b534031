#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace allcnn::runs {

/// One value of one metric of one run: a row of the long-form CSV export
/// `run,metric,step,epoch,wall_time,value` that pandas, R and spreadsheets pivot at will.
/// Plain values; this header needs neither torch nor Qt.
struct LongRow {
  std::string run;
  std::string metric;      ///< batch_loss, val_accuracy, ...
  int64_t step = -1;       ///< global step, -1 when unknown (written as an empty cell)
  double epoch = 0;        ///< fractional for batch metrics; NaN when unknown (empty cell)
  double wall_time_s = 0;  ///< seconds since the run started; NaN when unknown (empty cell)
  double value = 0;
};

/// The CSV text, header included. Numbers are written in their shortest exact form, so reading
/// them back gives the same doubles; run and metric names are quoted when they need it.
std::string write_long_csv(const std::vector<LongRow>& rows);

/// Parses what write_long_csv wrote. Throws allcnn::Error (subject `source`) on a bad header or
/// line.
std::vector<LongRow> read_long_csv(const std::string& text, const std::string& source = "long csv");

}  // namespace allcnn::runs
