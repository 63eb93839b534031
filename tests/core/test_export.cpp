// Exports: TensorBoard event files byte for byte against a golden file made by an independent
// Python script, and TorchScript modules loaded back in C++ and in Debian's python3-torch,
// whose outputs must equal ours on real Fashion-MNIST images.
#include <QProcess>
#include <QtTest>

#include <cstring>
#include <filesystem>
#include <fstream>

#include <torch/script.h>
#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "data/dataset.h"
#include "export/tensorboard_export.h"
#include "export/tfevents.h"
#include "export/torchscript_export.h"
#include "train/run_model.h"
#include "train/trainer.h"

using namespace allcnn;
namespace fs = std::filesystem;

namespace {

const std::string kExportDir = ALLCNN_EXPORT_TEST_DIR;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_raw(const fs::path& path, const torch::Tensor& t) {
  const auto data = t.to(torch::kFloat32).contiguous();
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(data.data_ptr<float>()),
             static_cast<std::streamsize>(data.numel() * sizeof(float)));
}

// One record read back: checks the framing and both CRCs, returns the payload.
struct RecordReader {
  std::string bytes;
  size_t at = 0;
  bool next(std::string& payload) {
    if (at + 12 > bytes.size()) return false;
    uint64_t length = 0;
    uint32_t length_crc = 0, data_crc = 0;
    std::memcpy(&length, bytes.data() + at, 8);
    std::memcpy(&length_crc, bytes.data() + at + 8, 4);
    if (length_crc != exporting::masked_crc32c(bytes.data() + at, 8)) return false;
    if (at + 12 + length + 4 > bytes.size()) return false;
    payload = bytes.substr(at + 12, length);
    std::memcpy(&data_crc, bytes.data() + at + 12 + length, 4);
    if (data_crc != exporting::masked_crc32c(payload.data(), payload.size())) return false;
    at += 12 + length + 4;
    return true;
  }
};

train::RunConfig tiny_config(const std::string& runs, const std::string& name) {
  train::RunConfig config;
  config.dataset = data::DatasetKind::FashionMnist;
  config.data_dir = ALLCNN_FASHION_MNIST_DIR;
  config.model.width = 0.125;
  config.train_limit = 512;
  config.test_limit = 128;
  config.batch_size = 64;
  config.epochs = 1;
  config.lsuv.batch_size = 64;
  config.device = DeviceSpec{DeviceKind::Cpu};
  config.runs_dir = runs;
  config.name = name;
  config.checkpoint_every = 0;
  config.drift_every = 0;
  return config;
}

}  // namespace

class TestExport : public QObject {
  Q_OBJECT

  QTemporaryDir temp_;
  std::string path(const std::string& name) const {
    return (fs::path(temp_.path().toStdString()) / name).string();
  }

  // Must match SCALARS in make_tfevents_golden.py.
  void write_golden_events(const std::string& file) {
    exporting::EventFileWriter writer(file, 1700000000.5);
    writer.add_scalar("batch/loss", 0, 1700000001.25, 2.302585);
    writer.add_scalar("batch/accuracy", 1, 1700000001.5, 0.125);
    writer.add_scalar("epoch/validation_accuracy", 300, 1700000100.0, 0.875);
    std::string long_tag = "a/";
    for (int i = 0; i < 40; ++i) long_tag += "long";
    writer.add_scalar(long_tag, (int64_t(1) << 40) + 3, 1700000200.75, -1.5e-7);
    writer.close();
  }

