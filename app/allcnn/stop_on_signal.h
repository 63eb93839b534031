#pragma once

#include "train/trainer.h"

namespace allcnn::cli {

/// While it lives, SIGINT and SIGTERM set `control.stop` instead of ending the process: the
/// Trainer stops within one batch and writes its checkpoint, so the run can be resumed. One at
/// a time; the handlers go back to the defaults when it is destroyed.
class StopOnSignal {
 public:
  explicit StopOnSignal(train::RunControl& control);
  ~StopOnSignal();
  StopOnSignal(const StopOnSignal&) = delete;
  StopOnSignal& operator=(const StopOnSignal&) = delete;
};

}  // namespace allcnn::cli
