#pragma once

#include <QString>
#include <QStringList>

namespace allcnn::ui::compare {

/// A run's notes and tags, kept in notes.json in the run folder:
/// {"notes": "free text", "tags": ["baseline", "lsuv"]}.
struct RunNotes {
  QString notes;
  QStringList tags;
  QString error;  ///< why notes.json could not be read (empty when fine or absent)
};

inline constexpr const char* kNotesFile = "notes.json";

RunNotes read_notes(const QString& run_dir);
/// Writes notes.json atomically. Returns an empty string on success, else why not.
QString write_notes(const QString& run_dir, const RunNotes& notes);
/// "a, b ,, c" -> {"a", "b", "c"}: how the tags line edit is read.
QStringList parse_tags(const QString& text);

}  // namespace allcnn::ui::compare
