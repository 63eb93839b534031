#pragma once

// config.json from text rather than a file: what load_config does after reading the file, for
// readers that already hold the bytes (the fuzz target fuzz/fuzz_config.cpp). Torch-free.

#include <string>

#include "config/run_config.h"

namespace allcnn::train {

/// Reads config.json's text on top of the defaults; throws allcnn::Error(source, reason), the
/// reason naming the key (or saying the text is not valid JSON). Any thread.
RunConfig config_from_text(const std::string& text, const std::string& source);

}  // namespace allcnn::train
