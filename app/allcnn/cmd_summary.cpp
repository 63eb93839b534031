#include <cstdio>
#include <iostream>
#include <sstream>

#include <torch/torch.h>

#include "commands.h"
#include "config/run_config.h"
#include "nn/model.h"
#include "setting_flags.h"

namespace allcnn::cli {

namespace {

std::string shape_string(const std::vector<int64_t>& shape) {
  std::ostringstream out;
  out << "(";
  for (size_t i = 0; i < shape.size(); ++i) out << (i ? ", " : "") << shape[i];
  out << ")";
  return out.str();
}

std::string with_thousands(int64_t value) {
  std::string digits = std::to_string(value);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, ",");
  return digits;
}

}  // namespace

void add_summary_command(CLI::App& app) {
  auto* command =
      app.add_subcommand("summary", "print a model's layers, output shapes and parameters");
  auto flags = std::make_shared<SettingFlags>();
  flags->add(*command, {"arch", "width", "bn", "dropout", "in_channels", "classes", "input_size"});

  command->callback([flags] {
    train::RunConfig config;
    flags->apply(config);
    const nn::ModelOptions& options = config.model;
    nn::ConvNet net(options);
    const auto rows = net->describe();
    std::printf("Model: %s (width %g%s%s), input (%lld, %lld, %lld)\n",
                config::choice_name(options.arch).c_str(), options.width,
                options.batch_norm ? ", batch norm" : "", options.dropout ? ", dropout" : "",
                static_cast<long long>(options.in_channels),
                static_cast<long long>(options.input_size),
                static_cast<long long>(options.input_size));
    const std::string rule(86, '_');
    const std::string double_rule(86, '=');
    std::printf("%s\n%-18s %-34s %-20s %10s\n%s\n", rule.c_str(), "Layer", "Kind", "Output Shape",
                "Param #", double_rule.c_str());
    for (const auto& row : rows)
      std::printf("%-18s %-34s %-20s %10s\n", row.name.c_str(), row.kind.c_str(),
                  shape_string(row.output_shape).c_str(), with_thousands(row.parameters).c_str());
    std::printf("%s\nTotal params: %s\n", double_rule.c_str(),
                with_thousands(net->parameter_count()).c_str());
  });
}

}  // namespace allcnn::cli
