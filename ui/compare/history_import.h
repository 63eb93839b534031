#pragma once

// What the run browser knows of a history CSV before importing it (the first rows and what
// their names say), and the list of imported histories it remembers across restarts.

#include <optional>

#include <QList>
#include <QString>

#include "runs/history_table.h"  // torch-free, Qt-free: cells and the column mapping

namespace allcnn::ui::compare {

/// A history file's header and first rows, with the columns core guesses from its names.
struct HistoryPreview {
  QString path;
  runs::HistoryTable table;  ///< at most the rows preview_history was asked for
  runs::HistoryGuess guess;
  QString error;  ///< why the file cannot be read; the rest is empty then
};

/// Reads `path` and guesses its columns from the names and from up to `guess_rows` rows.
/// Never throws. Any thread.
HistoryPreview preview_history(const QString& path, int guess_rows = 1000);

/// An imported history as remembered: its file, and the user's mapping of its columns (none:
/// the names said, and are read again each time).
struct RememberedHistory {
  QString path;
  std::optional<runs::HistoryColumns> columns;
};

/// The remembered imports (QSettings "compare/imported_histories"), in the order imported.
QList<RememberedHistory> remembered_histories();
/// Adds `history`, replacing an entry of the same file.
void remember_history(const RememberedHistory& history);
/// Forgets the entry of `path`, if any.
void forget_history(const QString& path);

}  // namespace allcnn::ui::compare
