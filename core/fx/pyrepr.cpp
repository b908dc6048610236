// Python value reprs (see pyrepr.h). Re-implemented from CPython's documented repr rules.
#include "fx/pyrepr.h"

#include "python/consts.h"

#include <cmath>
#include <cstdio>

namespace dp::fx {

std::string py_float_repr(double v) { return py::float_repr(v); }

std::string py_int_repr(int64_t v) { return std::to_string(v); }

std::string py_str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out += quote;
  for (unsigned char c : s) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == static_cast<unsigned char>(quote)) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char b[8];
      std::snprintf(b, sizeof(b), "\\x%02x", c);
      out += b;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

bool py_isidentifier(std::string_view s) {
  if (s.empty()) return false;
  auto is_start = [](unsigned char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  };
  if (!is_start(static_cast<unsigned char>(s[0]))) return false;
  for (unsigned char c : s)
    if (!(is_start(c) || (c >= '0' && c <= '9'))) return false;
  return true;
}

}  // namespace dp::fx
