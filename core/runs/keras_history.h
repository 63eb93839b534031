#pragma once

#include <string>

#include "runs/history_table.h"
#include "runs/run_reader.h"

namespace allcnn::runs {

/// Reads a training history CSV as a read-only run, with `columns` saying which column holds
/// what (guess_history_columns, or the user's choice). The file may be written as
/// split_history_csv reads it; where the separator is `;` or tab, a decimal comma ("0,5") is
/// read as a point. Epochs are 0-based as Keras writes them (epochs_from_one shifts a 1-based
/// column); percentages are divided by 100; missing cells (`NA`, `nan`, empty) become NaN, and
/// so does elapsed_s, which histories do not record. Columns not mapped are ignored with a
/// warning. The returned record has state "imported", config {"name", "source": "history-csv",
/// "file"}, and no batches. Throws allcnn::Error naming the file (and the line and column) for
/// a malformed file, or a mapping that names no metric or a column the file does not have.
RunRecord parse_history(const std::string& text, const std::string& path,
                        const HistoryColumns& columns);

/// The whole file's text. Throws allcnn::Error naming the file when it cannot be read.
std::string read_history_text(const std::string& path);

/// Reads a Keras training history CSV: parse_history with the columns guess_history_columns
/// finds, which covers keras.callbacks.CSVLogger (`epoch,acc,loss,val_acc,val_loss`, or
/// `accuracy`/`val_accuracy`, in any column order, with an optional `lr`) and the pandas
/// layout with an unnamed index column (`,acc,loss,val_acc,val_loss`) that the original Keras
/// scripts wrote. The record's config says "source": "keras-csv". Throws allcnn::Error naming
/// the file for an unreadable or malformed file, or one whose names say nothing (`x, training,
/// validation`: that one needs parse_history with the user's mapping).
RunRecord read_keras_history(const std::string& path);

/// The same, from the file's text; `path` names the file in errors and gives the run's name.
RunRecord parse_keras_history(const std::string& text, const std::string& path);

}  // namespace allcnn::runs
