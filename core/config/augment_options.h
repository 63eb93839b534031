#pragma once

#include "config/choices.h"

namespace allcnn::data {

/// Which augmentations and preprocessing steps are on, and their parameters. The fields are
/// the rows of config/augment_options.def.
struct AugmentOptions {
#define ALLCNN_SETTING(type, field, default_value, ...) type field = default_value;
#include "config/augment_options.def"
#undef ALLCNN_SETTING

  /// Random translation with zero padding, up to shift_fraction of the size on each axis.
  bool shift() const { return transforms.has(Augmentation::Shift); }
  /// Random horizontal flip, probability 0.5.
  bool flip() const { return transforms.has(Augmentation::Flip); }
  /// Featurewise: subtract the training mean, divide by its std.
  bool normalize() const { return transforms.has(Augmentation::Normalize); }
  /// ZCA whitening fitted on the training set.
  bool zca() const { return transforms.has(Augmentation::Zca); }
};

}  // namespace allcnn::data
