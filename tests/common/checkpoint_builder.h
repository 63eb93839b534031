#pragma once

// Builds checkpoint archives byte by byte: a ZIP writer (stored or deflated members, right or
// wrong CRCs) and a pickle writer, so tests and fuzz targets can make a minimal well-formed
// checkpoint and every kind of damaged or hostile one. Needs zlib; no torch.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <zlib.h>

namespace allcnn::testing {

struct ZipMember {
  std::string name;
  std::string data;
  bool deflate = false;
  int64_t stated_size = -1;  ///< the size the directory claims; -1: the real one
  bool wrong_crc = false;
};

/// A ZIP archive of `members` laid out as LibTorch's writer does (local header, data, ...,
/// central directory, end record).
inline std::string zip(const std::vector<ZipMember>& members) {
  std::string out, directory;
  auto u16 = [](std::string& s, uint32_t v) { s += char(v & 0xff), s += char(v >> 8 & 0xff); };
  auto u32 = [&](std::string& s, uint32_t v) { u16(s, v & 0xffff), u16(s, v >> 16); };
  for (const auto& m : members) {
    std::string data = m.data;
    if (m.deflate) {
      z_stream z{};
      deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
      std::string packed(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
      z.next_in = reinterpret_cast<Bytef*>(data.data());
      z.avail_in = static_cast<uInt>(data.size());
      z.next_out = reinterpret_cast<Bytef*>(packed.data());
      z.avail_out = static_cast<uInt>(packed.size());
      deflate(&z, Z_FINISH);
      packed.resize(packed.size() - z.avail_out);
      deflateEnd(&z);
      data = packed;
    }
    uint32_t crc = static_cast<uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(m.data.data()), static_cast<uInt>(m.data.size())));
    if (m.wrong_crc) crc ^= 1;
    const auto size =
        static_cast<uint32_t>(m.stated_size >= 0 ? m.stated_size : int64_t(m.data.size()));
    const auto offset = static_cast<uint32_t>(out.size());
    auto header = [&](std::string& s, bool central) {
      u32(s, central ? 0x02014b50 : 0x04034b50);
      if (central) u16(s, 20);
      u16(s, 20), u16(s, 0), u16(s, m.deflate ? 8 : 0), u16(s, 0), u16(s, 0);
      u32(s, crc), u32(s, static_cast<uint32_t>(data.size())), u32(s, size);
      u16(s, static_cast<uint32_t>(m.name.size())), u16(s, 0);
      if (central) u16(s, 0), u16(s, 0), u16(s, 0), u32(s, 0), u32(s, offset);
      s += m.name;
    };
    header(out, false);
    out += data;
    header(directory, true);
  }
  const auto directory_offset = static_cast<uint32_t>(out.size());
  out += directory;
  u32(out, 0x06054b50), u16(out, 0), u16(out, 0);
  u16(out, static_cast<uint32_t>(members.size())), u16(out, static_cast<uint32_t>(members.size()));
  u32(out, static_cast<uint32_t>(directory.size())), u32(out, directory_offset), u16(out, 0);
  return out;
}

/// Protocol 2 pickle opcodes, as LibTorch's pickler writes them.
class PickleWriter {
 public:
  PickleWriter() { bytes_ = "\x80\x02"; }
  PickleWriter& op(char c) { return bytes_ += c, *this; }
  PickleWriter& global(const std::string& module, const std::string& name) {
    return bytes_ += "c" + module + "\n" + name + "\n", *this;
  }
  PickleWriter& str(const std::string& s) {
    op('X');
    le(static_cast<uint32_t>(s.size()), 4);
    return bytes_ += s, *this;
  }
  PickleWriter& int1(uint8_t v) { return op('K'), le(v, 1), *this; }
  PickleWriter& put(uint32_t index) {
    return index < 256 ? (op('q'), le(index, 1)) : (op('r'), le(index, 4)), *this;
  }
  PickleWriter& get(uint32_t index) {
    return index < 256 ? (op('h'), le(index, 1)) : (op('j'), le(index, 4)), *this;
  }
  PickleWriter& raw(const std::string& bytes) { return bytes_ += bytes, *this; }
  std::string stop() const { return bytes_ + "."; }

 private:
  void le(uint32_t v, int count) {
    for (int i = 0; i < count; ++i) bytes_ += char(v >> (8 * i) & 0xff);
  }
  std::string bytes_;
};

/// The parts of a minimal checkpoint: one module with one float tensor `w` of 2x3 over the
/// record data/0 (6 floats). Each test changes one part.
struct CheckpointParts {
  std::string version = "3\n";
  std::string code =
      "class Module(Module):\n  __parameters__ = [\"w\", ]\n  __buffers__ = []\n"
      "  w : Tensor\n";
  std::string constants = "\x80\x02).";
  std::string record = std::string(24, '\0');
  // The tensor's storage elements, offset, sizes and strides as they appear in data.pkl.
  uint8_t elements = 6, offset = 0, rows = 2, cols = 3, row_stride = 3, col_stride = 1;

  std::string data_pkl() const {
    PickleWriter p;
    p.global("__torch__", "Module").put(0).op(')').op('\x81').op('}').op('(');
    p.str("w").put(1).global("torch._utils", "_rebuild_tensor_v2").put(2).op('(');
    p.op('(').str("storage").put(3).global("torch", "FloatStorage").put(4).str("0").put(5);
    p.str("cpu").put(6).int1(elements).op('t').put(7).op('Q');
    p.int1(offset).int1(rows).int1(cols).op('\x86').int1(row_stride).int1(col_stride).op('\x86');
    p.op('\x89').global("collections", "OrderedDict").put(8).op(')').op('R').op('t').op('R');
    p.op('u').op('b');
    return p.stop();
  }
  std::vector<ZipMember> members() const {
    return {{"archive/data.pkl", data_pkl()},
            {"archive/code/__torch__.py", code, true},
            {"archive/constants.pkl", constants},
            {"archive/data/0", record},
            {"archive/version", version}};
  }
};

}  // namespace allcnn::testing
