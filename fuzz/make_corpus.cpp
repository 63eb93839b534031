// Writes the seed corpus of every fuzz target into OUT/<target>/: small valid files made with
// the project's own writers (and OpenCV's encoders), plus a few classic near-misses. Checkpoints
// given as further arguments (real ones, written by `allcnn train`) are added to both
// checkpoint targets. Usage: fuzz_make_corpus OUT [CHECKPOINT...]  (scripts/fuzz --corpus)

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

#include <zlib.h>
#include <nlohmann/json.hpp>

#ifdef ALLCNN_CORPUS_IMAGES
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#endif

#include "common/checkpoint_builder.h"
#include "common/tiff_builder.h"
#include "common/zip_reader.h"
#include "config/provenance.h"
#include "config/run_config.h"
#include "config/settings_table.h"
#include "init/lsuv_trace.h"
#include "runs/long_csv.h"
#include "runs/run_folder.h"
#include "runs/run_writer.h"

namespace fs = std::filesystem;
using namespace allcnn;

namespace {

fs::path out_dir;

void seed(const std::string& target, const std::string& name, const std::string& bytes) {
  const fs::path dir = out_dir / target;
  fs::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary) << bytes;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string gzip(const std::string& bytes) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, static_cast<uLong>(bytes.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(out.size() - z.avail_out);
  deflateEnd(&z);
  return out;
}

std::string idx(const std::vector<uint32_t>& dims) {
  std::string b = {0, 0, 8, static_cast<char>(dims.size())};
  size_t count = 1;
  for (uint32_t d : dims) {
    for (int shift = 24; shift >= 0; shift -= 8) b += static_cast<char>(d >> shift & 0xff);
    count *= d;
  }
  for (size_t i = 0; i < count; ++i) b += static_cast<char>(i * 37 % 256);
  return b;
}

void idx_seeds() {
  seed("fuzz_idx", "images", idx({2, 3, 3}));
  seed("fuzz_idx", "labels", idx({5}));
  seed("fuzz_idx", "images.gz", gzip(idx({2, 3, 3})));
  seed("fuzz_idx", "labels.gz", gzip(idx({5})));
  seed("fuzz_idx", "two-members.gz", gzip(idx({4})) + gzip(std::string(4, '\1')));
  seed("fuzz_idx", "truncated", idx({2, 3, 3}).substr(0, 20));
}

void cifar_seeds() {
  std::string ten, hundred;
  for (int r = 0; r < 2; ++r) {
    ten += static_cast<char>(r + 3);
    hundred += std::string{static_cast<char>(r), static_cast<char>(r * 40 + 7)};
    for (int i = 0; i < 3072; ++i) {
      ten += static_cast<char>((i + r) % 251);
      hundred += static_cast<char>((i * 3 + r) % 253);
    }
  }
  seed("fuzz_cifar", "cifar10", ten);
  seed("fuzz_cifar", "cifar100", hundred);
  seed("fuzz_cifar", "partial", ten.substr(0, 3080));
}

void image_seeds() {
  for (const char* target : {"fuzz_image_header", "fuzz_image_decode"}) {
    seed(target, "tiled.tif", testing::tiled_tiff(16));
    seed(target, "tile-bomb.tif", testing::tiled_tiff(16384));
    seed(target, "big-endian.tif",
         testing::tiff({{256, 3, 8},
                        {257, 3, 8},
                        {258, 3, 8},
                        {259, 3, 8},
                        {262, 3, 1},
                        {277, 3, 1},
                        {322, 3, 16},
                        {323, 3, 16}},
                       true));
  }
#ifdef ALLCNN_CORPUS_IMAGES
  cv::Mat image(12, 10, CV_8UC3);
  for (int y = 0; y < image.rows; ++y)
    for (int x = 0; x < image.cols; ++x)
      image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 25), uchar(y * 20), uchar((x + y) % 2 * 200));
  for (const char* ext : {".png", ".jpg", ".bmp", ".webp", ".tif"}) {
    std::vector<uchar> encoded;
    cv::imencode(ext, image, encoded);
    const std::string bytes(encoded.begin(), encoded.end());
    seed("fuzz_image_header", std::string("small") + ext, bytes);
    seed("fuzz_image_decode", std::string("small") + ext, bytes);
  }
  std::vector<uchar> gray;
  cv::imencode(".png", cv::Mat(5, 7, CV_16UC1, cv::Scalar(4000)), gray);
  seed("fuzz_image_decode", "gray16.png", std::string(gray.begin(), gray.end()));
