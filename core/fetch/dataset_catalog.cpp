#include "fetch/dataset_catalog.h"

#include "common/error.h"

namespace allcnn::fetch {

namespace {

std::vector<UnpackedFile> cifar10_files() {
  // 10000 records of 1 + 3072 bytes each.
  std::vector<UnpackedFile> files;
  for (int i = 1; i <= 5; ++i)
    files.push_back({"cifar-10-batches-bin/data_batch_" + std::to_string(i) + ".bin", 30730000});
  files.push_back({"cifar-10-batches-bin/test_batch.bin", 30730000});
  return files;
}

// Sizes and SHA-256 sums from tensorflow/datasets, tensorflow_datasets/url_checksums/
// (cifar10.txt, cifar100.txt, fashion_mnist.txt, mnist.txt); MNIST from the mirror that file
// names (the original yann.lecun.com site refuses most downloads now).
const std::vector<DatasetDownload>& catalog() {
  static const std::vector<DatasetDownload> entries{
      {"cifar10",
       "https://www.cs.toronto.edu/~kriz/",
       {{"cifar-10-binary.tar.gz", 170052171,
         "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd"}},
       true,
       cifar10_files()},
      {"cifar100",
       "https://www.cs.toronto.edu/~kriz/",
       {{"cifar-100-binary.tar.gz", 168513733,
         "58a81ae192c23a4be8b1804d68e518ed807d710a4eb253b1f2a199162a40d8ec"}},
       true,
       // 1 + 1 + 3072 bytes per record: 50000 training, 10000 test.
       {{"cifar-100-binary/train.bin", 153700000}, {"cifar-100-binary/test.bin", 30740000}}},
      {"fashion-mnist",
       "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
       {{"train-images-idx3-ubyte.gz", 26421880,
         "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84"},
        {"train-labels-idx1-ubyte.gz", 29515,
         "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845"},
        {"t10k-images-idx3-ubyte.gz", 4422102,
         "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073"},
        {"t10k-labels-idx1-ubyte.gz", 5148,
         "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5"}},
       false,
       {}},
      {"mnist",
       "https://storage.googleapis.com/cvdf-datasets/mnist/",
       {{"train-images-idx3-ubyte.gz", 9912422,
         "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"},
        {"train-labels-idx1-ubyte.gz", 28881,
         "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"},
        {"t10k-images-idx3-ubyte.gz", 1648877,
         "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"},
        {"t10k-labels-idx1-ubyte.gz", 4542,
         "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"}},
       false,
       {}},
  };
  return entries;
}

}  // namespace

const DatasetDownload& dataset_download(const std::string& name) {
  for (const auto& entry : catalog())
    if (entry.name == name) return entry;
  throw Error(name.empty() ? std::string("dataset") : name,
              "cannot be downloaded; expected cifar10, cifar100, fashion-mnist or mnist");
}

std::vector<std::string> downloadable_datasets() {
  std::vector<std::string> names;
  for (const auto& entry : catalog()) names.push_back(entry.name);
  return names;
}

}  // namespace allcnn::fetch
