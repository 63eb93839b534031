// The one file that includes c10d: LibTorch's process group over Gloo and its TCP store. The
// calls used here (TCPStore, ProcessGroupGloo and its Options, allreduce, broadcast, barrier)
// have the same signatures in LibTorch 1.13 and 2.x, where ProcessGroupGloo became a Backend;
// a difference that appears goes here, guarded with ALLCNN_TORCH_AT_LEAST.

#include "dist/process_group.h"

#include <chrono>
#include <cstdlib>
#include <exception>
#include <thread>

#include <ATen/ATen.h>

#include "common/error.h"
#include "common/torch_compat.h"

#ifdef ALLCNN_HAVE_GLOO
#ifndef USE_C10D_GLOO
#define USE_C10D_GLOO  // ProcessGroupGloo.hpp declares nothing without it
#endif
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#endif

namespace allcnn::dist {

namespace {

std::string what_of(const std::exception& e) {
  if (const auto* c10 = dynamic_cast<const c10::Error*>(&e)) return c10->what_without_backtrace();
  return e.what();
}

[[maybe_unused]] std::chrono::milliseconds milliseconds(double seconds) {
  return std::chrono::milliseconds(static_cast<int64_t>(seconds * 1000.0));
}

[[maybe_unused]] bool is_loopback(const std::string& addr) {
  return addr == "localhost" || addr == "::1" || addr.rfind("127.", 0) == 0;
}

}  // namespace

void parse_master(const std::string& text, std::string& addr, int& port) {
  const auto colon = text.rfind(':');
  const auto bad = [&] { return Error("--master", message(MessageCode::DistBadMaster, text)); };
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) throw bad();
  std::string host = text.substr(0, colon);
  if (host.front() == '[') {
    if (host.back() != ']' || host.size() < 3) throw bad();
    host = host.substr(1, host.size() - 2);
  } else if (host.find(':') != std::string::npos) {
    throw bad();  // an IPv6 address needs its brackets
  }
  const std::string digits = text.substr(colon + 1);
  if (digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string::npos) throw bad();
  const int value = std::stoi(digits);
  if (value < 1 || value > 65535) throw bad();
  addr = host;
  port = value;
}

#ifdef ALLCNN_HAVE_GLOO

bool available() { return true; }

struct ProcessGroup::Impl {
  c10::intrusive_ptr<c10d::TCPStore> store;
  c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
  /// The gradients' buckets (start_sum): a second Gloo group on the same store, whose sums are
  /// ordered apart from the first one's.
  c10::intrusive_ptr<c10d::ProcessGroupGloo> gradients;
};

namespace {

class GlooPendingSum : public PendingSum {
 public:
  GlooPendingSum(c10::intrusive_ptr<c10d::Work> work, int rank, std::string what)
      : work_(std::move(work)), rank_(rank), what_(std::move(what)) {}

  void wait() override {
    try {
      work_->wait();
    } catch (const std::exception& e) {
      throw Error("", message(MessageCode::DistPeerLost, rank_, what_, what_of(e)));
    }
  }

 private:
  c10::intrusive_ptr<c10d::Work> work_;
  int rank_;
  std::string what_;
};

}  // namespace

ProcessGroup::ProcessGroup(const GroupOptions& options)
    : options_(options), impl_(std::make_unique<Impl>()) {
  if (options.world_size < 1 || options.rank < 0 || options.rank >= options.world_size)
    throw Error("--rank", message(MessageCode::DistBadRank, options.rank, options.world_size));
  const std::string where = master();
  c10d::TCPStoreOptions store_options;
  store_options.port = static_cast<std::uint16_t>(options.master_port);
  store_options.isServer = options.rank == 0;
  store_options.numWorkers = options.world_size;
  // The group's own rendezvous waits for everybody (below); the store need not.
  store_options.waitWorkers = false;
  store_options.timeout = milliseconds(options.join_timeout_s);
  try {
    impl_->store = c10::make_intrusive<c10d::TCPStore>(options.master_addr, store_options);
  } catch (const std::exception& e) {
    if (options.rank == 0)
      throw Error("--master", message(MessageCode::DistCannotListen, where, what_of(e)));
    throw Error("--master", message(MessageCode::DistMasterUnreachable, options.rank, where,
                                    options.join_timeout_s, what_of(e)));
  }
  // Every rank checks in with the store, then waits until all have: while waiting, the join can
  // be abandoned, and a timeout says how many came. Gloo's rendezvous (below) then finds them all.
  const auto deadline = std::chrono::steady_clock::now() + milliseconds(options.join_timeout_s);
  const std::string joined_key = "allcnn.joined";
  try {
    int64_t joined = impl_->store->add(joined_key, 1);
    while (joined < options.world_size) {
      if (options.abandon)
        if (const std::string why = options.abandon(); !why.empty()) throw Error("", why);
      if (std::chrono::steady_clock::now() > deadline)
        throw Error("--master", message(MessageCode::DistRendezvousFailed, options.world_size,
                                        where, options.join_timeout_s,
                                        std::to_string(joined) + " of " +
                                            std::to_string(options.world_size) + " joined"));
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      joined = impl_->store->add(joined_key, 0);
    }
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Error("--master", message(MessageCode::DistRendezvousFailed, options.world_size, where,
                                    options.join_timeout_s, what_of(e)));
  }
  auto group_options =
      c10d::ProcessGroupGloo::Options::create(milliseconds(options.collective_timeout_s));
  // Gloo's own connections: on the loopback for a group on this machine; else the interface
  // GLOO_SOCKET_IFNAME names (as PyTorch does), else the address this host's name resolves to.
  if (const char* interface = std::getenv("GLOO_SOCKET_IFNAME"); interface && *interface)
    group_options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(interface));
  else if (is_loopback(options.master_addr))
    group_options->devices.push_back(
        c10d::ProcessGroupGloo::createDeviceForHostname(options.master_addr));
  else
    group_options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
  group_options->threads = 2;
  // Joining waits on the store, with the store's (join) timeout.
  try {
    impl_->group = c10::make_intrusive<c10d::ProcessGroupGloo>(impl_->store, options.rank,
                                                               options.world_size, group_options);
    impl_->gradients = c10::make_intrusive<c10d::ProcessGroupGloo>(
        c10::make_intrusive<c10d::PrefixStore>("gradients", impl_->store), options.rank,
        options.world_size, group_options);
  } catch (const std::exception& e) {
    throw Error("--master", message(MessageCode::DistRendezvousFailed, options.world_size, where,
                                    options.join_timeout_s, what_of(e)));
  }
}

