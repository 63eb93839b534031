#pragma once

#include <stdexcept>
#include <string>

namespace allcnn {

/// The one exception type of core/: every failure that a user can cause (a bad file, a bad
/// setting, a diverging run) is reported as an Error naming the file or setting and the reason.
/// The CLI prints what(); the GUI worker turns it into a signal.
class Error : public std::runtime_error {
 public:
  /// `subject` is the file path (or the setting's name) the error is about; may be empty.
  Error(std::string subject, std::string reason);

  const std::string& subject() const noexcept { return subject_; }
  const std::string& reason() const noexcept { return reason_; }

 private:
  std::string subject_;
  std::string reason_;
};

}  // namespace allcnn
