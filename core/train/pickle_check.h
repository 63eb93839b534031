#pragma once

// A checker for the pickles inside LibTorch checkpoints (data.pkl, constants.pkl, the
// debug_pkl files). LibTorch's unpickler trusts its input: a stack popped below a mark, a memo
// index far ahead (it reserves memory for it), a tensor whose sizes reach past its storage,
// crash or exhaust it. Everything it would trust is checked here first, by walking the opcodes
// on a model of its stack. No torch here: the fuzz targets build it without.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <set>
#include <string>

namespace allcnn::train {

/// What a pickle may contain beyond plain values (None, bools, ints, floats, strings, tuples,
/// lists and dicts with string keys).
struct PickleRules {
  /// Objects of TorchScript classes (__torch__.Module, __torch__.___torch_mangle_N.Module),
  /// made by NEWOBJ with no arguments and filled by BUILD with a dict: data.pkl.
  bool objects = false;
  /// Tensors (torch._utils._rebuild_tensor_v2 over a BINPERSID storage): data.pkl. Returns
  /// the byte size of the archive's record data/<key>, or -1 when there is none; null: no
  /// tensors allowed.
  std::function<int64_t(const std::string& key)> storage_bytes;
  /// torch.jit._pickle.build_intlist over a list of ints: the debug_pkl files.
  bool int_lists = false;
};

/// The shape of what a pickle evaluates to, as far as the checkpoint validator needs it.
struct PickleOutline {
  enum class Kind { None, Bool, Int, Float, Str, Tuple, List, Dict, Object, Tensor, Other };
  Kind root = Kind::Other;
  std::string root_class;         ///< the root object's class, "__torch__.Module"
  size_t root_items = 0;          ///< the root tuple's length
  std::set<std::string> classes;  ///< every TorchScript class the pickle instantiates
};

/// Walks the pickle in `bytes` (protocol 2, only the opcodes LibTorch's pickler writes) and
/// throws allcnn::Error(file, member + ": " + reason + " at byte N") for anything LibTorch's
/// unpickler could not take safely: unknown opcodes or globals, stack or mark misuse, memo
/// indices out of sequence, strings or records past the end, a storage whose size disagrees
/// with its record, a tensor reaching outside its storage, anything after STOP.
PickleOutline check_pickle(const uint8_t* bytes, size_t size, const PickleRules& rules,
                           const std::string& file, const std::string& member);

}  // namespace allcnn::train
