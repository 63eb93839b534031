#include "runs/long_csv.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>

#include "common/checked_number.h"
#include "common/error.h"

namespace allcnn::runs {

namespace {

constexpr const char* kHeader = "run,metric,step,epoch,wall_time,value";

std::string quoted(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string shortest(double v) {
  if (std::isnan(v)) return {};
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
  return std::string(buffer, result.ptr);
}

// Splits one CSV record with RFC 4180 quoting (no embedded newlines: run names are one line).
std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out(1);
  bool in_quotes = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        out.back() += c;
      }
    } else if (c == '"') {
      in_quotes = true;
    } else if (c == ',') {
      out.emplace_back();
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  if (in_quotes) throw std::invalid_argument("unterminated quote");
  return out;
}

// An empty cell is an unknown value (NaN), as write_long_csv writes one.
double number_or_nan(const std::string& s, const TextField& at) {
  if (s.empty()) return std::numeric_limits<double>::quiet_NaN();
  return double_field(s, at, NonFinite::Allowed);
}

}  // namespace

std::string write_long_csv(const std::vector<LongRow>& rows) {
  std::string out = std::string(kHeader) + "\n";
  for (const auto& r : rows) {
    out += quoted(r.run) + ',' + quoted(r.metric) + ',' +
           (r.step < 0 ? "" : std::to_string(r.step)) + ',' + shortest(r.epoch) + ',' +
           shortest(r.wall_time_s) + ',' + shortest(r.value) + '\n';
  }
  return out;
}

std::vector<LongRow> read_long_csv(const std::string& text, const std::string& source) {
  std::istringstream lines(text);
  std::string line;
  std::getline(lines, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line != kHeader) throw Error(source, "unexpected header " + quoted_excerpt(line));
  std::vector<LongRow> rows;
  int64_t line_number = 1;
  while (std::getline(lines, line)) {
    ++line_number;
    if (line.empty() || line == "\r") continue;
    std::vector<std::string> f;
    try {
      f = split(line);
    } catch (const std::invalid_argument& e) {
      throw Error(source, "line " + std::to_string(line_number) + ": " + e.what());
    }
    if (f.size() != 6)
      throw Error(source, "line " + std::to_string(line_number) + " has " +
                              std::to_string(f.size()) + " fields, expected 6");
    LongRow r;
    r.run = f[0];
    r.metric = f[1];
    r.step = f[2].empty() ? -1 : int64_field(f[2], TextField{source, line_number, "step"}, 0);
    r.epoch = number_or_nan(f[3], TextField{source, line_number, "epoch"});
    r.wall_time_s = number_or_nan(f[4], TextField{source, line_number, "wall_time"});
    r.value = number_or_nan(f[5], TextField{source, line_number, "value"});
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace allcnn::runs
