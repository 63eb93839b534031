#pragma once

#include <optional>

#include <QSortFilterProxyModel>
#include <QString>

namespace allcnn::ui::compare {

class RunTableModel;

/// The run browser's rows as the table shows them: sorted by RunTableModel::kSortRole, and
/// filtered by a text (found in any column, ignoring case) and by a group. GUI thread only.
class RunFilterProxy : public QSortFilterProxyModel {
  Q_OBJECT

 public:
  RunFilterProxy(RunTableModel* model, QObject* parent = nullptr);

  /// Which runs to show: every run (nullopt), the runs of no group (an empty name), or the
  /// runs of one group.
  void set_group(const std::optional<QString>& group);
  const std::optional<QString>& group() const { return group_; }

 protected:
  bool filterAcceptsRow(int source_row, const QModelIndex& source_parent) const override;

 private:
  RunTableModel* model_;
  std::optional<QString> group_;
};

}  // namespace allcnn::ui::compare
