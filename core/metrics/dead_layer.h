#pragma once

// When a layer counts as dying, said once for the Trainer's warnings and for the front ends that
// mark such a layer. No torch.

namespace allcnn::metrics {

/// A layer counts as mostly dead above this share of dead channels
/// (DiagnosticsRow::dead_fraction).
inline constexpr double kMostlyDeadFraction = 0.9;

}  // namespace allcnn::metrics
