#include "common/message.h"

#include <array>

#include "config/text_values.h"
#include "config/tr.h"

namespace allcnn {
namespace {

struct Entry {
  const char* name;
  const char* text;
};

constexpr std::array kMessages{
#define ALLCNN_MESSAGE(code, text) Entry{#code, text},
#include "common/messages.def"
#undef ALLCNN_MESSAGE
};

const Entry& entry(MessageCode code) {
  const auto index = static_cast<size_t>(code);
  return kMessages[index < kMessages.size() ? index : 0];
}

}  // namespace

const char* message_template(MessageCode code) { return entry(code).text; }

const char* message_name(MessageCode code) { return entry(code).name; }

bool message_code(std::string_view name, MessageCode& code) {
  for (size_t i = 0; i < kMessages.size(); ++i)
    if (name == kMessages[i].name) {
      code = static_cast<MessageCode>(i);
      return true;
    }
  return false;
}

std::string fill_template(std::string_view text, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(text.size() + 16 * args.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '%' || i + 1 == text.size()) {
      out += c;
      continue;
    }
    const char next = text[i + 1];
    if (next == '%') {
      out += '%';
      ++i;
    } else if (next >= '1' && next <= '9') {
      const auto index = static_cast<size_t>(next - '1');
      if (index < args.size()) out += args[index];
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

std::string Reason::english() const {
  const std::string text = message.english();
  return subject.empty() || text.empty() ? text : subject + ": " + text;
}

std::string message_arg(const std::string& value) { return value; }

std::string message_arg(const char* value) { return value == nullptr ? std::string() : value; }

std::string message_arg(double value) { return config::format_real(value); }

}  // namespace allcnn
