#pragma once

#include <cstdint>

#include "config/choices.h"

namespace allcnn::nn {

/// The network's shape: which of the four, how wide, batch norm, dropout, and the input and
/// output sizes (which a run fills from its dataset). The fields, their defaults and their
/// documentation are the rows of config/model_options.def.
struct ModelOptions {
#define ALLCNN_SETTING(type, field, default_value, ...) type field = default_value;
#include "config/model_options.def"
#undef ALLCNN_SETTING
};

}  // namespace allcnn::nn
