// Checkpoint archives made from fuzzed members: the input is a list of (name, content) records
// packed into a well-formed ZIP with right CRCs, so the mutations reach the pickles, the code
// files and the records instead of dying at the ZIP checks. Record: one byte name length, the
// name, four bytes (little-endian) content length, the content. What the validator accepts
// goes on to LibTorch's loader, which must then never crash.

#include <string>
#include <vector>

#include "common/checkpoint_builder.h"
#include "fuzz_common.h"
#include "torch_load.h"
#include "train/checkpoint_archive.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace allcnn;
  std::vector<testing::ZipMember> members;
  size_t at = 0;
  while (at < size && members.size() < 512) {
    const size_t name_length = data[at++];
    if (size - at < name_length + 4) break;
    testing::ZipMember member;
    member.name.assign(reinterpret_cast<const char*>(data + at), name_length);
    at += name_length;
    size_t length = data[at] | data[at + 1] << 8 | data[at + 2] << 16 | size_t(data[at + 3]) << 24;
    at += 4;
    if (length > size - at) length = size - at;
    member.data.assign(reinterpret_cast<const char*>(data + at), length);
    at += length;
    // Code files are deflated, as LibTorch writes them; everything else is stored.
    member.deflate =
        member.name.size() > 3 && member.name.compare(member.name.size() - 3, 3, ".py") == 0;
    members.push_back(std::move(member));
  }
  const std::string archive = testing::zip(members);
  const auto* bytes = reinterpret_cast<const uint8_t*>(archive.data());
  bool accepted = false;
  fuzz::refused_or_read([&] {
    train::check_checkpoint_archive(bytes, archive.size(), "checkpoint.pt");
    accepted = true;
  });
  if (accepted) fuzz::load_with_torch(bytes, archive.size());
  return 0;
}
