#pragma once

// Data-parallel training's communication: a process group of PyTorch's own distributed library
// (c10d), over Gloo on the CPU. Nothing here talks to a socket itself; the one file that
// includes c10d is process_group.cpp.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <torch/types.h>

#include "common/message.h"

namespace allcnn::dist {

/// Where and how the processes of one run meet: what torchrun calls WORLD_SIZE, RANK,
/// MASTER_ADDR and MASTER_PORT.
struct GroupOptions {
  int world_size = 1;
  int rank = 0;
  std::string master_addr = "127.0.0.1";
  int master_port = 29500;
  /// Joining: how long a rank above 0 tries to reach the master, and how long every rank waits
  /// for the others to join. A wrong address fails after this long; a port in use at once.
  double join_timeout_s = 60.0;
  /// Asked about every 50 ms while this rank waits for the others to join: a non-empty answer
  /// abandons the join, and the constructor throws allcnn::Error with it (the workbench: a
  /// rank's process ended, or the user stopped). Empty: wait for the join timeout.
  std::function<std::string()> abandon;
  /// How long one collective may wait for the slowest rank. A rank that ends closes its
  /// connections, which the others notice at once; this bounds a rank that hangs.
  double collective_timeout_s = 1800.0;
  /// All-reduce works on flat buckets of at most this many bytes; the gradients' buckets
  /// (GradientSum) start their sums during the backward pass, so smaller ones overlap more of
  /// it, at the cost of more all-reduces.
  int64_t bucket_bytes = int64_t{1} << 20;
};

/// A sum ProcessGroup::start_sum() started: wait() returns once its tensor holds the sum over
/// all ranks, or throws allcnn::Error like the collectives.
class PendingSum {
 public:
  virtual ~PendingSum() = default;
  virtual void wait() = 0;
};

/// Splits "ADDR:PORT" (an IPv6 address in brackets: "[::1]:29500"). Throws allcnn::Error
/// (DistBadMaster) for anything else.
void parse_master(const std::string& text, std::string& addr, int& port);

/// True where this build has Gloo (Debian's libgloo-dev, or a LibTorch that ships its headers).
bool available();

/// One process's membership of a group of world_size processes. Construct it on every rank with
/// the same master; the constructor returns once all have joined. Every collective must be
/// called by every rank, in the same order, with tensors of the same shapes and dtypes. Not
/// thread-safe: one thread (the training thread) uses a group. A failure (a lost peer, a
/// timeout) throws allcnn::Error naming this rank and what it was doing.
class ProcessGroup {
 public:
  /// Joins the group; throws allcnn::Error (DistCannotListen, DistMasterUnreachable,
  /// DistRendezvousFailed, DistBadRank) when that fails.
  explicit ProcessGroup(const GroupOptions& options);
  ~ProcessGroup();
  ProcessGroup(const ProcessGroup&) = delete;
  ProcessGroup& operator=(const ProcessGroup&) = delete;

  int rank() const { return options_.rank; }
  int world_size() const { return options_.world_size; }
  int64_t bucket_bytes() const { return options_.bucket_bytes; }
  /// "ADDR:PORT" of the master.
  std::string master() const;
  /// What to tell the user once joined (DistJoined).
  Message joined() const;

  /// Sums `tensors` over all ranks, in place: flattened into buckets (consecutive tensors of
  /// one dtype, bucket_bytes at most), one all-reduce per bucket. `what` names the step in an
  /// error ("the gradients of step 12").
  void all_reduce_sum(const std::vector<torch::Tensor>& tensors, const std::string& what);
  /// Overwrites `tensors` on every rank with rank 0's, in place.
  void broadcast_from_rank0(const std::vector<torch::Tensor>& tensors, const std::string& what);
  /// Returns once every rank has called it.
  void barrier(const std::string& what);

  /// Starts summing `flat` (one contiguous tensor) over all ranks, in place, and returns at
  /// once: a bucket of gradients while the backward pass goes on. These sums go over
  /// connections of their own, so they may interleave with the collectives above (those
  /// synchronized batch norm makes during the backward pass); among themselves, every rank must
  /// start the same sums in the same order. May be called from the autograd engine's thread while
  /// the training thread waits in backward().
  std::unique_ptr<PendingSum> start_sum(torch::Tensor flat, const std::string& what);

 private:
  struct Impl;
  GroupOptions options_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace allcnn::dist
