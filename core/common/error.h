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

  const std::string& subject() const noexcept { return said_.subject; }
  const Message& message() const noexcept { return said_.message; }
  /// The subject and the message together: what a run's status records of a failure.
  const Reason& said() const noexcept { return said_; }
  /// The message in English, without the subject.
  std::string reason() const { return said_.message.english(); }

 private:
  Reason said_;
};

}  // namespace allcnn