  // Trains a short run, exports it and compares the module with our model on real images.
  void round_trip(const std::string& name, const std::function<void(train::RunConfig&)>& change) {
    auto config = tiny_config(temp_.path().toStdString(), name);
    change(config);
    train::Trainer trainer(config);
    train::RunControl control;
    QCOMPARE(trainer.run(control).state, train::RunState::Finished);

    const std::string file = exporting::export_torchscript(trainer.run_dir(), "best");
    QCOMPARE(file, (fs::path(trainer.run_dir()) / "export" / "model-best.pt").string());

    auto ours = train::load_run_model(trainer.run_dir(), "best", "cpu");
    auto test = data::load_dataset(data::DatasetKind::FashionMnist, ALLCNN_FASHION_MNIST_DIR)
                    .test.head(200);
    torch::Tensor our_logits;
    {
      torch::NoGradGuard no_grad;
      our_logits = ours.net->forward(ours.augmenter->preprocess(test.images)).contiguous();
    }
    const auto images = test.images.to(torch::kFloat32).div(255.0);

    // In C++: LibTorch's own loader.
    auto module = torch::jit::load(file);
    torch::NoGradGuard no_grad;
    const auto cpp_logits = module.forward({images}).toTensor();
    const double cpp_difference = (cpp_logits - our_logits).abs().max().item<double>();
    qInfo("%s: C++ torch::jit::load max abs difference %.3g", name.c_str(), cpp_difference);
    QVERIFY(cpp_difference < 1e-4);
    QVERIFY(torch::equal(cpp_logits.argmax(1), our_logits.argmax(1)));

    // In Python: Debian's python3-torch.
    write_raw(path(name + "-images.bin"), images);
    write_raw(path(name + "-logits.bin"), our_logits);
    const nlohmann::json expected = {{"class_names", ours.class_names},
                                     {"in_channels", 1},
                                     {"input_size", 28},
                                     {"tolerance", 1e-4}};
    std::ofstream(path(name + "-expected.json")) << expected.dump();
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(ALLCNN_PYTHON,
                 {QString::fromStdString(kExportDir + "/torchscript_roundtrip.py"),
                  QString::fromStdString(file), QString::fromStdString(path(name + "-images.bin")),
                  QString::fromStdString(path(name + "-logits.bin")),
                  QString::fromStdString(path(name + "-expected.json"))});
    QVERIFY(python.waitForFinished(300000));
    const QString output = QString::fromUtf8(python.readAll());
    qInfo("%s: python3-torch round trip:\n%s", name.c_str(), qPrintable(output));
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             qPrintable(output));
    QVERIFY(output.contains("max abs difference"));
  }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(temp_.isValid()); }

  void crc32c_matches_the_standard_check_value() {
    QCOMPARE(exporting::crc32c("123456789", 9), 0xE3069283u);
    QCOMPARE(exporting::crc32c("", 0), 0u);
  }

  void event_file_bytes_equal_the_golden_file() {
    write_golden_events(path("ours.tfevents"));
    const std::string golden = read_file(kExportDir + "/tfevents_golden.bin");
    QVERIFY(golden.size() > 100);
    const std::string ours = read_file(path("ours.tfevents"));
    QCOMPARE(ours.size(), golden.size());
    QVERIFY(ours == golden);
    // The committed golden file is what the independent script makes.
    QProcess python;
    python.start(ALLCNN_PYTHON, {QString::fromStdString(kExportDir + "/make_tfevents_golden.py"),
                                 QString::fromStdString(path("script.tfevents"))});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);
    QVERIFY(read_file(path("script.tfevents")) == golden);
  }

  void a_run_exports_its_curves_to_tensorboard() {
    auto config = tiny_config(temp_.path().toStdString(), "curves");
    config.train_limit = 256;
    config.epochs = 2;
    config.init = init::InitKind::HeNormal;
    train::Trainer trainer(config);
    train::RunControl control;
    QCOMPARE(trainer.run(control).state, train::RunState::Finished);

    const std::string file = exporting::export_tensorboard(trainer.run_dir());
    QVERIFY(QString::fromStdString(file).contains("/export/tensorboard/events.out.tfevents."));
    RecordReader reader{read_file(file)};
    std::string payload;
    int records = 0, batch_losses = 0, epoch_accuracies = 0;
    while (reader.next(payload)) {
      ++records;
      if (payload.find("batch/loss") != std::string::npos) ++batch_losses;
      // No validation split: the epochs' evaluation is of the test split, and says so.
      if (payload.find("epoch/test_accuracy") != std::string::npos) ++epoch_accuracies;
    }
    QCOMPARE(reader.at, reader.bytes.size());  // every byte belongs to a valid record
    // 4 batches per epoch, 2 epochs: 3 scalars per batch, 5 per epoch, and the version event.
    QCOMPARE(batch_losses, 8);
    QCOMPARE(epoch_accuracies, 2);
    QCOMPARE(records, 1 + 8 * 3 + 2 * 5);
  }

  void torchscript_with_normalization_round_trips() {
    round_trip("normalize", [](train::RunConfig& c) { c.augment.transforms.set(data::Augmentation::Normalize, true); });
  }

  void torchscript_with_batch_norm_pooling_and_zca_round_trips() {
    round_trip("zca", [](train::RunConfig& c) {
      c.model.arch = nn::Architecture::ModelC;
      c.model.batch_norm = true;
      c.augment.transforms.set(data::Augmentation::Zca, true);
    });
  }

  void a_missing_run_is_a_clear_error() {
    try {
      exporting::export_torchscript(path("no-such-run"), "best");
      QFAIL("no error");
    } catch (const Error& e) {
      QVERIFY2(QString(e.what()).contains("no-such-run"), e.what());
    }
  }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
