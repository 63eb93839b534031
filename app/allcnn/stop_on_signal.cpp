#include "stop_on_signal.h"

#include <atomic>
#include <csignal>

namespace allcnn::cli {

namespace {

// The run being trained, for the handler: a lock-free atomic store is async-signal-safe.
std::atomic<train::RunControl*> g_control{nullptr};

extern "C" void request_stop(int) {
  if (auto* control = g_control.load()) control->stop.store(true);
}

}  // namespace

StopOnSignal::StopOnSignal(train::RunControl& control) {
  g_control.store(&control);
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
}

StopOnSignal::~StopOnSignal() {
  g_control.store(nullptr);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
}

}  // namespace allcnn::cli
