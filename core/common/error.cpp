#include "common/error.h"

namespace allcnn {

Error::Error(std::string subject, Message reason)
    : std::runtime_error(Reason(reason, subject).english()),
      said_(std::move(reason), std::move(subject)) {}

Error::Error(std::string subject, std::string reason)
    : Error(std::move(subject), Message{MessageCode::Text, {std::move(reason)}}) {}

}  // namespace allcnn
