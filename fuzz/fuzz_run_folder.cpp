// A whole run folder read back (config.json, status, batches.csv, epochs.csv, drift.csv,
// lsuv.csv, evaluations.jsonl) through runs::read_run, the reader of the compare page, the
// inspectors and `allcnn eval`. The input holds the files one after another, each ended by a
// line "@@@" (a file left out is absent); they are written to a folder in memory (/dev/shm).

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_common.h"
#include "runs/run_reader.h"

namespace {

const char* const kFiles[] = {"config.json", "status",   "batches.csv",      "epochs.csv",
                              "drift.csv",   "lsuv.csv", "evaluations.jsonl"};

std::string folder() {
  namespace fs = std::filesystem;
  const fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
  const fs::path dir = base / ("allcnn-fuzz-run-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir.string();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace allcnn;
  static const std::string dir = folder();
  const std::string input = fuzz::text(data, size);
  size_t at = 0;
  for (const char* name : kFiles) {
    const std::string path = dir + "/" + name;
    std::remove(path.c_str());
    if (at > input.size()) continue;
    size_t end = input.find("@@@\n", at);
    if (end == std::string::npos) end = input.size();
    if (end > at) std::ofstream(path, std::ios::binary) << input.substr(at, end - at);
    at = end + 4;
  }
  fuzz::refused_or_read([&] { runs::read_run(dir); });
  return 0;
}
