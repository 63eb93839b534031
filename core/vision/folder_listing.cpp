#include "vision/folder_listing.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>
#include <tuple>

#include <sys/stat.h>

#include "common/error.h"
#include "vision/image_header.h"

namespace allcnn::vision {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

bool is_folder(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

// The class subfolders of `root`, sorted; files directly in `root` are not classes.
std::vector<std::string> class_folders(const fs::path& root, const std::string& shown) {
  std::vector<std::string> names;
  std::error_code ec;
  fs::directory_iterator it(root, ec);
  if (ec) throw Error(shown, message(MessageCode::CannotList, ec.message()));
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) throw Error(shown, message(MessageCode::CannotList, ec.message()));
    if (!hidden(it->path()) && is_folder(it->path()))
      names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// stat() rather than fs::last_write_time: nanoseconds, and one call for size and time.
bool stat_file(const fs::path& path, uint64_t& bytes, int64_t& mtime_ns) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return false;
  bytes = static_cast<uint64_t>(info.st_size);
  mtime_ns = static_cast<int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
  return true;
}

void list_class(const fs::path& dir, const std::string& relative_root, int64_t class_index,
                Subset subset, FolderListing& listing) {
  const fs::path root = dir / relative_root;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    listing.unlistable.push_back(relative_root + ": " + ec.message());
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      listing.unlistable.push_back(relative_root + ": " + ec.message());
      return;
    }
    const fs::path& path = it->path();
    if (hidden(path)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) continue;
    const std::string relative = path.lexically_relative(dir).generic_string();
    if (!has_image_extension(path.string())) {
      listing.ignored.push_back(relative);
      continue;
    }
    FolderEntry entry;
    entry.path = relative;
    entry.class_index = class_index;
    entry.subset = subset;
    // A file that vanished between listing and stat, or a broken link: the decoder reports it.
    stat_file(path, entry.bytes, entry.mtime_ns);
    listing.files.push_back(std::move(entry));
  }
}

int64_t index_of(const std::vector<std::string>& names, const std::string& name) {
  return std::lower_bound(names.begin(), names.end(), name) - names.begin();
}

// FNV-1a, 64 bits: not cryptographic, only a change detector for the cache.
struct Fnv1a {
  uint64_t state = 0xcbf29ce484222325ULL;
  void add(const void* data, size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (size_t i = 0; i < size; ++i) state = (state ^ bytes[i]) * 0x100000001b3ULL;
  }
  void add(const std::string& text) { add(text.data(), text.size() + 1); }  // with the NUL
  template <typename T>
  void add_value(T value) {
    add(&value, sizeof value);
  }
};

}  // namespace

FolderListing list_image_folder(const std::string& dir) {
  std::error_code ec;
  const auto status = fs::status(dir, ec);
  if (dir.empty()) throw Error("--data-dir", message(MessageCode::ImageFolderNeedsFolder));
  if (!fs::exists(status)) throw Error(dir, message(MessageCode::NoSuchFolder));
  if (!fs::is_directory(status)) throw Error(dir, message(MessageCode::FileNotClassFolders));

  FolderListing listing;
  listing.dir = fs::absolute(dir).lexically_normal().string();
  const fs::path root(listing.dir);
  const bool has_train = is_folder(root / "train");
  listing.has_test_folder = has_train && is_folder(root / "test");

  // (subset, folder relative to root holding the class folders)
  std::vector<std::pair<Subset, std::string>> parts;
  if (listing.has_test_folder)
    parts = {{Subset::Train, "train"}, {Subset::Test, "test"}};
  else if (has_train)
    parts = {{Subset::Pool, "train"}};
  else
    parts = {{Subset::Pool, ""}};

  std::set<std::string> names;
  std::vector<std::vector<std::string>> per_part;
  for (const auto& [subset, folder] : parts) {
    per_part.push_back(class_folders(root / folder, (root / folder).string()));
    names.insert(per_part.back().begin(), per_part.back().end());
  }
  listing.class_names.assign(names.begin(), names.end());
  if (listing.class_names.empty()) throw Error(dir, message(MessageCode::NoClassFolders));

  for (size_t p = 0; p < parts.size(); ++p) {
    const auto& [subset, folder] = parts[p];
    for (const auto& name : per_part[p]) {
      const std::string relative = folder.empty() ? name : folder + "/" + name;
      list_class(root, relative, index_of(listing.class_names, name), subset, listing);
    }
  }
  std::sort(listing.files.begin(), listing.files.end(),
            [](const FolderEntry& a, const FolderEntry& b) {
              return std::tie(a.subset, a.class_index, a.path) <
                     std::tie(b.subset, b.class_index, b.path);
            });
  std::sort(listing.ignored.begin(), listing.ignored.end());
  return listing;
}

std::string FolderListing::fingerprint() const {
  Fnv1a hash;
  hash.add_value<uint8_t>(has_test_folder ? 1 : 0);
  for (const auto& name : class_names) hash.add(name);
  for (const auto& file : files) {
    hash.add(file.path);
    hash.add_value(file.bytes);
    hash.add_value(file.mtime_ns);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash.state));
  return std::to_string(files.size()) + "-" + hex;
}

std::string describe_changes(const FolderListing& before, const FolderListing& after) {
  std::map<std::string, std::pair<uint64_t, int64_t>> old_files;
  for (const auto& file : before.files) old_files[file.path] = {file.bytes, file.mtime_ns};
  int64_t added = 0, changed = 0;
  std::string first;
  auto note = [&](const std::string& path) {
    if (first.empty()) first = path;
  };
  for (const auto& file : after.files) {
    const auto it = old_files.find(file.path);
    if (it == old_files.end()) {
      ++added;
      note(file.path);
      continue;
    }
    if (it->second != std::make_pair(file.bytes, file.mtime_ns)) {
      ++changed;
      note(file.path);
    }
    old_files.erase(it);
  }
  const auto removed = static_cast<int64_t>(old_files.size());
  if (first.empty() && removed > 0) first = old_files.begin()->first;
  if (added == 0 && removed == 0 && changed == 0) return {};
  return std::to_string(added) + " added, " + std::to_string(removed) + " removed, " +
         std::to_string(changed) + " changed (first: " + first + ")";
}

}  // namespace allcnn::vision
