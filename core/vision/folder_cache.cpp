#include "vision/folder_cache.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <torch/torch.h>
#include <unistd.h>
#include <zlib.h>
#include <nlohmann/json.hpp>

#include "common/error.h"

namespace allcnn::vision {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kMagic = "ALLCNN-IMAGE-FOLDER-CACHE 1";
// gzread/gzwrite take an unsigned int length: move the pixels in pieces well below that.
constexpr size_t kChunkBytes = size_t(64) << 20;
// The header holds class names and skipped files; anything longer is not our file.
constexpr size_t kMaxHeaderBytes = size_t(64) << 20;

std::string user_cache_root() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && *xdg != '\0') return xdg;
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') return (fs::path(home) / ".cache").string();
  return {};
}


// FNV-1a of the folder's absolute path: a stable file name per folder.
uint64_t path_digest(const std::string& path) {
  uint64_t state = 0xcbf29ce484222325ULL;
  for (const unsigned char c : path) state = (state ^ c) * 0x100000001b3ULL;
  return state;
}

// Owns a gzFile; closing reports write errors that only show at the end (a full disk).
class GzFile {
 public:
  GzFile(const std::string& path, const char* mode) : file_(gzopen(path.c_str(), mode)) {}
  ~GzFile() {
    if (file_ != nullptr) gzclose(file_);
  }
  GzFile(const GzFile&) = delete;
  GzFile& operator=(const GzFile&) = delete;
  gzFile get() const { return file_; }
  bool close() {
    const int result = gzclose(file_);
    file_ = nullptr;
    return result == Z_OK;
  }

 private:
  gzFile file_;
};

void write_bytes(GzFile& file, const void* data, size_t size, const std::string& path) {
  const auto* bytes = static_cast<const char*>(data);
  for (size_t offset = 0; offset < size; offset += kChunkBytes) {
    const auto piece = static_cast<unsigned>(std::min(kChunkBytes, size - offset));
    if (gzwrite(file.get(), bytes + offset, piece) != static_cast<int>(piece))
      throw Error(path, "cannot write the cache file");
  }
}

bool read_bytes(GzFile& file, void* data, size_t size) {
  auto* bytes = static_cast<char*>(data);
  for (size_t offset = 0; offset < size; offset += kChunkBytes) {
    const auto piece = static_cast<unsigned>(std::min(kChunkBytes, size - offset));
    if (gzread(file.get(), bytes + offset, piece) != static_cast<int>(piece)) return false;
  }
  return true;
}

bool read_line(GzFile& file, std::string& line) {
  line.clear();
  while (line.size() < kMaxHeaderBytes) {
    const int c = gzgetc(file.get());
    if (c == -1) return false;
    if (c == '\n') return true;
    line.push_back(static_cast<char>(c));
  }
  return false;
}

json header_of(const std::string& source_dir, const data::FolderOptions& options,
               const DecodedFolder& decoded) {
  json skipped = json::array();
  for (const auto& file : decoded.skipped) skipped.push_back({file.path, file.reason});
  return json{
      {"source", source_dir},
      {"fingerprint", decoded.fingerprint},
      {"image_size", options.image_size},
      {"image_fit", config::choice_name(options.fit)},
      {"image_channels", config::choice_name(options.channels)},
      {"channels", decoded.images.size(1)},
      {"count", decoded.images.size(0)},
      {"class_names", decoded.class_names},
      {"has_test_folder", decoded.has_test_folder},
      {"converted", decoded.converted},
      {"skipped", skipped},
  };
}

}  // namespace

std::vector<std::string> folder_cache_paths(const std::string& dir,
                                            const data::FolderOptions& options) {
  const std::string name = ".allcnn-cache-" + std::to_string(options.image_size) + "px-" +
                           config::choice_name(options.fit) + "-" +
                           config::choice_name(options.channels) +
                           ".gz";
  const std::string absolute = fs::absolute(dir).lexically_normal().string();
  std::vector<std::string> paths{(fs::path(absolute) / name).string()};
  const std::string root = user_cache_root();
  if (!root.empty()) {
    char digest[17];
    std::snprintf(digest, sizeof digest, "%016llx",
                  static_cast<unsigned long long>(path_digest(absolute)));
    paths.push_back(
        (fs::path(root) / "allcnn" / "image-folders" / (std::string(digest) + "-" + name.substr(1)))
            .string());
  }
  return paths;
}

