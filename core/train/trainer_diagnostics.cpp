// The Trainer's side of the training diagnostics (train/diagnostics.h): recording each window
// and each epoch's histograms, and saying what they found.

#include "common/error.h"
#include "config/choice.h"
#include "config/choices.h"
#include "train/trainer_state.h"

namespace allcnn::train {

void Trainer::State::diagnose_batch(int64_t step, double learning_rate) {
  const auto window = diagnostics->end_batch(step, position.epoch);
  if (!window) return;
  writer->append_diagnostics(window->rows);
  if (callbacks.on_diagnostics) callbacks.on_diagnostics(window->rows);
  const auto said = diagnostics_warnings(*window, train.class_names, learning_rate, warned);
  for (const auto& text : said) {
    if (callbacks.on_message) callbacks.on_message(text);
    if (callbacks.on_warning) callbacks.on_warning(text);
  }
  if (!said.empty()) {
    // The status file shows the latest one while the run trains, and after it finished.
    warning = said.back();
    folder.write_status(config::choice_name(RunState::Running), warning);
  }
}

void Trainer::State::record_histograms() {
  if (diagnostics) writer->append_histograms(diagnostics->histograms(position.epoch));
}

}  // namespace allcnn::train
