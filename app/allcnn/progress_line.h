#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include <unistd.h>

namespace allcnn::cli {

/// "mm:ss" or "h:mm:ss"; "--:--" for a negative or absurd value.
inline std::string format_duration(double seconds) {
  if (!(seconds >= 0) || seconds > 1e7) return "--:--";
  const auto s = static_cast<long long>(seconds);
  char text[32];
  if (s >= 3600)
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
  else
    std::snprintf(text, sizeof text, "%02lld:%02lld", s / 60, s % 60);
  return text;
}

/// A progress bar on stderr for the CLI's long steps (downloads, decoding an image folder):
/// redrawn in place on a terminal at most ten times a second, a line per tenth otherwise (a
/// log file gets no carriage returns). Single-threaded.
class ProgressLine {
 public:
  /// `unit_scale` divides the counts for display (1e6 for megabytes).
  ProgressLine(std::string unit, double unit_scale = 1.0)
      : unit_(std::move(unit)), scale_(unit_scale), terminal_(isatty(STDERR_FILENO) != 0) {}
  ~ProgressLine() { finish(); }

  void update(const std::string& label, uint64_t done, uint64_t total) {
    const auto now = std::chrono::steady_clock::now();
    const int percent = total > 0 ? static_cast<int>(100.0 * double(done) / double(total)) : -1;
    const bool complete = total > 0 && done >= total;
    if (terminal_) {
      if (!complete && now - last_ < std::chrono::milliseconds(100) && label == label_) return;
    } else if (percent / 10 == last_percent_ / 10 && label == label_ && !complete) {
      return;
    }
    if (complete && label == label_ && last_percent_ == 100) return;
    last_ = now;
    last_percent_ = percent;
    label_ = label;
    const int width = 30;
    const int filled = percent < 0 ? 0 : percent * width / 100;
    char amounts[64];
    if (scale_ == 1.0)
      std::snprintf(amounts, sizeof amounts, "%llu/%llu", static_cast<unsigned long long>(done),
                    static_cast<unsigned long long>(total));
    else
      std::snprintf(amounts, sizeof amounts, "%.1f/%.1f", double(done) / scale_,
                    double(total) / scale_);
    std::fprintf(stderr, "%s%s [%s%s] %3d%%  %s %s%s", terminal_ ? "\r" : "", label.c_str(),
                 std::string(filled, '#').c_str(), std::string(width - filled, ' ').c_str(),
                 std::max(percent, 0), amounts, unit_.c_str(), terminal_ ? "\033[K" : "\n");
    open_ = terminal_;
    if (complete) finish();
    std::fflush(stderr);
  }

  /// Ends an in-place line, so that the next message starts on its own line.
  void finish() {
    if (open_) std::fputc('\n', stderr);
    open_ = false;
  }

 private:
  std::string unit_;
  double scale_;
  bool terminal_;
  bool open_ = false;
  std::string label_;
  int last_percent_ = -100;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace allcnn::cli
