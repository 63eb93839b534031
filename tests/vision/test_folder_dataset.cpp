// Image-folder datasets: folders of PNG, JPEG and BMP files written here with OpenCV become the
// same uint8 dataset the binary readers fill; bad files, odd layouts, the cache and a folder
// that changes while it is read.
#include <QtTest>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <numeric>

#include <torch/torch.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "../common/error_of.h"
#include "common/error.h"
#include "data/dataset.h"
#include "vision/folder_cache.h"
#include "vision/folder_dataset.h"
#include "vision/folder_listing.h"

using namespace allcnn;
namespace fs = std::filesystem;

using allcnn::testing::error_of;

namespace {

const char* const kCifarClasses[] = {"airplane", "automobile", "bird",  "cat",  "deer",
                                     "dog",      "frog",       "horse", "ship", "truck"};

// uint8 [C, H, W] (RGB planes or one grey) -> a file; the format follows the extension.
void write_image(const fs::path& path, const torch::Tensor& chw) {
  fs::create_directories(path.parent_path());
  const auto hwc = chw.permute({1, 2, 0}).contiguous();
  const int channels = static_cast<int>(hwc.size(2));
  cv::Mat image(static_cast<int>(hwc.size(0)), static_cast<int>(hwc.size(1)), CV_8UC(channels),
                hwc.data_ptr<uint8_t>());
  cv::Mat out;
  if (channels == 3)
    cv::cvtColor(image, out, cv::COLOR_RGB2BGR);
  else
    out = image;
  QVERIFY2(cv::imwrite(path.string(), out), path.c_str());
}

void write_text(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Records in the official CIFAR-10 binary layout: label byte, then R, G, B planes.
void write_cifar_binary(const fs::path& path, const torch::Tensor& images,
                        const torch::Tensor& labels) {
  std::ofstream out(path, std::ios::binary);
  const auto pixels = images.contiguous();
  for (int64_t i = 0; i < images.size(0); ++i) {
    const char label = static_cast<char>(labels[i].item<int64_t>());
    out.write(&label, 1);
    out.write(reinterpret_cast<const char*>(pixels[i].data_ptr<uint8_t>()), 3 * 32 * 32);
  }
}

// The samples of `set` ordered by label, keeping the order within a label: the order an image
// folder lists them in when the files are named by their index.
data::Dataset by_label(const data::Dataset& set) {
  const auto order = std::get<1>(set.labels.sort(/*stable=*/true, 0, false));
  return {set.images.index_select(0, order), set.labels.index_select(0, order), set.class_names};
}

struct Recorder {
  QStringList messages;
  int progress_calls = 0;
  int64_t last_done = -1, last_total = -1;
  data::LoadCallbacks callbacks() {
    data::LoadCallbacks c;
    c.on_message = [this](const Message& text) {
      messages << QString::fromStdString(text.english());
    };
    c.on_progress = [this](int64_t done, int64_t total) {
      ++progress_calls;
      last_done = done;
      last_total = total;
      return true;
    };
    return c;
  }
  bool said(const QString& part) const {
    for (const auto& m : messages)
      if (m.contains(part)) return true;
    return false;
  }
};

}  // namespace

class TestFolderDataset : public QObject {
  Q_OBJECT

  QTemporaryDir temp_;
  int folders_ = 0;
  fs::path fresh_folder() {
    const auto path = fs::path(temp_.path().toStdString()) / ("set" + std::to_string(++folders_));
    fs::create_directories(path);
    return path;
  }

  // Three classes in one pool: grey PNGs, colour JPEGs of odd sizes, a BMP; plus a file that
  // is no image, a broken PNG, an empty JPEG and a text file.
  fs::path mixed_folder() {
    const auto root = fresh_folder();
    torch::manual_seed(3);
    for (int i = 0; i < 10; ++i) {
      write_image(root / "circle" / ("g" + std::to_string(i) + ".png"),
                  torch::randint(0, 256, {1, 28, 28}, torch::kUInt8));
      write_image(root / "square" / ("c" + std::to_string(i) + ".jpg"),
                  torch::randint(0, 256, {3, 37 + i, 29}, torch::kUInt8));
      write_image(root / "star" / "deeper" / ("b" + std::to_string(i) + ".bmp"),
                  torch::randint(0, 256, {1, 20, 45}, torch::kUInt8));
    }
    write_text(root / "circle" / "broken.png", "\x89PNG\r\n\x1a\nthis is not really a png");
    write_text(root / "square" / "empty.jpg", "");
    write_text(root / "star" / "notes.txt", "not an image");
    return root;
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(temp_.isValid());
    // Every cache that is not next to the data goes here, never to the user's home.
    qputenv("XDG_CACHE_HOME", (temp_.path() + "/user-cache").toUtf8());
  }

