#include "vision/folder_dataset.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <thread>

#include <torch/torch.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "vision/folder_cache.h"
#include "vision/folder_decoded.h"
#include "vision/folder_listing.h"
#include "vision/image_decode.h"

namespace allcnn::vision {

namespace fs = std::filesystem;

namespace {

// Skipped files named one per message; the rest are counted.
constexpr size_t kListedSkips = 20;

template <typename... Args>
void tell(const data::LoadCallbacks& callbacks, MessageCode code, Args&&... args) {
  if (callbacks.on_message) callbacks.on_message(message(code, std::forward<Args>(args)...));
}

struct DecodedFile {
  cv::Mat image;  ///< fitted, 8-bit, 1 or 3 channels; empty when skipped
  std::string error;
};

DecodedFile decode_one(const FolderListing& listing, const FolderEntry& entry,
                       const data::FolderOptions& options) {
  DecodedFile result;
  try {
    const auto path = (fs::path(listing.dir) / entry.path).string();
    const auto bytes = read_image_bytes(path);
    // ANYCOLOR: 8 bits, one plane for a grey file, three for any colour one (alpha dropped).
    const cv::Mat decoded =
        decode_checked(bytes.data(), bytes.size(), entry.path, cv::IMREAD_ANYCOLOR);
    result.image = fit_to_input(decoded, options.image_size, options.fit);
  } catch (const Error& e) {
    result.error = e.reason();
  } catch (const cv::Exception& e) {
    result.error = "OpenCV: " + e.msg;
  } catch (const std::bad_alloc&) {
    result.error = "out of memory while decoding";
  }
  return result;
}

// Decodes every file on all cores; the calling thread works too and reports the progress.
std::vector<DecodedFile> decode_all(const FolderListing& listing,
                                    const data::FolderOptions& options,
                                    const data::LoadCallbacks& callbacks) {
  const auto total = static_cast<int64_t>(listing.files.size());
  std::vector<DecodedFile> results(listing.files.size());
  std::atomic<int64_t> next{0}, done{0};
  std::exception_ptr failure;
  std::atomic<bool> failed{false}, cancelled{false};
  auto work = [&](bool report) {
    int64_t reported = 0;
    const int64_t step = std::max<int64_t>(1, total / 200);
    for (int64_t i = next++; i < total && !failed.load() && !cancelled.load(); i = next++) {
      try {
        results[i] = decode_one(listing, listing.files[i], options);
      } catch (...) {
        if (!failed.exchange(true)) failure = std::current_exception();
      }
      const int64_t now = ++done;
      if (report && callbacks.on_progress && now - reported >= step) {
        reported = now;
        if (!callbacks.on_progress(now, total)) cancelled = true;
      }
    }
  };
  const unsigned helpers =
      std::min<unsigned>(std::max(1u, std::thread::hardware_concurrency()) - 1,
                         static_cast<unsigned>(std::max<int64_t>(0, total / 64)));
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < helpers; ++t) threads.emplace_back(work, false);
  work(true);
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
  if (cancelled.load() || (callbacks.on_progress && !callbacks.on_progress(total, total)))
    throw Error(listing.dir, "reading the image folder was cancelled");
  return results;
}

// The decoded files as one uint8 tensor in the common channel count.
DecodedFolder assemble(const FolderListing& listing, std::vector<DecodedFile>& files,
                       const data::FolderOptions& options, const data::LoadCallbacks& callbacks) {
  DecodedFolder decoded;
  decoded.class_names = listing.class_names;
  decoded.has_test_folder = listing.has_test_folder;
  decoded.fingerprint = listing.fingerprint();
  int64_t grey = 0, colour = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    if (files[i].image.empty()) {
      decoded.skipped.push_back({listing.files[i].path, files[i].error});
      continue;
    }
    (files[i].image.channels() == 1 ? grey : colour) += 1;
  }
  const int64_t count = grey + colour;
  if (count == 0) {
    const auto& first = decoded.skipped.empty() ? SkippedFile{} : decoded.skipped.front();
    throw Error(listing.dir, listing.files.empty()
                                 ? "holds no image files (PNG, JPEG, BMP, WebP or TIFF) in its "
                                   "class folders"
                                 : "none of its " + std::to_string(listing.files.size()) +
                                       " image files could be read (first: " + first.path + ": " +
                                       first.reason + ")");
  }
  const int64_t requested = data::channel_count(options.channels);
  const int64_t channels = requested != 0 ? requested : (grey > colour ? 1 : 3);
  decoded.converted = channels == 1 ? colour : grey;
  if (decoded.converted > 0)
    tell(
        callbacks,
        channels == 1
            ? (requested == 0 ? MessageCode::ConvertedToGreyMajority : MessageCode::ConvertedToGrey)
            : (requested == 0 ? MessageCode::ConvertedToRgbMajority : MessageCode::ConvertedToRgb),
        decoded.converted);

