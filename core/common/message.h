#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace allcnn {

/// Everything the engine tells a person (its events, its errors, a setting's problem) is a code
/// with its parameters, so that each front end words it in its own language: the CLI prints the
/// English text (english()), the workbench translates the code's template (ui/common/
/// engine_text.h). The codes and their English templates, with %1..%9 for the parameters, are
/// the table in messages.def.
enum class MessageCode : int {
#define ALLCNN_MESSAGE(code, text) code,
#include "common/messages.def"
#undef ALLCNN_MESSAGE
};

/// The English template of `code`, e.g. "loading %1 from %2".
const char* message_template(MessageCode code);
/// The code's stable name ("LoadingData"), for files that record a message.
const char* message_name(MessageCode code);
/// The code of a stable name; false for a name this version does not know.
bool message_code(std::string_view name, MessageCode& code);

/// `text` with %1..%9 replaced by `args` in one pass (a parameter that itself holds "%2" stays as
/// it is); a placeholder without a parameter becomes nothing, and "%%" is a percent sign.
std::string fill_template(std::string_view text, const std::vector<std::string>& args);

struct Message {
  MessageCode code = MessageCode::Text;
  std::vector<std::string> args;

  /// The message in English: what the CLI prints and the files record.
  std::string english() const { return fill_template(message_template(code), args); }
  /// No message at all: free text without any (what a run that finished has as its reason).
  bool empty() const { return code == MessageCode::Text && (args.empty() || args[0].empty()); }
  bool operator==(const Message& other) const { return code == other.code && args == other.args; }
};

/// Why something happened, about a file or a setting: how a run ended, as its outcome and its
/// status file record it.
struct Reason {
  Reason() = default;
  Reason(Message said, std::string about = {})  // NOLINT: a Message is a Reason about nothing
      : subject(std::move(about)), message(std::move(said)) {}

  std::string subject;  ///< the file or setting it is about; may be empty
  Message message;

  /// "subject: text" in English (just the text without a subject).
  std::string english() const;
  bool empty() const { return message.empty(); }
  bool operator==(const Reason& other) const {
    return subject == other.subject && message == other.message;
  }
};

/// A parameter's text: strings as they are, numbers in the C locale's shortest form.
std::string message_arg(const std::string& value);
std::string message_arg(const char* value);
std::string message_arg(double value);
template <typename Integer, typename = std::enable_if_t<std::is_integral_v<Integer>>>
std::string message_arg(Integer value) {
  return std::to_string(value);
}

/// Message{code, {args...}} with each argument turned to text by message_arg.
template <typename... Args>
Message message(MessageCode code, Args&&... args) {
  return Message{code, {message_arg(std::forward<Args>(args))...}};
}

}  // namespace allcnn
