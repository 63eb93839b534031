#include <cstdio>

#include <torch/torch.h>

#include "commands.h"
#include "train/run_model.h"

namespace allcnn::cli {

void add_eval_command(CLI::App& app) {
  auto* command = app.add_subcommand("eval", "evaluate a run's checkpoint on its test split");
  auto run_dir = std::make_shared<std::string>();
  auto checkpoint = std::make_shared<std::string>("best");
  auto device = std::make_shared<std::string>("auto");
  auto limit = std::make_shared<int64_t>(0);
  command->add_option("--run", *run_dir, "run folder")->required();
  command->add_option("--checkpoint", *checkpoint, "best or last")->capture_default_str();
  command->add_option("--device", *device, "auto, cpu or cuda")->capture_default_str();
  command->add_option("--test-limit", *limit, "evaluate the first N test images (0: all)");
  command->callback([=] {
    auto model = train::load_run_model(*run_dir, *checkpoint, *device);
    const auto result = train::evaluate_on_test_split(model, *limit);
    std::printf("%s (%s checkpoint, after epoch %lld, step %lld)\n", model.checkpoint_path.c_str(),
                checkpoint->c_str(), static_cast<long long>(model.position.epoch),
                static_cast<long long>(model.position.step));
    std::printf(
        "test loss %.4f  accuracy %.4f  (%lld images of %s)\n", result.loss, result.accuracy,
        static_cast<long long>(result.count),
        config::choice_name(model.config.dataset.value_or(data::default_dataset_kind())).c_str());
    for (size_t k = 0; k < result.per_class_accuracy.size(); ++k)
      std::printf("  %-14s %.4f\n", model.class_names.at(k).c_str(), result.per_class_accuracy[k]);
  });
}

}  // namespace allcnn::cli