  const int64_t side = options.image_size;
  decoded.images = torch::empty({count, channels, side, side}, torch::kUInt8);
  std::vector<int64_t> labels;
  labels.reserve(static_cast<size_t>(count));
  int64_t row = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    cv::Mat& image = files[i].image;
    if (image.empty()) continue;
    if (image.channels() != channels)
      cv::cvtColor(image, image, channels == 1 ? cv::COLOR_RGB2GRAY : cv::COLOR_GRAY2RGB);
    const auto hwc =
        torch::from_blob(image.data, {side, side, channels},
                         {static_cast<int64_t>(image.step[0]), channels, 1}, torch::kUInt8);
    decoded.images[row++].copy_(hwc.permute({2, 0, 1}));
    labels.push_back(listing.files[i].class_index);
    decoded.subsets.push_back(listing.files[i].subset);
    image.release();
  }
  decoded.labels = torch::tensor(labels, torch::kInt64);
  return decoded;
}

void report_skipped(const DecodedFolder& decoded, const data::LoadCallbacks& callbacks) {
  if (decoded.skipped.empty()) return;
  tell(callbacks, MessageCode::SkippedFiles, decoded.skipped.size());
  for (size_t i = 0; i < decoded.skipped.size() && i < kListedSkips; ++i)
    tell(callbacks, MessageCode::SkippedFile, decoded.skipped[i].path, decoded.skipped[i].reason);
  if (decoded.skipped.size() > kListedSkips)
    tell(callbacks, MessageCode::SkippedMore, decoded.skipped.size() - kListedSkips);
}

void describe_listing(const FolderListing& listing, const data::FolderOptions& options,
                      const data::LoadCallbacks& callbacks) {
  if (listing.has_test_folder)
    tell(callbacks, MessageCode::FolderFound, listing.files.size(), listing.class_names.size());
  else
    tell(callbacks, MessageCode::FolderFoundHeldOut, listing.files.size(),
         listing.class_names.size(), static_cast<int>(std::lround(options.test_fraction * 100)));
  if (!listing.ignored.empty())
    tell(callbacks, MessageCode::FolderIgnored, listing.ignored.size(), listing.ignored.front());
  for (const auto& folder : listing.unlistable)
    tell(callbacks, MessageCode::FolderUnlistable, folder);
}

// Decodes the listing; a folder that changed meanwhile (files added, removed, rewritten) is
// listed and decoded once more, and a second change is an error: its contents are in flux.
DecodedFolder decode_stable(FolderListing& listing, const data::FolderOptions& options,
                            const data::LoadCallbacks& callbacks) {
  for (int attempt = 0;; ++attempt) {
    tell(callbacks, MessageCode::FolderDecoding, listing.files.size());
    const auto start = std::chrono::steady_clock::now();
    auto files = decode_all(listing, options, callbacks);
    FolderListing after = list_image_folder(listing.dir);
    const std::string changes = describe_changes(listing, after);
    if (changes.empty() && after.fingerprint() == listing.fingerprint()) {
      auto decoded = assemble(listing, files, options, callbacks);
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      char tenths[32];
      std::snprintf(tenths, sizeof tenths, "%.1f", seconds);
      tell(callbacks, MessageCode::FolderDecoded, decoded.images.size(0), tenths);
      return decoded;
    }
    const std::string what = changes.empty() ? "its class folders changed" : changes;
    if (attempt >= 1)
      throw Error(listing.dir,
                  "kept changing while it was read (" + what + "); try again once it is complete");
    tell(callbacks, MessageCode::FolderChanged, what);
    listing = std::move(after);
  }
}

void write_cache(const FolderListing& listing, const data::FolderOptions& options,
                 const DecodedFolder& decoded, const data::LoadCallbacks& callbacks) {
  std::string failures;
  for (const auto& path : folder_cache_paths(listing.dir, options)) {
    try {
      write_folder_cache(path, listing.dir, options, decoded);
      tell(callbacks, MessageCode::CachedDecoded, path);
      return;
    } catch (const Error& e) {
      failures += (failures.empty() ? "" : "; ") + std::string(e.what());
    }
  }
  tell(callbacks, MessageCode::CacheNotWritten, failures);
}

}  // namespace

data::DatasetSplits load_image_folder(const std::string& dir, const data::FolderOptions& options,
                                      const data::LoadCallbacks& callbacks) {
  config::validate(options);
  FolderListing listing = list_image_folder(dir);
  describe_listing(listing, options, callbacks);

  const std::string fingerprint = listing.fingerprint();
  for (const auto& path : folder_cache_paths(listing.dir, options)) {
    std::string why_not;
    auto cached = read_folder_cache(path, listing.dir, options, fingerprint, why_not);
    if (!cached) {
      std::error_code ec;
      if (fs::exists(path, ec)) tell(callbacks, MessageCode::CacheNotUsed, path, why_not);
      continue;
    }
    tell(callbacks, MessageCode::ReadFromCache, cached->images.size(0), path);
    report_skipped(*cached, callbacks);
    return split_decoded_folder(*cached, options, listing.dir, callbacks);
  }

  const DecodedFolder decoded = decode_stable(listing, options, callbacks);
  report_skipped(decoded, callbacks);
  write_cache(listing, options, decoded, callbacks);
  return split_decoded_folder(decoded, options, listing.dir, callbacks);
}

void register_folder_datasets() { data::set_folder_loader(&load_image_folder); }

}  // namespace allcnn::vision