  void without_the_vision_loader_a_folder_is_a_clear_error() {
    const auto root = mixed_folder();
    data::set_folder_loader(nullptr);
    const QString message =
        error_of([&] { data::load_dataset(data::DatasetKind::Folder, root.string()); });
    QVERIFY2(message.contains("OpenCV") && message.contains(QString::fromStdString(root.string())),
             qPrintable(message));
    vision::register_folder_datasets();
    QVERIFY(data::folder_loader_installed());
    const auto splits = data::load_dataset(data::DatasetKind::Folder, root.string());
    QCOMPARE(splits.train.size() + splits.test.size(), int64_t(30));
  }

  // The cifar2png layout: the PNG folder and the binary file hold the same images and labels.
  void cifar2png_layout_equals_the_binary_files() {
    const auto root = fresh_folder();
    torch::manual_seed(7);
    const auto train_images = torch::randint(0, 256, {40, 3, 32, 32}, torch::kUInt8);
    const auto train_labels = torch::arange(40, torch::kInt64).remainder(10);
    const auto test_images = torch::randint(0, 256, {20, 3, 32, 32}, torch::kUInt8);
    const auto test_labels = (torch::arange(20, torch::kInt64) * 3).remainder(10);
    write_cifar_binary(root / "train.bin", train_images, train_labels);
    write_cifar_binary(root / "test.bin", test_images, test_labels);
    for (const auto& [subset, images, labels] : {std::tuple{"train", train_images, train_labels},
                                                 std::tuple{"test", test_images, test_labels}}) {
      for (int64_t i = 0; i < images.size(0); ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "%04lld.png", static_cast<long long>(i));
        write_image(root / "png" / subset / kCifarClasses[labels[i].item<int64_t>()] / name,
                    images[i]);
      }
    }
    const auto binary_train =
        by_label(data::read_cifar_files({(root / "train.bin").string()}, 1, 10));
    const auto binary_test =
        by_label(data::read_cifar_files({(root / "test.bin").string()}, 1, 10));

    Recorder recorder;
    const auto folder =
        vision::load_image_folder((root / "png").string(), {}, recorder.callbacks());
    QCOMPARE(folder.train.class_names, binary_train.class_names);
    QCOMPARE(folder.test.class_names, binary_train.class_names);
    QVERIFY(folder.train.images.sizes() == binary_train.images.sizes());
    QVERIFY(torch::equal(folder.train.images, binary_train.images));
    QVERIFY(torch::equal(folder.train.labels, binary_train.labels));
    QVERIFY(torch::equal(folder.test.images, binary_test.images));
    QVERIFY(torch::equal(folder.test.labels, binary_test.labels));
    QVERIFY2(recorder.said("found 60 image files in 10 class folders (train/ and test/)"),
             qPrintable(recorder.messages.join("\n")));
    QCOMPARE(recorder.last_done, int64_t(60));
    QCOMPARE(recorder.last_total, int64_t(60));
  }

