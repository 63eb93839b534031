#include "data/cifar_format.h"

#include <cstring>

#include "common/error.h"
#include "data/file_bytes.h"

namespace allcnn::data {

namespace {

void check_arguments(const std::string& name, int label_bytes, int num_classes,
                     int64_t max_records) {
  if (label_bytes != 1 && label_bytes != 2)
    throw Error(name, "label_bytes must be 1 (CIFAR-10) or 2 (CIFAR-100), got " +
                          std::to_string(label_bytes));
  if (num_classes <= 0 || num_classes > 256)
    throw Error(name, "num_classes must be in [1, 256], got " + std::to_string(num_classes));
  if (max_records < 1 || max_records > kMaxCifarRecords)
    throw Error(name, "max_records must be in [1, " + std::to_string(kMaxCifarRecords) + "]");
}

uint64_t record_bytes(int label_bytes) { return uint64_t(label_bytes) + kCifarPixelBytes; }

std::string too_many(uint64_t size, int label_bytes, int64_t max_records) {
  return std::to_string(size) + " bytes is more than " + std::to_string(max_records) + " " +
         std::to_string(record_bytes(label_bytes)) + "-byte records (" +
         std::to_string(max_records * record_bytes(label_bytes)) +
         " bytes, the most a CIFAR file holds)";
}

}  // namespace

CifarRecords parse_cifar(const uint8_t* bytes, size_t size, const std::string& name,
                         int label_bytes, int num_classes, int64_t max_records) {
  check_arguments(name, label_bytes, num_classes, max_records);
  const uint64_t record = record_bytes(label_bytes);
  if (size == 0) throw Error(name, message(MessageCode::EmptyFile));
  if (size % record != 0) throw Error(name, message(MessageCode::CifarTruncated, size, record));
  if (size / record > uint64_t(max_records))
    throw Error(name, too_many(size, label_bytes, max_records));
  CifarRecords records;
  records.count = static_cast<int64_t>(size / record);
  records.pixels =
      std::make_shared<std::vector<uint8_t>>(static_cast<size_t>(records.count * kCifarPixelBytes));
  records.labels.resize(static_cast<size_t>(records.count));
  for (int64_t i = 0; i < records.count; ++i) {
    const uint8_t* at = bytes + static_cast<size_t>(i) * record;
    // CIFAR-100 stores (coarse, fine); the fine label is the last label byte either way.
    const int label = at[label_bytes - 1];
    if (label >= num_classes)
      throw Error(name, message(MessageCode::CifarLabelOutOfRange, label, num_classes, i));
    records.labels[static_cast<size_t>(i)] = static_cast<uint8_t>(label);
    std::memcpy(records.pixels->data() + i * kCifarPixelBytes, at + label_bytes, kCifarPixelBytes);
  }
  return records;
}

CifarRecords read_cifar_file(const std::string& path, int label_bytes, int num_classes,
                             int64_t max_records) {
  check_arguments(path, label_bytes, num_classes, max_records);
  const std::vector<uint8_t> bytes = detail::read_file_bytes(
      path, uint64_t(max_records) * record_bytes(label_bytes), "a CIFAR file");
  return parse_cifar(bytes.data(), bytes.size(), path, label_bytes, num_classes, max_records);
}

}  // namespace allcnn::data
