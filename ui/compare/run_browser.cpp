#include "run_browser.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <optional>
#include <utility>

#include "background_task.h"
#include "flow_layout.h"
#include "history_import.h"
#include "history_import_dialog.h"
#include "notes.h"
#include "run_filter_proxy.h"
#include "run_loader.h"
#include "run_table_model.h"

namespace allcnn::ui::compare {

RunBrowser::RunBrowser(QWidget* parent)
    : QWidget(parent),
      model_(new RunTableModel(this)),
      proxy_(new RunFilterProxy(model_, this)),
      table_(new QTableView(this)),
      dir_edit_(new QLineEdit(this)),
      filter_edit_(new QLineEdit(this)),
      group_filter_(new QComboBox(this)),
      message_(new QLabel(this)),
      tags_edit_(new QLineEdit(this)),
      notes_edit_(new QPlainTextEdit(this)),
      save_notes_(new QPushButton(tr("Save notes"), this)),
      resume_(new QPushButton(tr("Resume…"), this)),
      remove_(new QPushButton(tr("Remove from list"), this)),
      watcher_(new QFileSystemWatcher(this)),
      refresh_timer_(new QTimer(this)),
      scan_task_(new BackgroundTask(this)),
      follow_task_(new BackgroundTask(this)),
      restore_task_(new BackgroundTask(this)) {
  table_->setModel(proxy_);
  table_->setSortingEnabled(true);
  table_->sortByColumn(RunTableModel::Date, Qt::DescendingOrder);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  table_->setAlternatingRowColors(true);
  table_->verticalHeader()->hide();
  table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setWordWrap(false);

  dir_edit_->setPlaceholderText(tr("Runs folder"));
  auto* choose = new QPushButton(tr("Choose…"), this);
  auto* import = new QPushButton(tr("Import history…"), this);
  import->setToolTip(
      tr("Open training histories saved as CSV (Keras, pandas, a spreadsheet) as read-only "
         "runs; several files at once"));
  remove_->setObjectName(QStringLiteral("remove_imported"));
  remove_->setToolTip(tr("Forget the selected imported histories (the files stay where they are)"));
  filter_edit_->setPlaceholderText(tr("Filter runs (any column)"));
  filter_edit_->setClearButtonEnabled(true);
  group_filter_->setObjectName(QStringLiteral("group_filter"));
  group_filter_->setToolTip(
      tr("Show only the runs of one group (a sweep or a study), with the number of runs in "
         "each; Ctrl+A in the table then selects them all for comparison"));
  // A long group name must not push the table's controls off a small screen.
  group_filter_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  group_filter_->setMinimumContentsLength(18);

  // Wraps where the window is narrow: the filter field goes under the folder.
  auto* top = new FlowLayout;
  top->addWidget(new QLabel(tr("Runs:"), this));
  dir_edit_->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
  top->addWidget(dir_edit_, 2);
  top->addWidget(choose);
  top->addWidget(import);
  top->addWidget(remove_);
  filter_edit_->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
  top->addWidget(filter_edit_, 1);
  top->addWidget(group_filter_);

  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  message_->setStyleSheet(QStringLiteral("color: #a03000;"));
  message_->hide();

  tags_edit_->setPlaceholderText(tr("Tags, comma separated"));
  notes_edit_->setPlaceholderText(tr("Notes on the selected run"));
  notes_edit_->setMaximumHeight(3 * fontMetrics().height() + 12);
  auto* notes_row = new QHBoxLayout;
  notes_row->addWidget(tags_edit_, 1);
  notes_row->addWidget(notes_edit_, 3);
  notes_row->addWidget(save_notes_);
  resume_->setObjectName(QStringLiteral("resume_run"));
  resume_->setToolTip(
      tr("Continue the selected run from its last checkpoint on the training page, for more "
         "epochs if it has finished"));
  notes_row->addWidget(resume_);
  table_->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(table_, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
    if (!resume_->isEnabled() && !remove_->isEnabled()) return;
    QMenu menu(this);
    if (resume_->isEnabled()) menu.addAction(resume_->text(), this, &RunBrowser::request_resume);
    if (remove_->isEnabled())
      menu.addAction(remove_->text(), this, &RunBrowser::remove_selected_imports);
    menu.exec(table_->viewport()->mapToGlobal(at));
  });

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top);
  layout->addWidget(table_, 1);
  layout->addWidget(message_);
  layout->addLayout(notes_row);

  connect(filter_edit_, &QLineEdit::textChanged, proxy_,
          &QSortFilterProxyModel::setFilterFixedString);
  connect(group_filter_, &QComboBox::currentIndexChanged, this, [this] {
    const QVariant group = group_filter_->currentData();
    proxy_->set_group(group.isValid() ? std::optional<QString>(group.toString()) : std::nullopt);
  });
  // The chooser follows the groups listed (and their colours); a row re-read changes neither
  // unless its group did, which update_group_choices notices.
  connect(model_, &QAbstractItemModel::rowsInserted, this, &RunBrowser::update_group_choices);
  connect(model_, &QAbstractItemModel::rowsRemoved, this, &RunBrowser::update_group_choices);
  connect(model_, &QAbstractItemModel::dataChanged, this, &RunBrowser::update_group_choices);
  update_group_choices();
  connect(dir_edit_, &QLineEdit::editingFinished, this, [this] {
    if (dir_edit_->text() != runs_dir_) set_runs_dir(dir_edit_->text());
  });
  connect(choose, &QPushButton::clicked, this, &RunBrowser::choose_dir);
  connect(import, &QPushButton::clicked, this, &RunBrowser::choose_history_files);
  connect(remove_, &QPushButton::clicked, this, &RunBrowser::remove_selected_imports);
  connect(save_notes_, &QPushButton::clicked, this, &RunBrowser::save_notes);
  connect(resume_, &QPushButton::clicked, this, &RunBrowser::request_resume);
  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
    update_notes_editor();
    update_resume_button();
    update_remove_button();
    Q_EMIT selected_runs_changed(selected_runs());
    follow();  // a run selected for the first time gets its curves
  });
  connect(watcher_, &QFileSystemWatcher::directoryChanged, this, [this] { rescan_folder(); });
  connect(refresh_timer_, &QTimer::timeout, this, &RunBrowser::refresh);
  refresh_timer_->start(2000);
  column_request_ = [this](const HistoryPreview& preview, runs::HistoryColumns& columns) {
    HistoryImportDialog dialog(preview, this);
    if (dialog.exec() != QDialog::Accepted) return false;
    columns = dialog.columns();
    return true;
  };
  update_notes_editor();
  update_resume_button();
  update_remove_button();
  restore_imports();
}

