#include "training_worker.h"

#include <chrono>
#include <exception>

#include <torch/torch.h>

#include "common/device.h"
#include "common/error.h"
#include "engine_text.h"
#include "metrics_buffer.h"
#include "tensor_image.h"
#include "train/trainer.h"

namespace allcnn::ui {
namespace {

constexpr int64_t kPreviewImages = 64;

QString q(const std::string& text) { return QString::fromStdString(text); }

RunResult failure(QString subject, QString reason) {
  RunResult result;
  result.state = QStringLiteral("failed");
  result.subject = std::move(subject);
  result.reason = std::move(reason);
  return result;
}

}  // namespace

TrainingWorker::TrainingWorker(std::shared_ptr<MetricsBuffer> buffer, QObject* parent)
    : QObject(parent),
      buffer_(std::move(buffer)),
      control_(std::make_unique<train::RunControl>()) {}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::reset_control() {
  control_->stop = false;
  control_->pause = false;
}

void TrainingWorker::request_stop() { control_->stop = true; }

void TrainingWorker::set_paused(bool paused) { control_->pause = paused; }

void TrainingWorker::run(const train::RunConfig& config, const config::GroupTag& group) {
  Q_EMIT message(tr("Loading the data and preparing the run..."));
  drive([&config, &group](const train::TrainerCallbacks& callbacks) {
    return std::make_unique<train::Trainer>(config, callbacks, group);
  });
}

void TrainingWorker::resume(const QString& run_dir, const config::SettingChanges& changes) {
  Q_EMIT message(tr("Loading the data and the checkpoint of %1...").arg(run_dir));
  drive([&](const train::TrainerCallbacks& callbacks) {
    return train::Trainer::resume(run_dir.toStdString(), changes, callbacks);
  });
}

void TrainingWorker::drive(const Factory& make_trainer) {
  RunResult result;
  try {
    train::TrainerCallbacks callbacks;
    auto buffer = buffer_;
    callbacks.on_batch = [buffer](const metrics::BatchMetrics& m) { buffer->push(m); };
    callbacks.on_epoch = [buffer](const metrics::EpochMetrics& m) { buffer->push(m); };
    callbacks.on_message = [this](const Message& text) { Q_EMIT message(engine_text(text)); };
    callbacks.on_warning = [this](const Message& text) { Q_EMIT warning(engine_text(text)); };
    callbacks.on_diagnostics = [this](const std::vector<metrics::DiagnosticsRow>&) {
      Q_EMIT diagnostics_recorded();
    };
    // Stop works while an image folder is decoded too (that can take minutes).
    callbacks.on_load_progress = [this](int64_t done, int64_t total) {
      Q_EMIT load_progress(done, total);
      return !control_->stop.load();
    };
    callbacks.on_evaluation = [this](int64_t done, int64_t total) {
      Q_EMIT evaluation_progress(done, total);
    };
    // The preview: the first batch at once, then one every kPreviewIntervalMs at most. Both
    // run on the training thread; the images cross to the GUI as a QImage.
    auto last_preview = std::make_shared<std::chrono::steady_clock::time_point>();
    callbacks.preview_images = kPreviewImages;
    callbacks.preview_due = [last_preview] {
      const auto now = std::chrono::steady_clock::now();
      if (*last_preview != std::chrono::steady_clock::time_point{} &&
          now - *last_preview < std::chrono::milliseconds(kPreviewIntervalMs))
        return false;
      *last_preview = now;
      return true;
    };
    callbacks.on_preview = [this](const torch::Tensor& images, int64_t epoch, int64_t batch) {
      Q_EMIT preview_ready(batch_grid_image(images), static_cast<int>(epoch),
                           static_cast<int>(batch));
    };
    callbacks.on_lsuv = [this](const init::LsuvTrace& trace) {
      int converged = 0;
      for (const auto& layer : trace.layers) converged += layer.converged ? 1 : 0;
      Q_EMIT message(tr("LSUV: %1 of %2 layers converged in %3 ms")
                         .arg(converged)
                         .arg(trace.layers.size())
                         .arg(trace.elapsed_ms, 0, 'f', 0));
    };

    const std::unique_ptr<train::Trainer> trainer = make_trainer(callbacks);
    QString device = q(to_string(trainer->config().device));
    try {
      device = q(describe_device(choose_device(trainer->config().device)));
    } catch (const std::exception&) {
      // The trainer accepted the device; the status bar can show it as configured.
    }
    Q_EMIT run_started(q(trainer->run_dir()), device);

    const train::RunOutcome outcome = trainer->run(*control_);
    result.state = q(config::choice_name(outcome.state));
    result.subject = q(outcome.reason.subject);
    result.reason = engine_text(outcome.reason.message);
    result.run_dir = q(outcome.run_dir.empty() ? trainer->run_dir() : outcome.run_dir);
    result.best_validation_accuracy = outcome.best_validation_accuracy;
    result.best_epoch = outcome.best_epoch;
  } catch (const Error& e) {
    result = failure(q(e.subject()), engine_text(e.message()));
    if (control_->stop.load() && result.run_dir.isEmpty()) {
      // Stopped while the data was loading: nothing was created, nothing failed.
      result.state = QStringLiteral("stopped");
      result.subject.clear();
      result.reason = tr("stopped while loading the data");
    }
  } catch (const c10::Error& e) {
    result = failure({}, QString::fromLocal8Bit(e.what_without_backtrace()));
  } catch (const std::exception& e) {
    result = failure({}, QString::fromLocal8Bit(e.what()));
  } catch (...) {
    result = failure({}, tr("an unknown error"));
  }
  Q_EMIT run_ended(result);
}

}  // namespace allcnn::ui
