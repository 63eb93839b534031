#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The text parsers behind Setting::parse(), shared by every front end. Each throws
// allcnn::Error(subject, reason) with the offending text quoted in the reason.
namespace allcnn::config {

/// true/false, 1/0, yes/no, on/off (any case).
bool parse_bool(std::string_view text, const std::string& subject);
/// A whole number in decimal; no fraction, no exponent, no overflow of T.
int64_t parse_signed(std::string_view text, int64_t min, int64_t max, const std::string& subject);
/// As parse_signed, and a minus sign is an error ("must not be negative").
uint64_t parse_unsigned(std::string_view text, const std::string& subject);
/// A finite real number ("0.01", "1e-6"; "0,5" too, for locales that write a decimal comma).
double parse_real(std::string_view text, const std::string& subject);
/// The text without surrounding blanks; control characters are an error.
std::string parse_text(std::string_view text, const std::string& subject);
/// Splits "a, b,c" into trimmed items; "" is no item, an empty item between commas an error.
std::vector<std::string> split_list(std::string_view text, const std::string& subject);

/// The shortest text that reads back as the same double ("0.01", "1e-08").
std::string format_real(double value);
/// "a,b,c".
std::string join_list(const std::vector<std::string>& items);

}  // namespace allcnn::config
