#include "export/tensorboard_export.h"

#include <chrono>
#include <ctime>
#include <filesystem>

#include "common/error.h"
#include "export/tfevents.h"
#include "runs/run_folder.h"
#include "runs/run_reader.h"

namespace allcnn::exporting {

namespace fs = std::filesystem;

namespace {

// "2024-05-01T12:30:00+0200" (the Trainer's format) as seconds since the epoch.
bool parse_created(const std::string& text, double& seconds) {
  std::tm parts{};
  const char* rest = strptime(text.c_str(), "%Y-%m-%dT%H:%M:%S", &parts);
  if (rest == nullptr) return false;
  int offset_minutes = 0;
  if (*rest == '+' || *rest == '-') {
    int hhmm = 0;
    if (std::sscanf(rest + 1, "%4d", &hhmm) != 1) return false;
    offset_minutes = (hhmm / 100 * 60 + hhmm % 100) * (*rest == '-' ? -1 : 1);
  }
  seconds = static_cast<double>(timegm(&parts)) - offset_minutes * 60.0;
  return true;
}

double start_time(const runs::RunRecord& run) {
  double seconds = 0;
  if (parse_created(run.provenance.created, seconds)) return seconds;
  // An imported or hand-made run: its config file's time is the best there is.
  std::error_code ec;
  const auto written =
      fs::last_write_time(runs::RunFolder(run.dir).path(runs::kConfigFile), ec);
  if (ec) return 0;
  const auto system = std::chrono::time_point_cast<std::chrono::seconds>(
      written - fs::file_time_type::clock::now() + std::chrono::system_clock::now());
  return static_cast<double>(system.time_since_epoch().count());
}

}  // namespace

std::string export_tensorboard(const std::string& run_dir, const std::string& out_dir) {
  const runs::RunRecord run = runs::read_run(run_dir);
  const fs::path folder =
      out_dir.empty() ? fs::path(run_dir) / runs::kExportDir / "tensorboard" : fs::path(out_dir);
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) throw Error(folder.string(), "cannot create the folder: " + ec.message());
  const double start = start_time(run);
  const std::string path = (folder / event_file_name(start, "allcnn")).string();

  EventFileWriter writer(path, start);
  for (const auto& b : run.batches) {
    const double wall = start + b.elapsed_s;
    writer.add_scalar("batch/loss", b.step, wall, b.loss);
    writer.add_scalar("batch/accuracy", b.step, wall, b.accuracy);
    writer.add_scalar("batch/learning_rate", b.step, wall, b.learning_rate);
  }
  // The epoch evaluation's tags name its split: validation, or test (--validation 0 and runs
  // from before the setting).
  const std::string evaluated =
      run.evaluated_split == metrics::EvaluatedSplit::Validation ? "validation" : "test";
  for (const auto& e : run.epochs) {
    const double wall = start + e.elapsed_s;
    const int64_t number = e.epoch + 1;
    writer.add_scalar("epoch/train_loss", number, wall, e.train_loss);
    writer.add_scalar("epoch/train_accuracy", number, wall, e.train_accuracy);
    writer.add_scalar("epoch/" + evaluated + "_loss", number, wall, e.val_loss);
    writer.add_scalar("epoch/" + evaluated + "_accuracy", number, wall, e.val_accuracy);
    writer.add_scalar("epoch/learning_rate", number, wall, e.learning_rate);
  }
  writer.close();
  return path;
}

}  // namespace allcnn::exporting
