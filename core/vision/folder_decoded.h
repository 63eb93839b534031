#pragma once

#include <string>
#include <vector>

#include <torch/types.h>

#include "config/folder_options.h"
#include "data/dataset.h"
#include "vision/folder_listing.h"

namespace allcnn::vision {

/// A file of the folder that could not be used, and why.
struct SkippedFile {
  std::string path;  ///< relative to the dataset folder
  std::string reason;
};

/// Every readable image of an image folder, decoded and fitted, before classes without
/// training images are dropped and the pool is split: what the cache file holds.
struct DecodedFolder {
  torch::Tensor images;                  ///< uint8 [N, C, S, S], R, G, B planes or one grey
  torch::Tensor labels;                  ///< int64 [N], into class_names
  std::vector<Subset> subsets;           ///< N entries
  std::vector<std::string> class_names;  ///< the listing's, all of them
  std::vector<SkippedFile> skipped;      ///< unreadable files, in listing order
  std::string fingerprint;               ///< of the listing that was decoded
  bool has_test_folder = false;
  int64_t converted = 0;  ///< images whose channel count was converted to the common one
};

/// Drops the classes without training images (their test images too) and splits the pool by
/// options.test_fraction, stratified: per class, a draw (data::seeded_sample) seeded by
/// options.split_seed holds out round(fraction * count) images (at least one, and at least one left
/// to train on, when the class has two or more). Labels are renumbered over the kept classes.
/// Warnings (dropped classes, classes without test images) go to `callbacks.on_message`. Throws
/// allcnn::Error naming `dir` when fewer than two classes or no test images remain.
data::DatasetSplits split_decoded_folder(const DecodedFolder& decoded,
                                         const data::FolderOptions& options, const std::string& dir,
                                         const data::LoadCallbacks& callbacks);

}  // namespace allcnn::vision
