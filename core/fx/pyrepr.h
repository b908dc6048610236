// Python value reprs needed by FX code generation.
// Mirrors the behaviour of CPython's repr() for float (float_repr_style 'short', format code 'r')
// and int, and str.isidentifier(), as relied upon by torch/fx/graph.py
// (CodeGen._gen_python_code / _get_repr / _format_target). repr(str) is py::str_repr.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dp::fx {

// repr(float): shortest round-trip digits; scientific when exponent < -4 or >= 16
// ("1e-05", "1e+16"), otherwise fixed with at least one fractional digit ("1.0", "0.5").
// inf/nan print as "inf", "-inf", "nan".
std::string py_float_repr(double v);

// repr(int)
std::string py_int_repr(int64_t v);

// repr(str) is py::str_repr (core/python/consts.h), the one implementation.

// str.isidentifier() (ASCII letters/digits/underscore; non-ASCII bytes are accepted as letters).
bool py_isidentifier(std::string_view s);

}  // namespace dp::fx
