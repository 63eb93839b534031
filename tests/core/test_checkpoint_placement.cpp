// A checkpoint loads onto the model's placement: every parameter, buffer and optimizer state
// keeps the device, dtype and memory format of the model it is loaded into, holds the saved
// values, and training continues from it exactly. On the CPU, a model in channels-last or
// bfloat16 stands in for a model on another device (the GPU suite, tests/cuda, does the rest).

#include <QtTest>

#include <string>
#include <vector>

#include <torch/torch.h>

#include "common/error.h"
#include "data/augment.h"
#include "nn/input_layout.h"
#include "nn/model.h"
#include "train/checkpoint.h"
#include "train/optimizer.h"

using namespace allcnn;

namespace {

struct Placement {
  bool channels_last = false;
  torch::Dtype dtype = torch::kFloat32;
};

nn::ModelOptions small_model() {
  nn::ModelOptions options;
  options.width = 0.125;
  options.batch_norm = true;  // buffers (running statistics, batch count) as well
  options.in_channels = 1;
  options.input_size = 16;
  options.classes = 10;
  return options;
}

nn::ConvNet placed_model(const Placement& placement, uint64_t seed) {
  torch::manual_seed(seed);
  nn::ConvNet net(small_model());
  net->to(placement.dtype);
  if (placement.channels_last) net->use_channels_last();
  return net;
}

// One training step on a fixed batch; the seed fixes dropout's draw.
void train_step(nn::ConvNetImpl& net, torch::optim::Optimizer& optimizer,
                const Placement& placement, uint64_t seed) {
  torch::manual_seed(seed);
  auto images = torch::rand({8, 1, 16, 16}).to(placement.dtype);
  if (placement.channels_last) images = nn::in_model_layout(images);
  const auto labels = torch::arange(8, torch::kLong) % 10;
  net.train();
  optimizer.zero_grad();
  const auto loss =
      torch::nn::functional::cross_entropy(net.forward(images).to(torch::kFloat32), labels);
  loss.backward();
  optimizer.step();
}

std::vector<torch::Tensor> state_tensors(torch::optim::Optimizer& optimizer,
                                         std::vector<torch::Tensor>* parameters = nullptr) {
  std::vector<torch::Tensor> tensors;
  train::visit_optimizer_state(optimizer,
                               [&](const torch::Tensor& parameter, torch::Tensor& state) {
                                 tensors.push_back(state);
                                 if (parameters != nullptr) parameters->push_back(parameter);
                               });
  return tensors;
}

// `tensor` sits where and how `like` (a parameter of the placed model) does.
void expect_placed_like(const torch::Tensor& tensor, const torch::Tensor& like,
                        const std::string& name) {
  QVERIFY2(tensor.device() == like.device(), name.c_str());
  QVERIFY2(tensor.scalar_type() == like.scalar_type(),
           (name + ": " + std::string(c10::toString(tensor.scalar_type())) + " instead of " +
            c10::toString(like.scalar_type()))
               .c_str());
  if (like.dim() == 4 && like.is_contiguous(torch::MemoryFormat::ChannelsLast) &&
      !like.is_contiguous())
    QVERIFY2(tensor.is_contiguous(torch::MemoryFormat::ChannelsLast),
             (name + " lost the channels-last layout").c_str());
  else
    QVERIFY2(tensor.is_contiguous(), (name + " is not contiguous").c_str());
}

}  // namespace

