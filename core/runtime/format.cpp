// Python's text forms of numbers and strings: float repr (Python/pystrtod.c's shortest
// round-trip repr), int str, and str repr with CPython's quote choice (Objects/unicodeobject.c).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "python/consts.h"
#include "runtime/interp.h"

namespace dp::rt {

std::string int_to_str(int64_t v) { return std::to_string(v); }

std::string float_repr(double d) { return py::float_repr(d); }

std::string str_repr(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char q = (has_single && !has_double) ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == static_cast<unsigned char>(q) || c == '\\') {
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
      std::snprintf(b, sizeof b, "\\x%02x", c);
      out += b;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += q;
  return out;
}

}  // namespace dp::rt
