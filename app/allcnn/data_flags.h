#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "common/error.h"
#include "data/augment.h"
#include "data/dataset.h"

namespace allcnn::cli {

/// --dataset and --data-dir, shared by the subcommands that read data.
struct DataFlags {
  std::string dataset;  // empty: CIFAR-10 where found, else Fashion-MNIST
  std::string data_dir;

  void add_to(CLI::App& command) {
    command.add_option("--dataset", dataset,
                       "cifar10, cifar100, fashion-mnist or mnist (default: cifar10 where found, "
                       "else fashion-mnist)");
    command.add_option("--data-dir", data_dir,
                       "folder holding the dataset's files (default: $ALLCNN_DATA_DIR, then the "
                       "system locations)");
  }

  data::DatasetKind kind() const {
    return dataset.empty() ? data::default_dataset_kind() : data::dataset_kind_from_string(dataset);
  }

  data::DatasetSplits load() const {
    const auto k = kind();
    return data::load_dataset(k, data::resolve_dataset_dir(k, data_dir));
  }
};

}  // namespace allcnn::cli
