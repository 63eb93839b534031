// Shared by bench_ui and test_watchdog: run folders of the paper's length (350 epochs x 1,563
// batches), written the way the run writer writes them, and a run that grows as a trainer would.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTimer>

namespace allcnn::ui::testing {

// How fast run `variant` learns: the runs of a study differ, so that their curves can be told
// apart on a chart.
inline double learning_speed(int variant) { return 1.0 + 0.15 * variant; }

// One batches.csv row as the run writer formats it.
inline QByteArray batch_row(int64_t step, int64_t per_epoch, int variant = 0) {
  const int64_t epoch = step / per_epoch, batch = step % per_epoch;
  const double speed = learning_speed(variant);
  const double loss = 2.3 * std::exp(-step * speed / 200000.0) + 0.1 * std::sin(step * 0.37);
  return QStringLiteral("%1,%2,%3,%4,%5,0.01,1500,%6\n")
      .arg(step)
      .arg(epoch)
      .arg(batch)
      .arg(loss, 0, 'g', 9)
      .arg(std::min(1.0, 0.1 + step * speed / 2.4e6), 0, 'g', 9)
      .arg(step * 0.02, 0, 'f', 6)
      .toLatin1();
}

inline QByteArray epoch_row(int64_t epoch, int variant = 0) {
  const double speed = learning_speed(variant);
  return QStringLiteral("%1,%2,%3,%4,%5,0.01,%6,0\n")
      .arg(epoch)
      .arg(2.0 * std::exp(-epoch * speed / 100.0), 0, 'g', 9)
      .arg(0.95 - 0.45 * std::exp(-epoch * speed / 100.0), 0, 'g', 9)
      .arg(2.1 * std::exp(-epoch * speed / 100.0), 0, 'g', 9)
      .arg(0.9 - 0.45 * std::exp(-epoch * speed / 100.0), 0, 'g', 9)
      .arg(epoch * 31.26, 0, 'f', 6)
      .toLatin1();
}

// The first `steps` rows of a run of the paper's length (350 epochs x 1,563 batches of 32), as
// the run writer writes them; `variant` picks how fast it learns.
struct PaperRun {
  static constexpr int64_t kPerEpoch = 1563, kEpochs = 350;
  QByteArray batches, epochs;
  explicit PaperRun(int64_t steps = kPerEpoch * kEpochs, int variant = 0) {
    batches = "step,epoch,batch,loss,accuracy,learning_rate,images_per_second,elapsed_s\n";
    epochs = "epoch,train_loss,train_accuracy,val_loss,val_accuracy,learning_rate,elapsed_s,best\n";
    batches.reserve(steps * 80);
    for (int64_t step = 0; step < steps; ++step) {
      batches += batch_row(step, kPerEpoch, variant);
      if ((step + 1) % kPerEpoch == 0) epochs += epoch_row(step / kPerEpoch, variant);
    }
  }
  // A run folder `dir` (created) holding these rows, named `name`, with seed `seed`.
  void write_folder(const QString& dir, const QString& name, int seed) const {
    QDir().mkpath(dir);
    write_file(dir, "config.json",
               QStringLiteral(R"({"name": "%1", "arch": "all-cnn-c", "init": "lsuv", )"
                              R"("batch_size": 32, "epochs": 350, "seed": %2})")
                   .arg(name)
                   .arg(seed)
                   .toLatin1());
    write_file(dir, "status", "finished\n");
    write_file(dir, "batches.csv", batches);
    write_file(dir, "epochs.csv", epochs);
  }
  static void write_file(const QString& dir, const char* name, const QByteArray& bytes,
                         bool append = false) {
    QFile file(QDir(dir).filePath(QString::fromLatin1(name)));
    if (!file.open(append ? QIODevice::Append : QIODevice::WriteOnly)) std::abort();
    file.write(bytes);
  }
};

/// A run folder that grows as a trainer writes it: from `rows_per_tick` batch rows every
/// `interval_ms` (1,000 rows a second by default), with an epoch row at each epoch's end. The
/// rows are appended on the GUI thread's timer: a few kilobytes each time.
class LiveRun {
 public:
  /// Writes the folder with its first `epochs_done` epochs.
  LiveRun(const QString& dir, const QString& name, int64_t epochs_done)
      : dir_(dir), step_(epochs_done * PaperRun::kPerEpoch) {
    PaperRun(step_).write_folder(dir_, name, 0);
    QObject::connect(&timer_, &QTimer::timeout, [this] { append(); });
  }
  void start(int rows_per_tick = 100, int interval_ms = 100) {
    rows_per_tick_ = rows_per_tick;
    timer_.start(interval_ms);
  }
  void stop() { timer_.stop(); }
  /// The batch rows written so far.
  int64_t rows() const { return step_; }

 private:
  void append() {
    QByteArray rows, epoch_rows;
    for (int i = 0; i < rows_per_tick_; ++i, ++step_) {
      rows += batch_row(step_, PaperRun::kPerEpoch);
      if ((step_ + 1) % PaperRun::kPerEpoch == 0)
        epoch_rows += epoch_row(step_ / PaperRun::kPerEpoch);
    }
    PaperRun::write_file(dir_, "batches.csv", rows, /*append=*/true);
    if (!epoch_rows.isEmpty())
      PaperRun::write_file(dir_, "epochs.csv", epoch_rows, /*append=*/true);
  }

  QString dir_;
  int64_t step_;
  int rows_per_tick_ = 100;
  QTimer timer_;
};

}  // namespace allcnn::ui::testing
