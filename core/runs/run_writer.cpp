#include "runs/run_writer.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/checked_number.h"
#include "common/error.h"
#include "runs/atomic_file.h"
#include "runs/csv_table.h"

namespace allcnn::runs {

namespace fs = std::filesystem;

namespace {

// Keeps the header and the rows whose first field (step or epoch) is below `limit`; used when a
// resumed run will write the later rows again.
void truncate_rows(const std::string& path, int64_t limit, bool json_lines) {
  std::ifstream in(path);
  if (!in) return;
  std::string kept, line;
  bool first = true;
  while (std::getline(in, line)) {
    if (first && !json_lines) {
      kept += line + "\n";
      first = false;
      continue;
    }
    first = false;
    // A torn or unreadable row (from a crash) is dropped.
    int64_t key = -1;
    if (json_lines) {
      const auto row = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!row.is_object() || !row.contains("epoch") || !json_to_int64(row["epoch"], key).empty())
        continue;
    } else if (!parse_int64(std::string_view(line).substr(0, line.find(',')), key).empty()) {
      continue;
    }
    if (key < limit) kept += line + "\n";
  }
  write_file_atomically(path, kept);
}

// `header` is written into a new or empty file; empty for JSON lines.
std::FILE* open_append(const std::string& path, const std::string& header) {
  const bool fresh = !fs::exists(path) || fs::file_size(path) == 0;
  std::FILE* file = std::fopen(path.c_str(), "ab");
  if (file == nullptr) throw Error(path, message(MessageCode::CannotAppend, std::strerror(errno)));
  if (fresh && !header.empty() &&
      (std::fputs((header + "\n").c_str(), file) < 0 || std::fflush(file) != 0)) {
    std::fclose(file);
    throw Error(path, message(MessageCode::WriteFailed, std::strerror(errno)));
  }
  return file;
}

// One row, one write, flushed: a crash loses at most this row.
void append_line(std::FILE* file, const std::string& line, const std::string& path) {
  if (std::fwrite(line.data(), 1, line.size(), file) != line.size() || std::fflush(file) != 0)
    throw Error(path, message(MessageCode::WriteFailedDiskFull, std::strerror(errno)));
}

}  // namespace

RunWriter::RunWriter(RunFolder folder, int64_t truncate_to_step, int64_t truncate_to_epoch,
                     metrics::EvaluatedSplit evaluated)
    : folder_(std::move(folder)) {
  if (!fs::is_directory(folder_.dir()))
    throw Error(folder_.dir(), message(MessageCode::NotRunFolder));
  if (truncate_to_step >= 0) {
    truncate_rows(folder_.path(kBatchesFile), truncate_to_step, false);
    truncate_rows(folder_.path(kDiagnosticsFile), truncate_to_step, false);
  }
  if (truncate_to_epoch >= 0) {
    truncate_rows(folder_.path(kEpochsFile), truncate_to_epoch, false);
    truncate_rows(folder_.path(kEvaluationsFile), truncate_to_epoch, true);
    // Drift rows are keyed by the epoch they follow; the row for epoch e-1 was written at
    // the end of epoch e-1, which the checkpoint at epoch e already covers.
    truncate_rows(folder_.path(kDriftFile), truncate_to_epoch, false);
    truncate_rows(folder_.path(kHistogramsFile), truncate_to_epoch, false);
    // The test of the best and last checkpoints is written again when the run finishes.
    std::error_code ignored;
    fs::remove(folder_.path(kTestFile), ignored);
  }
  batches_ = open_append(folder_.path(kBatchesFile), batches_table().header());
  epochs_ = open_append(folder_.path(kEpochsFile), evaluated == metrics::EvaluatedSplit::Validation
                                                       ? epochs_table().header()
                                                       : epochs_table().alternate_header());
  evaluations_ = open_append(folder_.path(kEvaluationsFile), {});
  drift_ = open_append(folder_.path(kDriftFile), drift_table().header());
  diagnostics_ = open_append(folder_.path(kDiagnosticsFile), diagnostics_table().header());
  histograms_ = open_append(folder_.path(kHistogramsFile), histograms_table().header());
}

RunWriter::~RunWriter() {
  for (auto* file : {batches_, epochs_, evaluations_, drift_, diagnostics_, histograms_})
    if (file != nullptr) std::fclose(file);
}

void RunWriter::append_batch(const metrics::BatchMetrics& m) {
  append_line(batches_, batches_table().format(m), folder_.path(kBatchesFile));
}

void RunWriter::append_epoch(const metrics::EpochMetrics& e) {
  nlohmann::json evaluation = {{"epoch", e.epoch},
                               {"count", e.validation.count},
                               {"per_class_accuracy", e.validation.per_class_accuracy},
                               {"confusion", e.validation.confusion}};
  append_line(evaluations_, evaluation.dump() + "\n", folder_.path(kEvaluationsFile));
  append_line(epochs_, epochs_table().format(metrics::epoch_row(e)), folder_.path(kEpochsFile));
}

void RunWriter::append_drift(int64_t epoch, const std::vector<init::LayerStatistics>& layers) {
  std::string rows;
  for (const auto& layer : layers)
    rows +=
        drift_table().format({epoch, layer.layer, layer.variance, layer.mean, layer.dead_fraction});
  append_line(drift_, rows, folder_.path(kDriftFile));
}

void RunWriter::append_diagnostics(const std::vector<metrics::DiagnosticsRow>& rows) {
  std::string lines;
  for (const auto& row : rows) lines += diagnostics_table().format(row);
  append_line(diagnostics_, lines, folder_.path(kDiagnosticsFile));
}

void RunWriter::append_histograms(const std::vector<metrics::HistogramRow>& rows) {
  std::string lines;
  for (const auto& row : rows) lines += histograms_table().format(row);
  append_line(histograms_, lines, folder_.path(kHistogramsFile));
}

void RunWriter::write_test(const metrics::TestResults& results) {
  auto checkpoint = [](const metrics::CheckpointTest& test) {
    return nlohmann::json{{"epoch", test.epoch},
                          {"loss", test.evaluation.loss},
                          {"accuracy", test.evaluation.accuracy},
                          {"count", test.evaluation.count},
                          {"per_class_accuracy", test.evaluation.per_class_accuracy},
                          {"confusion", test.evaluation.confusion}};
  };
  const nlohmann::json test = {{"best", checkpoint(results.best)},
                               {"last", checkpoint(results.last)}};
  write_file_atomically(folder_.path(kTestFile), test.dump(2) + "\n");
}

void RunWriter::write_lsuv(const init::LsuvTrace& trace) {
  std::ostringstream csv;
  init::write_lsuv_csv(trace, csv);
  write_file_atomically(folder_.path(kLsuvFile), csv.str());
}

}  // namespace allcnn::runs
