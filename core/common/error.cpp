#include "common/error.h"

namespace allcnn {

namespace {
std::string compose(const std::string& subject, const std::string& reason) {
  return subject.empty() ? reason : subject + ": " + reason;
}
}  // namespace

Error::Error(std::string subject, std::string reason)
    : std::runtime_error(compose(subject, reason)),
      subject_(std::move(subject)),
      reason_(std::move(reason)) {}

}  // namespace allcnn
