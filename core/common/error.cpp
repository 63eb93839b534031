#include "common/error.h"

namespace allcnn {

Error::Error(std::string subject, Message reason)
    : std::runtime_error(Reason(reason, subject).english()),
      subject_(std::move(subject)),
      message_(std::move(reason)),
      reason_(message_.english()) {}

Error::Error(std::string subject, std::string reason)
    : Error(std::move(subject), Message{MessageCode::Text, {std::move(reason)}}) {}

}  // namespace allcnn
