#include "train/pickle_check.h"

#include <cstring>
#include <map>
#include <memory>
#include <vector>

#include "common/error.h"

namespace allcnn::train {

namespace {

using Kind = PickleOutline::Kind;

// Internal kinds beyond the outline's: a global (a class or a function) and a storage.
enum class Type { None, Bool, Int, Float, Str, Tuple, List, Dict, Object, Tensor, Global, Storage };

struct Value {
  Type type = Type::None;
  int64_t integer = 0;                              // Int, Bool; Storage: elements
  int64_t element_bytes = 0;                        // Storage
  std::string text;                                 // Str; Global: "module name"; Object: its class
  std::shared_ptr<const std::vector<Value>> items;  // Tuple (shared: memo copies cost nothing)
  bool only_ints = true;                            // List
};

constexpr size_t kMaxStack = 1 << 20;
constexpr size_t kMaxMemo = 1 << 22;
constexpr size_t kMaxGlobalLine = 256;
constexpr size_t kMaxDims = 16;

const std::map<std::string, int64_t>& storage_types() {
  static const std::map<std::string, int64_t> types = {
      {"FloatStorage", 4},    {"DoubleStorage", 8},       {"HalfStorage", 2},
      {"BFloat16Storage", 2}, {"LongStorage", 8},         {"IntStorage", 4},
      {"ShortStorage", 2},    {"CharStorage", 1},         {"ByteStorage", 1},
      {"BoolStorage", 1},     {"ComplexFloatStorage", 8}, {"ComplexDoubleStorage", 16}};
  return types;
}

bool is_digits(const std::string& s, size_t max_length) {
  if (s.empty() || s.size() > max_length) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "__torch__" or "__torch__.___torch_mangle_N": the modules of LibTorch's own classes.
bool is_torch_class_module(const std::string& module) {
  if (module == "__torch__") return true;
  const std::string prefix = "__torch__.___torch_mangle_";
  return module.compare(0, prefix.size(), prefix) == 0 &&
         is_digits(module.substr(prefix.size()), 9);
}

class Walker {
 public:
  Walker(const uint8_t* bytes, size_t size, const PickleRules& rules, const std::string& file,
         const std::string& member)
      : b_(bytes), n_(size), rules_(rules), file_(file), member_(member) {}

  PickleOutline run() {
    if (n_ < 2 || b_[0] != 0x80 || b_[1] != 2) fail("is not a protocol 2 pickle");
    pos_ = 2;
    for (;;) {
      op_at_ = pos_;
      const uint8_t op = byte();
      if (op == '.') return stop();
      step(op);
    }
  }

 private:
  [[noreturn]] void fail(const std::string& reason) const {
    throw Error(file_, member_ + ": " + reason + " at byte " + std::to_string(op_at_));
  }

  const uint8_t* take(size_t count) {
    if (n_ - pos_ < count) fail("ends in the middle of an opcode");
    const uint8_t* at = b_ + pos_;
    pos_ += count;
    return at;
  }
  uint8_t byte() { return *take(1); }
  uint32_t le(size_t count) {
    const uint8_t* p = take(count);
    uint32_t v = 0;
    for (size_t i = count; i-- > 0;) v = (v << 8) | p[i];
    return v;
  }
  std::string line() {
    std::string text;
    for (;;) {
      const char c = static_cast<char>(byte());
      if (c == '\n') return text;
      if (text.size() >= kMaxGlobalLine || c == '\0') fail("has a malformed GLOBAL");
      text += c;
    }
  }

  void push(Value v) {
    if (stack_.size() >= kMaxStack) fail("nests too deeply");
    stack_.push_back(std::move(v));
  }
  // Pops never reach below the newest mark: LibTorch's unpickler would then index past its
  // stack when the mark is used.
  Value pop() {
    if (stack_.size() <= floor()) fail("pops an empty stack");
    Value v = std::move(stack_.back());
    stack_.pop_back();
    return v;
  }
  size_t floor() const { return marks_.empty() ? 0 : marks_.back(); }
  std::vector<Value> pop_to_mark() {
    if (marks_.empty()) fail("uses a mark that was never set");
    const size_t mark = marks_.back();
    marks_.pop_back();
    std::vector<Value> items(std::make_move_iterator(stack_.begin() + static_cast<long>(mark)),
                             std::make_move_iterator(stack_.end()));
    stack_.resize(mark);
    return items;
  }
  Value& top_below_mark(Type type, const char* what) {
    if (stack_.size() <= floor() || stack_.back().type != type) fail(std::string("has ") + what);
    return stack_.back();
  }

  static Value tuple(std::vector<Value> items) {
    Value v;
    v.type = Type::Tuple;
    v.items = std::make_shared<const std::vector<Value>>(std::move(items));
    return v;
  }
  static Value of(Type type, int64_t integer = 0) {
    Value v;
    v.type = type;
    v.integer = integer;
    return v;
  }

  void step(uint8_t op) {
    switch (op) {
      case '(':
        marks_.push_back(stack_.size());
        return;
      case 'N':
        return push(of(Type::None));
      case 0x88:
        return push(of(Type::Bool, 1));
      case 0x89:
        return push(of(Type::Bool, 0));
      case 'J':
        return push(of(Type::Int, static_cast<int32_t>(le(4))));
      case 'K':
        return push(of(Type::Int, le(1)));
      case 'M':
        return push(of(Type::Int, le(2)));
      case 0x8a: {  // LONG1: LibTorch writes and reads exactly 8 bytes
        if (byte() != 8) fail("has a LONG1 of other than 8 bytes");
        const uint64_t low = le(4), high = le(4);
        return push(of(Type::Int, static_cast<int64_t>(low | (high << 32))));
      }
      case 'G':
        take(8);
        return push(of(Type::Float));
      case 'X': {
        const uint32_t length = le(4);
        const uint8_t* text = take(length);
        Value v = of(Type::Str);
        v.text.assign(reinterpret_cast<const char*>(text), length);
        return push(std::move(v));
      }
      case ')':
        return push(tuple({}));
      case 't':
        return push(tuple(pop_to_mark()));
      case 0x85:
      case 0x86:
      case 0x87: {
        std::vector<Value> items(op - 0x84);
        for (size_t i = items.size(); i-- > 0;) items[i] = pop();
        return push(tuple(std::move(items)));
      }
      case '}':
        return push(of(Type::Dict));
      case ']':
        return push(of(Type::List));
      case 'u':
        return set_items(pop_to_mark());
      case 's': {
        Value value = pop();
        Value key = pop();
        return set_items({std::move(key), std::move(value)});
      }
      case 'e':
        return append(pop_to_mark());
      case 'a':
        return append({pop()});
      case 'q':
        return put(le(1));
      case 'r':
        return put(le(4));
      case 'h':
        return get(le(1));
      case 'j':
        return get(le(4));
      case 'c':
        return global();
      case 0x81:
        return new_object();
      case 'b':
        return build();
      case 'R':
        return reduce();
      case 'Q':
        return persistent_id();
      default: {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02x", op);
        fail(std::string("has the opcode ") + hex + ", which LibTorch's pickler never writes");
      }
    }
  }

  void set_items(std::vector<Value> items) {
    Value& dict = top_below_mark(Type::Dict, "SETITEMS without a dict");
    (void)dict;
    if (items.size() % 2 != 0) fail("has SETITEMS with a key without a value");
    for (size_t i = 0; i < items.size(); i += 2)
      if (items[i].type != Type::Str) fail("has a dict key that is not a string");
  }

  void append(std::vector<Value> items) {
    Value& list = top_below_mark(Type::List, "APPENDS without a list");
    for (const auto& item : items) list.only_ints = list.only_ints && item.type == Type::Int;
  }

  // LibTorch's memo grows by push_back and reserves up to twice the index it is given: indices
  // must come in sequence, as its pickler writes them.
  void put(uint32_t index) {
    if (index != memo_.size()) fail("has a memo index out of sequence");
    if (memo_.size() >= kMaxMemo) fail("has too many memo entries");
    if (stack_.size() <= floor()) fail("memoizes an empty stack");
    memo_.push_back(stack_.back());
  }
  void get(uint32_t index) {
    if (index >= memo_.size()) fail("reads a memo entry that was never written");
    push(memo_[index]);
  }

  void global() {
    const std::string module = line();
    const std::string name = line();
    Value v = of(Type::Global);
    v.text = module + " " + name;
    const bool allowed =
        (rules_.objects && name == "Module" && is_torch_class_module(module)) ||
        (rules_.storage_bytes && ((module == "torch._utils" && name == "_rebuild_tensor_v2") ||
                                  (module == "collections" && name == "OrderedDict") ||
                                  (module == "torch" && storage_types().count(name) > 0))) ||
        (rules_.int_lists && module == "torch.jit._pickle" && name == "build_intlist");
    if (!allowed)
      fail("uses the global '" + v.text.substr(0, 80) + "', which a checkpoint never holds");
    push(std::move(v));
  }

  void new_object() {
    const Value args = pop();
    const Value cls = pop();
    if (cls.type != Type::Global || cls.text.size() < 7 ||
        cls.text.compare(cls.text.size() - 7, 7, " Module") != 0)
      fail("instantiates something that is not a TorchScript class");
    if (args.type != Type::Tuple || !args.items->empty())
      fail("instantiates a class with arguments");
    Value object = of(Type::Object);
    object.text = cls.text.substr(0, cls.text.size() - 7) + ".Module";
    classes_.insert(object.text);
    push(std::move(object));
  }

  void build() {
    const Value state = pop();
    if (state.type != Type::Dict) fail("has BUILD without a dict of attributes");
    top_below_mark(Type::Object, "BUILD without an object");
  }

  void reduce() {
    const Value args = pop();
    const Value callable = pop();
    if (callable.type != Type::Global || args.type != Type::Tuple)
      fail("has REDUCE without a function and its arguments");
    const auto& a = *args.items;
    if (callable.text == "torch._utils _rebuild_tensor_v2") return push(tensor(a));
    if (callable.text == "collections OrderedDict") {
      if (!a.empty()) fail("builds an OrderedDict from arguments");
      return push(of(Type::Dict));
    }
    if (callable.text == "torch.jit._pickle build_intlist") {
      if (a.size() != 1 || a[0].type != Type::List || !a[0].only_ints)
        fail("builds an int list from something else");
      return push(of(Type::List));
    }
    fail("calls '" + callable.text.substr(0, 80) + "'");
  }

  // ("storage", torch.<Type>Storage, key, location, elements): a record of the archive.
  void persistent_id() {
    const Value id = pop();
    if (!rules_.storage_bytes) fail("refers to a tensor record where none may be");
    if (id.type != Type::Tuple || id.items->size() != 5) fail("has a malformed storage reference");
    const auto& f = *id.items;
    if (f[0].type != Type::Str || f[0].text != "storage" || f[1].type != Type::Global ||
        f[2].type != Type::Str || f[3].type != Type::Str || f[4].type != Type::Int)
      fail("has a malformed storage reference");
    const auto type = storage_types().find(f[1].text.substr(f[1].text.find(' ') + 1));
    if (f[1].text.compare(0, 6, "torch ") != 0 || type == storage_types().end())
      fail("has a storage of an unknown type");
    const std::string& key = f[2].text;
    if (!is_digits(key, 12)) fail("has a storage key that is not a record number");
    const std::string& location = f[3].text;
    if (location != "cpu" && location != "cuda" &&
        !(location.compare(0, 5, "cuda:") == 0 && is_digits(location.substr(5), 3)))
      fail("has a storage on the unknown device '" + location.substr(0, 40) + "'");
    const int64_t elements = f[4].integer;
    int64_t bytes = 0;
    if (elements < 0 || __builtin_mul_overflow(elements, type->second, &bytes))
      fail("has a storage of " + std::to_string(elements) + " elements");
    const int64_t record = rules_.storage_bytes(key);
    if (record < 0) fail("refers to the record data/" + key + ", which the archive lacks");
    if (record != bytes)
      fail("declares " + std::to_string(elements) + " elements (" + std::to_string(bytes) +
           " bytes) for data/" + key + ", which holds " + std::to_string(record) + " bytes");
    Value storage = of(Type::Storage, elements);
    storage.element_bytes = type->second;
    push(std::move(storage));
  }

  // _rebuild_tensor_v2(storage, offset, sizes, strides, requires_grad, hooks[, metadata]):
  // every element the sizes and strides address must lie inside the storage.
  Value tensor(const std::vector<Value>& a) {
    if ((a.size() != 6 && a.size() != 7) || a[0].type != Type::Storage || a[1].type != Type::Int ||
        a[2].type != Type::Tuple || a[3].type != Type::Tuple || a[4].type != Type::Bool ||
        a[5].type != Type::Dict ||
        (a.size() == 7 && a[6].type != Type::Dict && a[6].type != Type::None))
      fail("rebuilds a tensor from malformed arguments");
    const auto& sizes = *a[2].items;
    const auto& strides = *a[3].items;
    if (sizes.size() != strides.size() || sizes.size() > kMaxDims)
      fail("rebuilds a tensor whose sizes and strides disagree");
    const int64_t offset = a[1].integer;
    if (offset < 0) fail("rebuilds a tensor at a negative offset");
    int64_t elements = 1, last = offset;
    for (size_t d = 0; d < sizes.size(); ++d) {
      if (sizes[d].type != Type::Int || strides[d].type != Type::Int || sizes[d].integer < 0 ||
          strides[d].integer < 0)
        fail("rebuilds a tensor with a negative or malformed size or stride");
      int64_t reach = 0;
      if (__builtin_mul_overflow(elements, sizes[d].integer, &elements) ||
          (sizes[d].integer > 0 &&
           (__builtin_mul_overflow(sizes[d].integer - 1, strides[d].integer, &reach) ||
            __builtin_add_overflow(last, reach, &last))))
        fail("rebuilds a tensor whose size overflows");
    }
    const int64_t storage_elements = a[0].integer;
    if (elements > 0 ? last >= storage_elements : offset > storage_elements)
      fail("rebuilds a tensor that reaches past its storage (element " + std::to_string(last) +
           " of " + std::to_string(storage_elements) + ")");
    return of(Type::Tensor);
  }

  PickleOutline stop() {
    if (pos_ != n_) fail("has bytes after STOP");
    if (!marks_.empty() || stack_.size() != 1) fail("stops with an unbalanced stack");
    PickleOutline outline;
    const Value& root = stack_.back();
    static const std::map<Type, Kind> kinds = {
        {Type::None, Kind::None},    {Type::Bool, Kind::Bool}, {Type::Int, Kind::Int},
        {Type::Float, Kind::Float},  {Type::Str, Kind::Str},   {Type::Tuple, Kind::Tuple},
        {Type::List, Kind::List},    {Type::Dict, Kind::Dict}, {Type::Object, Kind::Object},
        {Type::Tensor, Kind::Tensor}};
    const auto kind = kinds.find(root.type);
    outline.root = kind == kinds.end() ? Kind::Other : kind->second;
    if (root.type == Type::Object) outline.root_class = root.text;
    if (root.type == Type::Tuple) outline.root_items = root.items->size();
    outline.classes = std::move(classes_);
    return outline;
  }

  const uint8_t* b_;
  size_t n_;
  size_t pos_ = 0;
  size_t op_at_ = 0;
  const PickleRules& rules_;
  const std::string& file_;
  const std::string& member_;
  std::vector<Value> stack_;
  std::vector<size_t> marks_;
  std::vector<Value> memo_;
  std::set<std::string> classes_;
};

}  // namespace

PickleOutline check_pickle(const uint8_t* bytes, size_t size, const PickleRules& rules,
                           const std::string& file, const std::string& member) {
  return Walker(bytes, size, rules, file, member).run();
}

}  // namespace allcnn::train
