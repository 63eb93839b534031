#include "fetch/archive_extract.h"

#include <filesystem>
#include <memory>

#include <archive.h>
#include <archive_entry.h>

#include "common/error.h"

namespace allcnn::fetch {

namespace fs = std::filesystem;

namespace {

using ArchivePtr = std::unique_ptr<struct archive, int (*)(struct archive*)>;

std::string message_of(struct archive* a) {
  const char* text = archive_error_string(a);
  return text != nullptr ? text : "unknown libarchive error";
}

void copy_data(struct archive* in, struct archive* out, const std::string& archive_path,
               const std::string& entry) {
  const void* block = nullptr;
  size_t size = 0;
  la_int64_t offset = 0;
  while (true) {
    const int status = archive_read_data_block(in, &block, &size, &offset);
    if (status == ARCHIVE_EOF) return;
    if (status < ARCHIVE_WARN)
      throw Error(archive_path, "damaged or truncated at " + entry + ": " + message_of(in));
    if (archive_write_data_block(out, block, size, offset) < ARCHIVE_WARN)
      throw Error(entry, "cannot write: " + message_of(out));
  }
}

}  // namespace

std::vector<std::string> extract_archive(const std::string& archive_path,
                                         const std::string& dest_dir) {
  ArchivePtr in(archive_read_new(), &archive_read_free);
  ArchivePtr out(archive_write_disk_new(), &archive_write_free);
  archive_read_support_filter_all(in.get());
  archive_read_support_format_tar(in.get());
  // The entries are checked here (relative, no "..", only files and folders), so libarchive's
  // own path checks, which would also refuse a symlink among the user's parent folders, stay off.
  archive_write_disk_set_options(out.get(), ARCHIVE_EXTRACT_TIME);
  if (archive_read_open_filename(in.get(), archive_path.c_str(), size_t(1) << 16) != ARCHIVE_OK)
    throw Error(archive_path, "cannot open the archive: " + message_of(in.get()));
  const fs::path root = fs::absolute(dest_dir).lexically_normal();
  std::error_code ec;
  fs::create_directories(root, ec);
  if (ec) throw Error(dest_dir, "cannot create the folder: " + ec.message());

  std::vector<std::string> written;
  struct archive_entry* entry = nullptr;
  while (true) {
    const int status = archive_read_next_header(in.get(), &entry);
    if (status == ARCHIVE_EOF) break;
    if (status < ARCHIVE_WARN)
      throw Error(archive_path, "damaged or truncated: " + message_of(in.get()));
    const std::string name = archive_entry_pathname(entry);
    const fs::path relative = fs::path(name).lexically_normal();
    if (relative.is_absolute() || relative.empty() || *relative.begin() == "..")
      throw Error(archive_path, "refusing the entry '" + name + "' (outside the target folder)");
    const auto type = archive_entry_filetype(entry);
    if (type != AE_IFREG && type != AE_IFDIR)
      throw Error(archive_path, "refusing the entry '" + name + "' (not a file or folder)");
    if (archive_entry_hardlink(entry) != nullptr)
      throw Error(archive_path, "refusing the entry '" + name + "' (a hard link)");
    const std::string target = (root / relative).string();
    archive_entry_set_pathname(entry, target.c_str());
    if (archive_write_header(out.get(), entry) < ARCHIVE_WARN)
      throw Error(target, "cannot create: " + message_of(out.get()));
    if (archive_entry_size(entry) > 0) copy_data(in.get(), out.get(), archive_path, name);
    if (archive_write_finish_entry(out.get()) < ARCHIVE_WARN)
      throw Error(target, "cannot finish writing: " + message_of(out.get()));
    if (type == AE_IFREG) written.push_back(relative.generic_string());
  }
  return written;
}

}  // namespace allcnn::fetch