  void mixed_files_skip_the_unreadable_and_list_them() {
    const auto root = mixed_folder();
    Recorder recorder;
    data::FolderOptions options;
    options.image_size = 24;
    options.test_fraction = 0.3;
    const auto splits = vision::load_image_folder(root.string(), options, recorder.callbacks());
    const QString log = recorder.messages.join("\n");
    QCOMPARE(splits.train.class_names, (std::vector<std::string>{"circle", "square", "star"}));
    // 20 grey (PNG, BMP) against 10 colour: the majority is grey.
    QCOMPARE(splits.train.channels(), int64_t(1));
    QCOMPARE(splits.train.height(), int64_t(24));
    QCOMPARE(splits.train.width(), int64_t(24));
    QVERIFY2(recorder.said("converted 10 colour images to grey"), qPrintable(log));
    QVERIFY2(recorder.said("skipped 2 unreadable file(s)"), qPrintable(log));
    QVERIFY2(recorder.said("circle/broken.png: "), qPrintable(log));
    QVERIFY2(recorder.said("square/empty.jpg: empty file"), qPrintable(log));
    QVERIFY2(recorder.said("ignored 1 file(s) without an image extension (first: star/notes.txt)"),
             qPrintable(log));
    // Stratified: 3 of each class's 10 images are held out.
    QCOMPARE(splits.test.size(), int64_t(9));
    QCOMPARE(splits.train.size(), int64_t(21));
    QVERIFY(torch::equal(torch::bincount(splits.test.labels), torch::full({3}, 3, torch::kInt64)));
  }

  void colour_is_kept_when_asked() {
    const auto root = mixed_folder();
    data::FolderOptions options;
    options.channels = data::ImageChannels::Rgb;
    Recorder recorder;
    const auto splits = vision::load_image_folder(root.string(), options, recorder.callbacks());
    QCOMPARE(splits.train.channels(), int64_t(3));
    QVERIFY(recorder.said("converted 20 grey images to RGB"));
    // A grey image converted to RGB has three equal planes.
    const auto circle =
        splits.train.images.index_select(0, (splits.train.labels == 0).nonzero().flatten());
    QVERIFY(torch::equal(circle.select(1, 0), circle.select(1, 2)));
  }

  void the_split_is_seeded() {
    const auto root = mixed_folder();
    data::FolderOptions options;
    const auto a = vision::load_image_folder(root.string(), options);
    const auto b = vision::load_image_folder(root.string(), options);
    QVERIFY(torch::equal(a.test.images, b.test.images));
    options.split_seed = 99;
    const auto c = vision::load_image_folder(root.string(), options);
    QCOMPARE(c.test.size(), a.test.size());
    QVERIFY(!torch::equal(a.test.images, c.test.images));
    // Stratified under any seed: each class holds out the same number of images.
    QVERIFY(torch::equal(torch::bincount(c.test.labels), torch::bincount(a.test.labels)));
    // Disjoint and whole: every image in one part only (the images are random, all distinct).
    QCOMPARE(c.train.size() + c.test.size(), int64_t(30));
    for (int64_t i = 0; i < c.test.size(); ++i)
      QVERIFY(!(c.train.images == c.test.images[i]).flatten(1).all(1).any().item<bool>());
  }

  // 96x32: black, grey and white thirds. Crop keeps the centre (grey); resize squeezes all three.
  void crop_and_resize_differ_as_documented() {
    const auto root = fresh_folder();
    auto image = torch::full({1, 32, 96}, 128, torch::kUInt8);
    image.narrow(2, 0, 32).fill_(0);
    image.narrow(2, 64, 32).fill_(255);
    for (const char* name : {"a/1.png", "a/2.png", "b/1.png", "b/2.png"})
      write_image(root / name, image);
    data::FolderOptions options;
    options.fit = data::ImageFit::Crop;
    const auto cropped = vision::load_image_folder(root.string(), options).train.images[0][0];
    QVERIFY(torch::equal(cropped, torch::full({32, 32}, 128, torch::kUInt8)));
    options.fit = data::ImageFit::Resize;
    const auto resized = vision::load_image_folder(root.string(), options).train.images[0][0];
    QCOMPARE(resized[16][0].item<int>(), 0);
    QCOMPARE(resized[16][16].item<int>(), 128);
    QCOMPARE(resized[16][31].item<int>(), 255);
  }

