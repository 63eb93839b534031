#pragma once

// A training history CSV as cells, and which of its columns hold which metric. Histories come
// from Keras (CSVLogger, pandas' to_csv), spreadsheets and other tools, so the reader takes
// what they write: CRLF, CR or LF line ends, a UTF-8 byte-order mark, `,` `;` or tab between
// cells, quoted cells ("val acc", with "" for a quote) and spaces around cells. No torch, no
// JSON, no Qt: the UI's column-mapping dialog includes this header. Pure functions: any thread.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace allcnn::runs {

/// A history file split into cells. Blank lines are skipped.
struct HistoryTable {
  char separator = ',';             ///< detected from the header: the most frequent of `,` `;` tab
  std::vector<std::string> header;  ///< the column names, unquoted and trimmed
  std::vector<std::vector<std::string>> rows;  ///< cells of each data row, unquoted and trimmed
  std::vector<int64_t> lines;  ///< the 1-based line each row starts on (errors name it)
  std::string header_line;     ///< the header as written, for error messages
  /// False when the text ends inside its last row (a writer mid-line): that row may be torn.
  bool ends_with_line_break = true;
};

/// Splits `text` (the whole file, or its beginning when `max_rows` is smaller than the file)
/// into a HistoryTable of at most `max_rows` data rows. Throws allcnn::Error naming `path`
/// for an empty file or a quote left open before the last line.
HistoryTable split_history_csv(const std::string& text, const std::string& path,
                               size_t max_rows = std::numeric_limits<size_t>::max());

/// Which column of a HistoryTable holds what: an index into its header, or kNone. At least one
/// metric (any but epoch) must be set for a history to be read.
struct HistoryColumns {
  static constexpr int kNone = -1;
  int epoch = kNone;  ///< the x axis; without it the rows count epochs
  int train_loss = kNone;
  int train_accuracy = kNone;
  int val_loss = kNone;
  int val_accuracy = kNone;
  int learning_rate = kNone;
  /// Accuracies are written as 0..100 and are divided by 100.
  bool percent = false;
  /// The epoch column counts from 1 (a spreadsheet's x); Keras counts from 0.
  bool epochs_from_one = false;

  bool has_metric() const;
  bool operator==(const HistoryColumns& other) const;
  bool operator!=(const HistoryColumns& other) const { return !(*this == other); }
};

/// What the column names say, as guess_history_columns reads them.
struct HistoryGuess {
  HistoryColumns columns;
  /// The names identified at least one metric: the file can be read without asking. A file
  /// of other names (`x, training, validation`) needs a mapping from the user.
  bool complete = false;
};

/// Maps the names Keras and pandas write: epoch (or an unnamed first column, pandas' index,
/// or x), loss / train_loss, acc / accuracy, val_loss, val_acc / val_accuracy, lr /
/// learning_rate; case, spaces and dashes do not matter ("Val Acc" is val_acc). The first
/// column of a name wins. Percent and epochs_from_one are guessed from the rows (see below).
HistoryGuess guess_history_columns(const HistoryTable& table);

/// Whether the accuracy columns `columns` names look like percentages: some value above 1 and
/// none above 100. False when no accuracy column is mapped or no value parses.
bool accuracy_looks_like_percent(const HistoryTable& table, const HistoryColumns& columns);

/// Whether the epoch column counts from 1: its first value is 1 and its name is not Keras'
/// "epoch" (nor pandas' unnamed index), which count from 0.
bool epochs_look_one_based(const HistoryTable& table, int epoch_column);

/// The column's name for people: its header, or "column N" (1-based) when the header is empty.
std::string history_column_name(const HistoryTable& table, int column);

}  // namespace allcnn::runs
