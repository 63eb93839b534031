#pragma once

#include <stdexcept>
#include <string>

#include "common/message.h"

namespace allcnn {

/// The one exception type of core/: every failure that a user can cause (a bad file, a bad
/// setting, a diverging run) is reported as an Error naming the file or setting and the reason.
/// The reason is a Message (a code and its parameters), so the workbench can show it in the
/// user's language; what() and reason() are the English text, which the CLI prints.
class Error : public std::runtime_error {
 public:
  /// `subject` is the file path (or the setting's name) the error is about; may be empty.
  Error(std::string subject, Message reason);
  /// A reason in English only (MessageCode::Text): for texts of outside libraries.
  Error(std::string subject, std::string reason);

  const std::string& subject() const noexcept { return subject_; }
  const std::string& reason() const noexcept { return reason_; }
  const Message& message() const noexcept { return message_; }

 private:
  std::string subject_;
  Message message_;
  std::string reason_;
};

}  // namespace allcnn
