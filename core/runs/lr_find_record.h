#pragma once

// A learning-rate range test as its folder records it, and the analysis of its curve: the range
// of rates it tried, the loss at each, the suggested rate. No torch: the test itself (which
// trains) is train/lr_find.h; the CLI and the workbench read tests back through here.

#include <cstdint>
#include <string>
#include <vector>

#include "metrics/rows.h"
#include "runs/run_folder.h"

namespace allcnn::runs {

/// The rates a range test tries: batch `step` of `steps` trains at
/// start_lr * (end_lr / start_lr)^(step / (steps - 1)), an even spread on a log axis.
struct LrRange {
  double start_lr = 1e-6;
  double end_lr = 1.0;
  int64_t steps = 200;

  /// The most batches a test may take, and the fewest that give a curve to read.
  static constexpr int64_t kMinSteps = 20;
  static constexpr int64_t kMaxSteps = 100000;

  double rate_at(int64_t step) const;
  /// Throws allcnn::Error("start_lr" / "end_lr" / "steps", why) for rates that are not
  /// positive and finite, a start not below the end, or steps outside [kMinSteps, kMaxSteps].
  void validate() const;
};

/// What a finished (or stopped) curve suggests.
struct LrSuggestion {
  /// Index into the points of the suggested rate: where the smoothed loss falls fastest
  /// against log(learning rate), before its minimum. -1 when the loss never fell.
  int64_t index = -1;
  double learning_rate = 0.0;
  /// Index and rate of the lowest smoothed loss (-1 without points).
  int64_t minimum_index = -1;
  double minimum_learning_rate = 0.0;

  bool found() const { return index >= 0; }
};

/// The loss averaged over the `half_window` points on either side of each point (fewer at
/// the ends): a centred average, so a falling stretch is not shifted to higher rates as a
/// running average would shift it. Returns one value per loss.
std::vector<double> smooth_losses(const std::vector<double>& losses, int64_t half_window);
/// The half window the test smooths with: steps / 40, at least 2 (5 for 200 batches, about a
/// sixth of a decade over 7 decades).
int64_t smoothing_half_window(int64_t steps);
/// Fills each point's smoothed_loss from the losses (smooth_losses).
void smooth_points(std::vector<metrics::LrPoint>& points, int64_t half_window);

/// The steepest descent of the points' smoothed_loss against log10(learning_rate), measured
/// across `half_window` points on either side, among the points before the minimum. No
/// suggestion when there are fewer than 2 * half_window + 3 points, or the minimum is not at
/// least 2% below where the curve starts.
LrSuggestion suggest_learning_rate(const std::vector<metrics::LrPoint>& points,
                                   int64_t half_window);

/// `rate` to two significant digits (0.0123 -> 0.012): as precise as a suggestion can be, and
/// what a person types.
double rounded_rate(double rate);

/// A range test's folder read back.
struct LrFindRecord {
  std::string dir;
  LrRange range;
  std::vector<metrics::LrPoint> points;
  LrSuggestion suggestion;
  bool diverged = false;  ///< ended early because the loss ran away (the usual ending)
  RunStatus status;       ///< finished, stopped or failed, and why
};

/// Writes lr_find.csv and lr_find.json into `folder` (each atomically): the points, the range,
/// the suggestion and whether the loss diverged. Throws allcnn::Error naming the file (a full
/// disk).
void write_lr_find(const RunFolder& folder, const LrFindRecord& record);

/// Reads a range test's folder. Throws allcnn::Error naming the file when it is not one (no
/// config.json with an "lr_find" range), or a file is malformed.
LrFindRecord read_lr_find(const std::string& dir);

/// The range tests of a runs folder (the folders in `runs_dir`/lr-find with a config.json),
/// sorted by name; none when that folder does not exist.
std::vector<std::string> list_lr_finds(const std::string& runs_dir);

/// The config.json key of a range test's range: {"start_lr", "end_lr", "steps"}.
inline constexpr const char* kLrFindKey = "lr_find";

}  // namespace allcnn::runs
