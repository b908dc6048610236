// Python value reprs (see pyrepr.h). Re-implemented from CPython's documented repr rules.
#include "fx/pyrepr.h"

#include "python/consts.h"

#include <cmath>
#include <cstdio>

namespace dp::fx {

std::string py_float_repr(double v) { return py::float_repr(v); }

std::string py_int_repr(int64_t v) { return std::to_string(v); }

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
