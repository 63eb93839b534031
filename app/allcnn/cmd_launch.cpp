// `allcnn launch --nproc N train ...`: data-parallel training on N local processes, each this
// same program with torchrun's environment (WORLD_SIZE, RANK, LOCAL_RANK, MASTER_ADDR,
// MASTER_PORT). Their output comes through here, each line prefixed with its rank; when one
// fails, the others are stopped.

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "commands.h"
#include "common/error.h"
#include "common/message.h"
#include "dist/free_port.h"
#include "dist/process_group.h"

namespace allcnn::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void on_interrupt(int) { g_interrupted.store(true); }

struct Child {
  pid_t pid = -1;
  int output = -1;      ///< read end of its stdout and stderr
  std::string pending;  ///< a line not yet ended
  bool running = true;
};

void print_lines(int rank, std::string& pending, bool flush_all) {
  size_t start = 0;
  for (size_t end; (end = pending.find('\n', start)) != std::string::npos; start = end + 1)
    std::printf("[rank %d] %s\n", rank, pending.substr(start, end - start).c_str());
  pending.erase(0, start);
  if (flush_all && !pending.empty()) {
    std::printf("[rank %d] %s\n", rank, pending.c_str());
    pending.clear();
  }
  std::fflush(stdout);
}

Child spawn(const std::vector<std::string>& args, int rank, int nproc, const std::string& addr,
            int port) {
  int fds[2];
  if (::pipe(fds) != 0) throw Error("launch", std::string("pipe: ") + std::strerror(errno));
  const pid_t pid = ::fork();
  if (pid < 0) throw Error("launch", std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    ::dup2(fds[1], STDOUT_FILENO);
    ::dup2(fds[1], STDERR_FILENO);
    ::close(fds[0]);
    ::close(fds[1]);
    ::setenv("WORLD_SIZE", std::to_string(nproc).c_str(), 1);
    ::setenv("RANK", std::to_string(rank).c_str(), 1);
    ::setenv("LOCAL_RANK", std::to_string(rank).c_str(), 1);
    ::setenv("LOCAL_WORLD_SIZE", std::to_string(nproc).c_str(), 1);
    ::setenv("MASTER_ADDR", addr.c_str(), 1);
    ::setenv("MASTER_PORT", std::to_string(port).c_str(), 1);
    std::vector<char*> argv;
    static char self[] = "allcnn";
    argv.push_back(self);
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    ::execv("/proc/self/exe", argv.data());
    std::perror("allcnn launch: exec");
    ::_exit(127);
  }
  ::close(fds[1]);
  Child child;
  child.pid = pid;
  child.output = fds[0];
  return child;
}

int launch(int nproc, const std::string& master, const std::vector<std::string>& args) {
  std::string addr = "127.0.0.1";
  int port = 0;
  if (!master.empty())
    dist::parse_master(master, addr, port);
  else
    port = dist::free_local_port();
  g_interrupted.store(false);
  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
  std::vector<Child> children;
  for (int rank = 0; rank < nproc; ++rank) children.push_back(spawn(args, rank, nproc, addr, port));
  int status_code = 0;
  bool stopping = false;
  auto stop_all = [&](int signal) {
    for (auto& child : children)
      if (child.running) ::kill(child.pid, signal);
  };
  auto stop_started = std::chrono::steady_clock::now();
  size_t running = children.size();
  while (running > 0) {
    std::vector<pollfd> polls;
    for (const auto& child : children)
      if (child.output >= 0) polls.push_back({child.output, POLLIN, 0});
    if (!polls.empty())
      ::poll(polls.data(), polls.size(), 200);
    else
      ::usleep(200 * 1000);
    for (int rank = 0; rank < nproc; ++rank) {
      auto& child = children[rank];
      if (child.output < 0) continue;
      char buffer[4096];
      // Read what is there without blocking: the pipe is polled above.
      ::fcntl(child.output, F_SETFL, O_NONBLOCK);
      while (true) {
        const ssize_t n = ::read(child.output, buffer, sizeof(buffer));
        if (n > 0) {
          child.pending.append(buffer, static_cast<size_t>(n));
          continue;
        }
        if (n == 0) {
          ::close(child.output);
          child.output = -1;
        }
        break;
      }
      print_lines(rank, child.pending, child.output < 0);
    }
    for (int rank = 0; rank < nproc; ++rank) {
      auto& child = children[rank];
      if (!child.running) continue;
      int status = 0;
      if (::waitpid(child.pid, &status, WNOHANG) != child.pid) continue;
      child.running = false;
      --running;
      const bool failed = !WIFEXITED(status) || WEXITSTATUS(status) != 0;
      if (failed && !stopping) {
        const auto said = WIFEXITED(status)
                              ? message(MessageCode::DistRankFailed, rank, WEXITSTATUS(status))
                              : message(MessageCode::DistRankKilled, rank, WTERMSIG(status));
        std::fprintf(stderr, "allcnn launch: %s\n", said.english().c_str());
        status_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        stopping = true;
        stop_started = std::chrono::steady_clock::now();
        stop_all(SIGTERM);
      }
    }
    if (g_interrupted.exchange(false) && !stopping) {
      stopping = true;
      stop_started = std::chrono::steady_clock::now();
      stop_all(SIGTERM);
      status_code = 130;
    }
    // A rank that does not end within 20 s of being asked is killed.
    if (stopping && std::chrono::steady_clock::now() - stop_started > std::chrono::seconds(20))
      stop_all(SIGKILL);
  }
  for (auto& child : children)
    if (child.output >= 0) ::close(child.output);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  return status_code;
}

}  // namespace

void add_launch_command(CLI::App& app) {
  auto* command = app.add_subcommand(
      "launch",
      "run an allcnn command (train) on N local processes for data-parallel training: "
      "allcnn launch --nproc 2 train --epochs 1 ...");
  auto nproc = std::make_shared<int>(2);
  auto master = std::make_shared<std::string>();
  command->add_option("--nproc", *nproc, "processes to start")
      ->type_name("N")
      ->check(CLI::Range(1, 1024));
  command
      ->add_option("--master", *master,
                   "where rank 0 hosts the process group (default: 127.0.0.1 and a free port)")
      ->type_name("ADDR:PORT");
  command->prefix_command();
  command->callback([command, nproc, master] {
    const auto args = command->remaining();
    if (args.empty())
      throw Error("launch", "name the command to run: allcnn launch --nproc 2 train ...");
    if (const int code = launch(*nproc, *master, args); code != 0) throw CLI::RuntimeError(code);
  });
}

}  // namespace allcnn::cli
