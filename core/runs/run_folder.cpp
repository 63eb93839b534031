#include "runs/run_folder.h"

#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "common/checked_number.h"
#include "common/error.h"
#include "runs/atomic_file.h"
#include "runs/run_lock.h"

namespace allcnn::runs {

namespace fs = std::filesystem;

namespace {

std::string local_time(const char* format) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[64];
  std::strftime(text, sizeof text, format, &local);
  return text;
}

std::string host_name() {
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0) return {};
  return name;
}

// A run's name becomes a folder name inside the runs folder: nothing that leaves it.
void check_name(const fs::path& root, const std::string& name) {
  if (name == "." || name == ".." || name.find('/') != std::string::npos ||
      name.find('\0') != std::string::npos)
    throw Error((root / name).string(),
                "'" + name + "' is not a folder name (no '/', not '.' or '..')");
}

}  // namespace

const char* to_string(Checkpoint which) { return which == Checkpoint::Best ? "best" : "last"; }

Checkpoint checkpoint_from_string(const std::string& name) {
  if (name == "last") return Checkpoint::Last;
  if (name == "best") return Checkpoint::Best;
  throw Error("checkpoint", "must be 'best' or 'last', not '" + name + "'");
}

RunFolder RunFolder::create(const std::string& runs_dir, const std::string& name,
                            const std::string& prefix) {
  const fs::path root(runs_dir);
  std::string chosen = name;
  if (chosen.empty()) {
    const std::string base = prefix + "-" + local_time("%Y%m%d-%H%M%S");
    chosen = base;
    for (int i = 2; fs::exists(root / chosen); ++i) chosen = base + "-" + std::to_string(i);
  }
  check_name(root, chosen);
  const fs::path dir = root / chosen;
  if (fs::exists(dir)) throw Error(dir.string(), message(MessageCode::RunExists));
  std::error_code ec;
  fs::create_directories(dir / kCheckpointsDir, ec);
  if (ec) throw Error(dir.string(), message(MessageCode::CannotCreateRun, ec.message()));
  return RunFolder(dir.string());
}

RunFolder RunFolder::open(const std::string& dir) {
  if (!fs::is_directory(dir)) throw Error(dir, message(MessageCode::NotAFolder));
  RunFolder folder(dir);
  if (!fs::exists(folder.path(kConfigFile)))
    throw Error(folder.path(kConfigFile), message(MessageCode::ConfigMissing));
  return folder;
}

std::string RunFolder::name() const {
  const fs::path path(dir_);
  return (path.has_filename() ? path.filename() : path.parent_path().filename()).string();
}

std::string RunFolder::path(const char* file) const { return (fs::path(dir_) / file).string(); }

std::string RunFolder::checkpoint_path(Checkpoint which) const {
  return (fs::path(dir_) / kCheckpointsDir / (std::string(to_string(which)) + ".pt")).string();
}

void RunFolder::write_config(nlohmann::json settings, config::Provenance provenance) const {
  if (provenance.created.empty()) provenance.created = local_time("%Y-%m-%dT%H:%M:%S%z");
  if (provenance.host.empty()) provenance.host = host_name();
  config::add_provenance(settings, provenance);
  write_file_atomically(path(kConfigFile), settings.dump(2) + "\n");
}

void RunFolder::update_config(const nlohmann::json& changed) const {
  auto config = read_config();
  for (const auto& item : changed.items()) config[item.key()] = item.value();
  write_file_atomically(path(kConfigFile), config.dump(2) + "\n");
}

nlohmann::json RunFolder::read_config() const {
  const auto config_path = path(kConfigFile);
  std::ifstream in(config_path);
  if (!in) throw Error(config_path, "is missing: not a run folder (or one still being created)");
  nlohmann::json config;
  try {
    in >> config;
  } catch (const nlohmann::json::exception& e) {
    // parse_error, and out_of_range for a number beyond a double (1e999).
    throw Error(config_path, std::string("is not valid JSON: ") + e.what());
  }
  if (!config.is_object()) throw Error(config_path, "is not a JSON object");
  return config;
}

void RunFolder::clear_records() const {
  for (const char* file : {kBatchesFile, kEpochsFile, kEvaluationsFile, kLsuvFile, kDriftFile,
                           kTestFile, kDiagnosticsFile, kHistogramsFile}) {
    std::error_code ec;
    fs::remove(path(file), ec);
    if (ec) throw Error(path(file), "cannot remove: " + ec.message());
  }
  for (const auto which : {Checkpoint::Last, Checkpoint::Best}) {
    std::error_code ec;
    fs::remove(checkpoint_path(which), ec);
    if (ec) throw Error(checkpoint_path(which), "cannot remove: " + ec.message());
  }
}

// The first line is the state and the reason in English, for people; the reason's code, subject
// and parameters follow (one per line, newlines as spaces), so the workbench can word it in the
// user's language.
void RunFolder::write_status(const std::string& state, const Reason& reason) const {
  const auto line = [](std::string value) {
    std::replace(value.begin(), value.end(), '\n', ' ');
    return value;
  };
  const std::string english = reason.english();
  std::string text = state + (english.empty() ? "" : ": " + line(english)) + "\n";
  if (!reason.empty()) {
    text += std::string("message: ") + message_name(reason.message.code) + "\n";
    if (!reason.subject.empty()) text += "subject: " + line(reason.subject) + "\n";
    for (const auto& arg : reason.message.args) text += "arg: " + line(arg) + "\n";
  }
  if (state == "running")
    text += "pid: " + std::to_string(::getpid()) + "\nhost: " + host_name() +
            "\nstarted: " + local_time("%Y-%m-%dT%H:%M:%S%z") + "\n";
  write_file_atomically(path(kStatusFile), text);
}

std::string RunStatus::owner() const {
  if (pid <= 0) return "another process";
  std::string text = "pid " + std::to_string(pid);
  if (!host.empty()) text += " on " + host;
  if (!started.empty()) text += " since " + started;
  return text;
}

RunStatus RunFolder::read_recorded_status() const {
  RunStatus status;
  std::ifstream in(path(kStatusFile));
  std::string line;
  std::getline(in, line);
  const auto colon = line.find(": ");
  if (!line.substr(0, colon).empty()) status.state = line.substr(0, colon);
  // Without a "message:" line (written by an older version), the first line's text.
  if (colon != std::string::npos)
    status.reason = message(MessageCode::Text, line.substr(colon + 2));
  Reason coded;
  bool has_code = false;
  while (std::getline(in, line)) {
    const auto separator = line.find(": ");
    if (separator == std::string::npos) continue;
    const auto key = line.substr(0, separator);
    const auto value = line.substr(separator + 2);
    int64_t pid = 0;
    if (key == "pid") {
      if (parse_int64(value, pid, 1).empty()) status.pid = pid;  // else unknown: left at 0
    } else if (key == "host")
      status.host = value;
    else if (key == "started")
      status.started = value;
    else if (key == "message")
      has_code = message_code(value, coded.message.code);
    else if (key == "subject")
      coded.subject = value;
    else if (key == "arg")
      coded.message.args.push_back(value);
  }
  if (has_code) status.reason = std::move(coded);
  return status;
}

RunStatus RunFolder::read_status() const {
  RunStatus status = read_recorded_status();
  if (status.state != "running" || is_locked(*this)) return status;
  status.state = "interrupted";
  status.reason = message(MessageCode::ProcessVanished, status.owner());
  return status;
}

}  // namespace allcnn::runs
