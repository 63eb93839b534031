#pragma once

// The learning-rate range test (L. Smith, "Cyclical Learning Rates for Training Neural
// Networks", 2017): a fresh model trains for a few hundred batches while the learning rate
// grows exponentially, and the loss against the rate shows which rates learn (the loss falls),
// which learn fastest, and where training diverges.

#include <atomic>
#include <cstdint>
#include <functional>

#include "common/message.h"
#include "config/run_config.h"
#include "runs/lr_find_record.h"

namespace allcnn::train {

/// Called on the test's thread; keep them short. Any may be empty.
struct LrFindCallbacks {
  /// After each batch. Its smoothed_loss is the running average so far (the record returned at
  /// the end holds the centred average, smooth_points()).
  std::function<void(const metrics::LrPoint&)> on_point;
  /// Progress for people, as the Trainer's (loading the data, LSUV, the suggestion).
  std::function<void(const Message&)> on_message;
  /// Decoding an image-folder dataset; returning false cancels (the function then throws).
  std::function<bool(int64_t done, int64_t total)> on_load_progress;
};

/// Runs a range test of `config`: its dataset (limits and validation split too), model,
/// initializer (LSUV included), optimizer, batch size and augmentation, with the learning rate
/// of `range` instead of its own rate and schedule. Ends after range.steps batches, when the
/// loss diverges (not finite, or its running average above 4 times its lowest), or when `stop`
/// is set, and records the test in a new folder `config.runs_dir`/lr-find/<name> (config.name,
/// else lr-find-<arch>-<init>-<optimizer>-<time>). Returns the record, the suggestion worked
/// out. Throws allcnn::Error for a bad config, range or dataset (nothing is written then); a
/// failure while training is recorded as the folder's status and returned in the record.
runs::LrFindRecord find_learning_rate(RunConfig config, const runs::LrRange& range,
                                      LrFindCallbacks callbacks = {},
                                      const std::atomic<bool>* stop = nullptr);

}  // namespace allcnn::train
