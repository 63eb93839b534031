#include "run_filter_proxy.h"

#include "run_table_model.h"

namespace allcnn::ui::compare {

RunFilterProxy::RunFilterProxy(RunTableModel* model, QObject* parent)
    : QSortFilterProxyModel(parent), model_(model) {
  setSourceModel(model);
  setSortRole(RunTableModel::kSortRole);
  setFilterKeyColumn(-1);
  setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void RunFilterProxy::set_group(const std::optional<QString>& group) {
  if (group == group_) return;
  group_ = group;
  invalidateRowsFilter();
}

bool RunFilterProxy::filterAcceptsRow(int source_row, const QModelIndex& source_parent) const {
  // The group by its name, not by the column's text: "init" must not show "init-2"'s runs.
  if (group_ && model_->at(source_row).group != *group_) return false;
  return QSortFilterProxyModel::filterAcceptsRow(source_row, source_parent);
}

}  // namespace allcnn::ui::compare
