// Python's text forms of numbers: float repr (Python/pystrtod.c's shortest round-trip repr, from
// core/python/consts.cpp) and int str. repr(str) and repr(bytes) are py::str_repr/py::bytes_repr.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "python/consts.h"
#include "runtime/interp.h"

namespace dp::rt {

std::string int_to_str(int64_t v) { return std::to_string(v); }

std::string float_repr(double d) { return py::float_repr(d); }

}  // namespace dp::rt
