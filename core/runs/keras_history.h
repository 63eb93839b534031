#pragma once

#include <string>

#include "runs/run_reader.h"

namespace allcnn::runs {

/// Reads a Keras training history CSV as a read-only run: the layout of keras.callbacks.CSVLogger
/// (`epoch,acc,loss,val_acc,val_loss`, or `accuracy`/`val_accuracy`, in any column order, with an
/// optional `lr`) and the pandas layout with an unnamed index column (`,acc,loss,val_acc,val_loss`)
/// that the original Keras scripts wrote. Epochs are 0-based as Keras writes them; missing cells
/// (`NA`, `nan`, empty) become NaN, and so does elapsed_s, which Keras does not record.
/// The returned record has state "imported", config {"name", "source": "keras-csv", "file"}, and
/// no batches. Throws allcnn::Error naming the file for an unreadable or malformed file.
RunRecord read_keras_history(const std::string& path);

/// The same, from the file's text; `path` names the file in errors and gives the run's name.
RunRecord parse_keras_history(const std::string& text, const std::string& path);

}  // namespace allcnn::runs
