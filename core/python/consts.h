// Helpers for compile-time constants (`Const`): identity keys used to deduplicate co_consts
// (mirrors _PyCode_ConstantKey in Objects/codeobject.c), Python's repr() of constants
// (Objects/unicodeobject.c, floatobject.c/pystrtod.c, bytesobject.c, tupleobject.c) and
// frozenset construction with CPython's hash-table iteration order (Objects/setobject.c).
#pragma once
#include <string>
#include <vector>

#include "python/code.h"

namespace dp::py {

// Two constants are the same co_consts entry iff their keys are equal.
std::string const_key(const Const& c);

// Builds a frozenset constant from items (deduplicated, in CPython's iteration order where
// the element hashes are deterministic: ints, bools, floats).
Const make_frozenset(const std::vector<Const>& items);

std::string float_repr(double v);
std::string str_repr(const std::string& utf8);
std::string bytes_repr(const std::string& raw);
std::string code_repr(const CodeObject& co);

}  // namespace dp::py
