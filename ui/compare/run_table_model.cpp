#include "run_table_model.h"

#include <cmath>
#include <utility>

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include "duration_text.h"

namespace allcnn::ui::compare {

namespace {

QString date_text(const QString& created) {
  // config.json stores ISO 8601 with a numeric offset ("2026-11-28T12:58:39+0000").
  QDateTime t = QDateTime::fromString(created, Qt::ISODate);
  if (!t.isValid()) t = QDateTime::fromString(created, QStringLiteral("yyyy-MM-ddTHH:mm:sst"));
  if (!t.isValid()) return created;
  return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

}  // namespace

RunTableModel::RunTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int RunTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(runs_.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QString RunTableModel::status_text(const RunData& run) {
  if (!run.readable()) return tr("unreadable");
  // core reads a run whose training process is gone as "interrupted" (its lock is free).
  const QString state = run.state;
  if (!run.warnings.isEmpty())
    return tr("%1 (%n warning(s))", nullptr, static_cast<int>(run.warnings.size())).arg(state);
  return state;
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= runs_.size()) return {};
  const RunData& run = runs_[index.row()];
  const auto column = static_cast<Column>(index.column());
  const bool sort = role == kSortRole;
  if (role == Qt::DisplayRole || sort) {
    switch (column) {
      case Name:
        return run.name;
      case Date:
        return sort ? QVariant(run.created) : QVariant(date_text(run.created));
      case Group:
        if (run.group.isEmpty()) return {};
        return run.group_varies.isEmpty() ? run.group
                                          : tr("%1: %2").arg(run.group, run.group_varies);
      case Architecture:
        return run.architecture;
      case Initializer:
        return run.initializer;
      case Optimizer:
        return run.optimizer;
      case Augmentation:
        return run.augmentation;
      case BatchSize:
        return sort ? QVariant(run.batch_size)
                    : (run.batch_size > 0 ? QVariant(run.batch_size) : QVariant());
      case Epochs:
        if (sort) return run.epochs_done;
        if (!run.readable()) return {};
        return run.epochs_planned > 0 ? tr("%1 / %2").arg(run.epochs_done).arg(run.epochs_planned)
                                      : QString::number(run.epochs_done);
      case BestValAccuracy:
        if (sort) return std::isfinite(run.best_val_accuracy) ? run.best_val_accuracy : -1.0;
        if (!std::isfinite(run.best_val_accuracy)) return {};
        // Which split it is of: a validation split, or the test split the paper reports.
        return run.imported
                   ? QLocale().toString(100 * run.best_val_accuracy, 'f', 2) + QLatin1Char('%')
                   : tr("%1% (%2)")
                         .arg(QLocale().toString(100 * run.best_val_accuracy, 'f', 2),
                              evaluated_split_name(run));
      case BestEpoch:
        if (sort) return run.best_epoch;
        return run.best_epoch >= 0 ? QVariant(run.best_epoch + 1) : QVariant();
      case FinalLoss:
        if (sort) return std::isfinite(run.final_loss) ? run.final_loss : 1e300;
        return std::isfinite(run.final_loss) ? QVariant(QLocale().toString(run.final_loss, 'f', 4))
                                             : QVariant();
      case Duration:
        if (sort) return std::isfinite(run.duration_s) ? run.duration_s : -1.0;
        return duration_text(run.duration_s);
      case Device:
        return run.device;
      case Status:
        return status_text(run);
      case Tags:
        return run.tags.join(QStringLiteral(", "));
      case ColumnCount:
        break;
    }
    return {};
  }
  if (role == Qt::ToolTipRole) {
    QStringList lines;
    lines.append(run.dir);
    if (!run.error.isEmpty()) lines.append(tr("Cannot be read: %1").arg(run.error));
    if (!run.reason.isEmpty()) lines.append(tr("Reason: %1").arg(run.reason));
    for (const QString& w : run.warnings) lines.append(tr("Warning: %1").arg(w));
    if (run.imported) lines.append(tr("Imported history (read only)"));
    if (!run.notes.isEmpty()) lines.append(run.notes);
    return lines.join(QLatin1Char('\n'));
  }
  if (role == Qt::DecorationRole && column == Group) {
    const QColor color = group_color(hues_, run.group);
    return color.isValid() ? QVariant(color) : QVariant();
  }
  if (role == Qt::ForegroundRole) {
    if (!run.readable() || run.state == QLatin1String("failed"))
      return QBrush(QColor(0xb0, 0x20, 0x20));
    if (column == Status && !run.warnings.isEmpty()) return QBrush(QColor(0xa0, 0x60, 0x00));
    if (run.imported) return QBrush(QColor(0x50, 0x50, 0x90));
  }
  if (role == Qt::TextAlignmentRole) {
    switch (column) {
      case BatchSize:
      case Epochs:
      case BestValAccuracy:
      case BestEpoch:
      case FinalLoss:
      case Duration:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
      default:
        break;
    }
  }
  return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (static_cast<Column>(section)) {
    case Name:
      return tr("Name");
    case Date:
      return tr("Date");
    case Architecture:
      return tr("Architecture");
    case Initializer:
      return tr("Init");
    case Optimizer:
      return tr("Optimizer");
    case Augmentation:
      return tr("Augment");
    case BatchSize:
      return tr("Batch");
    case Epochs:
      return tr("Epochs");
    case BestValAccuracy:
      return tr("Best acc");
    case BestEpoch:
      return tr("@ epoch");
    case FinalLoss:
      return tr("Final loss");
    case Duration:
      return tr("Duration");
    case Device:
      return tr("Device");
    case Status:
      return tr("Status");
    case Group:
      return tr("Group");
    case Tags:
      return tr("Tags");
    case ColumnCount:
      break;
  }
  return {};
}

int RunTableModel::row_of(const QString& dir) const {
  for (int i = 0; i < runs_.size(); ++i)
    if (runs_[i].dir == dir) return i;
  return -1;
}

const RunData* RunTableModel::find(const QString& dir) const {
  const int row = row_of(dir);
  return row < 0 ? nullptr : &runs_[row];
}

void RunTableModel::upsert(const RunData& run) {
  const int row = row_of(run.dir);
  if (row >= 0) {
    runs_[row] = run;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    update_hues();
    return;
  }
  const int at = static_cast<int>(runs_.size());
  beginInsertRows({}, at, at);
  runs_.append(run);
  endInsertRows();
  update_hues();
}

void RunTableModel::apply(RunDelta&& delta) {
  const int row = row_of(delta.run.dir);
  if (row < 0) return;  // removed while it was being read
  apply_delta(runs_[row], std::move(delta));
  Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunTableModel::remove(const QString& dir) {
  const int row = row_of(dir);
  if (row < 0) return;
  beginRemoveRows({}, row, row);
  runs_.removeAt(row);
  endRemoveRows();
  update_hues();
}

void RunTableModel::update_hues() {
  GroupHues hues = compare::group_hues(runs_);
  if (hues == hues_) return;
  hues_ = std::move(hues);
  if (!runs_.isEmpty())
    Q_EMIT dataChanged(index(0, Group), index(static_cast<int>(runs_.size()) - 1, Group),
                       {Qt::DecorationRole});
  Q_EMIT group_hues_changed(hues_);
}

}  // namespace allcnn::ui::compare
