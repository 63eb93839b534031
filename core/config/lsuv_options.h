#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace allcnn::init {

/// Layer-sequential unit-variance initialization (Mishkin & Matas, 2015): when a layer counts
/// as done, how often to rescale, which layers, and the batch it measures on. The fields are
/// the rows of config/lsuv_options.def.
struct LsuvOptions {
#define ALLCNN_SETTING(type, field, default_value, ...) type field = default_value;
#include "config/lsuv_options.def"
#undef ALLCNN_SETTING
};

}  // namespace allcnn::init
