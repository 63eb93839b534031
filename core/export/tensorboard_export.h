#pragma once

#include <string>

namespace allcnn::exporting {

/// Writes the scalars of the run folder `run_dir` as a TensorBoard event file in `out_dir`
/// (default: <run_dir>/export/tensorboard), for `tensorboard --logdir`:
///   batch/loss, batch/accuracy, batch/learning_rate    at each batch's global step;
///   epoch/train_loss, epoch/train_accuracy, epoch/validation_loss,
///   epoch/validation_accuracy, epoch/learning_rate      at the epoch's number (1, 2, ...);
///   a run without a validation split has epoch/test_loss and epoch/test_accuracy instead.
/// Wall times are the run's start (config.json "created") plus each row's elapsed time. The
/// file name is fixed per run, so exporting again replaces the file. Returns its path. Works on
/// a live run (what is written so far). Throws allcnn::Error naming the run or the file.
std::string export_tensorboard(const std::string& run_dir, const std::string& out_dir = {});

}  // namespace allcnn::exporting
