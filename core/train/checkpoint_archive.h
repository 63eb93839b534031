#pragma once

// What a checkpoint file must be before LibTorch's loader may see it. LibTorch reads a ZIP
// archive, compiles the TorchScript class definitions in its code/ folder and unpickles
// data.pkl, trusting all of it; a damaged or hostile file can crash it or make it run code.
// No torch here: the fuzz targets build the validator without it.

#include <cstddef>
#include <cstdint>
#include <string>

namespace allcnn::train {

/// Checkpoints larger than this are not read (All-CNN-C at width 16 with Adam's state is about
/// 4.5 GB).
inline constexpr uint64_t kMaxCheckpointBytes = uint64_t{16} << 30;

/// Checks the checkpoint archive in `bytes`; throws allcnn::Error(name, reason) unless it is
/// an archive LibTorch can load without harm:
///  - a well-formed ZIP (see common/zip_reader.h) whose members all lie in one folder and are
///    only those LibTorch writes: version (and .data/version, byteorder,
///    .data/serialization_id), data.pkl, constants.pkl, data/<n> tensor records, and
///    code/__torch__[/___torch_mangle_<n>].py with their .debug_pkl files; every CRC-32 right;
///  - code files that only declare attributes: class Module(Module) with __parameters__,
///    __buffers__, __annotations__ and `name : Type` lines of plain types, tuples, lists,
///    optionals and other such classes; no `def`, so loading never runs anything from the file;
///  - pickles that pass check_pickle (train/pickle_check.h): data.pkl a __torch__.Module
///    object of declared classes whose tensors lie inside records of exactly their size,
///    constants.pkl an empty tuple, the debug files plain tuples.
/// Pure function of the bytes; thread-safe.
void check_checkpoint_archive(const uint8_t* bytes, size_t size, const std::string& name);

}  // namespace allcnn::train
