#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "common/error.h"
#include "progress_line.h"
#include "setting_flags.h"
#include "stop_on_signal.h"
#include "train/lr_find.h"

namespace allcnn::cli {

namespace {

// The smoothed loss against log10(learning rate) as rows of text, the suggestion marked by a
// column of '|' and the lowest loss by 'v'. Columns are rates, evenly spaced in decades.
void print_plot(const runs::LrFindRecord& record) {
  const auto& points = record.points;
  if (points.size() < 2) return;
  constexpr int kWidth = 64, kHeight = 14;
  const double left = std::log10(points.front().learning_rate);
  const double right = std::log10(points.back().learning_rate);
  // The loss axis: from the lowest smoothed loss to the start's (a diverging tail goes off top).
  double low = points.front().smoothed_loss, high = low;
  for (const auto& p : points) low = std::min(low, p.smoothed_loss);
  high = std::max(high, low + 1e-9);
  const auto column_of = [&](double rate) {
    const double t = (std::log10(rate) - left) / std::max(right - left, 1e-12);
    return std::clamp(static_cast<int>(std::lround(t * (kWidth - 1))), 0, kWidth - 1);
  };
  std::vector<std::string> rows(kHeight, std::string(kWidth, ' '));
  if (record.suggestion.found()) {
    const int column = column_of(record.suggestion.learning_rate);
    for (auto& row : rows) row[static_cast<size_t>(column)] = '|';
  }
  for (const auto& p : points) {
    const double t = (high - p.smoothed_loss) / (high - low);  // 0 at the top
    if (t < 0) continue;
    const int row = std::clamp(static_cast<int>(std::lround(t * (kHeight - 1))), 0, kHeight - 1);
    rows[static_cast<size_t>(row)][static_cast<size_t>(column_of(p.learning_rate))] = '*';
  }
  if (record.suggestion.minimum_index >= 0)
    rows.back()[static_cast<size_t>(column_of(record.suggestion.minimum_learning_rate))] = 'v';
  std::printf("\nsmoothed loss (%.3g at the top, %.3g at the bottom) against the learning rate:\n",
              high, low);
  for (const auto& row : rows) std::printf("  %s\n", row.c_str());
  std::printf("  %-*.2g%*.2g\n", kWidth / 2, points.front().learning_rate, kWidth / 2,
              points.back().learning_rate);
  std::printf("  ('|' suggested rate, 'v' lowest loss; the rate grows evenly on a log scale)\n");
}

void print_outcome(const runs::LrFindRecord& record) {
  print_plot(record);
  std::printf("\n%zu batches, %s%s\n", record.points.size(), record.status.state.c_str(),
              record.status.reason.empty() ? "" : (": " + record.status.reason.english()).c_str());
  if (record.suggestion.found())
    std::printf(
        "suggested learning rate: %.2g (where the loss falls fastest); lowest loss at %.2g\n",
        runs::rounded_rate(record.suggestion.learning_rate),
        runs::rounded_rate(record.suggestion.minimum_learning_rate));
  else
    std::printf("%s\n", message(MessageCode::LrFindNoSuggestion).english().c_str());
  std::printf("folder: %s\n", record.dir.c_str());
}

}  // namespace

void add_lr_find_command(CLI::App& app) {
  auto* command = app.add_subcommand(
      "lr-find",
      "learning-rate range test: train a fresh model for a few hundred batches while the "
      "learning rate grows exponentially, and suggest the rate where the loss falls fastest");
  auto flags = std::make_shared<SettingFlags>();
  auto config_path = std::make_shared<std::string>();
  auto range = std::make_shared<runs::LrRange>();
  add_config_option(*command, *config_path);
  command->add_option("--start-lr", range->start_lr, "the rate of the first batch")
      ->capture_default_str();
  command->add_option("--end-lr", range->end_lr, "the rate of the last batch")
      ->capture_default_str();
  command->add_option("--steps", range->steps, "batches to train (fewer if the loss diverges)")
      ->capture_default_str();
  command->footer(
      "The test records its curve in <runs_dir>/lr-find/<name>: lr_find.csv (step, rate, loss, "
      "smoothed loss) and lr_find.json (the suggestion). The schedule settings do not apply.");
  flags->add_all(*command);

  command->callback([flags, config_path, range] {
    train::LrFindCallbacks callbacks;
    const bool terminal = isatty(fileno(stdout)) != 0;
    callbacks.on_message = [terminal](const Message& text) {
      std::printf("%s%s\n", terminal ? "\r" : "", text.english().c_str());
      std::fflush(stdout);
    };
    const int64_t every = std::max<int64_t>(1, range->steps / 20);
    callbacks.on_point = [terminal, every, steps = range->steps](const metrics::LrPoint& p) {
      if (!terminal && (p.step + 1) % every != 0) return;
      std::printf("%sbatch %lld/%lld lr %.3g loss %.4f (smoothed %.4f)%s", terminal ? "\r" : "",
                  static_cast<long long>(p.step + 1), static_cast<long long>(steps),
                  p.learning_rate, p.loss, p.smoothed_loss, terminal ? "   " : "\n");
      std::fflush(stdout);
    };
    try {
      train::RunConfig config = config_with_flags(*config_path, *flags);
      train::RunControl control;
      const auto record = [&] {
        const StopOnSignal on_signal(control);
        return train::find_learning_rate(std::move(config), *range, callbacks, &control.stop);
      }();
      if (terminal) std::printf("\n");
      print_outcome(record);
      if (record.status.state == "failed") throw CLI::RuntimeError(1);
    } catch (const Error& e) {
      throw with_flag(e);
    }
  });
}

}  // namespace allcnn::cli
