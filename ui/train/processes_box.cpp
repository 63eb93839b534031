#include "processes_box.h"

#include <QFormLayout>
#include <QLabel>

namespace allcnn::ui {

ProcessesBox::ProcessesBox(QWidget* parent) : QSpinBox(parent) {
  setObjectName(QStringLiteral("processes"));
  setRange(1, kMaxProcesses);
  setToolTip(
      tr("Data-parallel training on this many processes of this machine: the workbench is the "
         "first and records the run, the others are allcnn CLI processes whose output goes to "
         "the log. The batch size is the batch of all of them together; with automatic CPU "
         "threads, each process gets its share of the cores. 1: this process alone"));
}

QLabel* ProcessesBox::add_under(QFormLayout* form, QWidget* threads) {
  int row = -1;
  if (threads) {
    QFormLayout::ItemRole role;
    form->getWidgetPosition(threads, &row, &role);
  }
  form->insertRow(row < 0 ? form->rowCount() : row + 1, tr("Processes"), this);
  auto* label = qobject_cast<QLabel*>(form->labelForField(this));
  if (label) label->setToolTip(toolTip());
  return label;
}

}  // namespace allcnn::ui
