#include "export/tfevents.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "common/error.h"

namespace allcnn::exporting {

namespace {

std::array<uint32_t, 256> crc32c_table() {
  std::array<uint32_t, 256> table{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t crc = i;
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ ((crc & 1) ? 0x82F63B78u : 0u);
    table[i] = crc;
  }
  return table;
}

void put_varint(std::string& out, uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

template <typename T>
void put_little_endian(std::string& out, T value) {
  unsigned char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  // Every supported platform is little-endian, which the format is too.
  out.append(reinterpret_cast<const char*>(bytes), sizeof(T));
}

// A field key: (number << 3) | wire type.
void put_key(std::string& out, int field, int wire_type) {
  put_varint(out, static_cast<uint64_t>(field) << 3 | static_cast<uint64_t>(wire_type));
}

void put_bytes_field(std::string& out, int field, const std::string& bytes) {
  put_key(out, field, 2);
  put_varint(out, bytes.size());
  out += bytes;
}

void put_wall_time(std::string& out, double wall_time) {
  put_key(out, 1, 1);
  put_little_endian(out, wall_time);
}

}  // namespace

uint32_t crc32c(const void* data, size_t size) {
  static const auto table = crc32c_table();
  const auto* bytes = static_cast<const unsigned char*>(data);
  uint32_t crc = 0xFFFFFFFFu;
  for (size_t i = 0; i < size; ++i) crc = (crc >> 8) ^ table[(crc ^ bytes[i]) & 0xFF];
  return crc ^ 0xFFFFFFFFu;
}

uint32_t masked_crc32c(const void* data, size_t size) {
  const uint32_t crc = crc32c(data, size);
  return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

std::string frame_record(const std::string& data) {
  std::string record;
  std::string length;
  put_little_endian<uint64_t>(length, data.size());
  record += length;
  put_little_endian<uint32_t>(record, masked_crc32c(length.data(), length.size()));
  record += data;
  put_little_endian<uint32_t>(record, masked_crc32c(data.data(), data.size()));
  return record;
}

std::string file_version_event(double wall_time) {
  std::string event;
  put_wall_time(event, wall_time);
  put_bytes_field(event, 3, "brain.Event:2");
  return event;
}

std::string scalar_event(double wall_time, int64_t step, const std::string& tag, float value) {
  std::string summary_value;
  put_bytes_field(summary_value, 1, tag);
  put_key(summary_value, 2, 5);
  put_little_endian(summary_value, value);
  std::string summary;
  put_bytes_field(summary, 1, summary_value);

  std::string event;
  put_wall_time(event, wall_time);
  if (step != 0) {
    put_key(event, 2, 0);
    put_varint(event, static_cast<uint64_t>(step));  // int64: two's complement, as protobuf
  }
  put_bytes_field(event, 5, summary);
  return event;
}

std::string event_file_name(double wall_time, const std::string& host) {
  return "events.out.tfevents." + std::to_string(static_cast<long long>(wall_time)) + "." + host;
}

EventFileWriter::EventFileWriter(std::string path, double wall_time) : path_(std::move(path)) {
  file_ = std::fopen(path_.c_str(), "wb");
  if (file_ == nullptr) throw Error(path_, std::string("cannot create: ") + std::strerror(errno));
  write(file_version_event(wall_time));
}

EventFileWriter::~EventFileWriter() {
  if (file_ != nullptr) std::fclose(file_);
}

void EventFileWriter::add_scalar(const std::string& tag, int64_t step, double wall_time,
                                 double value) {
  write(scalar_event(wall_time, step, tag, static_cast<float>(value)));
}

void EventFileWriter::write(const std::string& event) {
  const std::string record = frame_record(event);
  if (file_ == nullptr || std::fwrite(record.data(), 1, record.size(), file_) != record.size() ||
      std::fflush(file_) != 0)
    throw Error(path_, std::string("cannot write: ") + std::strerror(errno));
}

void EventFileWriter::close() {
  if (file_ == nullptr) return;
  const bool ok = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!ok) throw Error(path_, std::string("cannot write: ") + std::strerror(errno));
}

}  // namespace allcnn::exporting