  void the_cache_is_used_and_rebuilt_when_the_folder_changes() {
    const auto root = mixed_folder();
    const data::FolderOptions options;
    Recorder first;
    const auto a = vision::load_image_folder(root.string(), options, first.callbacks());
    const auto cache = vision::folder_cache_paths(root.string(), options).front();
    QVERIFY2(fs::is_regular_file(cache), cache.c_str());
    QVERIFY(first.said("cached the decoded images in " + QString::fromStdString(cache)));

    Recorder second;
    const auto b = vision::load_image_folder(root.string(), options, second.callbacks());
    QVERIFY2(second.said("from the cache"), qPrintable(second.messages.join("\n")));
    QVERIFY(!second.said("decoding"));
    QCOMPARE(second.progress_calls, 0);
    QVERIFY(torch::equal(a.train.images, b.train.images));
    QVERIFY(torch::equal(a.test.labels, b.test.labels));
    // The skipped files are still reported from the cache.
    QVERIFY(second.said("circle/broken.png"));

    write_image(root / "circle" / "new.png", torch::zeros({1, 28, 28}, torch::kUInt8));
    Recorder third;
    const auto c = vision::load_image_folder(root.string(), options, third.callbacks());
    QVERIFY2(third.said("the folder changed since the cache was written"),
             qPrintable(third.messages.join("\n")));
    QVERIFY(third.said("decoding 33 images"));
    QCOMPARE(c.train.size() + c.test.size(), a.train.size() + a.test.size() + 1);

    // A damaged cache is rebuilt, never fatal.
    fs::resize_file(cache, fs::file_size(cache) / 2);
    Recorder fourth;
    const auto d = vision::load_image_folder(root.string(), options, fourth.callbacks());
    QVERIFY2(fourth.said("damaged"), qPrintable(fourth.messages.join("\n")));
    QVERIFY(torch::equal(c.train.images, d.train.images));
  }

  // The folder itself cannot take the cache file (a folder sits at its name): it goes to the
  // user's cache folder instead.
  void an_unwritable_folder_caches_in_the_users_cache() {
    const auto root = mixed_folder();
    const data::FolderOptions options;
    const auto paths = vision::folder_cache_paths(root.string(), options);
    QCOMPARE(paths.size(), size_t(2));
    QVERIFY(QString::fromStdString(paths[1]).startsWith(temp_.path() + "/user-cache/allcnn/"));
    fs::create_directories(paths[0]);
    Recorder first;
    vision::load_image_folder(root.string(), options, first.callbacks());
    QVERIFY2(fs::is_regular_file(paths[1]), qPrintable(first.messages.join("\n")));
    Recorder second;
    vision::load_image_folder(root.string(), options, second.callbacks());
    QVERIFY(second.said("from the cache " + QString::fromStdString(paths[1])));
  }

  void classes_without_images_are_dropped() {
    const auto root = fresh_folder();
    for (int i = 0; i < 4; ++i) {
      write_image(root / "train" / "cat" / (std::to_string(i) + ".png"),
                  torch::full({3, 32, 32}, 10 * i, torch::kUInt8));
      write_image(root / "train" / "dog" / (std::to_string(i) + ".png"),
                  torch::full({3, 32, 32}, 200 - i, torch::kUInt8));
    }
    fs::create_directories(root / "train" / "emu");
    write_image(root / "test" / "cat" / "t.png", torch::zeros({3, 32, 32}, torch::kUInt8));
    write_image(root / "test" / "emu" / "t.png", torch::zeros({3, 32, 32}, torch::kUInt8));
    Recorder recorder;
    const auto splits = vision::load_image_folder(root.string(), {}, recorder.callbacks());
    const QString log = recorder.messages.join("\n");
    QCOMPARE(splits.train.class_names, (std::vector<std::string>{"cat", "dog"}));
    QVERIFY2(recorder.said("dropped 1 class(es) without training images: 'emu'"), qPrintable(log));
    QVERIFY2(recorder.said("no test images for 1 class(es): 'dog'"), qPrintable(log));
    QCOMPARE(splits.test.size(), int64_t(1));
    QCOMPARE(splits.train.size(), int64_t(8));
  }

