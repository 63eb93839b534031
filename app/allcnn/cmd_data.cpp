#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "common/error.h"
#include "progress_line.h"
#ifdef ALLCNN_HAVE_FETCH
#include "fetch/fetch_dataset.h"
#endif

namespace allcnn::cli {

namespace {

#ifdef ALLCNN_HAVE_FETCH
void get_dataset(const std::string& name, const std::string& dir, const std::string& base_url) {
  const auto& dataset = fetch::dataset_download(name);
  const std::string target = dir.empty() ? fetch::default_dataset_folder(name) : dir;
  ProgressLine progress("MB", 1e6);
  fetch::FetchCallbacks callbacks;
  callbacks.on_message = [&](const Message& text) {
    progress.finish();
    std::printf("%s\n", text.english().c_str());
    std::fflush(stdout);
  };
  callbacks.on_progress = [&](const std::string& file, uint64_t done, uint64_t total) {
    progress.update(file, done, total);
  };
  fetch::FetchOptions options;
  options.base_url = base_url;
  const auto result = fetch::fetch_dataset(dataset, target, options, callbacks);
  std::printf("train on it with: allcnn train --dataset %s%s\n", name.c_str(),
              dir.empty() ? "" : (" --data-dir " + result.dir).c_str());
}
#endif

}  // namespace

void add_data_command(CLI::App& app) {
  auto* data = app.add_subcommand("data", "get the datasets");
  data->require_subcommand(1);
  auto* get = data->add_subcommand(
      "get",
      "download a dataset's official files, check their published SHA-256 and unpack them "
      "(a broken download resumes; a valid copy is never downloaded again)");
  auto name = std::make_shared<std::string>();
  auto dir = std::make_shared<std::string>();
  auto base_url = std::make_shared<std::string>();
  get->add_option("dataset", *name, "cifar10, cifar100, fashion-mnist or mnist")->required();
  get->add_option("--dir", *dir,
                  "the folder to put it in (default: ~/.cache/allcnn/datasets/<dataset>, where "
                  "training looks for it)");
  get->add_option("--base-url", *base_url,
                  "fetch the files from this folder URL instead of the official one (a mirror); "
                  "default: $ALLCNN_DATASETS_URL when set");
  get->callback([=] {
#ifdef ALLCNN_HAVE_FETCH
    get_dataset(*name, *dir, *base_url);
#else
    throw Error("data get",
                "this build has no downloader (built with ALLCNN_BUILD_FETCH=OFF); "
                "download " +
                    *name + " yourself and pass its folder as --data-dir");
#endif
  });
}

}  // namespace allcnn::cli
