#include "data/dataset.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include <torch/torch.h>

#include "common/error.h"

namespace allcnn::data {

namespace fs = std::filesystem;

namespace {

const char* const kIdxTrainImages = "train-images-idx3-ubyte";
const char* const kIdxTrainLabels = "train-labels-idx1-ubyte";
const char* const kIdxTestImages = "t10k-images-idx3-ubyte";
const char* const kIdxTestLabels = "t10k-labels-idx1-ubyte";

bool is_file(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

std::vector<std::string> cifar10_train_files() {
  std::vector<std::string> names;
  for (int i = 1; i <= 5; ++i) names.push_back("data_batch_" + std::to_string(i) + ".bin");
  return names;
}

// The official archives unpack into a subfolder; accept both the folder itself and its parent.
fs::path cifar_base(const fs::path& dir, const std::string& probe, const std::string& subdir) {
  if (!is_file(dir / probe) && is_file(dir / subdir / probe)) return dir / subdir;
  return dir;
}

// The raw name when present, else the .gz one; the raw name when neither exists, so that the
// "no such file" error shows the name the documentation gives.
fs::path idx_file(const fs::path& dir, const std::string& name) {
  const fs::path raw = dir / name;
  const fs::path gz = dir / (name + ".gz");
  if (!is_file(raw) && is_file(gz)) return gz;
  return raw;
}

bool cifar_files_present(DatasetKind kind, const fs::path& dir) {
  std::vector<std::string> names;
  std::string subdir;
  if (kind == DatasetKind::Cifar10) {
    names = cifar10_train_files();
    names.push_back("test_batch.bin");
    subdir = "cifar-10-batches-bin";
  } else {
    names = {"train.bin", "test.bin"};
    subdir = "cifar-100-binary";
  }
  const fs::path base = cifar_base(dir, names.front(), subdir);
  return std::all_of(names.begin(), names.end(),
                     [&](const std::string& name) { return is_file(base / name); });
}

bool idx_files_present(const fs::path& dir) {
  for (const char* name : {kIdxTrainImages, kIdxTrainLabels, kIdxTestImages, kIdxTestLabels}) {
    if (!is_file(idx_file(dir, name))) return false;
  }
  return true;
}

void check_label_range(const torch::Tensor& labels, int64_t num_classes, const std::string& path) {
  if (labels.numel() == 0) return;
  const auto out_of_range = torch::logical_or(labels < 0, labels >= num_classes).nonzero();
  if (out_of_range.size(0) == 0) return;
  const int64_t index = out_of_range[0][0].item<int64_t>();
  throw Error(path, message(MessageCode::LabelOutOfRange, labels[index].item<int64_t>(),
                            num_classes, index));
}

Dataset read_idx_split(const fs::path& dir, const std::string& images_name,
                       const std::string& labels_name, int64_t num_classes) {
  const std::string images_path = idx_file(dir, images_name).string();
  const std::string labels_path = idx_file(dir, labels_name).string();
  Dataset split;
  split.images = read_idx_images(images_path);
  split.labels = read_idx_labels(labels_path);
  const int64_t image_count = split.images.size(0);
  const int64_t label_count = split.labels.size(0);
  if (image_count != label_count) {
    throw Error(labels_path,
                message(MessageCode::ImageLabelCounts, image_count, label_count, images_path));
  }
  check_label_range(split.labels, num_classes, labels_path);
  return split;
}

DatasetSplits load_idx(DatasetKind kind, const fs::path& dir) {
  DatasetSplits splits;
  const auto names = class_names(kind);
  const auto num_classes = static_cast<int64_t>(names.size());
  splits.train = read_idx_split(dir, kIdxTrainImages, kIdxTrainLabels, num_classes);
  splits.test = read_idx_split(dir, kIdxTestImages, kIdxTestLabels, num_classes);
  const auto& train_images = splits.train.images;
  const auto& test_images = splits.test.images;
  if (train_images.size(2) != test_images.size(2) || train_images.size(3) != test_images.size(3)) {
    throw Error(idx_file(dir, kIdxTestImages).string(),
                message(MessageCode::ImageSizesDiffer, test_images.size(2), test_images.size(3),
                        train_images.size(2), train_images.size(3)));
  }
  splits.train.class_names = names;
  splits.test.class_names = names;
  return splits;
}

DatasetSplits load_cifar(DatasetKind kind, const fs::path& dir) {
  const bool is_cifar10 = kind == DatasetKind::Cifar10;
  const auto names = class_names(kind);
  const int num_classes = static_cast<int>(names.size());
  const int label_bytes = is_cifar10 ? 1 : 2;
  const std::vector<std::string> train_names =
      is_cifar10 ? cifar10_train_files() : std::vector<std::string>{"train.bin"};
  const std::string test_name = is_cifar10 ? "test_batch.bin" : "test.bin";
  const fs::path base = cifar_base(dir, train_names.front(),
                                   is_cifar10 ? "cifar-10-batches-bin" : "cifar-100-binary");

  std::vector<std::string> train_paths;
  for (const auto& name : train_names) train_paths.push_back((base / name).string());
  DatasetSplits splits;
  splits.train = read_cifar_files(train_paths, label_bytes, num_classes);
  splits.test = read_cifar_files({(base / test_name).string()}, label_bytes, num_classes);
  splits.train.class_names = names;
  splits.test.class_names = names;
  return splits;
}

std::vector<std::string> folder_names(DatasetKind kind) {
  switch (kind) {
    case DatasetKind::Cifar10:
      return {"cifar10", "cifar-10"};
    case DatasetKind::Cifar100:
      return {"cifar100", "cifar-100"};
    case DatasetKind::FashionMnist:
      return {"fashion-mnist", "fashion_mnist"};
    case DatasetKind::Mnist:
      return {"mnist"};
    case DatasetKind::Folder:
      return {};
  }
  return {};
}

std::atomic<FolderLoader> folder_loader{nullptr};

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? std::string(value) : std::string();
}

}  // namespace

Dataset Dataset::to(torch::Device device) const {
  Dataset result;
  result.images = images.defined() ? images.to(device) : images;
  result.labels = labels.defined() ? labels.to(device) : labels;
  result.class_names = class_names;
  return result;
}

Dataset Dataset::head(int64_t count) const {
  const int64_t kept = std::clamp<int64_t>(count, 0, size());
  Dataset result;
  result.images = images.defined() ? images.narrow(0, 0, kept) : images;
  result.labels = labels.defined() ? labels.narrow(0, 0, kept) : labels;
  result.class_names = class_names;
  return result;
}

std::vector<std::string> class_names(DatasetKind kind) {
  switch (kind) {
    case DatasetKind::Cifar10:
      return {"airplane", "automobile", "bird",  "cat",  "deer",
              "dog",      "frog",       "horse", "ship", "truck"};
    case DatasetKind::Cifar100:
      // The official fine_label_names of the "meta" file, in label order.
      return {
          "apple",       "aquarium_fish", "baby",      "bear",       "beaver",       "bed",
          "bee",         "beetle",        "bicycle",   "bottle",     "bowl",         "boy",
          "bridge",      "bus",           "butterfly", "camel",      "can",          "castle",
          "caterpillar", "cattle",        "chair",     "chimpanzee", "clock",        "cloud",
          "cockroach",   "couch",         "crab",      "crocodile",  "cup",          "dinosaur",
          "dolphin",     "elephant",      "flatfish",  "forest",     "fox",          "girl",
          "hamster",     "house",         "kangaroo",  "keyboard",   "lamp",         "lawn_mower",
          "leopard",     "lion",          "lizard",    "lobster",    "man",          "maple_tree",
          "motorcycle",  "mountain",      "mouse",     "mushroom",   "oak_tree",     "orange",
          "orchid",      "otter",         "palm_tree", "pear",       "pickup_truck", "pine_tree",
          "plain",       "plate",         "poppy",     "porcupine",  "possum",       "rabbit",
          "raccoon",     "ray",           "road",      "rocket",     "rose",         "sea",
          "seal",        "shark",         "shrew",     "skunk",      "skyscraper",   "snail",
          "snake",       "spider",        "squirrel",  "streetcar",  "sunflower",    "sweet_pepper",
          "table",       "tank",          "telephone", "television", "tiger",        "tractor",
          "train",       "trout",         "tulip",     "turtle",     "wardrobe",     "whale",
          "willow_tree", "wolf",          "woman",     "worm"};
    case DatasetKind::FashionMnist:
      return {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
              "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    case DatasetKind::Mnist:
      return {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    case DatasetKind::Folder:
      return {};
  }
  return {};
}

void set_folder_loader(FolderLoader loader) { folder_loader.store(loader); }

bool folder_loader_installed() { return folder_loader.load() != nullptr; }

DatasetSplits load_dataset(DatasetKind kind, const std::string& dir, const FolderOptions& folder,
                           const LoadCallbacks& callbacks) {
  if (dir.empty()) throw Error(config::choice_name(kind), message(MessageCode::NoDatasetFolder));
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(dir, message(MessageCode::NoSuchFolder));
  switch (kind) {
    case DatasetKind::Folder: {
      const FolderLoader loader = folder_loader.load();
      if (loader == nullptr)
        throw Error(dir,
                    "image-folder datasets need OpenCV, and this build has none "
                    "(built with ALLCNN_BUILD_VISION=OFF)");
      config::validate(folder);
      return loader(dir, folder, callbacks);
    }
    case DatasetKind::Cifar10:
    case DatasetKind::Cifar100:
      return load_cifar(kind, dir);
    case DatasetKind::FashionMnist:
    case DatasetKind::Mnist:
      return load_idx(kind, dir);
  }
  throw Error(dir, "unknown dataset kind");
}

bool dataset_files_present(DatasetKind kind, const std::string& dir) {
  if (dir.empty()) return false;
  if (kind == DatasetKind::Folder) {
    std::error_code ec;
    return fs::is_directory(dir, ec);
  }
  if (kind == DatasetKind::Cifar10 || kind == DatasetKind::Cifar100) {
    return cifar_files_present(kind, dir);
  }
  return idx_files_present(dir);
}

std::string find_dataset_dir(DatasetKind kind) {
  if (kind == DatasetKind::Folder) return {};
  std::vector<fs::path> candidates;
  const std::string data_dir = env_or_empty("ALLCNN_DATA_DIR");
  const auto names = folder_names(kind);
  if (!data_dir.empty()) {
    for (const auto& name : names) candidates.push_back(fs::path(data_dir) / name);
    candidates.push_back(data_dir);
  }
  for (const auto& name : names) candidates.push_back(fs::path("/usr/share/datasets") / name);
  std::string cache_dir = env_or_empty("XDG_CACHE_HOME");
  if (cache_dir.empty() && !env_or_empty("HOME").empty()) {
    cache_dir = (fs::path(env_or_empty("HOME")) / ".cache").string();
  }
  if (!cache_dir.empty()) {
    for (const auto& name : names) {
      candidates.push_back(fs::path(cache_dir) / "allcnn" / "datasets" / name);
    }
  }
  for (const auto& candidate : candidates) {
    if (dataset_files_present(kind, candidate.string())) return candidate.string();
  }
  return {};
}

DatasetKind default_dataset_kind() {
  return find_dataset_dir(DatasetKind::Cifar10).empty() ? DatasetKind::FashionMnist
                                                        : DatasetKind::Cifar10;
}

std::string resolve_dataset_dir(DatasetKind kind, const std::string& dir) {
  if (!dir.empty()) return dir;
  if (kind == DatasetKind::Folder)
    throw Error("data_dir", message(MessageCode::ImageFolderNeedsFolder));
  std::string found = find_dataset_dir(kind);
  if (found.empty())
    throw Error("data_dir", message(MessageCode::DatasetNotFound, config::choice_name(kind)));
  return found;
}

}  // namespace allcnn::data
