#include "train/epoch_watch.h"

namespace allcnn::train {

EpochVerdict watch_epoch(const RunConfig& config, TrainingPosition& position, double accuracy) {
  EpochVerdict verdict;
  auto& p = position;
  if (accuracy > p.best_accuracy) {
    verdict.best = true;
    p.best_accuracy = accuracy;
    p.best_epoch = p.epoch;
    p.plateau_wait = 0;
  } else {
    ++p.plateau_wait;
  }
  if (config.schedule == ScheduleKind::Plateau && p.plateau_wait > config.plateau_patience) {
    p.plateau_scale *= config.plateau_factor;
    p.plateau_wait = 0;
    verdict.reduced = true;
  }
  verdict.stop = config.early_stop > 0 && p.epoch - p.best_epoch >= config.early_stop;
  return verdict;
}

}  // namespace allcnn::train
