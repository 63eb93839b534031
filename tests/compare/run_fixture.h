#pragma once

// Writes run folders the way the engine does (core's RunWriter), for the compare tests.

#include <cmath>
#include <string>

#include <QDir>
#include <QString>

#include <nlohmann/json.hpp>

#include "runs/run_folder.h"
#include "runs/run_writer.h"

namespace allcnn::test {

/// The loss of a fixture run at a step: a smooth decay, distinct per `scale`.
inline double fixture_loss(double scale, int64_t step) { return scale * 2.3 / (1.0 + 0.1 * step); }

/// Creates `root/name` as a finished (or `state`) run with `epochs` epochs of `batches` batches.
/// Validation accuracy peaks at epoch `best_epoch` so the best-epoch logic has something to find.
/// `seed` >= 0 is written into config.json; `test_accuracy_of_best` >= 0 into test.json (as a
/// run with a validation split writes it when it finishes). A run of a group (a sweep) records
/// `group` as a sweep does.
inline QString write_fixture_run(const QString& root, const std::string& name,
                                 const std::string& init, int epochs, int batches, double scale,
                                 int best_epoch, const std::string& state = "finished",
                                 int seed = -1, double test_accuracy_of_best = -1,
                                 const config::GroupTag& group = {}) {
  const QString dir = QDir(root).filePath(QString::fromStdString(name));
  QDir().mkpath(dir);
  nlohmann::json config = {{"name", name},        {"arch", "all-cnn-c"}, {"init", init},
                           {"optimizer", "adam"}, {"augment", "none"},   {"batch_size", 64},
                           {"epochs", epochs},    {"lr", 0.001}};
  if (seed >= 0) config["seed"] = seed;
  config::Provenance provenance;
  provenance.device = "cpu";
  provenance.created = "2026-11-28T12:00:00+0000";
  provenance.group = group;
  const runs::RunFolder folder(dir.toStdString());
  folder.write_config(config, provenance);
  runs::RunWriter writer(folder);
  int64_t step = 0;
  for (int e = 0; e < epochs; ++e) {
    for (int b = 0; b < batches; ++b, ++step) {
      metrics::BatchMetrics m;
      m.epoch = e;
      m.batch = b;
      m.batches_per_epoch = batches;
      m.step = step;
      m.loss = fixture_loss(scale, step);
      m.accuracy = 1.0 - m.loss / 3.0;
      m.learning_rate = 0.001;
      m.images_per_second = 100;
      m.elapsed_s = 0.5 * static_cast<double>(step + 1);
      writer.append_batch(m);
    }
    metrics::EpochMetrics em;
    em.epoch = e;
    em.train_loss = fixture_loss(scale, step - 1);
    em.train_accuracy = 0.5 + 0.01 * e;
    em.validation.loss = 1.0 - 0.1 * e;
    em.validation.accuracy = e == best_epoch ? 0.9 : 0.6 + 0.01 * e;
    em.validation.count = 10;
    em.learning_rate = 0.001;
    em.elapsed_s = 0.5 * static_cast<double>(step);
    em.best = e == best_epoch;
    writer.append_epoch(em);
  }
  if (test_accuracy_of_best >= 0) {
    metrics::TestResults test;
    test.best.epoch = best_epoch;
    test.best.evaluation.accuracy = test_accuracy_of_best;
    test.best.evaluation.loss = 0.5;
    test.best.evaluation.count = 10;
    test.last = test.best;
    test.last.epoch = epochs - 1;
    writer.write_test(test);
  }
  folder.write_status(state);
  return dir;
}

}  // namespace allcnn::test
