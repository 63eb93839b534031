#include "train/schedule.h"

#include <cmath>

namespace allcnn::train {

double learning_rate_at(const RunConfig& config, int64_t step, int64_t batches_per_epoch,
                        double plateau_scale) {
  const double base = config.base_learning_rate();
  const double epoch =
      static_cast<double>(step) / static_cast<double>(std::max<int64_t>(1, batches_per_epoch));
  double lr = base;
  if (config.schedule == ScheduleKind::TimeDecay) {
    lr = base / (1.0 + config.decay * static_cast<double>(step));
  } else if (config.schedule == ScheduleKind::Steps) {
    const auto whole_epochs = step / std::max<int64_t>(1, batches_per_epoch);
    for (int64_t milestone : config.milestones)
      if (whole_epochs >= milestone) lr *= config.gamma;
  } else if (config.schedule == ScheduleKind::Cosine) {
    const double total = static_cast<double>(config.epochs);
    const double t = std::min(1.0, epoch / total);
    lr = base * 0.5 * (1.0 + std::cos(M_PI * t));
  } else if (config.schedule == ScheduleKind::Plateau) {
    lr = base * plateau_scale;
  }
  if (config.warmup_epochs > 0) {
    const double warmup_steps = config.warmup_epochs * static_cast<double>(batches_per_epoch);
    if (static_cast<double>(step) < warmup_steps)
      lr *= static_cast<double>(step + 1) / std::ceil(warmup_steps);
  }
  return lr;
}

}  // namespace allcnn::train
