#include <iostream>

#include <torch/torch.h>

#include "commands.h"
#include "common/allocator.h"
#include "common/error.h"
#ifdef ALLCNN_HAVE_VISION
#include "vision/folder_registration.h"
#endif

int main(int argc, char** argv) {
  allcnn::tune_allocator_for_training();  // before any thread starts
#ifdef ALLCNN_HAVE_VISION
  allcnn::vision::register_folder_datasets();
#endif
  CLI::App app{"allcnn: train, inspect and evaluate the All-CNN family from the command line"};
  app.require_subcommand(1);
  allcnn::cli::add_summary_command(app);
  allcnn::cli::add_lsuv_command(app);
  allcnn::cli::add_train_command(app);
  allcnn::cli::add_eval_command(app);
  allcnn::cli::add_bench_command(app);
  allcnn::cli::add_data_command(app);
  allcnn::cli::add_export_command(app);
  allcnn::cli::add_runs_command(app);
  allcnn::cli::add_sweep_command(app);
  allcnn::cli::add_lr_find_command(app);
  allcnn::cli::add_launch_command(app);
#ifdef ALLCNN_HAVE_VISION
  allcnn::cli::add_predict_command(app);
#endif
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const allcnn::Error& e) {
    std::cerr << "allcnn: " << e.what() << "\n";
    return 1;
  } catch (const c10::Error& e) {
    std::cerr << "allcnn: LibTorch error: " << e.what_without_backtrace() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "allcnn: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
