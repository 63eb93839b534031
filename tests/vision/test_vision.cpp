// core/vision: image files decode into exactly the dataset layout, and every bad input is
// rejected with a message naming the file.
#include <QtTest>

#include <filesystem>
#include <fstream>

#include <torch/torch.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "../common/peak_memory.h"
#include "../common/tiff_builder.h"
#include "common/error.h"
#include "data/augment.h"
#include "data/dataset.h"
#include "vision/colormap.h"
#include "vision/image_file.h"
#include "vision/image_header.h"

using namespace allcnn;
namespace fs = std::filesystem;

namespace {

// uint8 [1, 3, H, W] with three clearly different planes: R rises left to right, G top to
// bottom, B is a checkerboard.
torch::Tensor distinct_planes(int64_t height, int64_t width) {
  auto image = torch::zeros({1, 3, height, width}, torch::kUInt8);
  auto a = image.accessor<uint8_t, 4>();
  for (int64_t y = 0; y < height; ++y)
    for (int64_t x = 0; x < width; ++x) {
      a[0][0][y][x] = static_cast<uint8_t>(x * 7 % 256);
      a[0][1][y][x] = static_cast<uint8_t>(40 + y * 5 % 200);
      a[0][2][y][x] = static_cast<uint8_t>((x + y) % 2 ? 250 : 3);
    }
  return image;
}

// The dataset layout -> an OpenCV BGR (or gray) matrix, written with cv::imwrite.
void write_image(const std::string& path, const torch::Tensor& image) {
  const auto hwc = image[0].permute({1, 2, 0}).contiguous();
  const int channels = static_cast<int>(hwc.size(2));
  cv::Mat rgb(static_cast<int>(hwc.size(0)), static_cast<int>(hwc.size(1)), CV_8UC(channels),
              hwc.data_ptr<uint8_t>());
  cv::Mat out;
  if (channels == 3)
    cv::cvtColor(rgb, out, cv::COLOR_RGB2BGR);
  else
    out = rgb;
  QVERIFY(cv::imwrite(path, out));
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace

using testing::tiff;
using testing::tiled_tiff;

class TestVision : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::string path(const char* name) const {
    return (fs::path(dir_.path().toStdString()) / name).string();
  }

 private Q_SLOTS:
  void png_matches_dataset_layout_rgb() {
    const auto planes = distinct_planes(32, 32);
    write_image(path("planes.png"), planes);
    const auto loaded = vision::load_image_file(path("planes.png"), {3, 32});
    QCOMPARE(loaded.scalar_type(), torch::kUInt8);
    QVERIFY(loaded.sizes() == planes.sizes());
    QVERIFY2(torch::equal(loaded[0][0], planes[0][0]), "red plane");
    QVERIFY2(torch::equal(loaded[0][1], planes[0][1]), "green plane");
    QVERIFY2(torch::equal(loaded[0][2], planes[0][2]), "blue plane");
    // And therefore the network input: the training preprocessing gives the same tensor.
    data::Dataset set;
    set.images = torch::cat({planes, torch::randint(0, 256, {7, 3, 32, 32}, torch::kUInt8)});
    set.labels = torch::zeros({8}, torch::kInt64);
    data::AugmentOptions options;
    options.transforms.set(allcnn::data::Augmentation::Normalize, true);
    const data::Augmenter augmenter(options, set, torch::kCPU);
    QVERIFY(torch::equal(augmenter.preprocess(loaded), augmenter.preprocess(planes)));
  }

  void png_matches_fashion_mnist() {
    if (!data::dataset_files_present(data::DatasetKind::FashionMnist, ALLCNN_FASHION_MNIST_DIR))
      QSKIP("Fashion-MNIST is not installed");
    const auto images =
        data::read_idx_images(std::string(ALLCNN_FASHION_MNIST_DIR) + "/t10k-images-idx3-ubyte.gz");
    const auto first = images.slice(0, 0, 1);
    write_image(path("fashion.png"), first);
    QVERIFY(torch::equal(vision::load_image_file(path("fashion.png"), {1, 28}), first));
  }

  void every_format_decodes_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("tolerance");
    QTest::newRow("png") << "c.png" << 0;
    QTest::newRow("bmp") << "c.bmp" << 0;
    QTest::newRow("tiff") << "c.tiff" << 0;
    QTest::newRow("webp") << "c.webp" << 8;
    QTest::newRow("jpeg") << "c.jpg" << 8;
  }
  void every_format_decodes() {
    QFETCH(QString, name);
    QFETCH(int, tolerance);
    // A uniform colour with distinct channels, 64x48: resized (shorter side 48 -> 32), cropped.
    auto image = torch::empty({1, 3, 48, 64}, torch::kUInt8);
    image[0][0].fill_(200);
    image[0][1].fill_(90);
    image[0][2].fill_(20);
    const auto file = path(name.toUtf8().constData());
    write_image(file, image);
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto header = vision::read_image_header(
        reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    QCOMPARE(header.width, int64_t(64));
    QCOMPARE(header.height, int64_t(48));
    const auto loaded = vision::load_image_file(file, {3, 32});
    QCOMPARE(loaded.size(2), int64_t(32));
    QCOMPARE(loaded.size(3), int64_t(32));
    const auto diff =
        (loaded.to(torch::kInt32) - image.slice(2, 0, 32).slice(3, 0, 32).to(torch::kInt32))
            .abs()
            .max()
            .item<int>();
    QVERIFY2(diff <= tolerance, qPrintable(QString("largest difference %1").arg(diff)));
    // Grayscale for one-channel models.
    QCOMPARE(vision::load_image_file(file, {1, 28}).size(1), int64_t(1));
  }

  void centre_crop_keeps_the_middle() {
    // 96x32: no resize needed for the height; the crop takes columns 32..63.
    const auto wide = distinct_planes(32, 96);
    write_image(path("wide.png"), wide);
    const auto loaded = vision::load_image_file(path("wide.png"), {3, 32});
    QVERIFY(torch::equal(loaded, wide.slice(3, 32, 64)));
  }

  void bad_input_is_rejected_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << "missing.png"
                             << "no such file";
    QTest::newRow("empty") << "empty.png"
                           << "empty file";
    QTest::newRow("not an image") << "notes.png"
                                  << "not an image";
    QTest::newRow("folder") << "folder"
                            << "is a folder";
    QTest::newRow("too large") << "huge.png"
                               << "too large to decode safely";
    QTest::newRow("truncated") << "truncated.png"
                               << "could not decode";
  }
  void bad_input_is_rejected() {
    QFETCH(QString, name);
    QFETCH(QString, reason);
    write_bytes(path("empty.png"), "");
    write_bytes(path("notes.png"), "just some text, not pixels\n");
    fs::create_directories(path("folder"));
    // A valid PNG whose header then claims 20000 x 20000 pixels (400 megapixels).
    write_image(path("huge.png"), distinct_planes(8, 8));
    {
      std::fstream f(path("huge.png"), std::ios::in | std::ios::out | std::ios::binary);
      f.seekp(16);
      const char big[8] = {0, 0, 0x4E, 0x20, 0, 0, 0x4E, 0x20};
      f.write(big, 8);
    }
    write_image(path("whole.png"), distinct_planes(32, 32));
    {
      std::ifstream in(path("whole.png"), std::ios::binary);
      const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      write_bytes(path("truncated.png"), all.substr(0, 40));
    }
    const auto file = path(name.toUtf8().constData());
    try {
      vision::load_image_file(file, {3, 32});
      QFAIL("accepted a bad file");
    } catch (const allcnn::Error& e) {
      QCOMPARE(QString::fromStdString(e.subject()), QString::fromStdString(file));
      QVERIFY2(QString::fromStdString(e.reason()).contains(reason), e.what());
    }
  }

