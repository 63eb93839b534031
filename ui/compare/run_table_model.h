#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "group_colors.h"
#include "run_data.h"

namespace allcnn::ui::compare {

/// The run browser's table: one row per run folder (or imported history). Qt::DisplayRole gives
/// text, kSortRole a number or text that sorts right, Qt::ToolTipRole explains the status,
/// Qt::DecorationRole on the Group column is the group's colour (group_hues over every run
/// listed, so the comparison colours its lines alike). GUI thread only.
class RunTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    Name,
    Group,
    Date,
    Architecture,
    Initializer,
    Optimizer,
    Augmentation,
    BatchSize,
    Epochs,
    BestValAccuracy,
    BestEpoch,
    FinalLoss,
    Duration,
    Device,
    Status,
    Tags,
    ColumnCount
  };
  static constexpr int kSortRole = Qt::UserRole + 1;

  explicit RunTableModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  /// Adds the run, or replaces the one with the same dir (a live run re-read).
  void upsert(const RunData& run);
  /// Brings a listed run up to date with what following its folder found (apply_delta).
  void apply(RunDelta&& delta);
  void remove(const QString& dir);
  const RunData* find(const QString& dir) const;
  const RunData& at(int row) const { return runs_[row]; }
  int row_of(const QString& dir) const;
  const QList<RunData>& runs() const { return runs_; }
  const GroupHues& group_hues() const { return hues_; }

  /// The status text shown for a run, e.g. "finished", "unreadable", "running (1 warning)".
  static QString status_text(const RunData& run);

 Q_SIGNALS:
  /// A group came or went, or took another hue.
  void group_hues_changed(const allcnn::ui::compare::GroupHues& hues);

 private:
  void update_hues();

  QList<RunData> runs_;
  GroupHues hues_;
};

}  // namespace allcnn::ui::compare
