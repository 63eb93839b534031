#include "runs/run_reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "common/checked_number.h"
#include "common/error.h"
#include "runs/csv_table.h"
#include "runs/table_follower.h"

namespace allcnn::runs {

namespace {

/// The rows of a CSV file written through `table`; none when the file does not exist.
/// A torn last line (no newline at the end: the writer was killed, or is writing it now) is
/// dropped with a warning; a bad line anywhere else is an error naming the file and line.
/// The same parser follows live runs (TableFollower): a whole file is its first read.
template <typename Row>
std::vector<Row> read_table(const std::string& path, const CsvTable<Row>& table,
                            std::vector<std::string>& warnings) {
  TableFollower<Row> follower(path, table);
  auto rows = follower.read().rows;
  if (!follower.partial().empty())
    warnings.push_back(path + ": dropped the unfinished last line " +
                       std::to_string(follower.next_line_number()));
  return rows;
}

int64_t json_count(const nlohmann::json& value, const char* key) {
  int64_t count = 0;
  const std::string problem = json_to_int64(value, count, 0);
  if (!problem.empty()) throw std::invalid_argument(std::string(key) + ": " + problem);
  return count;
}

// One line of evaluations.jsonl; throws (nlohmann's or std::invalid_argument) when malformed.
metrics::Evaluation evaluation_from_json(const nlohmann::json& j) {
  metrics::Evaluation e;
  e.count = json_count(j.at("count"), "count");
  e.per_class_accuracy = j.at("per_class_accuracy").get<std::vector<double>>();
  const auto& confusion = j.at("confusion");
  if (!confusion.is_array()) throw std::invalid_argument("confusion: not an array");
  for (const auto& cell : confusion) e.confusion.push_back(json_count(cell, "confusion"));
  const size_t classes = e.per_class_accuracy.size();
  if (e.confusion.size() != classes * classes)
    throw std::invalid_argument("confusion: " + std::to_string(e.confusion.size()) + " cells for " +
                                std::to_string(classes) + " classes");
  return e;
}

// evaluations.jsonl is appended once per epoch; a malformed line is skipped with a warning.
std::optional<metrics::Evaluation> last_evaluation(const std::string& path,
                                                   std::vector<std::string>& warnings) {
  std::optional<metrics::Evaluation> last;
  std::ifstream in(path);
  std::string line;
  int64_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    try {
      last = evaluation_from_json(nlohmann::json::parse(line));
    } catch (const std::exception& e) {
      warnings.push_back(path + ": skipped malformed line " + std::to_string(line_number) + " (" +
                         e.what() + ")");
    }
  }
  return last;
}

RunDiagnostics diagnostics_of(const RunFolder& folder) {
  RunDiagnostics read;
  read.windows = read_table(folder.path(kDiagnosticsFile), diagnostics_table(), read.warnings);
  read.histograms = read_table(folder.path(kHistogramsFile), histograms_table(), read.warnings);
  return read;
}

}  // namespace

std::optional<metrics::TestResults> read_test_results(const std::string& path,
                                                      std::vector<std::string>& warnings) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  try {
    const auto j = nlohmann::json::parse(in);
    auto checkpoint = [](const nlohmann::json& c) {
      metrics::CheckpointTest test;
      test.epoch = json_count(c.at("epoch"), "epoch");
      test.evaluation = evaluation_from_json(c);
      test.evaluation.loss = c.at("loss").get<double>();
      test.evaluation.accuracy = c.at("accuracy").get<double>();
      return test;
    };
    return metrics::TestResults{checkpoint(j.at("best")), checkpoint(j.at("last"))};
  } catch (const std::exception& e) {
    warnings.push_back(path + ": skipped, malformed (" + std::string(e.what()) + ")");
    return std::nullopt;
  }
}

metrics::EvaluatedSplit evaluated_split(const nlohmann::json& config) {
  const auto validation = config.find("validation");
  return validation != config.end() && validation->is_number() && validation->get<double>() > 0
             ? metrics::EvaluatedSplit::Validation
             : metrics::EvaluatedSplit::Test;
}

RunSummary summarize_run(const std::string& dir) {
  const auto folder = RunFolder::open(dir);
  RunSummary summary;
  summary.dir = dir;
  summary.name = folder.name();
  summary.config = folder.read_config();
  summary.provenance = config::read_provenance(summary.config);
  if (const auto epochs = summary.config.find("epochs");
      epochs != summary.config.end() && epochs->is_number())
    json_to_int64(*epochs, summary.epochs_planned, 0);  // left 0 when it is not a count
  summary.evaluated_split = evaluated_split(summary.config);
  summary.test = read_test_results(folder.path(kTestFile), summary.warnings);
  const auto status = folder.read_status();
  summary.state = status.state;
  summary.reason = status.reason;
  const auto epochs = read_table(folder.path(kEpochsFile), epochs_table(), summary.warnings);
  summary.epochs_done = static_cast<int64_t>(epochs.size());
  if (!epochs.empty()) {
    summary.last_train_loss = epochs.back().train_loss;
    summary.last_elapsed_s = epochs.back().elapsed_s;
  }
  for (const auto& row : epochs) {
    if (row.val_accuracy > summary.best_accuracy) {
      summary.best_accuracy = row.val_accuracy;
      summary.best_epoch = row.epoch;
    }
  }
  for (const std::string& path :
       {folder.path(kStatusFile), folder.path(kBatchesFile), folder.path(kEpochsFile),
        folder.path(kConfigFile), folder.checkpoint_path(Checkpoint::Last)}) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0)
      summary.last_write = std::max<int64_t>(summary.last_write, info.st_mtime);
  }
  return summary;
}

std::vector<std::string> list_run_folders(const std::string& runs_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::directory_iterator it(runs_dir, ec);
  if (ec) throw Error(runs_dir, "cannot be listed: " + ec.message());
  std::vector<std::string> dirs;
  for (fs::directory_iterator end; it != end; it.increment(ec)) {
    if (ec) throw Error(runs_dir, "cannot be listed: " + ec.message());
    std::error_code ignored;
    if (it->is_directory(ignored) && fs::exists(it->path() / kConfigFile, ignored))
      dirs.push_back(it->path().string());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

RunDiagnostics read_diagnostics(const std::string& dir) {
  return diagnostics_of(RunFolder::open(dir));
}

RunRecord read_run(const std::string& dir) {
  const auto folder = RunFolder::open(dir);
  RunRecord record;
  record.dir = dir;
  record.config = folder.read_config();
  record.provenance = config::read_provenance(record.config);
  const auto status = folder.read_status();
  record.state = status.state;
  record.reason = status.reason;
  record.batches = read_table(folder.path(kBatchesFile), batches_table(), record.warnings);
  record.epochs = read_table(folder.path(kEpochsFile), epochs_table(), record.warnings);
  record.drift = read_table(folder.path(kDriftFile), drift_table(), record.warnings);
  auto diagnostics = diagnostics_of(folder);
  record.diagnostics = std::move(diagnostics.windows);
  record.histograms = std::move(diagnostics.histograms);
  record.warnings.insert(record.warnings.end(), diagnostics.warnings.begin(),
                         diagnostics.warnings.end());
  if (std::ifstream lsuv{folder.path(kLsuvFile)})
    record.lsuv = init::read_lsuv_csv(lsuv, folder.path(kLsuvFile));
  record.evaluated_split = evaluated_split(record.config);
  record.last_evaluation = last_evaluation(folder.path(kEvaluationsFile), record.warnings);
  record.test = read_test_results(folder.path(kTestFile), record.warnings);
  return record;
}

}  // namespace allcnn::runs
