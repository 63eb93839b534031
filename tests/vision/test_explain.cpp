// core/explain: the backpropagation rules against a hand computation, class activation maps
// against the logits, top-k, filters and activations on small networks.
#include <QtTest>

#include <torch/torch.h>

#include "common/error.h"
#include "explain/features.h"
#include "explain/prediction.h"
#include "explain/saliency.h"
#include "nn/model.h"

using namespace allcnn;

Q_DECLARE_METATYPE(allcnn::explain::BackpropRule)
Q_DECLARE_METATYPE(allcnn::nn::Architecture)

namespace {

bool same(const torch::Tensor& a, const torch::Tensor& b, double tolerance = 1e-5) {
  return a.sizes() == b.sizes() && torch::allclose(a, b, tolerance, tolerance);
}

nn::ConvNet small_net(nn::Architecture arch) {
  nn::ModelOptions options;
  options.arch = arch;
  options.width = 0.1;
  options.batch_norm = true;
  options.dropout = true;
  options.in_channels = 3;
  options.classes = 5;
  options.input_size = 16;
  nn::ConvNet net(options);
  net->eval();
  return net;
}

}  // namespace

class TestExplain : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { torch::manual_seed(7); }

  // x = (2, 1, -3); hidden h = W1 x = (2, -2, 3): units 0 and 2 pass the ReLU, unit 1 does not.
  // The class-0 score is W2[0] . relu(h) with W2[0] = (2, 1, -1), so the gradient arriving at
  // the ReLU is g = (2, 1, -1). By hand:
  //   gradient:  g * [h > 0]          = (2, 0, -1) -> W1^T (2, 0, -1) = (1, -1, 0)
  //   deconvnet: g * [g > 0]          = (2, 1,  0) -> W1^T (2, 1,  0) = (2,  1, 1)
  //   guided:    g * [h > 0] * [g > 0] = (2, 0, 0) -> W1^T (2, 0,  0) = (2,  0, 0)
  void rules_match_hand_computation_data() {
    QTest::addColumn<explain::BackpropRule>("rule");
    QTest::addColumn<QVector<float>>("expected");
    QTest::newRow("gradient") << explain::BackpropRule::Gradient << QVector<float>{1, -1, 0};
    QTest::newRow("deconvnet") << explain::BackpropRule::Deconvnet << QVector<float>{2, 1, 1};
    QTest::newRow("guided") << explain::BackpropRule::Guided << QVector<float>{2, 0, 0};
  }
  void rules_match_hand_computation() {
    QFETCH(explain::BackpropRule, rule);
    QFETCH(QVector<float>, expected);
    torch::nn::Linear first(torch::nn::LinearOptions(3, 3).bias(false));
    torch::nn::Linear second(torch::nn::LinearOptions(3, 2).bias(false));
    {
      torch::NoGradGuard no_grad;
      first->weight.copy_(
          torch::tensor({1.f, 0.f, 0.f, 0.f, 1.f, 1.f, 1.f, 1.f, 0.f}).view({3, 3}));
      second->weight.copy_(torch::tensor({2.f, 1.f, -1.f, 0.5f, 0.5f, 0.5f}).view({2, 3}));
    }
    torch::nn::Sequential stack(first, torch::nn::ReLU(), second);
    const auto x = torch::tensor({2.f, 1.f, -3.f}).view({1, 3});
    const auto saliency = explain::backprop_saliency(stack, x, {3, 0}, rule);
    const auto want =
        torch::tensor(std::vector<float>(expected.begin(), expected.end())).view({1, 3});
    QVERIFY2(same(saliency, want), "the rule's backward pass differs from the hand computation");
    // The model's parameters are untouched: no gradients accumulated.
    QVERIFY(!first->weight.grad().defined());
  }

  // The gradient rule is the ordinary gradient of the class score.
  void gradient_rule_is_autograd() {
    auto net = small_net(nn::Architecture::AllCnnC);
    const auto x = torch::randn({1, 3, 16, 16});
    const auto saliency = explain::class_saliency(*net, x, 2, explain::BackpropRule::Gradient);
    auto input = x.clone().requires_grad_(true);
    net->forward(input)[0][2].backward();
    QVERIFY(same(saliency, input.grad()));
    // Guided backpropagation differs from it on a real network and keeps the input's shape.
    const auto guided = explain::class_saliency(*net, x, 2, explain::BackpropRule::Guided);
    QCOMPARE(guided.sizes(), x.sizes());
    QVERIFY(!same(guided, saliency));
  }

  void cam_averages_to_logits_data() {
    QTest::addColumn<nn::Architecture>("arch");
    QTest::newRow("model-c") << nn::Architecture::ModelC;
    QTest::newRow("strided-cnn-c") << nn::Architecture::StridedCnnC;
    QTest::newRow("convpool-cnn-c") << nn::Architecture::ConvPoolCnnC;
    QTest::newRow("all-cnn-c") << nn::Architecture::AllCnnC;
  }
  void cam_averages_to_logits() {
    QFETCH(nn::Architecture, arch);
    auto net = small_net(arch);
    torch::NoGradGuard no_grad;
    const auto x = torch::randn({2, 3, 16, 16});
    const auto maps = explain::class_activation_maps(*net, x);
    QCOMPARE(maps.dim(), 4);
    QCOMPARE(maps.size(1), int64_t(5));
    QVERIFY(maps.size(2) > 1);  // real maps, not already pooled
    QVERIFY(same(maps.mean({2, 3}), net->forward(x)));
  }

  void top_k_sorts_softmax() {
    const auto logits = torch::tensor({1.f, 3.f, 2.f}).view({1, 3});
    const auto rows = explain::top_k(logits, 2, {"a", "b", "c"});
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].size(), size_t(2));
    QCOMPARE(rows[0][0].name, std::string("b"));
    QCOMPARE(rows[0][1].name, std::string("c"));
    const double sum = std::exp(1.0) + std::exp(3.0) + std::exp(2.0);
    QVERIFY(std::abs(rows[0][0].probability - std::exp(3.0) / sum) < 1e-9);
    QCOMPARE(explain::top_k(logits, 10, {}).at(0).size(), size_t(3));  // k capped, names = index
    QCOMPARE(explain::top_k(logits, 10, {}).at(0).at(2).name, std::string("0"));
  }

  void filters_and_activations() {
    auto net = small_net(nn::Architecture::AllCnnC);
    const auto first = explain::layer_filters(*net, 0);
    QVERIFY(first.first_layer);
    QCOMPARE(first.layer, std::string("conv1"));
    QCOMPARE(first.patches.size(1), int64_t(3));
    const auto flat = first.patches.flatten(1);
    QVERIFY(same(std::get<0>(flat.min(1)), torch::zeros({flat.size(0)})));
    QVERIFY(same(std::get<0>(flat.max(1)), torch::ones({flat.size(0)})));
    const auto deeper = explain::layer_filters(*net, 1);
    QCOMPARE(deeper.patches.size(1), first.patches.size(0));
    bool thrown = false;
    try {
      explain::layer_filters(*net, 99);
    } catch (const allcnn::Error&) {
      thrown = true;
    }
    QVERIFY(thrown);

    const auto x = torch::randn({1, 3, 16, 16});
    const auto layers = explain::layer_activations(*net, x);
    QCOMPARE(layers.size(), net->layer_count());
    QCOMPARE(layers.front().name, net->layer_names().front());
    torch::NoGradGuard no_grad;
    QVERIFY(same(layers.back().maps, net->forward(x)[0]));
  }
};

QTEST_APPLESS_MAIN(TestExplain)
#include "test_explain.moc"