  void bombs_are_refused_before_decoding_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    // The TIFF: a small image whose single tile is 16384x16384 (256 MB decoded).
    QTest::newRow("tiff tile") << QByteArray::fromStdString(tiled_tiff(16384))
                               << "image too large to decode safely: its tiles are "
                                  "16384x16384 pixels (the limit is 50 megapixels)";
    // 0xFFFFFFFF x 0xFFFFFFFF overflowed the old signed product check (undefined behaviour).
    std::string png;
    {
      std::vector<uchar> encoded;
      cv::imencode(".png", cv::Mat(8, 8, CV_8UC3, cv::Scalar(1, 2, 3)), encoded);
      png.assign(encoded.begin(), encoded.end());
      png.replace(16, 8, std::string(8, '\xff'));
    }
    QTest::newRow("png 2^32-1 square") << QByteArray::fromStdString(png)
                                       << "image too large to decode safely: "
                                          "4294967295x4294967295 pixels";
    std::string bmp(54, '\0');
    bmp.replace(0, 2, "BM");
    bmp[14] = 40;
    bmp.replace(18, 8, std::string("\xff\xff\xff\x7f\x00\x00\x00\x80", 8));  // INT32_MAX x MIN
    QTest::newRow("bmp int32 extremes")
        << QByteArray::fromStdString(bmp) << "2147483647x2147483648 pixels";
  }
  void bombs_are_refused_before_decoding() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto file = path("bomb.img");
    write_bytes(file, bytes.toStdString());
    testing::PeakMemory memory;
    const bool measured = memory.reset();
    try {
      vision::load_image_file(file, {3, 32});
      QFAIL("a bomb was decoded");
    } catch (const allcnn::Error& e) {
      QCOMPARE(QString::fromStdString(e.subject()), QString::fromStdString(file));
      QVERIFY2(QString::fromStdString(e.reason()).contains(reason), e.what());
    }
    if (measured)
      QVERIFY2(memory.growth_mib() < 32, qPrintable(QString::number(memory.growth_mib())));
  }

  void small_tiles_still_decode() {
    // The same file with 16x16 tiles is an ordinary image: the tile check refuses only size.
    const std::string file = tiled_tiff(16);
    const auto header =
        vision::read_image_header(reinterpret_cast<const unsigned char*>(file.data()), file.size());
    QCOMPARE(header.format, std::string("TIFF"));
    QCOMPARE(header.tile_width, int64_t(16));
    QVERIFY(vision::decode_refusal(header, vision::kMaxImagePixels).empty());
  }

  void tiff_size_fields_cannot_hide_a_tile_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    // libtiff keeps the first of duplicated tags: a later small one must not hide it.
    QTest::newRow("duplicate tile tags") << QByteArray::fromStdString(tiff({{256, 4, 64},
                                                                            {257, 4, 64},
                                                                            {322, 4, 16384},
                                                                            {322, 4, 16},
                                                                            {323, 4, 16384},
                                                                            {323, 4, 16}}))
                                         << "its tiles are 16384x16384 pixels";
    // An 8-byte LONG8 value lives elsewhere in the file; its offset is not its value.
    QTest::newRow("tile width as LONG8")
        << QByteArray::fromStdString(tiff({{256, 4, 64}, {257, 4, 64}, {322, 16, 8}, {323, 4, 16}}))
        << "corrupt TIFF header: unsupported TIFF field type 16 for tag 322";
    QTest::newRow("big-endian short tile")
        << QByteArray::fromStdString(
               tiff({{256, 4, 64}, {257, 4, 64}, {322, 3, 16384}, {323, 3, 16384}}, true))
        << "its tiles are 16384x16384 pixels";
    QTest::newRow("tile width only")
        << QByteArray::fromStdString(tiff({{256, 4, 8000}, {257, 4, 6000}, {322, 4, 16384}}))
        << "its tiles are 16384x6000 pixels";
  }
  void tiff_size_fields_cannot_hide_a_tile() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto header = vision::read_image_header(
        reinterpret_cast<const unsigned char*>(bytes.constData()), size_t(bytes.size()));
    const auto refusal =
        QString::fromStdString(vision::decode_refusal(header, vision::kMaxImagePixels));
    QVERIFY2(refusal.contains(reason), qPrintable(refusal));
  }

  void folder_expands_to_its_images() {
    const auto folder = path("images");
    fs::create_directories(folder);
    write_image(folder + "/b.png", distinct_planes(4, 4));
    write_image(folder + "/a.JPG", distinct_planes(4, 4));
    write_bytes(folder + "/readme.txt", "x");
    const auto files = vision::expand_image_paths({folder, path("single.png")});
    QCOMPARE(files.size(), size_t(3));
    QCOMPARE(fs::path(files[0]).filename().string(), std::string("a.JPG"));
    QCOMPARE(fs::path(files[1]).filename().string(), std::string("b.png"));
    QCOMPARE(files[2], path("single.png"));
  }

  void pasted_rgb_matches_file() {
    const auto planes = distinct_planes(32, 32);
    const auto hwc = planes[0].permute({1, 2, 0}).contiguous();
    const auto pasted = vision::image_from_rgb(hwc.data_ptr<uint8_t>(), 32, 32, 32 * 3, {3, 32});
    QVERIFY(torch::equal(pasted, planes));
  }

  void colormap_spans_its_range() {
    const float values[4] = {0.f, 1.f, 2.f, 3.f};
    const auto gray = vision::apply_colormap(values, 2, 2, vision::Colormap::Gray);
    QCOMPARE(gray.pixels.size(), size_t(12));
    QCOMPARE(int(gray.pixels[0]), 0);
    QCOMPARE(int(gray.pixels[9]), 255);
    const auto viridis = vision::apply_colormap(values, 2, 2, vision::Colormap::Viridis);
    QVERIFY(viridis.pixels[9] != viridis.pixels[10] || viridis.pixels[10] != viridis.pixels[11]);
  }
};

QTEST_APPLESS_MAIN(TestVision)
#include "test_vision.moc"
