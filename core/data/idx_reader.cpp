// IDX files (MNIST, Fashion-MNIST): a big-endian magic number 0x000008NN (unsigned bytes, NN
// dimensions), NN big-endian uint32 sizes, then the data. The official downloads are gzip
// files; they are decompressed in memory, detected from their magic bytes 0x1f 0x8b.

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <torch/torch.h>
#include <zlib.h>

#include "common/error.h"
#include "data/dataset.h"
#include "data/file_bytes.h"

namespace allcnn::data {

namespace {

constexpr uint8_t kUnsignedByteType = 0x08;
// Refuses inflating further than this: a corrupt or hostile file must fail, not exhaust memory.
constexpr size_t kMaxInflatedBytes = size_t{8} << 30;

bool is_gzip(const std::vector<uint8_t>& bytes) {
  return bytes.size() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
}

std::string hex32(uint32_t value) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%08x", value);
  return text;
}

uint32_t read_be32(const uint8_t* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

// The gzip trailer holds the uncompressed size modulo 2^32; it is only a hint for the first
// allocation, capped so that a corrupt trailer cannot request gigabytes.
size_t initial_inflate_capacity(const std::vector<uint8_t>& compressed) {
  const size_t n = compressed.size();
  size_t hint = n * 4;
  if (n >= 18) {
    const uint8_t* t = compressed.data() + n - 4;
    hint = uint32_t{t[0]} | (uint32_t{t[1]} << 8) | (uint32_t{t[2]} << 16) | (uint32_t{t[3]} << 24);
  }
  // Deflate cannot expand data more than about 1032:1.
  return std::clamp<size_t>(hint, 4096, std::min<size_t>(n * 1032 + 4096, size_t{256} << 20));
}

class InflateStream {
 public:
  explicit InflateStream(const std::string& path) : path_(path) {
    // 16 + MAX_WBITS: expect a gzip header and trailer, not a raw zlib stream.
    if (inflateInit2(&stream_, 16 + MAX_WBITS) != Z_OK) throw Error(path_, "cannot start zlib");
  }
  ~InflateStream() { inflateEnd(&stream_); }
  InflateStream(const InflateStream&) = delete;
  InflateStream& operator=(const InflateStream&) = delete;

  std::vector<uint8_t> run(const std::vector<uint8_t>& in) {
    std::vector<uint8_t> out(initial_inflate_capacity(in));
    size_t consumed = 0;
    size_t produced = 0;
    for (;;) {
      if (produced == out.size()) grow(out);
      if (stream_.avail_in == 0 && consumed < in.size()) {
        const size_t chunk = std::min<size_t>(in.size() - consumed, UINT_MAX);
        stream_.next_in = const_cast<Bytef*>(in.data() + consumed);
        stream_.avail_in = static_cast<uInt>(chunk);
        consumed += chunk;
      }
      const size_t room = std::min<size_t>(out.size() - produced, UINT_MAX);
      stream_.next_out = out.data() + produced;
      stream_.avail_out = static_cast<uInt>(room);
      const int status = inflate(&stream_, Z_NO_FLUSH);
      produced += room - stream_.avail_out;
      if (status == Z_STREAM_END) {
        const size_t next = consumed - stream_.avail_in;
        // `gzip` output concatenated with more gzip output is one valid file (several members).
        if (next + 2 <= in.size() && in[next] == 0x1f && in[next + 1] == 0x8b) {
          inflateReset(&stream_);
          continue;
        }
        break;
      }
      if (status == Z_NEED_DICT || status == Z_DATA_ERROR) {
        throw Error(path_, std::string("corrupt gzip data: ") +
                               (stream_.msg != nullptr ? stream_.msg : "invalid deflate stream"));
      }
      if (status == Z_MEM_ERROR) throw Error(path_, "out of memory while decompressing");
      // inflate() stops with room left in the output only when it has run out of input.
      if (stream_.avail_out > 0 && stream_.avail_in == 0 && consumed == in.size()) {
        throw Error(path_, "corrupt gzip data: the compressed stream ends early (truncated file?)");
      }
    }
    out.resize(produced);
    return out;
  }

 private:
  void grow(std::vector<uint8_t>& out) const {
    if (out.size() >= kMaxInflatedBytes) {
      throw Error(path_, "corrupt gzip data: decompresses to more than " +
                             std::to_string(kMaxInflatedBytes >> 30) + " GiB");
    }
    out.resize(std::min(out.size() * 2, kMaxInflatedBytes));
  }

  std::string path_;
  z_stream stream_{};
};

std::vector<uint8_t> read_idx_bytes(const std::string& path) {
  std::vector<uint8_t> bytes = detail::read_file_bytes(path);
  if (bytes.empty()) throw Error(path, "empty file");
  if (!is_gzip(bytes)) return bytes;
  std::vector<uint8_t> inflated = InflateStream(path).run(bytes);
  if (inflated.empty()) throw Error(path, "empty file (after gzip decompression)");
  return inflated;
}

struct IdxContent {
  std::vector<int64_t> dims;
  const uint8_t* data = nullptr;
};

// `what` names the expected content in messages: "images" (3 dimensions) or "labels" (1).
IdxContent parse_idx(const std::vector<uint8_t>& bytes, const std::string& path,
                     uint8_t expected_dims, const std::string& what) {
  const uint32_t expected_magic = (uint32_t{kUnsignedByteType} << 8) | expected_dims;
  if (bytes.size() < 4) {
    throw Error(path, "truncated IDX header: " + std::to_string(bytes.size()) + " bytes");
  }
  const uint32_t magic = read_be32(bytes.data());
  if (bytes[0] != 0 || bytes[1] != 0 || bytes[2] != kUnsignedByteType) {
    throw Error(path, "wrong IDX magic number " + hex32(magic) + "; expected " +
                          hex32(expected_magic) + " (" + what + ")");
  }
  const uint8_t dim_count = bytes[3];
  if (dim_count != expected_dims) {
    throw Error(path, "wrong number of dimensions: " + std::to_string(dim_count) + " (magic " +
                          hex32(magic) + "); expected " + std::to_string(expected_dims) + " (" +
                          what + ", magic " + hex32(expected_magic) + ")");
  }
  const size_t header_bytes = 4 + 4 * size_t{dim_count};
  if (bytes.size() < header_bytes) {
    throw Error(path, "truncated IDX header: " + std::to_string(bytes.size()) + " bytes, " +
                          std::to_string(header_bytes) + " needed");
  }
  IdxContent content;
  uint64_t expected_bytes = 1;
  bool overflow = false;
  std::string shape;
  for (size_t i = 0; i < dim_count; ++i) {
    const uint32_t dim = read_be32(bytes.data() + 4 + 4 * i);
    if (dim == 0) throw Error(path, "dimension " + std::to_string(i) + " of the header is 0");
    content.dims.push_back(dim);
    overflow = overflow || __builtin_mul_overflow(expected_bytes, uint64_t{dim}, &expected_bytes);
    shape += (i == 0 ? "" : "x") + std::to_string(dim);
  }
  const uint64_t actual_bytes = bytes.size() - header_bytes;
  if (overflow || actual_bytes < expected_bytes) {
    throw Error(path,
                "truncated: the header says " + shape + " " + what + " (" +
                    (overflow ? std::string("more than 2^64") : std::to_string(expected_bytes)) +
                    " bytes), the file has " + std::to_string(actual_bytes) + " bytes of data");
  }
  if (actual_bytes > expected_bytes) {
    throw Error(path, std::to_string(actual_bytes - expected_bytes) +
                          " unexpected bytes after the " + shape + " " + what +
                          " the header describes");
  }
  content.data = bytes.data() + header_bytes;
  return content;
}

}  // namespace

torch::Tensor read_idx_images(const std::string& path) {
  const std::vector<uint8_t> bytes = read_idx_bytes(path);
  const IdxContent content = parse_idx(bytes, path, 3, "images");
  const auto& d = content.dims;
  torch::Tensor images = torch::empty({d[0], 1, d[1], d[2]}, torch::kUInt8);
  std::memcpy(images.data_ptr<uint8_t>(), content.data, static_cast<size_t>(images.numel()));
  return images;
}

torch::Tensor read_idx_labels(const std::string& path) {
  const std::vector<uint8_t> bytes = read_idx_bytes(path);
  const IdxContent content = parse_idx(bytes, path, 1, "labels");
  const int64_t count = content.dims[0];
  torch::Tensor labels = torch::empty({count}, torch::kInt64);
  int64_t* out = labels.data_ptr<int64_t>();
  std::copy(content.data, content.data + count, out);
  return labels;
}

}  // namespace allcnn::data
