#include <cstdio>
#include <filesystem>

#include <torch/torch.h>

#include "commands.h"
#include "common/error.h"
#include "export/tensorboard_export.h"
#include "export/torchscript_export.h"

namespace allcnn::cli {

void add_export_command(CLI::App& app) {
  auto* command = app.add_subcommand(
      "export", "write a run's model as TorchScript, or its metrics as a TensorBoard event file");
  auto run_dir = std::make_shared<std::string>();
  auto checkpoint = std::make_shared<std::string>("best");
  auto format = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>();
  command->add_option("--run", *run_dir, "run folder")->required();
  command->add_option("--checkpoint", *checkpoint, "best or last (torchscript)")
      ->capture_default_str()
      ->check(CLI::IsMember({"best", "last"}));
  command
      ->add_option("--format", *format,
                   "torchscript: the model, taking float images in [0, 1] with the run's "
                   "normalization built in; tensorboard: the loss, accuracy and learning-rate "
                   "curves")
      ->required()
      ->check(CLI::IsMember({"torchscript", "tensorboard"}));
  command->add_option("--out", *out,
                      "torchscript: the file (default <run>/export/model-<checkpoint>.pt); "
                      "tensorboard: the folder (default <run>/export/tensorboard)");
  command->callback([=] {
    if (*format == "torchscript") {
      const auto path = exporting::export_torchscript(*run_dir, *checkpoint, *out);
      std::printf(
          "wrote %s\nuse it from Python: m = torch.jit.load(\"%s\"); "
          "probabilities = m(images).softmax(1); m.class_names\n",
          path.c_str(), path.c_str());
    } else {
      const auto path = exporting::export_tensorboard(*run_dir, *out);
      std::printf("wrote %s\nview it with: tensorboard --logdir %s\n", path.c_str(),
                  std::filesystem::path(path).parent_path().c_str());
    }
  });
}

}  // namespace allcnn::cli