void RunBrowser::set_refresh_interval_ms(int ms) { refresh_timer_->start(ms); }

void RunBrowser::set_runs_dir(const QString& dir) {
  if (!watcher_->directories().isEmpty()) watcher_->removePaths(watcher_->directories());
  // What they read belongs to the old folder.
  scan_task_->discard();
  follow_task_->discard();
  scan_again_ = follow_again_ = false;
  followers_.clear();
  for (const RunData& run : QList<RunData>(model_->runs()))
    if (!run.imported) model_->remove(run.dir);
  runs_dir_ = dir;
  dir_edit_->setText(dir);
  if (QFileInfo(dir).isDir()) watcher_->addPath(dir);
  rescan_folder();
}

bool RunBrowser::busy() const {
  return scan_task_->busy() || follow_task_->busy() || restore_task_->busy() || scan_again_ ||
         follow_again_;
}

void RunBrowser::refresh() { rescan_folder(); }

namespace {

struct ScanResult {
  bool root_exists = true;
  QSet<QString> present;
  QList<RunData> summaries;  ///< new folders, and folders written since their last summary
};

}  // namespace

void RunBrowser::rescan_folder() {
  if (scan_task_->busy()) {
    scan_again_ = true;
    return;
  }
  // The rows the worker may skip: summaries (not loaded runs) it read before, unless the run
  // wrote since; an unreadable one is read again.
  QHash<QString, QDateTime> known;
  for (const RunData& run : model_->runs())
    if (!run.imported && !followers_.contains(run.dir))
      known.insert(run.dir, run.readable() ? run.last_write : QDateTime());
  QSet<QString> loaded;
  for (auto it = followers_.cbegin(); it != followers_.cend(); ++it) loaded.insert(it.key());
  scan_task_->start(
      [root = runs_dir_, known, loaded](TaskControl& control) {
        ScanResult result;
        if (root.isEmpty()) return result;
        const QDir dir(root);
        result.root_exists = dir.exists();
        for (const QString& entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
          if (control.cancelled()) break;
          const QString run_dir = dir.filePath(entry);
          result.present.insert(run_dir);
          if (loaded.contains(run_dir)) continue;  // its follower keeps it up to date
          const auto it = known.find(run_dir);
          if (it != known.end() && it->isValid()) {
            const QDateTime last = run_last_write(run_dir);
            if (last.isValid() && last <= *it && it->secsTo(QDateTime::currentDateTime()) > 2)
              continue;
          }
          result.summaries.append(summarize_run_folder(run_dir));
        }
        return result;
      },
      [this](const ScanResult& result) {
        if (!result.root_exists) {
          import_error_ = tr("The runs folder %1 does not exist.").arg(runs_dir_);
        } else if (import_error_.startsWith(tr("The runs folder"))) {
          import_error_.clear();
        }
        QSet<QString> selected;
        for (const RunData& s : selected_runs()) selected.insert(s.dir);
        bool selected_changed = false;
        for (const RunData& run : result.summaries) {
          if (followers_.contains(run.dir)) continue;  // loaded meanwhile
          selected_changed = selected_changed || selected.contains(run.dir);
          model_->upsert(run);
        }
        for (const RunData& run : QList<RunData>(model_->runs())) {
          if (run.imported || result.present.contains(run.dir)) continue;
          model_->remove(run.dir);
          followers_.remove(run.dir);
        }
        update_message();
        if (!pending_selection_.isEmpty() && !restore_task_->busy()) {
          select(std::exchange(pending_selection_, {}));
        } else if (selected_changed) {
          update_resume_button();
          Q_EMIT selected_runs_changed(selected_runs());
        }
        follow();
        if (std::exchange(scan_again_, false)) rescan_folder();
      });
}

