#pragma once

#include <cstdint>
#include <vector>

#include <torch/types.h>

#include "data/dataset.h"

namespace allcnn::data {

/// The training images a run trains on, and those it holds out to evaluate each epoch on.
struct ValidationSplit {
  Dataset train;
  Dataset validation;
};

/// Which of the samples labelled `labels` (int64 [N], each in [0, classes)) make up a validation
/// split of `count`, in increasing order. Stratified: each class gives its share of `count` in
/// proportion to its size (largest remainders first, ties to the lower class), chosen within the
/// class by seeded_sample() from one mt19937_64 seeded from `seed`, class after class. A pure
/// function of its arguments: the same split on every machine and on every resume. Throws
/// allcnn::Error naming the "validation" setting when `count` leaves no training image, or no
/// training image of a class that has some.
std::vector<int64_t> validation_indices(const torch::Tensor& labels, int64_t classes, int64_t count,
                                        uint64_t seed);

/// Splits `train` by validation_indices(); both parts keep the original order of their samples.
/// `count` 0 leaves `train` whole and the validation split empty.
ValidationSplit split_validation(const Dataset& train, int64_t count, uint64_t seed);

}  // namespace allcnn::data
