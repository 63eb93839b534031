#include "common/checked_number.h"

#include <charconv>
#include <cmath>
#include <system_error>

#include <nlohmann/json.hpp>

#include "common/error.h"

namespace allcnn {

namespace {

// 2^63: the first double above the int64 range (every double below it that is integral fits).
constexpr double kTwoPow63 = 9223372036854775808.0;

std::string range_text(int64_t min, int64_t max) {
  return "[" + std::to_string(min) + ", " + std::to_string(max) + "]";
}

std::string shortest(double number) {
  char text[32];
  const auto end = std::to_chars(text, text + sizeof text, number).ptr;
  return std::string(text, end);
}

std::string check_range(int64_t v, int64_t min, int64_t max, const std::string& shown,
                        int64_t& value) {
  if (v < min || v > max) return shown + " is outside " + range_text(min, max);
  value = v;
  return {};
}

// check_range for a value read from `text`, which is quoted only when it is out of range: a
// CSV reader parses millions of fields, and a valid one should cost no string.
std::string check_text_range(int64_t v, int64_t min, int64_t max, std::string_view text,
                             int64_t& value) {
  if (v < min || v > max) return quoted_excerpt(text) + " is outside " + range_text(min, max);
  value = v;
  return {};
}

std::string where(const TextField& at) {
  std::string text = at.line > 0 ? "line " + std::to_string(at.line) : std::string();
  if (!at.column.empty()) text += (text.empty() ? "" : ", ") + std::string(at.column);
  return text.empty() ? text : text + ": ";
}

}  // namespace

std::string quoted_excerpt(std::string_view text) {
  constexpr size_t kMax = 40;
  std::string out = "'";
  for (size_t i = 0; i < text.size() && i < kMax; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    out += (c < 0x20 || c == 0x7f) ? '?' : static_cast<char>(c);
  }
  return out + (text.size() > kMax ? "...'" : "'");
}

std::string double_to_int64(double number, int64_t& value, int64_t min, int64_t max) {
  const std::string shown = shortest(number);
  if (!std::isfinite(number)) return shown + " is not a finite number";
  if (number != std::trunc(number)) return shown + " is not a whole number";
  if (number < -kTwoPow63 || number >= kTwoPow63) return shown + " is out of range for an integer";
  return check_range(static_cast<int64_t>(number), min, max, shown, value);
}

std::string parse_int64(std::string_view text, int64_t& value, int64_t min, int64_t max) {
  if (text.empty()) return "an empty field where an integer belongs";
  const char* begin = text.data();
  const char* end = begin + text.size();
  int64_t integer = 0;
  const auto as_integer = std::from_chars(begin, end, integer);
  if (as_integer.ptr == end) {
    if (as_integer.ec == std::errc::result_out_of_range)
      return quoted_excerpt(text) + " is out of range for an integer";
    if (as_integer.ec == std::errc()) return check_text_range(integer, min, max, text, value);
  }
  // Not plain digits: perhaps an integral value spelled as a decimal ("3.0", "1e3").
  double number = 0;
  const auto as_double = std::from_chars(begin, end, number);
  if (as_double.ec == std::errc::result_out_of_range)
    return quoted_excerpt(text) + " is out of range for an integer";
  if (as_double.ec != std::errc()) return quoted_excerpt(text) + " is not a number";
  if (as_double.ptr != end) return quoted_excerpt(text) + " has characters after the number";
  if (!std::isfinite(number)) return quoted_excerpt(text) + " is not a finite number";
  if (number != std::trunc(number)) return quoted_excerpt(text) + " is not a whole number";
  if (number < -kTwoPow63 || number >= kTwoPow63)
    return quoted_excerpt(text) + " is out of range for an integer";
  return check_text_range(static_cast<int64_t>(number), min, max, text, value);
}

std::string parse_double(std::string_view text, double& value, NonFinite non_finite) {
  if (text.empty()) return "an empty field where a number belongs";
  const char* begin = text.data();
  const char* end = begin + text.size();
  double number = 0;
  const auto result = std::from_chars(begin, end, number);
  if (result.ec == std::errc::result_out_of_range)
    return quoted_excerpt(text) + " is out of range for a double";
  if (result.ec != std::errc()) return quoted_excerpt(text) + " is not a number";
  if (result.ptr != end) return quoted_excerpt(text) + " has characters after the number";
  if (non_finite == NonFinite::Refused && !std::isfinite(number))
    return quoted_excerpt(text) + " is not a finite number";
  value = number;
  return {};
}

std::string json_to_int64(const nlohmann::json& number, int64_t& value, int64_t min, int64_t max) {
  if (number.is_number_unsigned()) {
    const auto u = number.get<uint64_t>();
    if (u > static_cast<uint64_t>(max))
      return std::to_string(u) + " is outside " + range_text(min, max);
    return check_range(static_cast<int64_t>(u), min, max, std::to_string(u), value);
  }
  if (number.is_number_integer()) {
    const auto i = number.get<int64_t>();
    return check_range(i, min, max, std::to_string(i), value);
  }
  if (number.is_number_float()) return double_to_int64(number.get<double>(), value, min, max);
  return std::string("a ") + number.type_name() + " where an integer belongs";
}

int64_t int64_field(std::string_view text, const TextField& at, int64_t min, int64_t max) {
  int64_t value = 0;
  const std::string problem = parse_int64(text, value, min, max);
  if (!problem.empty()) throw Error(at.file, where(at) + problem);
  return value;
}

double double_field(std::string_view text, const TextField& at, NonFinite non_finite) {
  double value = 0;
  const std::string problem = parse_double(text, value, non_finite);
  if (!problem.empty()) throw Error(at.file, where(at) + problem);
  return value;
}

}  // namespace allcnn
