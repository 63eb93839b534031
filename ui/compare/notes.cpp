#include "notes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace allcnn::ui::compare {

RunNotes read_notes(const QString& run_dir) {
  RunNotes out;
  QFile file(QDir(run_dir).filePath(QString::fromLatin1(kNotesFile)));
  if (!file.exists()) return out;
  if (!file.open(QIODevice::ReadOnly)) {
    out.error = QCoreApplication::translate("Notes", "%1: cannot be read: %2")
                    .arg(file.fileName(), file.errorString());
    return out;
  }
  QJsonParseError parse_error;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse_error);
  if (!doc.isObject()) {
    out.error = QCoreApplication::translate("Notes", "%1: is not a JSON object (%2)")
                    .arg(file.fileName(), parse_error.errorString());
    return out;
  }
  const QJsonObject o = doc.object();
  out.notes = o.value(QStringLiteral("notes")).toString();
  for (const auto& tag : o.value(QStringLiteral("tags")).toArray()) out.tags.append(tag.toString());
  return out;
}

QString write_notes(const QString& run_dir, const RunNotes& notes) {
  QJsonObject o;
  o.insert(QStringLiteral("notes"), notes.notes);
  o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(notes.tags));
  QSaveFile file(QDir(run_dir).filePath(QString::fromLatin1(kNotesFile)));
  if (!file.open(QIODevice::WriteOnly)) return file.errorString();
  file.write(QJsonDocument(o).toJson());
  if (!file.commit()) return file.errorString();
  return {};
}

QStringList parse_tags(const QString& text) {
  QStringList tags;
  for (const QString& part : text.split(QLatin1Char(','))) {
    const QString tag = part.trimmed();
    if (!tag.isEmpty() && !tags.contains(tag)) tags.append(tag);
  }
  return tags;
}

}  // namespace allcnn::ui::compare