void write_folder_cache(const std::string& path, const std::string& source_dir,
                        const data::FolderOptions& options, const DecodedFolder& decoded) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  const std::string temporary = path + ".tmp" + std::to_string(::getpid());
  {
    GzFile file(temporary, "wb1");
    if (file.get() == nullptr) throw Error(path, "cannot create the cache file");
    const std::string head =
        std::string(kMagic) + "\n" + header_of(source_dir, options, decoded).dump() + "\n";
    try {
      write_bytes(file, head.data(), head.size(), path);
      const auto images = decoded.images.contiguous();
      write_bytes(file, images.data_ptr<uint8_t>(), static_cast<size_t>(images.numel()), path);
      const auto labels = decoded.labels.to(torch::kInt32).contiguous();
      write_bytes(file, labels.data_ptr<int32_t>(), sizeof(int32_t) * labels.numel(), path);
      write_bytes(file, decoded.subsets.data(), decoded.subsets.size(), path);
      if (!file.close()) throw Error(path, "cannot write the cache file (disk full?)");
    } catch (const Error&) {
      fs::remove(temporary, ec);
      throw;
    }
  }
  fs::rename(temporary, path, ec);
  if (ec) {
    fs::remove(temporary, ec);
    throw Error(path, "cannot write the cache file: " + ec.message());
  }
}

std::optional<DecodedFolder> read_folder_cache(const std::string& path,
                                               const std::string& source_dir,
                                               const data::FolderOptions& options,
                                               const std::string& fingerprint,
                                               std::string& why_not) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    why_not = "no cache file";
    return std::nullopt;
  }
  GzFile file(path, "rb");
  std::string line;
  if (file.get() == nullptr || !read_line(file, line) || line != kMagic) {
    why_not = "not a cache file of this version";
    return std::nullopt;
  }
  json header;
  try {
    if (!read_line(file, line)) throw std::runtime_error("no header");
    header = json::parse(line);
    if (header.at("source").get<std::string>() != source_dir) {
      why_not = "made for another folder";
      return std::nullopt;
    }
    if (header.at("fingerprint").get<std::string>() != fingerprint) {
      why_not = "the folder changed since the cache was written";
      return std::nullopt;
    }
    if (header.at("image_size").get<int64_t>() != options.image_size ||
        header.at("image_fit").get<std::string>() != config::choice_name(options.fit) ||
        header.at("image_channels").get<std::string>() != config::choice_name(options.channels)) {
      why_not = "made with other image options";
      return std::nullopt;
    }
    DecodedFolder decoded;
    decoded.fingerprint = fingerprint;
    decoded.class_names = header.at("class_names").get<std::vector<std::string>>();
    decoded.has_test_folder = header.at("has_test_folder").get<bool>();
    decoded.converted = header.at("converted").get<int64_t>();
    for (const auto& item : header.at("skipped"))
      decoded.skipped.push_back({item.at(0).get<std::string>(), item.at(1).get<std::string>()});
    const auto count = header.at("count").get<int64_t>();
    const auto channels = header.at("channels").get<int64_t>();
    if (count < 0 || (channels != 1 && channels != 3)) throw std::runtime_error("bad shape");
    decoded.images =
        torch::empty({count, channels, options.image_size, options.image_size}, torch::kUInt8);
    auto labels = torch::empty({count}, torch::kInt32);
    decoded.subsets.resize(static_cast<size_t>(count));
    char extra = 0;
    if (!read_bytes(file, decoded.images.data_ptr<uint8_t>(), decoded.images.numel()) ||
        !read_bytes(file, labels.data_ptr<int32_t>(), sizeof(int32_t) * count) ||
        !read_bytes(file, decoded.subsets.data(), decoded.subsets.size()) ||
        gzread(file.get(), &extra, 1) != 0)
      throw std::runtime_error("the data is truncated or longer than its header says");
    decoded.labels = labels.to(torch::kInt64);
    const auto classes = static_cast<int64_t>(decoded.class_names.size());
    if (count > 0 && (decoded.labels.min().item<int64_t>() < 0 ||
                      decoded.labels.max().item<int64_t>() >= classes))
      throw std::runtime_error("a label is out of range");
    for (const auto subset : decoded.subsets)
      if (static_cast<uint8_t>(subset) > static_cast<uint8_t>(Subset::Pool))
        throw std::runtime_error("a subset is out of range");
    return decoded;
  } catch (const std::exception& e) {
    why_not = std::string("damaged (") + e.what() + ")";
    return std::nullopt;
  }
}

}  // namespace allcnn::vision
