#pragma once

#include <QString>
#include <QWidget>

namespace allcnn::ui::compare {

class CompareView;
class RunBrowser;

/// The compare page the main window embeds: the run browser above, the comparison of the
/// selected runs below. GUI thread only.
class ComparePage : public QWidget {
  Q_OBJECT

 public:
  explicit ComparePage(QWidget* parent = nullptr);

  void set_runs_dir(const QString& dir);
  RunBrowser* browser() const { return browser_; }
  CompareView* view() const { return view_; }

 Q_SIGNALS:
  /// A run of the browser is to continue (on the training page).
  void resume_requested(const QString& run_dir, int epochs_done);

 protected:
  /// Run folders, folders of runs and history CSV files dropped anywhere on the page open in
  /// the browser (RunBrowser::open_paths).
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  RunBrowser* browser_;
  CompareView* view_;
};

}  // namespace allcnn::ui::compare
