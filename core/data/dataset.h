#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <torch/types.h>

#include "common/message.h"
#include "config/choices.h"
#include "config/folder_options.h"

namespace allcnn::data {

/// A labelled image set held in memory, in the layout the network sees.
struct Dataset {
  torch::Tensor images;  ///< uint8, [N, C, H, W], channel planes in R, G, B order
  torch::Tensor labels;  ///< int64, [N], each in [0, class_names.size())
  std::vector<std::string> class_names;

  int64_t size() const { return labels.defined() ? labels.size(0) : 0; }
  int64_t channels() const { return images.size(1); }
  int64_t height() const { return images.size(2); }
  int64_t width() const { return images.size(3); }
  /// The first `count` samples (a view; count larger than size() keeps everything).
  Dataset head(int64_t count) const;
  /// The same images and labels on `device` (a copy, unless they are there already): a dataset
  /// resident on the GPU is batched, augmented and evaluated there without host transfers.
  Dataset to(torch::Device device) const;
};

struct DatasetSplits {
  Dataset train;
  Dataset test;
};

/// Class names of a built-in dataset kind, in label order (empty for Folder: its folder names
/// them).
std::vector<std::string> class_names(DatasetKind kind);

/// What a slow load (decoding an image folder) reports while it works. Called on the thread
/// that called load_dataset(); either may be empty.
struct LoadCallbacks {
  /// `done` of `total` files decoded. Returning false cancels the load: it stops within a few
  /// files and throws allcnn::Error ("... cancelled").
  std::function<bool(int64_t done, int64_t total)> on_progress;
  /// What it found and did: counts, skipped files, the cache it read or wrote.
  std::function<void(const Message&)> on_message;
};

/// Reads an image-folder dataset; see vision::load_image_folder.
using FolderLoader = DatasetSplits (*)(const std::string& dir, const FolderOptions& options,
                                       const LoadCallbacks& callbacks);
/// Installs the image-folder reader. core/ does not link OpenCV, so core/vision installs it
/// (vision::register_folder_datasets()), once at start-up in each main that has it; until then
/// a Folder dataset is an error saying so. Thread-safe.
void set_folder_loader(FolderLoader loader);
bool folder_loader_installed();

/// Reads both splits of `kind` from `dir`. Folder: `dir` holds one subfolder per class (or
/// train/ and test/ holding them), read as `folder` says and reported through `callbacks`.
/// The built-in kinds ignore both; `dir` holds the official files:
///  - CIFAR-10: data_batch_1.bin .. data_batch_5.bin, test_batch.bin (3073-byte records),
///    directly in `dir` or in `dir`/cifar-10-batches-bin;
///  - CIFAR-100: train.bin, test.bin (3074-byte records; the fine label is used), directly in
///    `dir` or in `dir`/cifar-100-binary;
///  - MNIST / Fashion-MNIST: train-images-idx3-ubyte, train-labels-idx1-ubyte,
///    t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each raw or with .gz appended.
/// Every failure throws allcnn::Error naming the file and the reason.
DatasetSplits load_dataset(DatasetKind kind, const std::string& dir,
                           const FolderOptions& folder = {}, const LoadCallbacks& callbacks = {});

/// The folder where `kind` is looked for when the user names none: $ALLCNN_DATA_DIR/<name>,
/// $ALLCNN_DATA_DIR itself, then the system locations (Debian's dataset-fashion-mnist installs
/// /usr/share/datasets/fashion-mnist), then ${XDG_CACHE_HOME:-~/.cache}/allcnn/datasets/<name>.
/// <name> is config::choice_name(kind) or its dashed/underscored spelling ("cifar-10",
/// "fashion_mnist"). A folder counts only when dataset_files_present() holds for it. Returns an
/// empty string when nothing is found (always for Folder, which is never looked for).
std::string find_dataset_dir(DatasetKind kind);

/// Whether `dir` holds every file load_dataset() needs for a built-in `kind` (it does not read
/// them); for Folder, whether `dir` is a folder.
bool dataset_files_present(DatasetKind kind, const std::string& dir);

/// CIFAR-10 where it is found, else Fashion-MNIST.
DatasetKind default_dataset_kind();

/// `dir` when given, else find_dataset_dir(kind); throws allcnn::Error naming data_dir when
/// the dataset is nowhere to be found.
std::string resolve_dataset_dir(DatasetKind kind, const std::string& dir);

// The readers behind load_dataset, public so tests and tools can read single files.

/// Reads CIFAR binary record files: `label_bytes` is 1 (CIFAR-10) or 2 (CIFAR-100: coarse,
/// fine; the fine label is kept). Images are 3x32x32. The files are concatenated in order.
/// class_names are CIFAR-10's for (1, 10), CIFAR-100's for (2, 100), else "0", "1", ...
Dataset read_cifar_files(const std::vector<std::string>& paths, int label_bytes, int num_classes);

/// Reads an IDX image file (magic 0x00000803, [N, rows, cols]) as [N, 1, rows, cols]; raw or
/// gzip-compressed (detected from the content, not the name).
torch::Tensor read_idx_images(const std::string& path);
/// Reads an IDX label file (magic 0x00000801, [N]) as int64 [N].
torch::Tensor read_idx_labels(const std::string& path);

}  // namespace allcnn::data
