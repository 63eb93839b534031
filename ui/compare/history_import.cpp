#include "history_import.h"

#include <algorithm>

#include <QFile>
#include <QSettings>

#include "common/error.h"
#include "engine_text.h"

namespace allcnn::ui::compare {

namespace {

const QString kKey = QStringLiteral("compare/imported_histories");

struct ColumnKey {
  const char* name;
  int runs::HistoryColumns::*member;
};
constexpr ColumnKey kColumnKeys[] = {
    {"epoch", &runs::HistoryColumns::epoch},
    {"train_loss", &runs::HistoryColumns::train_loss},
    {"train_accuracy", &runs::HistoryColumns::train_accuracy},
    {"val_loss", &runs::HistoryColumns::val_loss},
    {"val_accuracy", &runs::HistoryColumns::val_accuracy},
    {"learning_rate", &runs::HistoryColumns::learning_rate},
};

void write_all(const QList<RememberedHistory>& histories) {
  QSettings store;
  store.remove(kKey);
  store.beginWriteArray(kKey, static_cast<int>(histories.size()));
  for (int i = 0; i < histories.size(); ++i) {
    store.setArrayIndex(i);
    const RememberedHistory& history = histories[i];
    store.setValue(QStringLiteral("path"), history.path);
    store.setValue(QStringLiteral("mapped"), history.columns.has_value());
    if (!history.columns) continue;
    for (const ColumnKey& key : kColumnKeys)
      store.setValue(QLatin1String(key.name), (*history.columns).*key.member);
    store.setValue(QStringLiteral("percent"), history.columns->percent);
    store.setValue(QStringLiteral("epochs_from_one"), history.columns->epochs_from_one);
  }
  store.endArray();
}

}  // namespace

HistoryPreview preview_history(const QString& path, int guess_rows) {
  HistoryPreview preview;
  preview.path = path;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    preview.error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return preview;
  }
  const QByteArray bytes = file.readAll();
  try {
    preview.table = runs::split_history_csv(bytes.toStdString(), path.toStdString(),
                                            static_cast<size_t>(std::max(guess_rows, 1)));
    preview.guess = runs::guess_history_columns(preview.table);
  } catch (const Error& e) {
    preview = HistoryPreview{path, {}, {}, error_text(e)};
  }
  return preview;
}

QList<RememberedHistory> remembered_histories() {
  QList<RememberedHistory> out;
  QSettings store;
  const int size = store.beginReadArray(kKey);
  for (int i = 0; i < size; ++i) {
    store.setArrayIndex(i);
    RememberedHistory history;
    history.path = store.value(QStringLiteral("path")).toString();
    if (history.path.isEmpty()) continue;
    if (store.value(QStringLiteral("mapped")).toBool()) {
      runs::HistoryColumns columns;
      for (const ColumnKey& key : kColumnKeys)
        columns.*key.member = store.value(QLatin1String(key.name), -1).toInt();
      columns.percent = store.value(QStringLiteral("percent")).toBool();
      columns.epochs_from_one = store.value(QStringLiteral("epochs_from_one")).toBool();
      history.columns = columns;
    }
    out.append(history);
  }
  store.endArray();
  return out;
}

void remember_history(const RememberedHistory& history) {
  QList<RememberedHistory> histories = remembered_histories();
  bool replaced = false;
  for (RememberedHistory& h : histories) {
    if (h.path != history.path) continue;
    h = history;
    replaced = true;
  }
  if (!replaced) histories.append(history);
  write_all(histories);
}

void forget_history(const QString& path) {
  QList<RememberedHistory> histories = remembered_histories();
  histories.removeIf([&](const RememberedHistory& h) { return h.path == path; });
  write_all(histories);
}

}  // namespace allcnn::ui::compare
