#pragma once

// Checked conversions for every number read from a file (CSV cells, JSON values). Text is
// parsed with std::from_chars, so the result never depends on the C locale (the GUI runs
// under the user's locale, where strtod would read "0.5" as 0) and nothing is undefined
// behaviour: a value out of range, a fraction where an integer belongs, nan or inf where a
// finite number belongs, and trailing characters are refused with a reason.
// Pure functions without shared state: callable from any thread. No torch, no Qt.

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace allcnn {

/// Whether a floating-point field may hold nan, inf or -inf (a diverged loss may).
enum class NonFinite { Refused, Allowed };

/// Parses the whole of `text` as an integer in [min, max]: "42", "-7", or an exactly integral
/// decimal such as "3.0" or "1e3" (spreadsheets rewrite integers so). No spaces, no '+'.
/// Returns an empty string on success, else why not, quoting the text ("'1e300' is out of
/// range for an integer").
std::string parse_int64(std::string_view text, int64_t& value,
                        int64_t min = std::numeric_limits<int64_t>::min(),
                        int64_t max = std::numeric_limits<int64_t>::max());

/// Parses the whole of `text` as a double ("0.5", "-1e-3", and "nan", "inf", "-inf" when
/// `non_finite` allows them). A magnitude beyond the double range is an error, not infinity.
/// Returns an empty string on success, else why not.
std::string parse_double(std::string_view text, double& value, NonFinite non_finite);

/// A JSON number as an integer in [min, max]: a JSON integer, or a float holding an exactly
/// integral value in range. Anything else (a string, 1e300, 2.5, a negative count) is refused.
/// Returns an empty string on success, else why not.
std::string json_to_int64(const nlohmann::json& number, int64_t& value,
                          int64_t min = std::numeric_limits<int64_t>::min(),
                          int64_t max = std::numeric_limits<int64_t>::max());

/// A double as an integer in [min, max] when it holds an exactly integral value in range.
/// Returns an empty string on success, else why not.
std::string double_to_int64(double number, int64_t& value,
                            int64_t min = std::numeric_limits<int64_t>::min(),
                            int64_t max = std::numeric_limits<int64_t>::max());

/// Where a field of a text file is: the file, the 1-based line and the column's name.
struct TextField {
  const std::string& file;
  int64_t line = 0;
  std::string_view column;
};

/// parse_int64 that throws allcnn::Error(file, "line N, column: why") instead.
int64_t int64_field(std::string_view text, const TextField& at,
                    int64_t min = std::numeric_limits<int64_t>::min(),
                    int64_t max = std::numeric_limits<int64_t>::max());

/// parse_double that throws allcnn::Error(file, "line N, column: why") instead.
double double_field(std::string_view text, const TextField& at,
                    NonFinite non_finite = NonFinite::Allowed);

/// `text` for a message: quoted, at most 40 characters, control characters shown as '?', so a
/// hostile file cannot flood or garble a message.
std::string quoted_excerpt(std::string_view text);

}  // namespace allcnn
