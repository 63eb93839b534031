// An image folder trains end to end through the real `allcnn` binary: real Fashion-MNIST images
// written as PNG, JPEG and BMP files (grey and colour, some of odd sizes, a few unreadable),
// trained on, evaluated, exported, and classified by `allcnn predict` with the folder's names.
#include <QProcess>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include <torch/torch.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "../common/run_cli.h"
#include "data/dataset.h"
#include "runs/run_reader.h"

using namespace allcnn;
namespace fs = std::filesystem;

namespace {

// Fashion-MNIST's classes as folder names (its own names hold a '/').
const char* const kFolderNames[] = {"tshirt", "trouser", "pullover", "dress", "coat",
                                    "sandal", "shirt",   "sneaker",  "bag",   "ankle_boot"};

using allcnn::testing::run_cli;

// Image i of a split as a file: most grey PNGs, every third a JPEG, every fifth a BMP; every
// seventh saved as colour (three equal planes), every eleventh enlarged to an odd 33x31.
fs::path write_sample(const fs::path& folder, const torch::Tensor& image, int64_t i) {
  cv::Mat grey(28, 28, CV_8UC1, image.contiguous().data_ptr<uint8_t>());
  cv::Mat out = grey.clone();
  if (i % 11 == 0) cv::resize(out, out, cv::Size(33, 31), 0, 0, cv::INTER_LINEAR);
  if (i % 7 == 0) cv::cvtColor(out, out, cv::COLOR_GRAY2BGR);
  const char* extension = i % 5 == 0 ? ".bmp" : i % 3 == 0 ? ".jpg" : ".png";
  char name[32];
  std::snprintf(name, sizeof name, "%05lld%s", static_cast<long long>(i), extension);
  fs::create_directories(folder);
  const fs::path path = folder / name;
  cv::imwrite(path.string(), out);
  return path;
}

}  // namespace

class TestFolderTraining : public QObject {
  Q_OBJECT

  QTemporaryDir temp_;

 private Q_SLOTS:
  void initTestCase() {
    if (!QFileInfo::exists(QStringLiteral(ALLCNN_FASHION_MNIST_DIR)))
      QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
    QVERIFY(temp_.isValid());
    qputenv("XDG_CACHE_HOME", (temp_.path() + "/cache").toUtf8());
  }

  void a_folder_of_images_trains_and_predict_names_its_classes() {
    const auto fashion =
        data::load_dataset(data::DatasetKind::FashionMnist, ALLCNN_FASHION_MNIST_DIR);
    const fs::path root = fs::path(temp_.path().toStdString()) / "fashion-folder";
    fs::path probe;  // a test image of class "trouser"
    for (const auto& [subset, set, count] : {std::tuple{"train", fashion.train, int64_t(3000)},
                                             std::tuple{"test", fashion.test, int64_t(500)}}) {
      for (int64_t i = 0; i < count; ++i) {
        const auto label = set.labels[i].item<int64_t>();
        const auto path = write_sample(root / subset / kFolderNames[label], set.images[i][0], i);
        if (probe.empty() && std::string(subset) == "test" && label == 1 && i % 7 != 0)
          probe = path;
      }
    }
    std::ofstream(root / "train" / "coat" / "broken.png") << "not a png";
    std::ofstream(root / "train" / "README.txt") << "Fashion-MNIST, as files";

    const QString runs = temp_.path() + "/runs";
    const auto train = run_cli({"train",
                                "--dataset",
                                "folder",
                                "--data-dir",
                                QString::fromStdString(root.string()),
                                "--image-size",
                                "28",
                                "--width",
                                "0.25",
                                "--bn",
                                "--no-dropout",
                                "--optimizer",
                                "adam",
                                "--epochs",
                                "3",
                                "--batch-size",
                                "32",
                                "--augment",
                                "none",
                                "--device",
                                "cpu",
                                "--runs-dir",
                                runs,
                                "--name",
                                "folder"});
    QVERIFY2(train.exit_code == 0, qPrintable(train.output));
    QVERIFY2(train.output.contains("found 3501 image files in 10 class folders (train/ and test/)"),
             qPrintable(train.output));
    QVERIFY2(train.output.contains("skipped 1 unreadable file(s)") &&
                 train.output.contains("train/coat/broken.png"),
             qPrintable(train.output));

    const auto run = runs::read_run((runs + "/folder").toStdString());
    QCOMPARE(run.state, std::string("finished"));
    QCOMPARE(run.epochs.size(), size_t(3));
    const double accuracy = run.epochs.back().val_accuracy;
    qInfo("image-folder run: test accuracy %.3f after 3 epochs on 3000 images", accuracy);
    QVERIFY2(accuracy > 0.6, qPrintable(QString::number(accuracy)));
    // Class names come from the folders, in sorted order, and are recorded with the run.
    const auto& names = run.provenance.class_names;
    QCOMPARE(names.front(), std::string("ankle_boot"));
    QCOMPARE(names.size(), size_t(10));

    const auto predict = run_cli({"predict", "--run", runs + "/folder", "--top", "1",
                                  QString::fromStdString(probe.string())});
    QVERIFY2(predict.exit_code == 0, qPrintable(predict.output));
    QVERIFY2(predict.output.contains("\ttrouser\t"), qPrintable(predict.output));

    // A second run on the unchanged folder decodes nothing.
    const auto again = run_cli({"train",
                                "--dataset",
                                "folder",
                                "--data-dir",
                                QString::fromStdString(root.string()),
                                "--image-size",
                                "28",
                                "--width",
                                "0.125",
                                "--epochs",
                                "1",
                                "--train-limit",
                                "64",
                                "--test-limit",
                                "64",
                                "--device",
                                "cpu",
                                "--runs-dir",
                                runs,
                                "--name",
                                "cached"});
    QVERIFY2(again.exit_code == 0, qPrintable(again.output));
    QVERIFY2(again.output.contains("from the cache"), qPrintable(again.output));
    QVERIFY(!again.output.contains("decoding"));
  }
};

QTEST_GUILESS_MAIN(TestFolderTraining)
#include "test_folder_training.moc"
