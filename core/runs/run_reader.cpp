#include "runs/run_reader.h"

#include <fstream>
#include <sstream>

#include "common/error.h"
#include "runs/csv_table.h"

namespace allcnn::runs {

namespace {

/// The rows of a CSV file written through `table`; none when the file does not exist.
/// A torn last line (no newline at the end: the writer was killed, or is writing it now) is
/// dropped with a warning; a bad line anywhere else is an error naming the file and line.
template <typename Row>
std::vector<Row> read_table(const std::string& path, const CsvTable<Row>& table,
                            std::vector<std::string>& warnings) {
  std::vector<Row> rows;
  std::ifstream in(path, std::ios::binary);
  if (!in) return rows;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const bool complete = text.empty() || text.back() == '\n';
  std::istringstream lines(text);
  std::string line;
  if (!std::getline(lines, line)) return rows;
  if (line != table.header())
    throw Error(path, "unexpected header '" + line.substr(0, 200) + "' (expected '" +
                          table.header() + "')");
  int line_number = 1;
  while (std::getline(lines, line)) {
    ++line_number;
    const bool torn = lines.peek() == EOF && !complete;
    if (line.empty()) continue;
    Row row;
    const std::string problem = table.parse(line, row);
    if (torn) {
      warnings.push_back(path + ": dropped the unfinished last line " +
                         std::to_string(line_number));
      continue;
    }
    if (!problem.empty())
      throw Error(path, "line " + std::to_string(line_number) + " is malformed: " + problem);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::optional<metrics::Evaluation> last_evaluation(const std::string& path,
                                                   std::vector<std::string>& warnings) {
  std::optional<metrics::Evaluation> last;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    try {
      const auto j = nlohmann::json::parse(line);
      metrics::Evaluation e;
      e.count = j.at("count").get<int64_t>();
      e.per_class_accuracy = j.at("per_class_accuracy").get<std::vector<double>>();
      e.confusion = j.at("confusion").get<std::vector<int64_t>>();
      last = e;
    } catch (const nlohmann::json::exception&) {
      warnings.push_back(path + ": skipped a malformed line");
    }
  }
  return last;
}

}  // namespace

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
  if (std::ifstream lsuv{folder.path(kLsuvFile)})
    record.lsuv = init::read_lsuv_csv(lsuv, folder.path(kLsuvFile));
  record.last_evaluation = last_evaluation(folder.path(kEvaluationsFile), record.warnings);
  return record;
}

}  // namespace allcnn::runs
