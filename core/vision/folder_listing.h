#pragma once

#include <cstdint>
#include <string>
#include <vector>

// Torch-free and OpenCV-free: listing the folder costs only stat() calls.

namespace allcnn::vision {

/// Where an image of an image-folder dataset belongs.
enum class Subset : uint8_t {
  Train = 0,  ///< under train/
  Test = 1,   ///< under test/
  Pool = 2,   ///< a folder without train/ and test/: split by the test fraction later
};

/// One image file of the folder, as the listing found it.
struct FolderEntry {
  std::string path;         ///< relative to the dataset folder, '/'-separated
  int64_t class_index = 0;  ///< into FolderListing::class_names
  Subset subset = Subset::Pool;
  uint64_t bytes = 0;
  int64_t mtime_ns = 0;
};

/// The image files of an image-folder dataset, without reading any of them. Layouts:
///  - `dir`/train/<class>/... and `dir`/test/<class>/... (the cifar2png layout);
///  - `dir`/train/<class>/... alone, or `dir`/<class>/...: one pool, split by a fraction.
/// A class is a subfolder's name; its images may sit in deeper subfolders. Names starting with
/// '.' are skipped (a cache file, .DS_Store, .git), as are files without an image extension
/// (counted in `ignored`).
struct FolderListing {
  std::string dir;                       ///< absolute
  bool has_test_folder = false;          ///< train/ and test/ (else one pool)
  std::vector<std::string> class_names;  ///< sorted byte-wise, the union over train/ and test/
  std::vector<FolderEntry> files;        ///< sorted by subset, class, then path
  std::vector<std::string> ignored;      ///< relative paths of files that are no image by name
  std::vector<std::string> unlistable;   ///< "relative/folder: reason" for folders not listed

  /// A digest of every file's path, size and modification time: any file added, removed,
  /// replaced or touched changes it. "<count>-<16 hex digits>".
  std::string fingerprint() const;
};

/// Lists `dir`. Throws allcnn::Error naming `dir` when it is missing, not a folder, or holds no
/// class subfolder. Thread-safe.
FolderListing list_image_folder(const std::string& dir);

/// What changed between two listings of the same folder, for an error message:
/// "2 added, 1 removed, 3 changed (first: train/cat/7.png)"; empty when nothing did.
std::string describe_changes(const FolderListing& before, const FolderListing& after);

}  // namespace allcnn::vision