ProcessGroup::~ProcessGroup() = default;

void ProcessGroup::all_reduce_sum(const std::vector<torch::Tensor>& tensors,
                                  const std::string& what) {
  size_t first = 0;
  while (first < tensors.size()) {
    // One bucket: consecutive tensors of the first one's dtype and device, up to bucket_bytes
    // (at least one tensor).
    const auto& head = tensors[first];
    size_t end = first;
    int64_t bytes = 0;
    std::vector<torch::Tensor> flat;
    while (end < tensors.size() && tensors[end].scalar_type() == head.scalar_type() &&
           tensors[end].device() == head.device() &&
           (end == first ||
            bytes + tensors[end].numel() * tensors[end].element_size() <= options_.bucket_bytes)) {
      bytes += tensors[end].numel() * tensors[end].element_size();
      flat.push_back(tensors[end].reshape({-1}));
      ++end;
    }
    std::vector<at::Tensor> bucket{torch::cat(flat)};
    try {
      impl_->group->allreduce(bucket)->wait();
    } catch (const std::exception& e) {
      throw Error("", message(MessageCode::DistPeerLost, options_.rank, what, what_of(e)));
    }
    int64_t offset = 0;
    for (size_t i = first; i < end; ++i) {
      const int64_t count = tensors[i].numel();
      tensors[i].copy_(bucket[0].narrow(0, offset, count).view(tensors[i].sizes()));
      offset += count;
    }
    first = end;
  }
}

void ProcessGroup::broadcast_from_rank0(const std::vector<torch::Tensor>& tensors,
                                        const std::string& what) {
  for (const auto& tensor : tensors) {
    std::vector<at::Tensor> one{tensor.contiguous()};
    c10d::BroadcastOptions root;
    root.rootRank = 0;
    try {
      impl_->group->broadcast(one, root)->wait();
    } catch (const std::exception& e) {
      throw Error("", message(MessageCode::DistPeerLost, options_.rank, what, what_of(e)));
    }
    if (!one[0].is_same(tensor)) tensor.copy_(one[0]);
  }
}

void ProcessGroup::barrier(const std::string& what) {
  try {
    impl_->group->barrier()->wait();
  } catch (const std::exception& e) {
    throw Error("", message(MessageCode::DistPeerLost, options_.rank, what, what_of(e)));
  }
}

std::unique_ptr<PendingSum> ProcessGroup::start_sum(torch::Tensor flat, const std::string& what) {
  std::vector<at::Tensor> one{std::move(flat)};
  try {
    return std::make_unique<GlooPendingSum>(impl_->gradients->allreduce(one), options_.rank, what);
  } catch (const std::exception& e) {
    throw Error("", message(MessageCode::DistPeerLost, options_.rank, what, what_of(e)));
  }
}

#else  // a LibTorch without Gloo's headers: one process only

bool available() { return false; }

struct ProcessGroup::Impl {};

ProcessGroup::ProcessGroup(const GroupOptions& options) : options_(options) {
  throw Error("--world-size", "this build of allcnn has no Gloo: it trains on one process only");
}
ProcessGroup::~ProcessGroup() = default;
void ProcessGroup::all_reduce_sum(const std::vector<torch::Tensor>&, const std::string&) {}
void ProcessGroup::broadcast_from_rank0(const std::vector<torch::Tensor>&, const std::string&) {}
void ProcessGroup::barrier(const std::string&) {}
std::unique_ptr<PendingSum> ProcessGroup::start_sum(torch::Tensor, const std::string&) {
  return nullptr;
}

#endif

std::string ProcessGroup::master() const {
  const bool v6 = options_.master_addr.find(':') != std::string::npos;
  return (v6 ? "[" + options_.master_addr + "]" : options_.master_addr) + ":" +
         std::to_string(options_.master_port);
}

Message ProcessGroup::joined() const {
  return message(MessageCode::DistJoined, options_.rank, options_.world_size, master());
}

}  // namespace allcnn::dist