void RunBrowser::follow() {
  if (follow_task_->busy()) {
    follow_again_ = true;
    return;
  }
  // The selected runs first, in table order, so the charts fill in the order the user sees;
  // then the loaded runs no longer selected, which are followed all the same.
  std::vector<std::shared_ptr<RunFollower>> followers;
  followers.reserve(static_cast<size_t>(followers_.size()));
  QSet<QString> queued;
  for (const RunData& run : selected_runs()) {
    if (run.imported) continue;
    auto it = followers_.find(run.dir);
    if (it == followers_.end()) {
      if (!run.summary_only) continue;
      it = followers_.insert(run.dir, std::make_shared<RunFollower>(run.dir));
    }
    followers.push_back(it.value());
    queued.insert(run.dir);
  }
  for (auto it = followers_.cbegin(); it != followers_.cend(); ++it)
    if (!queued.contains(it.key())) followers.push_back(it.value());
  if (followers.empty()) return;
  // Each slot is filled by the lane that read its run; the table's order is kept.
  using Deltas = std::vector<std::optional<RunDelta>>;
  follow_task_->start(
      [followers](TaskControl& control) {
        // Several runs are read at once (a paper-scale run is half a million rows), one lane
        // per core, each taking the next run in order: this thread's, and the others mapped on
        // the pool, whose spare thread is left to the charts' redraws. The runs are delivered
        // together: on a 2-core machine, handing each over as it is read made 8 redraws and
        // repaints of the page compete with the reading, and the event loop stalled more.
        Deltas deltas(followers.size());
        std::atomic<size_t> next{0};
        const auto lane = [&] {
          for (size_t i = next++; i < followers.size() && !control.cancelled(); i = next++)
            deltas[i] = followers[i]->update();
        };
        std::vector<int> others(
            std::min<size_t>(followers.size() - 1,
                             static_cast<size_t>(std::max(1, QThread::idealThreadCount()) - 1)));
        QFuture<void> mapped =
            QtConcurrent::map(BackgroundTask::pool(), others, [&lane](int&) { lane(); });
        lane();
        mapped.waitForFinished();
        return std::make_pair(followers, std::move(deltas));
      },
      [this](std::pair<std::vector<std::shared_ptr<RunFollower>>, Deltas> result) {
        auto& [followers, deltas] = result;
        QSet<QString> selected;
        for (const RunData& s : selected_runs()) selected.insert(s.dir);
        bool selected_changed = false;
        for (size_t i = 0; i < deltas.size(); ++i) {
          if (!deltas[i]) continue;
          RunDelta& delta = *deltas[i];
          // A folder removed (or removed and made again) meanwhile: not this row's follower.
          if (followers_.value(delta.run.dir) != followers[i]) continue;
          selected_changed = selected_changed || selected.contains(delta.run.dir);
          model_->apply(std::move(delta));
        }
        update_message();
        if (selected_changed) {
          update_resume_button();  // a selected run that finished (or became readable)
          Q_EMIT selected_runs_changed(selected_runs());
        }
        if (std::exchange(follow_again_, false)) follow();
      });
}

