#include "data/idx_format.h"

#include <algorithm>
#include <climits>
#include <cstdio>

#include <zlib.h>

#include "common/error.h"
#include "data/file_bytes.h"

namespace allcnn::data {

namespace {

constexpr uint8_t kUnsignedByteType = 0x08;
// An IDX file is never read whole before its header says how large it is; the compressed file
// itself may not be larger than the data it can hold.
constexpr uint64_t kMaxIdxFileBytes = kMaxIdxDataBytes + 1024;

std::string hex32(uint32_t value) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%08x", value);
  return text;
}

uint32_t read_be32(const uint8_t* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

bool is_gzip(const uint8_t* bytes, size_t size) {
  return size >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
}

/// What the header says: the dimensions, its own length and the data length it implies.
struct IdxHeader {
  std::vector<int64_t> dims;
  size_t header_bytes = 0;
  uint64_t data_bytes = 0;
  std::string shape;  ///< "3x28x28", for messages
};

class HeaderParser {
 public:
  HeaderParser(const std::string& name, uint8_t dims, const std::string& what)
      : name_(name), dims_(dims), what_(what) {}

  /// Parses the header from the first `n` bytes of the content. Returns false when more bytes
  /// are needed and `complete` is false; throws for a bad header (or one cut short when the
  /// content is `complete`).
  bool parse(const uint8_t* p, size_t n, bool complete, IdxHeader& header) const {
    const uint32_t expected_magic = (uint32_t{kUnsignedByteType} << 8) | dims_;
    if (n < 4) {
      if (!complete) return false;
      if (n == 0) throw Error(name_, message(MessageCode::EmptyFile));
      throw Error(name_, message(MessageCode::IdxShortHeader, n));
    }
    const uint32_t magic = read_be32(p);
    if (p[0] != 0 || p[1] != 0 || p[2] != kUnsignedByteType)
      throw Error(name_,
                  message(MessageCode::IdxWrongMagic, hex32(magic), hex32(expected_magic), what_));
    if (p[3] != dims_)
      throw Error(name_, "wrong number of dimensions: " + std::to_string(p[3]) + " (magic " +
                             hex32(magic) + "); expected " + std::to_string(dims_) + " (" + what_ +
                             ", magic " + hex32(expected_magic) + ")");
    const size_t header_bytes = 4 + 4 * size_t{dims_};
    if (n < header_bytes) {
      if (!complete) return false;
      throw Error(name_, "truncated IDX header: " + std::to_string(n) + " bytes, " +
                             std::to_string(header_bytes) + " needed");
    }
    header.dims.clear();
    header.shape.clear();
    header.header_bytes = header_bytes;
    uint64_t data_bytes = 1;
    bool overflow = false;
    for (size_t i = 0; i < dims_; ++i) {
      const uint32_t dim = read_be32(p + 4 + 4 * i);
      if (dim == 0) throw Error(name_, "dimension " + std::to_string(i) + " of the header is 0");
      header.dims.push_back(dim);
      overflow = overflow || __builtin_mul_overflow(data_bytes, uint64_t{dim}, &data_bytes);
      header.shape += (i == 0 ? "" : "x") + std::to_string(dim);
    }
    if (overflow || data_bytes > kMaxIdxDataBytes)
      throw Error(name_,
                  "the header says " + header.shape + " " + what_ + " (" +
                      (overflow ? std::string("more than 2^64") : std::to_string(data_bytes)) +
                      " bytes), more than the " + std::to_string(kMaxIdxDataBytes >> 30) +
                      " GiB an IDX file may hold");
    header.data_bytes = data_bytes;
    return true;
  }

  /// The data that follows the header has `actual` bytes (after decompression).
  void check_length(const IdxHeader& header, uint64_t actual) const {
    if (actual < header.data_bytes)
      throw Error(name_, message(MessageCode::IdxTruncated, header.shape, what_, header.data_bytes,
                                 actual));
    if (actual > header.data_bytes)
      throw Error(name_, message(MessageCode::IdxTrailingBytes, actual - header.data_bytes,
                                 header.shape, what_));
  }

  const std::string& name() const { return name_; }
  const std::string& what() const { return what_; }

 private:
  const std::string& name_;
  uint8_t dims_;
  const std::string& what_;
};

/// Inflates a gzip stream (one or more members) into the IDX content it holds, never producing
/// more than the header (read from the first inflated bytes) implies plus one byte: the byte
/// that proves the stream is longer than it may be.
class BoundedInflate {
 public:
  explicit BoundedInflate(const HeaderParser& parser) : parser_(parser) {
    // 16 + MAX_WBITS: expect a gzip header and trailer, not a raw zlib stream.
    if (inflateInit2(&stream_, 16 + MAX_WBITS) != Z_OK)
      throw Error(parser_.name(), "cannot start zlib");
  }
  ~BoundedInflate() { inflateEnd(&stream_); }
  BoundedInflate(const BoundedInflate&) = delete;
  BoundedInflate& operator=(const BoundedInflate&) = delete;

  IdxArray run(const uint8_t* in, size_t in_size) {
    constexpr size_t kFirstChunk = size_t{64} << 10;
    auto out = std::make_shared<std::vector<uint8_t>>(kFirstChunk);
    IdxHeader header;
    bool have_header = false;
    size_t consumed = 0;
    size_t produced = 0;
    for (;;) {
      if (produced == out->size()) {
        // Full: only possible past the header (the first chunk holds any header).
        const uint64_t allowed = header.header_bytes + header.data_bytes;
        if (produced > allowed) throw_too_long(header);
        out->resize(
            static_cast<size_t>(std::min<uint64_t>(uint64_t{out->size()} * 2, allowed + 1)));
      }
      if (stream_.avail_in == 0 && consumed < in_size) {
        const size_t chunk = std::min<size_t>(in_size - consumed, UINT_MAX);
        stream_.next_in = const_cast<Bytef*>(in + consumed);
        stream_.avail_in = static_cast<uInt>(chunk);
        consumed += chunk;
      }
      const size_t room = std::min<size_t>(out->size() - produced, UINT_MAX);
      stream_.next_out = out->data() + produced;
      stream_.avail_out = static_cast<uInt>(room);
      const int status = inflate(&stream_, Z_NO_FLUSH);
      produced += room - stream_.avail_out;
      if (!have_header) have_header = parser_.parse(out->data(), produced, false, header);
      if (have_header && produced > header.header_bytes + header.data_bytes) throw_too_long(header);
      if (status == Z_STREAM_END) {
        const size_t next = consumed - stream_.avail_in;
        // `gzip` output concatenated with more gzip output is one valid file (several members).
        if (next + 2 <= in_size && in[next] == 0x1f && in[next + 1] == 0x8b) {
          inflateReset(&stream_);
          continue;
        }
        break;
      }
      if (status == Z_NEED_DICT || status == Z_DATA_ERROR)
        throw Error(parser_.name(),
                    message(MessageCode::GzipCorrupt,
                            stream_.msg != nullptr ? stream_.msg : "invalid deflate stream"));
      if (status == Z_MEM_ERROR) throw Error(parser_.name(), "out of memory while decompressing");
      // inflate() stops with room left in the output only when it has run out of input.
      if (stream_.avail_out > 0 && stream_.avail_in == 0 && consumed == in_size)
        throw Error(parser_.name(), message(MessageCode::GzipTruncated));
    }
    if (produced == 0) throw Error(parser_.name(), "empty file (after gzip decompression)");
    if (!have_header) parser_.parse(out->data(), produced, true, header);
    parser_.check_length(header, produced - header.header_bytes);
    out->resize(produced);
    return IdxArray{header.dims, std::move(out), header.header_bytes};
  }

 private:
  [[noreturn]] void throw_too_long(const IdxHeader& h) const {
    throw Error(parser_.name(), "decompresses to more than the " +
                                    std::to_string(h.header_bytes + h.data_bytes) +
                                    " bytes its header describes (" + h.shape + " " +
                                    parser_.what() + "): a corrupt file or a decompression bomb");
  }

  const HeaderParser& parser_;
  z_stream stream_{};
};

IdxArray parse_raw(std::shared_ptr<std::vector<uint8_t>> bytes, const HeaderParser& parser) {
  IdxHeader header;
  parser.parse(bytes->data(), bytes->size(), true, header);
  parser.check_length(header, bytes->size() - header.header_bytes);
  return IdxArray{header.dims, std::move(bytes), header.header_bytes};
}

}  // namespace

IdxArray parse_idx(const uint8_t* bytes, size_t size, const std::string& name, uint8_t dims,
                   const std::string& what) {
  const HeaderParser parser(name, dims, what);
  if (is_gzip(bytes, size)) return BoundedInflate(parser).run(bytes, size);
  return parse_raw(std::make_shared<std::vector<uint8_t>>(bytes, bytes + size), parser);
}

IdxArray read_idx_file(const std::string& path, uint8_t dims, const std::string& what) {
  auto bytes = std::make_shared<std::vector<uint8_t>>(
      detail::read_file_bytes(path, kMaxIdxFileBytes, "an IDX file"));
  const HeaderParser parser(path, dims, what);
  if (is_gzip(bytes->data(), bytes->size()))
    return BoundedInflate(parser).run(bytes->data(), bytes->size());
  return parse_raw(std::move(bytes), parser);
}

}  // namespace allcnn::data
