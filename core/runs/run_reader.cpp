#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "runs/run_folder.h"

namespace allcnn::runs {

namespace fs = std::filesystem;

namespace {

std::vector<double> numbers(const std::string& line) {
  std::vector<double> values;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, ',')) {
    size_t used = 0;
    values.push_back(std::stod(field, &used));
    if (used != field.size()) throw std::invalid_argument(field);
  }
  return values;
}

/// Calls `row` with the numeric fields of every data line of a CSV with `columns` columns.
/// A torn last line (no newline at the end: the writer was killed, or is writing it now) is
/// dropped with a warning; a bad line anywhere else is an error naming the file and line.
template <typename RowFn>
void read_csv(const std::string& path, const std::string& header, size_t columns,
              std::vector<std::string>& warnings, RowFn row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const bool complete = text.empty() || text.back() == '\n';
  std::istringstream lines(text);
  std::string line;
  if (!std::getline(lines, line)) return;
  if (line != header)
    throw Error(path, "unexpected header '" + line + "' (expected '" + header + "')");
  int line_number = 1;
  while (std::getline(lines, line)) {
    ++line_number;
    const bool last = lines.peek() == EOF;
    if (line.empty()) continue;
    try {
      const auto values = numbers(line);
      if (values.size() != columns) throw std::invalid_argument("columns");
      if (last && !complete) throw std::invalid_argument("torn");
      row(values);
    } catch (const std::invalid_argument&) {
      if (last && !complete) {
        warnings.push_back(path + ": dropped the unfinished last line " +
                           std::to_string(line_number));
        continue;
      }
      throw Error(path, "line " + std::to_string(line_number) + " is malformed: '" + line + "'");
    } catch (const std::out_of_range&) {
      throw Error(path, "line " + std::to_string(line_number) + " has a number out of range");
    }
  }
}

}  // namespace

RunRecord read_run(const std::string& dir) {
  RunRecord record;
  record.dir = dir;
  if (!fs::is_directory(dir)) throw Error(dir, "is not a folder");
  const auto config_path = (fs::path(dir) / kConfigFile).string();
  {
    std::ifstream in(config_path);
    if (!in) throw Error(config_path, "is missing: not a run folder (or one still being created)");
    try {
      in >> record.config;
    } catch (const nlohmann::json::parse_error& e) {
      throw Error(config_path, std::string("is not valid JSON: ") + e.what());
    }
    if (!record.config.is_object()) throw Error(config_path, "is not a JSON object");
  }

  {
    std::ifstream in(fs::path(dir) / kStatusFile);
    std::string status;
    std::getline(in, status);
    const auto colon = status.find(": ");
    record.state = status.substr(0, colon);
    if (colon != std::string::npos) record.reason = status.substr(colon + 2);
    if (record.state.empty()) record.state = "unknown";
  }

  read_csv((fs::path(dir) / kBatchesFile).string(),
           "step,epoch,batch,loss,accuracy,learning_rate,images_per_second,elapsed_s", 8,
           record.warnings, [&](const std::vector<double>& v) {
             train::BatchMetrics m;
             m.step = static_cast<int64_t>(v[0]);
             m.epoch = static_cast<int64_t>(v[1]);
             m.batch = static_cast<int64_t>(v[2]);
             m.loss = v[3];
             m.accuracy = v[4];
             m.learning_rate = v[5];
             m.images_per_second = v[6];
             m.elapsed_s = v[7];
             record.batches.push_back(m);
           });
  read_csv((fs::path(dir) / kEpochsFile).string(),
           "epoch,train_loss,train_accuracy,val_loss,val_accuracy,learning_rate,elapsed_s,best", 8,
           record.warnings, [&](const std::vector<double>& v) {
             EpochRow e;
             e.epoch = static_cast<int64_t>(v[0]);
             e.train_loss = v[1];
             e.train_accuracy = v[2];
             e.val_loss = v[3];
             e.val_accuracy = v[4];
             e.learning_rate = v[5];
             e.elapsed_s = v[6];
             record.epochs.push_back(e);
           });

  const auto drift_path = (fs::path(dir) / kDriftFile).string();
  if (std::ifstream drift{drift_path}) {
    std::string line;
    std::getline(drift, line);
    int line_number = 1;
    while (std::getline(drift, line)) {
      ++line_number;
      std::istringstream fields(line);
      DriftRow row;
      std::string epoch, variance, mean, dead;
      if (std::getline(fields, epoch, ',') && std::getline(fields, row.layer, ',') &&
          std::getline(fields, variance, ',') && std::getline(fields, mean, ',') &&
          std::getline(fields, dead)) {
        try {
          row.epoch = std::stoll(epoch);
          row.variance = std::stod(variance);
          row.mean = std::stod(mean);
          row.dead_fraction = std::stod(dead);
          record.drift.push_back(row);
          continue;
        } catch (const std::logic_error&) {
        }
      }
      record.warnings.push_back(drift_path + ": skipped malformed line " +
                                std::to_string(line_number));
    }
  }

  const auto lsuv_path = (fs::path(dir) / kLsuvFile).string();
  if (std::ifstream lsuv{lsuv_path}) record.lsuv = init::read_lsuv_csv(lsuv, lsuv_path);

  if (std::ifstream evaluations{fs::path(dir) / kEvaluationsFile}) {
    std::string line;
    while (std::getline(evaluations, line)) {
      try {
        const auto j = nlohmann::json::parse(line);
        train::Evaluation e;
        e.count = j.at("count").get<int64_t>();
        e.per_class_accuracy = j.at("per_class_accuracy").get<std::vector<double>>();
        e.confusion = j.at("confusion").get<std::vector<int64_t>>();
        record.last_evaluation = e;
      } catch (const nlohmann::json::exception&) {
        record.warnings.push_back(dir + "/" + kEvaluationsFile + ": skipped a malformed line");
      }
    }
  }
  return record;
}

}  // namespace allcnn::runs
