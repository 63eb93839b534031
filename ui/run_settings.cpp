#include "run_settings.h"

#include <QSettings>

namespace allcnn::ui {
namespace {

// One table drives both directions so a new setting cannot be saved but never loaded.
template <typename Visitor>
void visit_fields(RunSettings& s, Visitor&& v) {
  v("dataset", s.dataset);
  v("data_dir", s.data_dir);
  v("train_limit", s.train_limit);
  v("test_limit", s.test_limit);
  v("arch", s.arch);
  v("width", s.width);
  v("batch_norm", s.batch_norm);
  v("dropout", s.dropout);
  v("init", s.init);
  v("init_std", s.init_std);
  v("lsuv_tolerance", s.lsuv_tolerance);
  v("lsuv_max_iterations", s.lsuv_max_iterations);
  v("lsuv_batch_size", s.lsuv_batch_size);
  v("lsuv_min_outputs", s.lsuv_min_outputs);
  v("lsuv_layers", s.lsuv_layers);
  v("weights", s.weights);
  v("optimizer", s.optimizer);
  v("learning_rate", s.learning_rate);
  v("momentum", s.momentum);
  v("nesterov", s.nesterov);
  v("weight_decay", s.weight_decay);
  v("rho", s.rho);
  v("beta1", s.beta1);
  v("beta2", s.beta2);
  v("epsilon", s.epsilon);
  v("schedule", s.schedule);
  v("decay", s.decay);
  v("milestones", s.milestones);
  v("gamma", s.gamma);
  v("warmup_epochs", s.warmup_epochs);
  v("shift", s.shift);
  v("shift_fraction", s.shift_fraction);
  v("flip", s.flip);
  v("normalize", s.normalize);
  v("zca", s.zca);
  v("zca_epsilon", s.zca_epsilon);
  v("batch_size", s.batch_size);
  v("epochs", s.epochs);
  v("seed", s.seed);
  v("device", s.device);
  v("threads", s.threads);
  v("bf16", s.bf16);
  v("metrics_every", s.metrics_every);
  v("runs_dir", s.runs_dir);
  v("name", s.name);
  v("checkpoint_every", s.checkpoint_every);
}

}  // namespace

void save_run_settings(const RunSettings& settings, QSettings& store) {
  RunSettings copy = settings;
  store.beginGroup(QStringLiteral("run"));
  visit_fields(copy, [&store](const char* key, const auto& value) {
    store.setValue(QLatin1String(key), QVariant::fromValue(value));
  });
  store.endGroup();
}

RunSettings load_run_settings(QSettings& store, const RunSettings& defaults) {
  RunSettings settings = defaults;
  store.beginGroup(QStringLiteral("run"));
  visit_fields(settings, [&store](const char* key, auto& value) {
    using T = std::decay_t<decltype(value)>;
    const QVariant stored = store.value(QLatin1String(key));
    if (stored.isValid() && stored.canConvert<T>()) value = stored.value<T>();
  });
  store.endGroup();
  return settings;
}

}  // namespace allcnn::ui
