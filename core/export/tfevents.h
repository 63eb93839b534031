#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

// Torch-free: TensorBoard's event file format, hand-encoded. Only four protobuf fields of
// tensorflow.Event and two of Summary.Value are needed for scalars; encoding them by hand
// spares every build (the GPU server's too) libprotobuf, protoc and the .proto files.

namespace allcnn::exporting {

/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), as TFRecord uses.
uint32_t crc32c(const void* data, size_t size);
/// TFRecord's masked CRC: ((crc >> 15) | (crc << 17)) + 0xa282ead8.
uint32_t masked_crc32c(const void* data, size_t size);

/// One TFRecord: uint64 length (little-endian), masked CRC-32C of those 8 bytes, the data,
/// masked CRC-32C of the data.
std::string frame_record(const std::string& data);

/// The serialized tensorflow.Event that starts every event file: wall_time and
/// file_version "brain.Event:2".
std::string file_version_event(double wall_time);
/// The serialized tensorflow.Event holding one scalar: wall_time (field 1, double), step
/// (field 2, varint; omitted when 0, as proto3 does), summary (field 5) with one Value of tag
/// (field 1) and simple_value (field 2, float).
std::string scalar_event(double wall_time, int64_t step, const std::string& tag, float value);

/// Writes framed events to a file; each is flushed as written. Throws allcnn::Error naming the
/// file when it cannot be written. Single-threaded.
class EventFileWriter {
 public:
  /// Creates `path` and writes the file-version event stamped `wall_time`.
  EventFileWriter(std::string path, double wall_time);
  ~EventFileWriter();
  EventFileWriter(const EventFileWriter&) = delete;
  EventFileWriter& operator=(const EventFileWriter&) = delete;

  void add_scalar(const std::string& tag, int64_t step, double wall_time, double value);
  /// Closes the file; a failure that only shows now (a full disk) throws.
  void close();

 private:
  void write(const std::string& event);
  std::string path_;
  std::FILE* file_ = nullptr;
};

/// events.out.tfevents.<seconds>.<host>: the name TensorBoard looks for.
std::string event_file_name(double wall_time, const std::string& host);

}  // namespace allcnn::exporting
