#include <QtTest>

#include <cmath>

#include "config/run_config.h"
#include "train/schedule.h"

using allcnn::train::learning_rate_at;
using allcnn::train::RunConfig;

class TestSchedule : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void optimizer_defaults_follow_the_keras_scripts() {
    RunConfig config;
    QCOMPARE(config.base_learning_rate(), 0.01);
    config.optimizer = allcnn::train::OptimizerKind::Adam;
    QCOMPARE(config.base_learning_rate(), 0.001);
    config.optimizer = allcnn::train::OptimizerKind::RmsProp;
    QCOMPARE(config.base_learning_rate(), 0.001);
    config.learning_rate = 0.05;
    QCOMPARE(config.base_learning_rate(), 0.05);
  }

  void constant_stays() {
    RunConfig config;
    for (int64_t step : {0, 10, 100000}) QCOMPARE(learning_rate_at(config, step, 100), 0.01);
  }

  void time_decay_is_keras_decay() {
    RunConfig config;
    config.schedule = allcnn::train::ScheduleKind::TimeDecay;
    config.decay = 1e-3;
    QCOMPARE(learning_rate_at(config, 0, 100), 0.01);
    QVERIFY(std::abs(learning_rate_at(config, 1000, 100) - 0.01 / 2.0) < 1e-15);
    QVERIFY(std::abs(learning_rate_at(config, 3000, 100) - 0.01 / 4.0) < 1e-15);
  }

  void steps_follow_the_paper() {
    RunConfig config;
    config.schedule = allcnn::train::ScheduleKind::Steps;  // x0.1 at epochs 200, 250, 300
    const int64_t per_epoch = 391;
    QCOMPARE(learning_rate_at(config, 199 * per_epoch + 390, per_epoch), 0.01);
    QVERIFY(std::abs(learning_rate_at(config, 200 * per_epoch, per_epoch) - 0.001) < 1e-15);
    QVERIFY(std::abs(learning_rate_at(config, 250 * per_epoch, per_epoch) - 0.0001) < 1e-15);
    QVERIFY(std::abs(learning_rate_at(config, 349 * per_epoch, per_epoch) - 0.00001) < 1e-15);
  }

  void cosine_goes_from_base_to_zero() {
    RunConfig config;
    config.schedule = allcnn::train::ScheduleKind::Cosine;
    config.epochs = 10;
    QCOMPARE(learning_rate_at(config, 0, 100), 0.01);
    QVERIFY(std::abs(learning_rate_at(config, 500, 100) - 0.005) < 1e-12);
    QVERIFY(learning_rate_at(config, 1000, 100) < 1e-12);
  }

  void warmup_ramps_linearly() {
    RunConfig config;
    config.warmup_epochs = 1;
    QVERIFY(std::abs(learning_rate_at(config, 0, 100) - 0.0001) < 1e-15);
    QVERIFY(std::abs(learning_rate_at(config, 49, 100) - 0.005) < 1e-15);
    QCOMPARE(learning_rate_at(config, 100, 100), 0.01);
  }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "test_schedule.moc"