#endif
}

void history_seeds() {
  seed("fuzz_keras_history", "csvlogger.csv",
       "epoch,acc,loss,lr,val_acc,val_loss\n0,0.41,1.62,0.01,0.52,1.31\n1,0.58,1.17,0.01,NA,"
       "1.08\n2,0.63,inf,0.001,0.66,nan\n");
  seed("fuzz_keras_history", "pandas.csv",
       ",acc,loss,val_acc,val_loss\n0,0.1,2.3,0.1,2.3\n1,0.25,2.0,,1.9\n");
  seed("fuzz_keras_history", "accuracy.csv",
       "\"epoch\",\"accuracy\",\"loss\",\"val_accuracy\",\"val_loss\"\r\n0,0.5,1e-3,0.5,1\r\n");
  seed("fuzz_keras_history", "sheet-percent.csv",
       "\xEF\xBB\xBF\"x\";\"training\";\"validation \"\"%\"\"\"\r\n1;41,5;38\r\n2;\"62.25\";55.5\r"
       "3; 80 ;71.75\r\n");
  std::vector<runs::LongRow> rows = {{"run-a", "batch_loss", 0, 0.0, 0.25, 2.31},
                                     {"run \"b\", quoted", "val_accuracy", -1, 1.0,
                                      std::numeric_limits<double>::quiet_NaN(), 0.625},
                                     {"c", "learning_rate", 12, 0.5, 3.5, 1e-4}};
  seed("fuzz_long_csv", "export.csv", runs::write_long_csv(rows));
}

// config.json: the defaults, one with a value changed in every group (set through the table's
// own parser), and a run folder's with its provenance.
void config_seeds() {
  const train::RunConfig defaults;
  seed("fuzz_config", "defaults.json", nlohmann::json(defaults).dump(2));
  train::RunConfig changed;
  for (const auto& [key, text] :
       std::vector<std::pair<std::string, std::string>>{{"arch", "strided-cnn-c"},
                                                        {"width", "0.25"},
                                                        {"bn", "true"},
                                                        {"init", "he-uniform"},
                                                        {"optimizer", "adam"},
                                                        {"lr", "0.001"},
                                                        {"schedule", "steps"},
                                                        {"milestones", "200,250,300"},
                                                        {"augment", "shift,flip,zca"},
                                                        {"seed", "42"},
                                                        {"lsuv_layers", "conv1,conv2"},
                                                        {"train_limit", "256"},
                                                        {"device", "cuda:1"}})
    config::setting(key).parse(changed, text);
  seed("fuzz_config", "changed.json", nlohmann::json(changed).dump());
  const fs::path dir = fs::temp_directory_path() / "allcnn-fuzz-corpus-config";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "config.json") << "{}";
  config::Provenance provenance;
  provenance.torch_version = "1.13.1";
  provenance.device = "cpu";
  provenance.parameters = 1369738;
  provenance.learning_rate = 0.01;
  runs::RunFolder::open(dir.string()).write_config(nlohmann::json(changed), provenance);
  seed("fuzz_config", "run-folder.json", read(dir / "config.json"));
  fs::remove_all(dir);
}

