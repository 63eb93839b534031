#pragma once

#include <CLI/CLI.hpp>

// Each subcommand of `allcnn` registers its flags and its action on the application; the
// actions throw allcnn::Error for bad input, which main() prints.
namespace allcnn::cli {

void add_summary_command(CLI::App& app);
void add_lsuv_command(CLI::App& app);
void add_train_command(CLI::App& app);
void add_eval_command(CLI::App& app);
void add_bench_command(CLI::App& app);
void add_data_command(CLI::App& app);
void add_export_command(CLI::App& app);
void add_runs_command(CLI::App& app);
void add_sweep_command(CLI::App& app);
void add_lr_find_command(CLI::App& app);
void add_launch_command(CLI::App& app);
void add_predict_command(CLI::App& app);  // only with ALLCNN_HAVE_VISION (OpenCV)

}  // namespace allcnn::cli
