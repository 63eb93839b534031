#include "history_import_dialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace allcnn::ui::compare {

namespace {

constexpr int kPreviewRows = 5;

int& slot(runs::HistoryColumns& columns, HistoryImportDialog::Role role) {
  switch (role) {
    case HistoryImportDialog::Role::Epoch:
      return columns.epoch;
    case HistoryImportDialog::Role::TrainLoss:
      return columns.train_loss;
    case HistoryImportDialog::Role::TrainAccuracy:
      return columns.train_accuracy;
    case HistoryImportDialog::Role::ValLoss:
      return columns.val_loss;
    case HistoryImportDialog::Role::ValAccuracy:
      return columns.val_accuracy;
    case HistoryImportDialog::Role::LearningRate:
      break;
  }
  return columns.learning_rate;
}

}  // namespace

HistoryImportDialog::HistoryImportDialog(const HistoryPreview& preview, QWidget* parent)
    : QDialog(parent),
      preview_(preview),
      percent_(new QCheckBox(tr("Accuracies are in percent (0–100)"), this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      rows_(new QTableWidget(this)) {
  setWindowTitle(tr("History columns"));
  const runs::HistoryTable& table = preview_.table;

  auto* file = new QLabel(
      QStringLiteral("<b>%1</b>").arg(QFileInfo(preview_.path).fileName().toHtmlEscaped()), this);
  file->setToolTip(preview_.path);
  file->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* hint = new QLabel(tr("Which column holds which series? Choose at least one."), this);
  hint->setWordWrap(true);

  // The file's first rows as they are written, to choose by.
  const int columns = static_cast<int>(table.header.size());
  const int shown = std::min<int>(kPreviewRows, static_cast<int>(table.rows.size()));
  QStringList names;
  for (int c = 0; c < columns; ++c) {
    const QString name = QString::fromStdString(table.header[static_cast<size_t>(c)]);
    names << (name.isEmpty() ? tr("column %1").arg(c + 1) : name);
  }
  rows_->setColumnCount(columns);
  rows_->setRowCount(shown);
  rows_->setHorizontalHeaderLabels(names);
  for (int r = 0; r < shown; ++r) {
    const auto& cells = table.rows[static_cast<size_t>(r)];
    for (int c = 0; c < columns && c < static_cast<int>(cells.size()); ++c)
      rows_->setItem(r, c,
                     new QTableWidgetItem(QString::fromStdString(cells[static_cast<size_t>(c)])));
  }
  rows_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  rows_->setSelectionMode(QAbstractItemView::NoSelection);
  rows_->verticalHeader()->hide();
  rows_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  rows_->setWordWrap(false);
  const int row_height = fontMetrics().height() + 6;
  rows_->verticalHeader()->setDefaultSectionSize(row_height);
  const int table_height = rows_->horizontalHeader()->sizeHint().height() +
                           std::max(shown, 1) * row_height + 2 * rows_->frameWidth() +
                           rows_->horizontalScrollBar()->sizeHint().height();
  rows_->setFixedHeight(table_height);

  const QString labels[kRoleCount] = {tr("X axis (epoch):"),      tr("Training loss:"),
                                      tr("Training accuracy:"),   tr("Validation loss:"),
                                      tr("Validation accuracy:"), tr("Learning rate:")};
  auto* form = new QFormLayout;
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  runs::HistoryColumns guess = preview_.guess.columns;
  for (int role = 0; role < kRoleCount; ++role) {
    auto* combo = new QComboBox(this);
    combo->addItem(tr("(none)"), runs::HistoryColumns::kNone);
    for (int c = 0; c < columns; ++c) combo->addItem(names[c], c);
    combo->setCurrentIndex(std::max(0, combo->findData(slot(guess, static_cast<Role>(role)))));
    combos_[static_cast<size_t>(role)] = combo;
    form->addRow(labels[role], combo);
  }
  for (QComboBox* combo : combos_)
    connect(combo, &QComboBox::currentIndexChanged, this, &HistoryImportDialog::update_state);
  percent_->setChecked(guess.percent);
  form->addRow(percent_);
  connect(percent_, &QCheckBox::clicked, this, [this] { percent_set_by_user_ = true; });

  buttons_->button(QDialogButtonBox::Ok)->setText(tr("Import"));
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(file);
  layout->addWidget(hint);
  layout->addWidget(rows_);
  layout->addLayout(form);
  layout->addStretch(1);
  layout->addWidget(buttons_);
  update_state();
}

runs::HistoryColumns HistoryImportDialog::columns() const {
  runs::HistoryColumns columns;
  for (int role = 0; role < kRoleCount; ++role)
    slot(columns, static_cast<Role>(role)) =
        combos_[static_cast<size_t>(role)]->currentData().toInt();
  columns.percent = percent_->isChecked();
  columns.epochs_from_one = runs::epochs_look_one_based(preview_.table, columns.epoch);
  return columns;
}

void HistoryImportDialog::set_column(Role role, int column) {
  QComboBox* box = combo(role);
  box->setCurrentIndex(std::max(0, box->findData(column)));
}

bool HistoryImportDialog::acceptable() const { return columns().has_metric(); }

void HistoryImportDialog::update_state() {
  const runs::HistoryColumns chosen = columns();
  // Until the user says otherwise, the values of the chosen accuracy columns decide.
  if (!percent_set_by_user_)
    percent_->setChecked(runs::accuracy_looks_like_percent(preview_.table, chosen));
  QPushButton* ok = buttons_->button(QDialogButtonBox::Ok);
  ok->setEnabled(chosen.has_metric());
  ok->setToolTip(chosen.has_metric() ? QString() : tr("Choose at least one series"));
}

}  // namespace allcnn::ui::compare
