#include "training_worker.h"

#include <algorithm>
#include <chrono>
#include <exception>

#include <torch/torch.h>
#include <QDir>
#include <QTemporaryFile>
#include <QThread>
#include <nlohmann/json.hpp>

#include "common/device.h"
#include "common/error.h"
#include "config/setting_changes.h"
#include "dist/free_port.h"
#include "dist/process_group.h"
#include "engine_text.h"
#include "metrics_buffer.h"
#include "rank_processes.h"
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

/// A data-parallel run's automatic CPU threads: each process gets its share of the cores.
int cores_per_process(int processes) {
  return std::max(1, QThread::idealThreadCount() / processes);
}

/// Whether rank 0 failed because another process of the group went away (or never came).
bool lost_the_group(MessageCode code) {
  return code == MessageCode::DistPeerLost || code == MessageCode::DistRendezvousFailed;
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

void TrainingWorker::run(const train::RunConfig& config, const config::GroupTag& group,
                         int processes) {
  Q_EMIT message(tr("Loading the data and preparing the run..."));
  if (processes <= 1) {
    drive([&config, &group](const train::TrainerCallbacks& callbacks) {
      return std::make_unique<train::Trainer>(config, callbacks, group);
    });
    return;
  }
  train::RunConfig shared = config;
  if (shared.threads == 0) shared.threads = cores_per_process(processes);
  RankProcesses ranks;
  QTemporaryFile config_file(QDir::temp().filePath(QStringLiteral("allcnn-ranks-XXXXXX.json")));
  drive(
      [&](const train::TrainerCallbacks& callbacks) {
        nlohmann::json json;
        to_json(json, shared);
        const std::string text = json.dump(2);
        if (!config_file.open() ||
            config_file.write(text.data(), static_cast<qint64>(text.size())) !=
                static_cast<qint64>(text.size()) ||
            !config_file.flush())
          throw Error(config_file.fileName().toStdString(),
                      config_file.errorString().toStdString());
        auto process_group = join_as_rank_zero(
            ranks, {QStringLiteral("--config"), config_file.fileName()}, processes);
        shared.device =
            device_for_local_rank(shared.device, 0, static_cast<int>(torch::cuda::device_count()));
        return std::make_unique<train::Trainer>(shared, callbacks, group, process_group);
      },
      &ranks);
}

void TrainingWorker::resume(const QString& run_dir, const config::SettingChanges& changes,
                            int processes) {
  Q_EMIT message(tr("Loading the data and the checkpoint of %1...").arg(run_dir));
  if (processes <= 1) {
    drive([&](const train::TrainerCallbacks& callbacks) {
      return train::Trainer::resume(run_dir.toStdString(), changes, callbacks);
    });
    return;
  }
  RankProcesses ranks;
  drive(
      [&](const train::TrainerCallbacks& callbacks) {
        // Every rank continues with the same changes, the others as `allcnn train --resume DIR`
        // with them as flags (they read the folder's config.json, which rank 0 updates); with
        // automatic threads, each process gets its share of the cores, as in run().
        config::SettingChanges shared = changes;
        if (train::Trainer::resumed_config(run_dir.toStdString(), changes).threads == 0)
          shared.push_back({"threads", std::to_string(cores_per_process(processes))});
        QStringList arguments{QStringLiteral("--resume"), run_dir};
        for (const std::string& flag : config::cli_arguments(shared))
          arguments << QString::fromStdString(flag);
        auto process_group = join_as_rank_zero(ranks, arguments, processes);
        return train::Trainer::resume(run_dir.toStdString(), shared, callbacks, process_group);
      },
      &ranks);
}

std::shared_ptr<dist::ProcessGroup> TrainingWorker::join_as_rank_zero(RankProcesses& ranks,
                                                                      const QStringList& arguments,
                                                                      int processes) {
  // Emitted on the ranks' thread: this thread is busy training.
  connect(&ranks, &RankProcesses::line, this, &TrainingWorker::message, Qt::DirectConnection);
  Q_EMIT message(tr("Starting the run's other processes (allcnn train): %1").arg(processes - 1));
  dist::GroupOptions options;
  options.world_size = processes;
  options.rank = 0;
  options.master_port = dist::free_local_port();
  // A rank's process that ends, or a stop, ends the wait for the others at once. (The stop's
  // reason is not shown: drive() reports a stop before the run began as such.)
  options.abandon = [&ranks, this] {
    return control_->stop.load() ? std::string("stopped") : ranks.failure().toStdString();
  };
  if (const QString why =
          ranks.start(RankProcesses::cli_program(), arguments, processes, options.master_port);
      !why.isEmpty())
    throw Error("", why.toStdString());
  auto process_group = std::make_shared<dist::ProcessGroup>(options);
  Q_EMIT message(engine_text(process_group->joined()));
  return process_group;
}

void TrainingWorker::drive(const Factory& make_trainer, RankProcesses* ranks) {
  RunResult result;
  bool lost_group = false;
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
    lost_group = lost_the_group(outcome.reason.message.code);
  } catch (const Error& e) {
    result = failure(q(e.subject()), engine_text(e.message()));
    lost_group = lost_the_group(e.message().code);
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
  if (ranks) {
    // The others end after the same step; when this one failed, they fail at their next
    // collective, or wait in the rendezvous until killed.
    ranks->finish(result.state == QLatin1String("failed") ? 3000 : kRanksEndTimeoutMs);
    if (const QString why = ranks->failure();
        result.state == QLatin1String("failed") && lost_group && !why.isEmpty()) {
      result.subject.clear();
      result.reason = why;
    }
  }
  Q_EMIT run_ended(result);
}

}  // namespace allcnn::ui
