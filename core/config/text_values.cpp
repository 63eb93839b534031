#include "config/text_values.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

#include "common/error.h"

namespace allcnn::config {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

bool looks_fractional(std::string_view text) {
  return text.find_first_of(".eE") != std::string_view::npos;
}

}  // namespace

bool parse_bool(std::string_view text, const std::string& subject) {
  std::string lower(trim(text));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* yes : {"true", "1", "yes", "on"})
    if (lower == yes) return true;
  for (const char* no : {"false", "0", "no", "off"})
    if (lower == no) return false;
  throw Error(subject, message(MessageCode::NotTrueOrFalse, std::string(text)));
}

int64_t parse_signed(std::string_view text, int64_t min, int64_t max, const std::string& subject) {
  const std::string_view t = trim(text);
  if (t.empty()) throw Error(subject, message(MessageCode::EmptyNotWhole));
  const std::string_view digits = t.front() == '+' ? t.substr(1) : t;
  int64_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error == std::errc::result_out_of_range)
    throw Error(subject, message(MessageCode::TooLarge, std::string(t)));
  if (error != std::errc() || end != digits.data() + digits.size()) {
    if (looks_fractional(t)) throw Error(subject, message(MessageCode::NotWhole, std::string(t)));
    throw Error(subject, message(MessageCode::NotNumber, std::string(t)));
  }
  if (value < min || value > max)
    throw Error(subject, message(value < min ? MessageCode::TooSmall : MessageCode::TooLarge,
                                 std::string(t)));
  return value;
}

uint64_t parse_unsigned(std::string_view text, const std::string& subject) {
  const std::string_view t = trim(text);
  if (t.empty()) throw Error(subject, message(MessageCode::EmptyNotWhole));
  if (t.front() == '-') throw Error(subject, message(MessageCode::Negative, std::string(t)));
  const std::string_view digits = t.front() == '+' ? t.substr(1) : t;
  uint64_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error == std::errc::result_out_of_range)
    throw Error(subject, message(MessageCode::TooLarge, std::string(t)));
  if (error != std::errc() || end != digits.data() + digits.size()) {
    if (looks_fractional(t)) throw Error(subject, message(MessageCode::NotWhole, std::string(t)));
    throw Error(subject, message(MessageCode::NotNumber, std::string(t)));
  }
  return value;
}

double parse_real(std::string_view text, const std::string& subject) {
  const std::string_view t = trim(text);
  if (t.empty()) throw Error(subject, message(MessageCode::EmptyNotNumber));
  std::string digits(t.front() == '+' ? t.substr(1) : t);
  // A decimal comma ("0,5") where no point is written: what a German or French user types.
  if (digits.find('.') == std::string::npos && digits.find(',') == digits.rfind(',') &&
      digits.find(',') != std::string::npos)
    digits[digits.find(',')] = '.';
  double value = 0.0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error == std::errc::result_out_of_range)
    throw Error(subject, message(MessageCode::BeyondDouble, std::string(t)));
  if (error != std::errc() || end != digits.data() + digits.size())
    throw Error(subject, message(MessageCode::NotNumber, std::string(t)));
  if (!std::isfinite(value)) throw Error(subject, message(MessageCode::NotFinite, std::string(t)));
  return value;
}

std::string parse_text(std::string_view text, const std::string& subject) {
  const std::string_view t = trim(text);
  for (char c : t)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      throw Error(subject, message(MessageCode::ControlCharacter));
  return std::string(t);
}

std::vector<std::string> split_list(std::string_view text, const std::string& subject) {
  std::vector<std::string> items;
  const std::string_view t = trim(text);
  if (t.empty()) return items;
  size_t start = 0;
  while (true) {
    const size_t comma = t.find(',', start);
    const std::string_view item = trim(
        t.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (item.empty()) throw Error(subject, message(MessageCode::EmptyItem, std::string(t)));
    items.push_back(parse_text(item, subject));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return items;
}

std::string format_real(double value) {
  std::array<char, 32> text{};
  const auto [end, error] = std::to_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc()) return std::to_string(value);
  return std::string(text.data(), end);
}

std::string join_list(const std::vector<std::string>& items) {
  std::string text;
  for (size_t i = 0; i < items.size(); ++i) text += (i ? "," : "") + items[i];
  return text;
}

}  // namespace allcnn::config