QSortFilterProxyModel* RunBrowser::proxy() const { return proxy_; }

void RunBrowser::set_group_filter(const std::optional<QString>& group) {
  proxy_->set_group(group);
  group_choices_.clear();  // lists it, chosen
  update_group_choices();
}

std::optional<QString> RunBrowser::group_filter() const { return proxy_->group(); }

void RunBrowser::update_group_choices() {
  QMap<QString, int> counts;  // by group; "" for the runs of none
  for (const RunData& run : model_->runs()) ++counts[run.group];
  QStringList choices;
  for (auto it = counts.cbegin(); it != counts.cend(); ++it)
    choices << it.key() + QLatin1Char('\n') + QString::number(it.value());
  const GroupHues& hues = model_->group_hues();
  for (auto it = hues.cbegin(); it != hues.cend(); ++it)
    choices << it.key() + QLatin1Char('\t') + QString::number(it.value());
  if (choices == group_choices_) return;
  group_choices_ = choices;

  const std::optional<QString> current = proxy_->group();
  const QSignalBlocker block(group_filter_);
  group_filter_->clear();
  group_filter_->addItem(tr("All runs (%1)").arg(model_->runs().size()));
  QStringList names = counts.keys();
  names.removeAll(QString());
  std::sort(names.begin(), names.end(),
            [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
  const int side = fontMetrics().height() * 3 / 4;
  for (const QString& name : names) {
    QPixmap swatch(side, side);
    swatch.fill(group_color(hues, name));
    group_filter_->addItem(QIcon(swatch), tr("%1 (%2)").arg(name).arg(counts.value(name)), name);
  }
  // Only worth choosing beside groups: with none, "no group" is every run.
  if (counts.contains(QString()) && !names.isEmpty())
    group_filter_->addItem(tr("No group (%1)").arg(counts.value(QString())), QString());
  // The filter in force is always the one shown: a chosen group none of whose runs is listed
  // (yet, or any more) stays chosen, so that a rescan does not show the whole folder meanwhile.
  int index = current ? group_filter_->findData(*current) : 0;
  if (index < 0) {
    const int count = counts.value(*current);
    group_filter_->addItem(current->isEmpty() ? tr("No group (%1)").arg(count)
                                              : tr("%1 (%2)").arg(*current).arg(count),
                           *current);
    index = group_filter_->count() - 1;
  }
  group_filter_->setCurrentIndex(index);
  group_filter_->setEnabled(group_filter_->count() > 1);
}

QString RunBrowser::message() const { return message_->isHidden() ? QString() : message_->text(); }

void RunBrowser::update_message() {
  QStringList problems;
  if (!import_error_.isEmpty()) problems.append(import_error_);
  int unreadable = 0;
  for (const RunData& run : model_->runs()) {
    if (run.readable()) continue;
    if (++unreadable <= 3) problems.append(tr("%1: %2").arg(run.name, run.error));
  }
  if (unreadable > 3)
    problems.append(tr("… and %n more unreadable folder(s)", nullptr, unreadable - 3));
  message_->setText(problems.join(QLatin1Char('\n')));
  message_->setVisible(!problems.isEmpty());
}

QList<RunData> RunBrowser::selected_runs() const {
  QList<RunData> out;
  const QModelIndexList rows = table_->selectionModel()->selectedRows();
  // In table order, so colours follow what the user sees.
  QList<int> proxy_rows;
  for (const QModelIndex& index : rows) proxy_rows.append(index.row());
  std::sort(proxy_rows.begin(), proxy_rows.end());
  for (int row : proxy_rows)
    out.append(model_->at(proxy_->mapToSource(proxy_->index(row, 0)).row()));
  return out;
}

void RunBrowser::select_runs(const QStringList& names_or_dirs) {
  if (scan_task_->busy() || scan_again_ || restore_task_->busy())
    pending_selection_ = names_or_dirs;
  select(names_or_dirs);
}

void RunBrowser::select(const QStringList& names_or_dirs) {
  QItemSelection selection;
  for (int row = 0; row < proxy_->rowCount(); ++row) {
    const RunData& run = model_->at(proxy_->mapToSource(proxy_->index(row, 0)).row());
    if (names_or_dirs.contains(run.name) || names_or_dirs.contains(run.dir))
      selection.select(proxy_->index(row, 0), proxy_->index(row, RunTableModel::ColumnCount - 1));
  }
  table_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void RunBrowser::open_paths(const QStringList& paths) {
  QStringList runs;
  QStringList files;
  QStringList selected;
  for (const QString& path : paths) {
    const QFileInfo info(path);
    if (info.isDir() && QFileInfo::exists(QDir(path).filePath(QStringLiteral("config.json")))) {
      runs << QDir::cleanPath(info.absoluteFilePath());
    } else if (info.isDir()) {
      set_runs_dir(QDir::cleanPath(info.absoluteFilePath()));
    } else {
      files << path;
    }
  }
  selected << import_histories(files);  // an imported history is known by its file
  if (!runs.isEmpty()) {
    // Compared where they lie: the first one's folder becomes the runs folder.
    const QString parent = QFileInfo(runs.first()).absolutePath();
    if (QDir::cleanPath(parent) != QDir::cleanPath(runs_dir_)) set_runs_dir(parent);
    for (const QString& run : runs)
      if (QFileInfo(run).absolutePath() == parent)
        selected << QDir(parent).filePath(QFileInfo(run).fileName());
  }
  if (!selected.isEmpty()) select_runs(selected);
}

QStringList RunBrowser::import_histories(const QStringList& paths) {
  QStringList imported, problems;
  for (const QString& path : paths) {
    const HistoryPreview preview = preview_history(path);
    if (!preview.error.isEmpty()) {
      problems << tr("Could not import %1: %2").arg(QFileInfo(path).fileName(), preview.error);
      continue;
    }
    std::optional<runs::HistoryColumns> columns;
    if (!preview.guess.complete) {
      runs::HistoryColumns chosen = preview.guess.columns;
      if (!column_request_ || !column_request_(preview, chosen)) continue;  // skipped
      columns = chosen;
    }
    const RunData run = load_history(path, columns ? &*columns : nullptr);
    if (!run.readable()) {
      problems << tr("Could not import %1: %2").arg(QFileInfo(path).fileName(), run.error);
      continue;
    }
    model_->upsert(run);
    remember_history({path, columns});
    imported << path;
  }
  import_error_ = problems.join(QLatin1Char('\n'));
  update_message();
  update_remove_button();
  return imported;
}

bool RunBrowser::import_history(const QString& path) { return !import_histories({path}).isEmpty(); }

void RunBrowser::set_column_request(ColumnRequest request) { column_request_ = std::move(request); }

void RunBrowser::restore_imports() {
  const QList<RememberedHistory> histories = remembered_histories();
  if (histories.isEmpty()) return;
  restore_task_->start(
      [histories](TaskControl& control) {
        QList<RunData> runs;
        for (const RememberedHistory& history : histories) {
          if (control.cancelled()) break;
          if (!QFileInfo::exists(history.path)) {
            RunData missing;
            missing.dir = history.path;
            missing.name = QFileInfo(history.path).completeBaseName();
            missing.state = QStringLiteral("unreadable");
            missing.imported = true;
            missing.error = tr("%1 no longer exists").arg(history.path);  // translate: any thread
            runs.append(missing);
            continue;
          }
          runs.append(load_history(history.path, history.columns ? &*history.columns : nullptr));
        }
        return runs;
      },
      [this](const QList<RunData>& runs) {
        for (const RunData& run : runs)
          if (!model_->find(run.dir)) model_->upsert(run);  // unless imported again meanwhile
        update_message();
        if (!pending_selection_.isEmpty() && !scan_task_->busy())
          select(std::exchange(pending_selection_, {}));
      });
}

void RunBrowser::remove_selected_imports() {
  const QList<RunData> runs = selected_runs();
  if (runs.isEmpty()) return;
  for (const RunData& run : runs)
    if (!run.imported) return;
  for (const RunData& run : runs) {
    model_->remove(run.dir);
    forget_history(run.dir);
  }
  import_error_.clear();
  update_message();
  update_notes_editor();
  update_resume_button();
  update_remove_button();
  Q_EMIT selected_runs_changed(selected_runs());
}

void RunBrowser::update_notes_editor() {
  const QList<RunData> runs = selected_runs();
  const bool editable = runs.size() == 1 && !runs.first().imported;
  notes_dir_ = editable ? runs.first().dir : QString();
  tags_edit_->setEnabled(editable);
  notes_edit_->setEnabled(editable);
  save_notes_->setEnabled(editable);
  tags_edit_->setText(editable ? runs.first().tags.join(QStringLiteral(", ")) : QString());
  notes_edit_->setPlainText(editable ? runs.first().notes : QString());
}

void RunBrowser::save_notes() {
  if (notes_dir_.isEmpty()) return;
  RunNotes notes;
  notes.notes = notes_edit_->toPlainText();
  notes.tags = parse_tags(tags_edit_->text());
  const QString error = write_notes(notes_dir_, notes);
  if (!error.isEmpty()) {
    import_error_ = tr("Could not save the notes of %1: %2").arg(notes_dir_, error);
  } else if (const RunData* run = model_->find(notes_dir_)) {
    RunData updated = *run;
    updated.notes = notes.notes;
    updated.tags = notes.tags;
    model_->upsert(updated);
  }
  update_message();
}

void RunBrowser::update_resume_button() {
  // Any run of ours can continue: stopped, failed, finished (for more epochs), or interrupted
  // (its state still says running); core refuses a folder without a checkpoint.
  const QList<RunData> runs = selected_runs();
  resume_->setEnabled(runs.size() == 1 && !runs.first().imported && runs.first().readable());
}

void RunBrowser::update_remove_button() {
  const QList<RunData> runs = selected_runs();
  bool all_imported = !runs.isEmpty();
  for (const RunData& run : runs) all_imported = all_imported && run.imported;
  remove_->setEnabled(all_imported);
}

void RunBrowser::request_resume() {
  const QList<RunData> runs = selected_runs();
  if (runs.size() != 1) return;
  // The epochs done as the folder says now, not as the last refresh saw them (the row itself
  // stays as its follower knows it).
  const RunData fresh = summarize_run_folder(runs.first().dir);
  Q_EMIT resume_requested(fresh.dir, fresh.epochs_done);
}

void RunBrowser::choose_dir() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Runs folder"), runs_dir_);
  if (!dir.isEmpty()) set_runs_dir(dir);
}

void RunBrowser::choose_history_files() {
  const QStringList paths = QFileDialog::getOpenFileNames(
      this, tr("Import histories"), runs_dir_, tr("CSV files (*.csv *.log *.txt);;All files (*)"));
  if (!paths.isEmpty()) import_histories(paths);
}

}  // namespace allcnn::ui::compare
