#pragma once

#include <QSpinBox>

class QFormLayout;
class QLabel;

namespace allcnn::ui {

/// How many processes train a run (data-parallel training; 1: this one alone): the Processes
/// field of the settings form and of the Resume dialog. Not a setting of the run (a run trains
/// alike on any number, and resumes on any number), so it is not in the settings table; this is
/// its one description, as `allcnn train --world-size` is the CLI's. GUI thread only.
class ProcessesBox : public QSpinBox {
  Q_OBJECT

 public:
  static constexpr int kMaxProcesses = 256;

  explicit ProcessesBox(QWidget* parent = nullptr);

  /// Adds the box to `form` with its label ("Processes", with the box's tooltip) under the row
  /// of `threads` (the CPU threads' field, which it shares out), or last when that is null or
  /// not in `form`. Returns the label.
  QLabel* add_under(QFormLayout* form, QWidget* threads);
};

}  // namespace allcnn::ui
