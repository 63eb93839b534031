#include "train/checkpoint_archive.h"

#include <map>
#include <set>
#include <vector>

#include "common/error.h"
#include "common/zip_reader.h"
#include "train/pickle_check.h"

namespace allcnn::train {

namespace {

constexpr uint64_t kMaxPickleBytes = uint64_t{64} << 20;
constexpr uint64_t kMaxCodeBytes = uint64_t{1} << 20;
constexpr uint64_t kMaxSmallBytes = 64;
constexpr size_t kMaxMembers = 100000;
constexpr int kMaxTypeDepth = 8;

bool is_word(const std::string& s, size_t begin, size_t end) {
  if (begin >= end) return false;
  for (size_t i = begin; i < end; ++i) {
    const char c = s[i];
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
      return false;
  }
  return true;
}

bool is_digits(const std::string& s, size_t begin, size_t end) {
  if (begin >= end || end - begin > 12) return false;
  for (size_t i = begin; i < end; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

bool starts(const std::string& s, size_t at, const char* prefix) {
  return s.compare(at, std::char_traits<char>::length(prefix), prefix) == 0;
}

// "__torch__.Module" or "__torch__.___torch_mangle_<n>.Module" at `at`; advances `at`.
bool class_name(const std::string& s, size_t& at) {
  if (starts(s, at, "__torch__.Module")) {
    at += 16;
    return true;
  }
  if (!starts(s, at, "__torch__.___torch_mangle_")) return false;
  size_t end = at + 26;
  while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
  if (!is_digits(s, at + 26, end) || !starts(s, end, ".Module")) return false;
  at = end + 7;
  return true;
}

// The attribute types LibTorch writes for checkpoints; advances `at` past one.
bool type_name(const std::string& s, size_t& at, int depth) {
  if (depth > kMaxTypeDepth) return false;
  for (const char* simple : {"Tensor", "int", "float", "str", "bool", "NoneType"}) {
    const size_t length = std::char_traits<char>::length(simple);
    if (starts(s, at, simple) && !is_word(s, at + length, at + length + 1)) {
      at += length;
      return true;
    }
  }
  if (class_name(s, at)) return true;
  for (const char* generic : {"Tuple[", "List[", "Optional[", "Dict[str, "}) {
    if (!starts(s, at, generic)) continue;
    at += std::char_traits<char>::length(generic);
    for (;;) {
      if (!type_name(s, at, depth + 1)) return false;
      if (starts(s, at, "]")) return ++at, true;
      if (generic[0] != 'T' || !starts(s, at, ", ")) return false;
      at += 2;
    }
  }
  return false;
}

// A quoted attribute or state key: letters, digits, '_', '.', '/'.
bool quoted_key(const std::string& s, size_t& at) {
  if (!starts(s, at, "\"")) return false;
  size_t end = at + 1;
  while (end < s.size() && s[end] != '"') {
    const char c = s[end];
    if (!(c == '_' || c == '.' || c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9')))
      return false;
    ++end;
  }
  if (end == at + 1 || end >= s.size()) return false;
  at = end + 1;
  return true;
}

// `  __parameters__ = ["a", "b", ]` and the like.
bool name_list(const std::string& s, size_t at) {
  if (!starts(s, at, "[")) return false;
  ++at;
  while (!starts(s, at, "]")) {
    if (!quoted_key(s, at) || !starts(s, at, ", ")) return false;
    at += 2;
  }
  return at + 1 == s.size();
}

bool attribute_line(const std::string& line) {
  if (starts(line, 0, "  __parameters__ = ")) return name_list(line, 19);
  if (starts(line, 0, "  __buffers__ = ")) return name_list(line, 16);
  if (line == "  __annotations__ = []") return true;
  size_t at = 0;
  if (starts(line, 0, "  __annotations__[")) {
    at = 18;
    if (!quoted_key(line, at) || !starts(line, at, "] = ")) return false;
    at += 4;
  } else {
    const size_t colon = line.find(" : ");
    if (colon == std::string::npos || !starts(line, 0, "  ") || !is_word(line, 2, colon) ||
        (line[2] >= '0' && line[2] <= '9'))
      return false;
    at = colon + 3;
  }
  return type_name(line, at, 0) && at == line.size();
}

// A code file may only declare one class and its attributes: nothing in it can run.
void check_code(const std::string& text, const std::string& file, const std::string& member) {
  size_t classes = 0, line_number = 0;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(begin, end - begin);
    ++line_number;
    begin = end + 1;
    bool ok = line.empty();
    if (line == "class Module(Module):") {
      ok = ++classes == 1;
    } else if (!ok) {
      ok = classes == 1 && attribute_line(line);
    }
    if (!ok)
      throw Error(file, member + ": line " + std::to_string(line_number) +
                            " is not an attribute declaration of a checkpoint (code in a "
                            "checkpoint is never run)");
  }
  if (classes != 1) throw Error(file, member + ": declares no class");
}

void check_small_text(const ZipReader& zip, const ZipEntry& entry, const std::string& file,
                      const std::string& member) {
  const auto bytes = zip.contents(entry, kMaxSmallBytes);
  std::string text(bytes.begin(), bytes.end());
  if (!text.empty() && text.back() == '\n') text.pop_back();
  bool ok = !text.empty();
  if (member == "version" || member == ".data/version") {
    ok = ok && is_digits(text, 0, text.size()) && text.size() <= 3 && std::stoi(text) >= 1 &&
         std::stoi(text) <= 20;
  } else if (member == "byteorder") {
    ok = text == "little" || text == "big";
  } else {
    for (char c : text) ok = ok && c > ' ' && c < 0x7f;
  }
  if (!ok)
    throw Error(file, member + " holds " + std::to_string(bytes.size()) +
                          " bytes that are not what LibTorch writes there");
}

}  // namespace

void check_checkpoint_archive(const uint8_t* bytes, size_t size, const std::string& name) {
  if (size > kMaxCheckpointBytes)
    throw Error(name, "has " + std::to_string(size) + " bytes, more than a checkpoint may have");
  const ZipReader zip(bytes, size, name, kMaxMembers);
  const auto& entries = zip.entries();
  if (entries.empty()) throw Error(name, "is not a checkpoint (an empty archive)");
  const std::string& first = entries.front().name;
  const size_t slash = first.find('/');
  if (slash == std::string::npos || slash > 64 || !is_word(first, 0, slash))
    throw Error(name, "is not a checkpoint (its members are not in one folder)");
  const std::string folder = first.substr(0, slash + 1);

  std::map<std::string, const ZipEntry*> members;  // by the name inside the folder
  for (const auto& entry : entries) {
    if (entry.name.compare(0, folder.size(), folder) != 0)
      throw Error(name, "is not a checkpoint (its members are not in one folder)");
    members[entry.name.substr(folder.size())] = &entry;
  }
  std::map<std::string, int64_t> records;  // data/<key> -> bytes
  std::vector<std::string> code_files, debug_files;
  for (const auto& [member, entry] : members) {
    const std::string shown = member.substr(0, 80);
    if (member == "version" || member == ".data/version" || member == "byteorder" ||
        member == ".data/serialization_id") {
      check_small_text(zip, *entry, name, member);
    } else if (member == "data.pkl" || member == "constants.pkl") {
      continue;  // read below
    } else if (starts(member, 0, "data/") && is_digits(member, 5, member.size())) {
      if (entry->method != 0)
        throw Error(name, member + " is compressed; tensor records are stored as they are");
      zip.verify(*entry, entry->size);
      records[member.substr(5)] = static_cast<int64_t>(entry->size);
    } else {
      std::string code = member;
      const bool debug = code.size() > 10 && code.compare(code.size() - 10, 10, ".debug_pkl") == 0;
      if (debug) code.resize(code.size() - 10);
      const bool code_name =
          starts(code, 0, "code/") &&
          (code == "code/__torch__.py" ||
           (starts(code, 5, "__torch__/___torch_mangle_") && code.size() > 34 &&
            code.compare(code.size() - 3, 3, ".py") == 0 && is_digits(code, 31, code.size() - 3)));
      if (!code_name) throw Error(name, "has the unexpected member '" + shown + "'");
      (debug ? debug_files : code_files).push_back(member);
    }
  }
  if (members.count("version") == 0) throw Error(name, "is not a checkpoint (no version record)");
  if (members.count("data.pkl") == 0) throw Error(name, "is not a checkpoint (no data.pkl)");

  // Code: declarations only.
  std::set<std::string> declared;
  for (const auto& member : code_files) {
    const auto text = zip.contents(*members[member], kMaxCodeBytes);
    check_code(std::string(text.begin(), text.end()), name, member);
    // code/__torch__.py declares __torch__.Module; code/__torch__/X.py declares __torch__.X.Module.
    declared.insert(member == "code/__torch__.py"
                        ? "__torch__.Module"
                        : "__torch__." + member.substr(15, member.size() - 18) + ".Module");
  }
  for (const auto& member : debug_files) {
    const auto pickle = zip.contents(*members[member], kMaxCodeBytes);
    PickleRules rules;
    rules.int_lists = true;
    if (check_pickle(pickle.data(), pickle.size(), rules, name, member).root !=
        PickleOutline::Kind::Tuple)
      throw Error(name, member + ": is not a tuple of source ranges");
  }

  // data.pkl: the checkpoint's objects and tensors.
  {
    const auto pickle = zip.contents(*members["data.pkl"], kMaxPickleBytes);
    PickleRules rules;
    rules.objects = true;
    rules.storage_bytes = [&records](const std::string& key) {
      const auto it = records.find(key);
      return it == records.end() ? int64_t{-1} : it->second;
    };
    const auto outline = check_pickle(pickle.data(), pickle.size(), rules, name, "data.pkl");
    if (outline.root != PickleOutline::Kind::Object || outline.root_class != "__torch__.Module")
      throw Error(name, "data.pkl: is not a checkpoint's module object");
    for (const auto& cls : outline.classes)
      if (declared.count(cls) == 0)
        throw Error(name, "data.pkl: uses the class " + cls + ", which no code file declares");
  }
  if (members.count("constants.pkl") > 0) {
    const auto pickle = zip.contents(*members["constants.pkl"], kMaxCodeBytes);
    const auto outline =
        check_pickle(pickle.data(), pickle.size(), PickleRules{}, name, "constants.pkl");
    if (outline.root != PickleOutline::Kind::Tuple || outline.root_items != 0)
      throw Error(name, "constants.pkl: a checkpoint has no constants");
  }
}

}  // namespace allcnn::train
