#pragma once

#include <memory>

#include <QDialog>

#include "config/run_config.h"
#include "runs/lr_find_record.h"

class QChartView;
class QLabel;
class QLineEdit;
class QLineSeries;
class QLogValueAxis;
class QPushButton;
class QSpinBox;
class QTimer;
class QValueAxis;

namespace allcnn::ui {

class BackgroundTask;

/// The learning-rate range test of the form's run (train/lr_find.h): a fresh model of its
/// settings trains while the rate grows from From to To over Batches, on a worker; the loss
/// against the rate draws as it comes in (a log rate axis), and at the end the suggested rate
/// (where the loss falls fastest) is marked and offered for the form. The test's folder goes
/// to <runs folder>/lr-find. Cancel stops the test within a batch; closing the dialog too.
/// GUI thread only.
class LrFindDialog : public QDialog {
  Q_OBJECT

 public:
  explicit LrFindDialog(const train::RunConfig& form, QWidget* parent = nullptr);
  ~LrFindDialog() override;

  /// The rate the user took (Use): the suggestion, rounded to two digits; 0 before.
  double chosen_rate() const { return chosen_rate_; }
  /// The last test that ended (empty points before one did).
  const runs::LrFindRecord& record() const { return record_; }
  bool running() const;
  /// What a user types and clicks, for tests.
  void set_range(double start_lr, double end_lr, int steps);
  void start();

 Q_SIGNALS:
  /// A test ended (finished, diverged, stopped or failed) and its curve is drawn.
  void test_ended();

 private:
  struct Live;
  void take_points();
  void draw(const std::vector<metrics::LrPoint>& points, const runs::LrSuggestion* suggestion);
  void show_record(runs::LrFindRecord record);
  bool read_range(runs::LrRange& range);

  train::RunConfig form_;
  std::shared_ptr<Live> live_;
  runs::LrRange range_;                   ///< of the test drawn
  std::vector<metrics::LrPoint> points_;  ///< drawn so far
  runs::LrFindRecord record_;
  double chosen_rate_ = 0.0;
  BackgroundTask* task_;
  QTimer* redraw_;
  QLineEdit* start_lr_;
  QLineEdit* end_lr_;
  QSpinBox* steps_;
  QPushButton* start_;
  QChartView* view_;
  QLineSeries* raw_;
  QLineSeries* smoothed_;
  QLineSeries* mark_;    ///< the suggested rate, once a test ended with one
  QLineSeries* lowest_;  ///< the rate of the lowest loss, beside it
  QLogValueAxis* x_;
  QValueAxis* y_;
  QLabel* about_;
  QLabel* result_;
  QPushButton* use_;
};

}  // namespace allcnn::ui
