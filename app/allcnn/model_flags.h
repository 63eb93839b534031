#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "nn/model.h"

namespace allcnn::cli {

/// The model flags shared by several subcommands (--arch, --width, --bn, --no-dropout).
struct ModelFlags {
  std::string arch = "all-cnn-c";
  double width = 1.0;
  bool batch_norm = false;
  bool no_dropout = false;

  void add_to(CLI::App& command) {
    command.add_option("--arch", arch, "model-c, strided-cnn-c, convpool-cnn-c or all-cnn-c")
        ->capture_default_str();
    command.add_option("--width", width, "width multiplier of the hidden channels")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    command.add_flag("--bn", batch_norm, "batch norm after every convolution");
    command.add_flag("--no-dropout", no_dropout, "no dropout layers");
  }

  nn::ModelOptions options() const {
    nn::ModelOptions o;
    o.arch = nn::architecture_from_string(arch);
    o.width = width;
    o.batch_norm = batch_norm;
    o.dropout = !no_dropout;
    return o;
  }
};

}  // namespace allcnn::cli
