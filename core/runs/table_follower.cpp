#include "runs/table_follower.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <string_view>

#include "common/checked_number.h"
#include "common/error.h"

namespace allcnn::runs {

namespace {

// The file's identity and size; none when it does not exist.
struct FileState {
  bool exists = false;
  uint64_t inode = 0;
  uint64_t size = 0;
};

FileState file_state(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return {};
  return {true, static_cast<uint64_t>(info.st_ino), static_cast<uint64_t>(info.st_size)};
}

}  // namespace

template <typename Row>
TableFollower<Row>::TableFollower(std::string path, const CsvTable<Row>& table)
    : path_(std::move(path)), table_(&table) {}

template <typename Row>
void TableFollower<Row>::reset() {
  offset_ = 0;
  partial_.clear();
  line_number_ = 0;
}

template <typename Row>
typename TableFollower<Row>::Update TableFollower<Row>::read() {
  Update update;
  const FileState state = file_state(path_);
  // Shorter than what was read: rewritten (a resume that cut a torn line, a new run). A
  // missing file after rows were read is the same: whatever comes next starts afresh.
  if (state.size < offset_ || (!state.exists && offset_ > 0)) {
    reset();
    update.restarted = true;
  }
  if (!state.exists || state.size == offset_) return update;

  std::ifstream in(path_, std::ios::binary);
  if (!in) return update;  // gone between the stat and the open: next time
  in.seekg(static_cast<std::streamoff>(offset_));
  // The held partial line was counted in offset_ already; only what follows it is new.
  std::string text = std::move(partial_);
  partial_.clear();
  const size_t held = text.size();
  // Up to the size seen above; whatever lands after it is read next time.
  text.resize(held + (state.size - offset_));
  in.read(text.data() + held, static_cast<std::streamsize>(state.size - offset_));
  text.resize(held + static_cast<size_t>(in.gcount()));
  offset_ += text.size() - held;
  try {
    // One row per line at most: the rows are allocated once, not regrown (a paper-scale
    // batches.csv is half a million rows read at once).
    update.rows.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')));
    size_t start = 0;
    for (size_t end = text.find('\n'); end != std::string::npos;
         start = end + 1, end = text.find('\n', start)) {
      std::string_view line(text.data() + start, end - start);
      ++line_number_;
      if (line_number_ == 1) {
        if (!table_->accepts_header(line))
          throw Error(path_, "unexpected header " + quoted_excerpt(line) + " (expected '" +
                                 table_->header() + "')");
        continue;
      }
      if (line.empty()) continue;
      Row row;
      const std::string problem = table_->parse(line, row);
      if (!problem.empty()) throw Error(path_, "line " + std::to_string(line_number_) + problem);
      update.rows.push_back(std::move(row));
    }
    partial_.assign(text, start, std::string::npos);
  } catch (...) {
    reset();
    throw;
  }
  return update;
}

template class TableFollower<metrics::BatchMetrics>;
template class TableFollower<metrics::EpochRow>;
template class TableFollower<metrics::DriftRow>;
template class TableFollower<metrics::LrPoint>;
template class TableFollower<metrics::DiagnosticsRow>;
template class TableFollower<metrics::HistogramRow>;

}  // namespace allcnn::runs
