#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "runs/run_folder.h"

namespace allcnn::runs {

namespace fs = std::filesystem;

namespace {

constexpr const char* kBatchesHeader =
    "step,epoch,batch,loss,accuracy,learning_rate,images_per_second,elapsed_s\n";
constexpr const char* kDriftHeader = "epoch,layer,variance,mean,dead_fraction\n";
constexpr const char* kEpochsHeader =
    "epoch,train_loss,train_accuracy,val_loss,val_accuracy,learning_rate,elapsed_s,best\n";

std::string path_in(const std::string& dir, const char* name) {
  return (fs::path(dir) / name).string();
}

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
    int64_t key = -1;
    try {
      key = json_lines ? nlohmann::json::parse(line).at("epoch").get<int64_t>() : std::stoll(line);
    } catch (const std::exception&) {
      continue;  // a torn row from a crash: drop it
    }
    if (key < limit) kept += line + "\n";
  }
  write_file_atomically(path, kept);
}

std::FILE* open_append(const std::string& path, const char* header) {
  const bool fresh = !fs::exists(path) || fs::file_size(path) == 0;
  std::FILE* file = std::fopen(path.c_str(), "ab");
  if (file == nullptr)
    throw Error(path, std::string("cannot open for appending: ") + std::strerror(errno));
  if (fresh && header != nullptr && (std::fputs(header, file) < 0 || std::fflush(file) != 0)) {
    std::fclose(file);
    throw Error(path, std::string("write failed: ") + std::strerror(errno));
  }
  return file;
}

// One row, one write, flushed: a crash loses at most this row.
void append_line(std::FILE* file, const std::string& line, const std::string& path) {
  if (std::fwrite(line.data(), 1, line.size(), file) != line.size() || std::fflush(file) != 0)
    throw Error(path,
                std::string("write failed (") + std::strerror(errno) + "); is the disk full?");
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& contents) {
  const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw Error(path, std::string("cannot write: ") + std::strerror(errno));
  size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string reason = std::strerror(errno);
      ::close(fd);
      ::unlink(temporary.c_str());
      throw Error(path, "write failed (" + reason + "); is the disk full?");
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const std::string reason = std::strerror(errno);
    ::unlink(temporary.c_str());
    throw Error(path, "write failed (" + reason + ")");
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    ::unlink(temporary.c_str());
    throw Error(path, "cannot replace the file: " + reason);
  }
}

RunWriter::RunWriter(std::string dir, int64_t truncate_to_step, int64_t truncate_to_epoch)
    : dir_(std::move(dir)) {
  if (!fs::is_directory(dir_)) throw Error(dir_, "is not a run folder");
  if (truncate_to_step >= 0) truncate_rows(path_in(dir_, kBatchesFile), truncate_to_step, false);
  if (truncate_to_epoch >= 0) {
    truncate_rows(path_in(dir_, kEpochsFile), truncate_to_epoch, false);
    truncate_rows(path_in(dir_, kEvaluationsFile), truncate_to_epoch, true);
    // Drift rows are keyed by the epoch they follow; the row for epoch e-1 was written at
    // the end of epoch e-1, which the checkpoint at epoch e already covers.
    truncate_rows(path_in(dir_, kDriftFile), truncate_to_epoch, false);
  }
  batches_ = open_append(path_in(dir_, kBatchesFile), kBatchesHeader);
  epochs_ = open_append(path_in(dir_, kEpochsFile), kEpochsHeader);
  evaluations_ = open_append(path_in(dir_, kEvaluationsFile), nullptr);
  drift_ = open_append(path_in(dir_, kDriftFile), kDriftHeader);
}

RunWriter::~RunWriter() {
  for (auto* file : {batches_, epochs_, evaluations_, drift_})
    if (file != nullptr) std::fclose(file);
}

void RunWriter::append_batch(const train::BatchMetrics& m) {
  char line[256];
  const int n = std::snprintf(line, sizeof line, "%lld,%lld,%lld,%.9g,%.9g,%.9g,%.6g,%.6f\n",
                              static_cast<long long>(m.step), static_cast<long long>(m.epoch),
                              static_cast<long long>(m.batch), m.loss, m.accuracy, m.learning_rate,
                              m.images_per_second, m.elapsed_s);
  append_line(batches_, std::string(line, static_cast<size_t>(n)), path_in(dir_, kBatchesFile));
}

void RunWriter::append_epoch(const train::EpochMetrics& e) {
  char line[256];
  const int n = std::snprintf(line, sizeof line, "%lld,%.9g,%.9g,%.9g,%.9g,%.9g,%.6f,%d\n",
                              static_cast<long long>(e.epoch), e.train_loss, e.train_accuracy,
                              e.validation.loss, e.validation.accuracy, e.learning_rate,
                              e.elapsed_s, e.best ? 1 : 0);
  nlohmann::json evaluation = {{"epoch", e.epoch},
                               {"count", e.validation.count},
                               {"per_class_accuracy", e.validation.per_class_accuracy},
                               {"confusion", e.validation.confusion}};
  append_line(evaluations_, evaluation.dump() + "\n", path_in(dir_, kEvaluationsFile));
  append_line(epochs_, std::string(line, static_cast<size_t>(n)), path_in(dir_, kEpochsFile));
}

void RunWriter::append_drift(int64_t epoch, const std::vector<init::LayerStatistics>& layers) {
  std::string rows;
  char line[256];
  for (const auto& layer : layers) {
    const int n =
        std::snprintf(line, sizeof line, "%lld,%s,%.9g,%.9g,%.9g\n", static_cast<long long>(epoch),
                      layer.layer.c_str(), layer.variance, layer.mean, layer.dead_fraction);
    rows.append(line, static_cast<size_t>(n));
  }
  append_line(drift_, rows, path_in(dir_, kDriftFile));
}

void RunWriter::write_lsuv(const init::LsuvTrace& trace) {
  std::ostringstream csv;
  init::write_lsuv_csv(trace, csv);
  write_file_atomically(path_in(dir_, kLsuvFile), csv.str());
}

void RunWriter::set_status(const std::string& state, const std::string& reason) {
  write_file_atomically(path_in(dir_, kStatusFile),
                        state + (reason.empty() ? "" : ": " + reason) + "\n");
}

}  // namespace allcnn::runs
