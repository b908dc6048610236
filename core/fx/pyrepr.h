// Python value reprs needed by FX code generation.
// Mirrors the behaviour of CPython's repr() for float (float_repr_style 'short', format code 'r')
// and str (quote selection and escaping), and str.isidentifier(), as relied upon by
// torch/fx/graph.py (CodeGen._gen_python_code / _get_repr / _format_target).
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

// repr(str): single quotes unless the text contains ' and no ", escapes \\, the chosen quote,
// \n \r \t and other control characters (\xNN). Non-ASCII UTF-8 is passed through.
std::string py_str_repr(std::string_view s);

// str.isidentifier() (ASCII letters/digits/underscore; non-ASCII bytes are accepted as letters).
bool py_isidentifier(std::string_view s);

}  // namespace dp::fx
