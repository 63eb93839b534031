#include <cstdio>

#include <torch/torch.h>

#include "commands.h"
#include "common/error.h"
#include "explain/prediction.h"
#include "train/run_model.h"
#include "vision/image_file.h"

namespace allcnn::cli {

void add_predict_command(CLI::App& app) {
  auto* command = app.add_subcommand(
      "predict",
      "classify image files (PNG, JPEG, BMP, WebP, TIFF) or folders of them with a run's model");
  auto run_dir = std::make_shared<std::string>();
  auto checkpoint = std::make_shared<std::string>("best");
  auto device = std::make_shared<std::string>("auto");
  auto top = std::make_shared<int64_t>(3);
  auto files = std::make_shared<std::vector<std::string>>();
  command->add_option("--run", *run_dir, "run folder")->required();
  command->add_option("--checkpoint", *checkpoint, "best or last")->capture_default_str();
  command->add_option("--device", *device, "auto, cpu or cuda")->capture_default_str();
  command->add_option("--top", *top, "classes to print per image")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command->add_option("files", *files, "image files or folders")->required();
  command->callback([=] {
    // Nothing to classify is an error, said before the model is loaded.
    const auto images = vision::expand_image_paths(*files);
    if (images.empty()) {
      std::string given;
      for (const auto& path : *files) given += (given.empty() ? "" : ", ") + path;
      throw Error("predict", "no image files (PNG, JPEG, BMP, WebP or TIFF) in " + given);
    }
    auto model = train::load_run_model(*run_dir, *checkpoint, *device);
    // Images of another size are fitted the way the run's image folder was (crop by default).
    const vision::ModelInput input{model.net->options().in_channels,
                                   model.net->options().input_size, model.config.folder.fit};
    // A bad file is reported and skipped; the exit status says whether any failed.
    int failures = 0;
    for (const auto& file : images) {
      try {
        const auto scores = explain::predict(model, vision::load_image_file(file, input), *top);
        for (const auto& score : scores.at(0))
          std::printf("%s\t%s\t%.4f\n", file.c_str(), score.name.c_str(), score.probability);
      } catch (const Error& e) {
        std::fprintf(stderr, "allcnn: %s\n", e.what());
        ++failures;
      }
    }
    std::fflush(stdout);
    if (failures > 0)
      throw Error("predict", "files that could not be classified: " + std::to_string(failures));
  });
}

}  // namespace allcnn::cli
