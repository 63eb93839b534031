// The LSUV inspector's only contact with core (and so with torch).
#include <algorithm>
#include <iterator>

#include <QObject>

#include <torch/torch.h>

#include "background_task.h"
#include "common/device.h"
#include "common/error.h"
#include "data/augment.h"
#include "data/batcher.h"
#include "data/dataset.h"
#include "engine_text.h"
#include "init/initializers.h"
#include "init/lsuv.h"
#include "lsuv_data.h"
#include "nn/model.h"
#include "runs/run_reader.h"

namespace allcnn::ui {

namespace {

QVector<LsuvLayerRow> rows_from(const init::LsuvTrace& trace) {
  QVector<LsuvLayerRow> rows;
  for (const auto& layer : trace.layers) {
    LsuvLayerRow row;
    row.layer = QString::fromStdString(layer.layer);
    row.skipped = layer.skipped;
    row.skip_reason = QString::fromStdString(layer.skip_reason);
    for (const auto& step : layer.steps) {
      row.variances << step.variance;
      row.scales << step.scale;
    }
    row.variance_before = layer.variance_before;
    row.variance_after = layer.variance_after;
    row.elapsed_ms = layer.elapsed_ms;
    row.converged = layer.converged;
    rows << row;
  }
  return rows;
}

template <typename Fn>
LsuvInspection guarded(Fn fn) {
  try {
    return fn();
  } catch (const Error& e) {
    LsuvInspection failed;
    failed.error = error_text(e);
    return failed;
  } catch (const c10::Error& e) {
    LsuvInspection failed;
    failed.error = QString::fromStdString(e.what_without_backtrace());
    return failed;
  } catch (const std::exception& e) {
    LsuvInspection failed;
    failed.error = QString::fromStdString(e.what());
    return failed;
  }
}

}  // namespace

LsuvInspection inspect_run(const QString& run_dir) {
  return guarded([&] {
    const auto record = runs::read_run(run_dir.toStdString());
    LsuvInspection result;
    result.source = run_dir;
    if (record.lsuv) {
      result.trace = rows_from(*record.lsuv);
      result.tolerance = record.lsuv->options.tolerance;
    }
    if (record.config.contains("lsuv_tolerance"))
      result.tolerance = record.config.at("lsuv_tolerance").get<double>();
    for (const auto& row : record.drift) {
      const QString layer = QString::fromStdString(row.layer);
      auto it = std::find_if(result.drift.begin(), result.drift.end(),
                             [&](const DriftSeries& s) { return s.layer == layer; });
      if (it == result.drift.end()) {
        result.drift.push_back(DriftSeries{layer, {}, {}});
        it = result.drift.end() - 1;
      }
      it->epochs << static_cast<double>(row.epoch);
      it->variance << row.variance;
    }
    const auto add = [](QVector<StepSeries>& all, const std::string& layer, double step,
                        double value) {
      const QString name = QString::fromStdString(layer);
      auto it = std::find_if(all.begin(), all.end(),
                             [&](const StepSeries& s) { return s.layer == name; });
      if (it == all.end()) {
        all.push_back(StepSeries{name, {}, {}});
        it = all.end() - 1;
      }
      it->steps << step;
      it->values << value;
    };
    for (const auto& row : record.diagnostics) {
      const auto step = static_cast<double>(row.step + 1);  // batches trained
      add(result.dead_training, row.layer, step, row.dead_fraction);
      add(result.gradient_norms, row.layer, step, row.grad_norm);
    }
    if (result.trace.isEmpty() && result.drift.isEmpty() && result.dead_training.isEmpty())
      result.error = QObject::tr("%1 holds no LSUV trace and no drift measurements").arg(run_dir);
    return result;
  });
}

LsuvInspection inspect_fresh(const LsuvRequest& request, TaskControl& control) {
  return guarded([&] {
    const int steps = 1 + static_cast<int>(std::size(config::Choices<init::InitKind>::names));
    control.report(0.0, QObject::tr("Loading the dataset..."));
    const auto& data = request.data;
    const auto kind = data.dataset.value_or(data::default_dataset_kind());
    const auto splits =
        data::load_dataset(kind, data::resolve_dataset_dir(kind, data.data_dir), data.folder);
    const auto train = data.train_limit > 0 ? splits.train.head(data.train_limit) : splits.train;

    nn::ModelOptions options;
    options.arch = config::choice_from_string<nn::Architecture>(request.arch.toStdString(), "arch");
    options.width = request.width;
    options.batch_norm = request.batch_norm;
    options.in_channels = train.channels();
    options.input_size = train.height();
    options.classes = static_cast<int64_t>(train.class_names.size());

    data::Batcher batcher(train, request.batch_size, /*shuffle=*/true, data.seed);
    data::Batch batch;
    batcher.next(batch);
    // The GPU where there is one, as training would.
    const auto device = choose_device(DeviceSpec{});
    control.report(0.0, QObject::tr("Fitting the preprocessing..."));
    data::Augmenter augmenter(data.augment, train, device);
    const auto input = augmenter.preprocess(batch.images);

    init::LsuvOptions lsuv;
    lsuv.tolerance = request.tolerance;
    lsuv.max_iterations = request.max_iterations;
    for (const auto& layer : request.layers) lsuv.layers.push_back(layer.toStdString());

    LsuvInspection result;
    // Only the fitted preprocessing applies to the measured batch, not the random augmentation.
    QStringList preprocessing;
    if (data.augment.normalize()) preprocessing << QStringLiteral("normalize");
    if (data.augment.zca()) preprocessing << QStringLiteral("zca");
    result.source = QObject::tr("fresh %1 (width %2) on %3 images of %4 (%5, seed %6)")
                        .arg(request.arch)
                        .arg(request.width)
                        .arg(request.batch_size)
                        .arg(QString::fromStdString(config::choice_name(kind)),
                             preprocessing.isEmpty() ? QObject::tr("no preprocessing")
                                                     : preprocessing.join(QStringLiteral(", ")))
                        .arg(data.seed);
    result.tolerance = request.tolerance;
    int step = 1;
    for (const auto& entry : config::Choices<init::InitKind>::names) {
      const auto init_kind = entry.value;
      const std::string name = entry.name;
      if (control.cancelled()) {
        result.error = QObject::tr("Cancelled.");
        return result;
      }
      control.report(static_cast<double>(step++) / steps,
                     QObject::tr("Measuring %1...").arg(QString::fromStdString(name)));
      torch::manual_seed(data.seed);  // the same draw for every initializer
      nn::ConvNet net(options);
      net->to(device);
      init::initialize(*net, init_kind);
      if (init_kind == init::InitKind::Lsuv) {
        const auto trace = init::lsuv_initialize(*net, input, lsuv, control.cancel_flag());
        if (trace.stopped) {
          result.error = QObject::tr("Cancelled.");
          return result;
        }
        result.trace = rows_from(trace);
      }
      InitColumn column;
      column.init = QString::fromStdString(name);
      for (const auto& stats : init::measure_layers(*net, input)) {
        column.layers << QString::fromStdString(stats.layer);
        column.variance << stats.variance;
        column.mean << stats.mean;
        column.dead_fraction << stats.dead_fraction;
      }
      result.inits << column;
    }
    return result;
  });
}

}  // namespace allcnn::ui
