#pragma once

#include <cstdint>
#include <string>
#include <vector>

// Torch-free: what `allcnn data get` downloads, from where, and how to check it.

namespace allcnn::fetch {

/// One file on a server: its name there and in the data folder, its size and SHA-256.
struct RemoteFile {
  std::string name;  ///< the last part of the URL, and the local file name
  uint64_t bytes = 0;
  std::string sha256;  ///< lower-case hex
};

/// A file an archive unpacks to, relative to the data folder, and its exact size.
struct UnpackedFile {
  std::string path;
  uint64_t bytes = 0;
};

/// How one dataset is fetched: the official URLs, sizes and SHA-256 sums (as TensorFlow
/// Datasets' url_checksums publish them), and what a complete copy looks like on disk.
struct DatasetDownload {
  std::string name;      ///< "cifar10", "cifar100", "fashion-mnist", "mnist"
  std::string base_url;  ///< the official folder; each file's URL is base_url + name
  std::vector<RemoteFile> files;
  /// True: each file is a tar.gz archive, unpacked into the data folder and then removed.
  /// False: the files are kept as downloaded (the IDX readers read .gz directly).
  bool unpack = false;
  /// For unpacked archives: the files a complete copy holds (the archive's checksum cannot be
  /// checked once it is gone, so their exact sizes are).
  std::vector<UnpackedFile> unpacked;
};

/// The catalog entry of `name`; throws allcnn::Error naming the dataset for an unknown one.
const DatasetDownload& dataset_download(const std::string& name);
/// "cifar10", "cifar100", "fashion-mnist", "mnist".
std::vector<std::string> downloadable_datasets();

}  // namespace allcnn::fetch