class TestCheckpointPlacement : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // The checkpoint's placement and the model's differ in most rows, as a checkpoint read onto
  // the CPU differs from a model on the GPU; where they are the same, training continues from
  // the checkpoint bit for bit.
  void placement_data() {
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<bool>("saved_channels_last");
    QTest::addColumn<bool>("saved_bf16");
    QTest::addColumn<bool>("channels_last");
    QTest::addColumn<bool>("bf16");
    const int sgd = static_cast<int>(train::OptimizerKind::Sgd);
    const int adam = static_cast<int>(train::OptimizerKind::Adam);
    const int rmsprop = static_cast<int>(train::OptimizerKind::RmsProp);
    QTest::newRow("sgd, contiguous fp32 into channels-last")
        << sgd << false << false << true << false;
    QTest::newRow("adam, contiguous fp32 into channels-last bf16")
        << adam << false << false << true << true;
    QTest::newRow("rmsprop, channels-last bf16 into contiguous fp32")
        << rmsprop << true << true << false << false;
    QTest::newRow("adam, channels-last fp32, same") << adam << true << false << true << false;
    QTest::newRow("sgd, channels-last bf16, same") << sgd << true << true << true << true;
  }

  void placement() {
    QFETCH(int, optimizer);
    QFETCH(bool, saved_channels_last);
    QFETCH(bool, saved_bf16);
    QFETCH(bool, channels_last);
    QFETCH(bool, bf16);
    const Placement saved_placement{saved_channels_last,
                                    saved_bf16 ? torch::kBFloat16 : torch::kFloat32};
    const Placement placement{channels_last, bf16 ? torch::kBFloat16 : torch::kFloat32};
    const bool same = saved_channels_last == channels_last && saved_bf16 == bf16;
    train::RunConfig config;
    config.optimizer = static_cast<train::OptimizerKind>(optimizer);
    config.learning_rate = 0.01;

    // Train the source model two steps and save it with its optimizer state.
    auto source = placed_model(saved_placement, 1);
    auto source_optimizer = train::make_optimizer(config, source->parameters());
    train_step(*source, *source_optimizer, saved_placement, 10);
    train_step(*source, *source_optimizer, saved_placement, 11);
    QTemporaryDir dir;
    const std::string path = dir.filePath("last.pt").toStdString();
    train::TrainingPosition position;
    position.epoch = 3;
    position.step = 2;
    train::save_checkpoint(path, *source, source_optimizer.get(), data::AugmentFit{}, position);

    // A fresh model in the run's placement, with other weights, and a fresh optimizer.
    auto loaded = placed_model(placement, 2);
    auto loaded_optimizer = train::make_optimizer(config, loaded->parameters());
    const auto placed_parameters = loaded->named_parameters().values();
    QVERIFY(!torch::equal(placed_parameters[0].to(torch::kFloat32),
                          source->parameters()[0].to(torch::kFloat32)));
    data::AugmentFit fit;
    const auto restored = train::load_checkpoint(path, *loaded, loaded_optimizer.get(), &fit);
    QCOMPARE(restored.epoch, int64_t{3});
    QCOMPARE(restored.step, int64_t{2});

    // Every tensor keeps the placement of the model it was loaded into and holds the saved
    // values (converted to its dtype). The comparisons are with a fresh model placed the same
    // way, never with the source.
    const auto like = placed_model(placement, 3)->named_parameters();
    const auto source_parameters = source->named_parameters();
    size_t index = 0;
    for (const auto& item : loaded->named_parameters()) {
      expect_placed_like(item.value(), like[item.key()], item.key());
      // Still the very tensor the optimizer was given: loading copies into it.
      QVERIFY2(item.value().is_same(placed_parameters[index++]), item.key().c_str());
      QVERIFY2(item.value().requires_grad(), item.key().c_str());
      QVERIFY2(torch::equal(item.value(), source_parameters[item.key()].to(item.value().dtype())),
               (item.key() + " differs").c_str());
    }
    const auto source_buffers = source->named_buffers();
    QVERIFY(!source_buffers.is_empty());
    for (const auto& item : loaded->named_buffers()) {
      const auto& saved = source_buffers[item.key()];
      QVERIFY2(item.value().device() == saved.device(), item.key().c_str());
      QVERIFY2(torch::equal(item.value(), saved.to(item.value().dtype())),
               (item.key() + " differs").c_str());
    }

    std::vector<torch::Tensor> owners;
    const auto saved_state = state_tensors(*source_optimizer);
    const auto loaded_state = state_tensors(*loaded_optimizer, &owners);
    QVERIFY(!saved_state.empty());
    QCOMPARE(loaded_state.size(), saved_state.size());
    for (size_t i = 0; i < loaded_state.size(); ++i) {
      const std::string name = "optimizer state " + std::to_string(i);
      expect_placed_like(loaded_state[i], owners[i], name);
      QVERIFY2(torch::equal(loaded_state[i], saved_state[i].to(loaded_state[i].dtype())),
               (name + " differs").c_str());
    }

    // Training continues from the checkpoint in the run's placement; where that is the source's,
    // exactly as the source continues.
    train_step(*loaded, *loaded_optimizer, placement, 12);
    for (const auto& item : loaded->named_parameters())
      expect_placed_like(item.value(), like[item.key()], item.key() + " after the next step");
    if (!same) return;
    train_step(*source, *source_optimizer, saved_placement, 12);
    for (const auto& item : loaded->named_parameters())
      QVERIFY2(torch::equal(item.value(), source_parameters[item.key()]),
               (item.key() + " differs after the next step").c_str());
  }

  // A checkpoint of another model is refused by name, before any tensor is touched.
  void another_model_is_refused() {
    auto source = placed_model({true, torch::kFloat32}, 1);
    QTemporaryDir dir;
    const std::string path = dir.filePath("last.pt").toStdString();
    train::save_checkpoint(path, *source, nullptr, data::AugmentFit{}, {});
    auto options = small_model();
    options.width = 0.25;
    nn::ConvNet wider(options);
    const auto before = wider->parameters()[0].clone();
    try {
      train::load_checkpoint(path, *wider, nullptr, nullptr);
      QFAIL("a checkpoint of a narrower model was accepted");
    } catch (const Error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("another model")), e.what());
      QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("last.pt")), e.what());
    }
    QVERIFY(torch::equal(wider->parameters()[0], before));
  }
};

QTEST_GUILESS_MAIN(TestCheckpointPlacement)
#include "test_checkpoint_placement.moc"
