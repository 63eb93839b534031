// Shared by test_workbench and bench_ui: fills the workbench's form the way a user would and
// measures how long the event loop goes without running a 10 ms timer.
#pragma once

#include <algorithm>
#include <vector>

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QtTest>

#include "main_window.h"

namespace allcnn::ui::testing {

/// The short, real run the GUI tests launch: a narrow All-CNN-C on a slice of Fashion-MNIST.
struct ShortRun {
  QString runs_dir;
  int epochs = 2;
  int train_limit = 512;
  int test_limit = 512;
  int batch_size = 64;
  QString init = QStringLiteral("he-normal");
};

template <typename T>
T* field(MainWindow& window, const char* name) {
  auto* widget = window.findChild<T*>(QLatin1String(name));
  if (!widget) qFatal("no field %s in the form", name);
  return widget;
}

inline void type_into(MainWindow& window, const char* name, const QString& text) {
  auto* edit = field<QLineEdit>(window, name);
  edit->selectAll();
  QTest::keyClick(edit, Qt::Key_Delete);
  QTest::keyClicks(edit, text);
}

inline void choose(MainWindow& window, const char* name, const QString& value) {
  auto* box = field<QComboBox>(window, name);
  const int index = box->findData(value);
  if (index < 0) qFatal("%s has no item %s", name, qPrintable(value));
  box->setCurrentIndex(index);
}

inline void fill_form(MainWindow& window, const ShortRun& run) {
  choose(window, "dataset", QStringLiteral("fashion-mnist"));
  type_into(window, "data_dir", QStringLiteral(ALLCNN_FASHION_MNIST_DIR));
  field<QSpinBox>(window, "train_limit")->setValue(run.train_limit);
  field<QSpinBox>(window, "test_limit")->setValue(run.test_limit);
  choose(window, "arch", QStringLiteral("all-cnn-c"));
  type_into(window, "width", QStringLiteral("0.125"));
  choose(window, "init", run.init);
  choose(window, "optimizer", QStringLiteral("sgd"));
  type_into(window, "learning_rate", QStringLiteral("0.01"));
  field<QCheckBox>(window, "flip")->setChecked(true);
  field<QSpinBox>(window, "batch_size")->setValue(run.batch_size);
  field<QSpinBox>(window, "epochs")->setValue(run.epochs);
  type_into(window, "seed", QStringLiteral("3"));
  choose(window, "device", QStringLiteral("cpu"));
  type_into(window, "runs_dir", run.runs_dir);
  type_into(window, "name", QString());
}

/// Records the gaps between the ticks of a 10 ms timer: with a free event loop they stay near
/// 10 ms; a blocked GUI thread shows up as one long gap.
class LatencyProbe : public QObject {
 public:
  LatencyProbe() {
    timer_.setInterval(10);
    timer_.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer_, &QTimer::timeout, this, [this] {
      const qint64 now = clock_.nsecsElapsed();
      if (last_ns_ >= 0) gaps_ms_.push_back((now - last_ns_) / 1e6);
      last_ns_ = now;
    });
  }
  void start() {
    gaps_ms_.clear();
    last_ns_ = -1;
    clock_.start();
    timer_.start();
  }
  void stop() { timer_.stop(); }
  double max_ms() const {
    return gaps_ms_.empty() ? 0.0 : *std::max_element(gaps_ms_.begin(), gaps_ms_.end());
  }
  double percentile_ms(double p) const {
    if (gaps_ms_.empty()) return 0.0;
    std::vector<double> sorted = gaps_ms_;
    std::sort(sorted.begin(), sorted.end());
    const size_t index = std::min(sorted.size() - 1, static_cast<size_t>(p * sorted.size()));
    return sorted[index];
  }
  size_t ticks() const { return gaps_ms_.size(); }

 private:
  QTimer timer_;
  QElapsedTimer clock_;
  qint64 last_ns_ = -1;
  std::vector<double> gaps_ms_;
};

}  // namespace allcnn::ui::testing