  void bad_folders_are_clear_errors_data() {
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << "missing"
                             << "no such folder";
    QTest::newRow("a file") << "file"
                            << "is a file";
    QTest::newRow("no class folders") << "flat"
                                      << "holds no class folders";
    QTest::newRow("one class") << "one class"
                               << "needs at least two classes";
    QTest::newRow("nothing readable") << "garbage"
                                      << "none of its 2 image files could be read";
    QTest::newRow("no images") << "empty classes"
                               << "holds no image files";
  }
  void bad_folders_are_clear_errors() {
    QFETCH(QString, layout);
    QFETCH(QString, expected);
    auto root = fresh_folder();
    if (layout == "missing") {
      root /= "absent";
    } else if (layout == "file") {
      write_text(root / "x.png", "x");
      root /= "x.png";
    } else if (layout == "flat") {
      write_image(root / "a.png", torch::zeros({1, 32, 32}, torch::kUInt8));
    } else if (layout == "one class") {
      write_image(root / "only" / "a.png", torch::zeros({1, 32, 32}, torch::kUInt8));
      write_image(root / "only" / "b.png", torch::zeros({1, 32, 32}, torch::kUInt8));
    } else if (layout == "garbage") {
      write_text(root / "a" / "1.png", "garbage");
      write_text(root / "b" / "1.jpg", "garbage");
    } else {
      fs::create_directories(root / "a");
      fs::create_directories(root / "b");
    }
    const QString message = error_of([&] { vision::load_image_folder(root.string(), {}); });
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QString::fromStdString(fs::path(root).filename().string())),
             qPrintable(message));
  }

  void bad_options_name_the_setting() {
    const auto root = mixed_folder();
    data::FolderOptions options;
    options.image_size = 8;
    QVERIFY(error_of([&] {
              vision::load_image_folder(root.string(), options);
            }).startsWith("image_size"));
    options = {};
    options.test_fraction = 1.0;
    QVERIFY(error_of([&] {
              vision::load_image_folder(root.string(), options);
            }).startsWith("test_fraction"));
  }

  // Files added while the images are decoded: the folder is read again, and a folder that
  // keeps changing is an error rather than a dataset that matches no state of it.
  void a_folder_changing_while_read_is_read_again() {
    const auto root = mixed_folder();
    Recorder recorder;
    auto callbacks = recorder.callbacks();
    int added = 0;
    callbacks.on_progress = [&](int64_t done, int64_t total) {
      if (done == total && added++ == 0)
        write_image(root / "star" / "late.png", torch::zeros({1, 20, 20}, torch::kUInt8));
      return true;
    };
    const auto splits = vision::load_image_folder(root.string(), {}, callbacks);
    const QString log = recorder.messages.join("\n");
    QVERIFY2(recorder.said("the folder changed while it was read (1 added, 0 removed, 0 changed "
                           "(first: star/late.png)); reading it again"),
             qPrintable(log));
    QCOMPARE(splits.train.size() + splits.test.size(), int64_t(31));

    const auto other = mixed_folder();
    int counter = 0;
    callbacks.on_progress = [&](int64_t done, int64_t total) {
      if (done == total)
        write_image(other / "star" / ("more" + std::to_string(counter++) + ".png"),
                    torch::zeros({1, 20, 20}, torch::kUInt8));
      return true;
    };
    const QString message =
        error_of([&] { vision::load_image_folder(other.string(), {}, callbacks); });
    QVERIFY2(message.contains("kept changing while it was read"), qPrintable(message));
  }

  // The workbench's Stop while a folder is decoded: the load ends early, caching nothing.
  void a_load_can_be_cancelled() {
    const auto root = mixed_folder();
    data::LoadCallbacks callbacks;
    int calls = 0;
    callbacks.on_progress = [&](int64_t, int64_t) { return ++calls < 3; };
    const QString message =
        error_of([&] { vision::load_image_folder(root.string(), {}, callbacks); });
    QVERIFY2(message.contains("cancelled"), qPrintable(message));
    QCOMPARE(calls, 3);
    QVERIFY(!fs::exists(vision::folder_cache_paths(root.string(), {}).front()));
  }

  void the_fingerprint_sees_every_change() {
    const auto root = mixed_folder();
    const auto before = vision::list_image_folder(root.string());
    QCOMPARE(vision::list_image_folder(root.string()).fingerprint(), before.fingerprint());
    // Same size, new contents and time: a rewritten file.
    const auto file = root / "circle" / "g3.png";
    fs::last_write_time(file, fs::last_write_time(file) + std::chrono::seconds(5));
    const auto after = vision::list_image_folder(root.string());
    QVERIFY(after.fingerprint() != before.fingerprint());
    QCOMPARE(QString::fromStdString(vision::describe_changes(before, after)),
             QString("0 added, 0 removed, 1 changed (first: circle/g3.png)"));
  }
};

QTEST_GUILESS_MAIN(TestFolderDataset)
#include "test_folder_dataset.moc"
