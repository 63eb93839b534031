#include "decimal_value.h"

#include <charconv>
#include <cmath>

namespace allcnn::ui {

double decimal_value(float v) {
  if (!std::isfinite(v)) return v;
  char text[32];
  // Without a precision, to_chars writes the shortest form that reads back as this float.
  const auto written = std::to_chars(text, text + sizeof text, v);
  double out = v;
  std::from_chars(text, written.ptr, out);
  return out;
}

}  // namespace allcnn::ui