void run_folder_seeds() {
  const fs::path dir = fs::temp_directory_path() / "allcnn-fuzz-corpus-run";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "config.json") << R"({"arch": "all-cnn-c", "init": "lsuv", "epochs": 2})";
  {
    const auto folder = runs::RunFolder::open(dir.string());
    runs::RunWriter writer(folder);
    for (int64_t step = 0; step < 4; ++step) {
      metrics::BatchMetrics m;
      m.step = step;
      m.epoch = step / 2;
      m.batch = step % 2;
      m.loss = 2.3 - 0.1 * double(step);
      m.accuracy = 0.125 * double(step);
      m.learning_rate = 0.01;
      m.images_per_second = 812.5;
      m.elapsed_s = 0.25 * double(step);
      writer.append_batch(m);
    }
    metrics::EpochMetrics e;
    e.epoch = 0;
    e.train_loss = 2.1;
    e.train_accuracy = 0.3;
    e.validation = {1.9, 0.4, {0.5, 0.25}, {1, 1, 2, 1}, 5};
    e.learning_rate = 0.01;
    e.elapsed_s = 1.5;
    e.best = true;
    writer.append_epoch(e);
    writer.append_drift(-1, {{"conv1", 1.0, 0.01, 0.5}, {"conv2", 0.98, -0.02, 0.49}});
    init::LsuvTrace trace;
    init::LsuvLayerTrace layer;
    layer.layer = "conv1";
    layer.steps = {{0, 2.5, 0.1, 0.632, 1.5}, {1, 1.0, 0.0, 1.0, 2.5}};
    layer.variance_before = 2.5;
    layer.variance_after = 1.0;
    layer.converged = true;
    trace.layers.push_back(layer);
    init::LsuvLayerTrace skipped;
    skipped.layer = "conv9";
    skipped.layer_index = 8;
    skipped.skipped = true;
    skipped.skip_reason = "fewer than 32 outputs per sample";
    trace.layers.push_back(skipped);
    writer.write_lsuv(trace);
    folder.write_status("stopped", message(MessageCode::StoppedAt, 1, 2));
  }
  std::string packed;
  for (const char* name : {"config.json", "status", "batches.csv", "epochs.csv", "drift.csv",
                           "lsuv.csv", "evaluations.jsonl"})
    packed += read(dir / name) + "@@@\n";
  seed("fuzz_run_folder", "run", packed);
  seed("fuzz_run_folder", "torn", packed.substr(0, packed.find("1,0,1,") + 4));
  fs::remove_all(dir);
}

// The member-record form of fuzz_checkpoint_members.
std::string as_records(const std::vector<testing::ZipMember>& members) {
  std::string out;
  for (const auto& m : members) {
    out += static_cast<char>(m.name.size());
    out += m.name;
    for (int shift = 0; shift < 32; shift += 8)
      out += static_cast<char>(m.data.size() >> shift & 0xff);
    out += m.data;
  }
  return out;
}

void checkpoint_seeds(const std::vector<std::string>& real) {
  const testing::CheckpointParts minimal;
  seed("fuzz_checkpoint_archive", "minimal.pt", testing::zip(minimal.members()));
  seed("fuzz_checkpoint_members", "minimal", as_records(minimal.members()));
  for (size_t i = 0; i < real.size(); ++i) {
    const std::string bytes = read(real[i]);
    seed("fuzz_checkpoint_archive", "real-" + std::to_string(i) + ".pt", bytes);
    const ZipReader zip(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), real[i]);
    std::vector<testing::ZipMember> members;
    for (const auto& entry : zip.entries()) {
      const auto data = zip.contents(entry, entry.size);
      members.push_back({entry.name, std::string(data.begin(), data.end())});
    }
    seed("fuzz_checkpoint_members", "real-" + std::to_string(i), as_records(members));
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: fuzz_make_corpus OUT [CHECKPOINT...]\n";
    return 2;
  }
  out_dir = argv[1];
  try {
    idx_seeds();
    cifar_seeds();
    image_seeds();
    history_seeds();
    config_seeds();
    run_folder_seeds();
    checkpoint_seeds(std::vector<std::string>(argv + 2, argv + argc));
  } catch (const std::exception& e) {
    std::cerr << "fuzz_make_corpus: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
