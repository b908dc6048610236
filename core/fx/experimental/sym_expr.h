// Symbolic integer expressions for dynamic shapes: the small part of sympy that PyTorch's shape
// environment uses (integers, symbols, sums, products, powers, FloorDiv, Mod, Max, Min and the
// relations Eq/Ne/Lt/Le/Gt/Ge), kept in sympy's canonical form and printed exactly as sympy's
// str() prints it (and as torch/utils/_sympy/functions.py prints FloorDiv / Mod). Mirrors
// torch/utils/_sympy/functions.py and the printers of torch/fx/experimental/symbolic_shapes.py
// (str() for graph annotations and logs, the Python printer for guards). Rules: docs/dynamic-shapes.md.
//
// Expressions are immutable and shared; every constructor returns the canonical (auto-simplified)
// form, as sympy's constructors do: Add(s0, s0) is 2*s0, Mul(2, Add(s0, 1)) is 2*s0 + 2,
// Eq(s0, s0) is true, FloorDiv(2*s0, 2) is s0.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace dp::sym {

struct Node;
using Expr = std::shared_ptr<const Node>;

// ---- construction (canonical forms) ------------------------------------------------------------
Expr Integer(int64_t v);
Expr Symbol(const std::string& name);
// A symbol with sympy's assumptions spelled out: positive=true is PyTorch's size symbol
// (integer=True, positive=True), false a Python-int or unbacked symbol (integer=True only).
// Symbol(name) is positive iff the name starts with 's'. The assumptions decide what sympy can
// simplify (Max(s0, 1) is s0; Eq(s0, 0) is False) and sympy's internal argument order.
Expr Symbol(const std::string& name, bool positive);
Expr True();
Expr False();
Expr Add(const Expr& a, const Expr& b);
Expr Sub(const Expr& a, const Expr& b);
Expr Mul(const Expr& a, const Expr& b);
Expr Neg(const Expr& a);
Expr Pow(const Expr& base, int64_t exp);      // exp >= 0
Expr FloorDiv(const Expr& a, const Expr& b);  // Python's a // b on ints
Expr Mod(const Expr& a, const Expr& b);       // Python's a % b on ints
Expr Max(const Expr& a, const Expr& b);
Expr Min(const Expr& a, const Expr& b);
Expr Eq(const Expr& a, const Expr& b);
Expr Ne(const Expr& a, const Expr& b);
Expr Lt(const Expr& a, const Expr& b);
Expr Le(const Expr& a, const Expr& b);
Expr Gt(const Expr& a, const Expr& b);
Expr Ge(const Expr& a, const Expr& b);
Expr Not(const Expr& rel);  // Not(Eq(a, b)) is Ne(a, b), Not(Lt(a, b)) is Ge(a, b), ...

// ---- inspection ---------------------------------------------------------------------------------
bool is_integer(const Expr& e, int64_t* value = nullptr);
bool is_symbol(const Expr& e, std::string* name = nullptr);
bool is_relation(const Expr& e);                     // Eq/Ne/Lt/Le/Gt/Ge (not yet decided)
bool is_bool(const Expr& e, bool* value = nullptr);  // sympy true / false
// Same canonical expression (structural equality after canonicalization).
bool same(const Expr& a, const Expr& b);
void free_symbols(const Expr& e, std::set<std::string>& out);
// Relations: the two sides and the kind ("Eq", "Ne", "Lt", "Le", "Gt", "Ge").
struct RelationParts {
  std::string kind;
  Expr lhs, rhs;
};
bool relation_parts(const Expr& e, RelationParts* out);
bool symbol_is_positive(const Expr& e);

// ---- printing -----------------------------------------------------------------------------------
// sympy's str(): "2*s77", "s0 + s2", "s0 - 2", "(s77//2)", "Mod(s0, 3)", "Max(2, s0)", "Eq(s77, 3)",
// "Ne(s77, 10)", "s77 <= 30", "s0**2", "True".
std::string str(const Expr& e);
// The Python printer of guards: symbols printed through `name_of` (a source such as
// "L['x'].size()[0]"), `==`/`!=`/`<`/`<=`, "((2*L['z'].size()[0]) % 3) == 0", "L['x'].size()[0] // 2"
// (PythonPrinter prints FloorDiv as `a // b`; `(a//b)` is the str() form).
std::string python_str(const Expr& e, const std::function<std::string(const std::string&)>& name_of);

// ---- evaluation ---------------------------------------------------------------------------------
// Integer value with every symbol replaced by value_of(name); relations give 1 / 0. Python
// semantics for // and % (floor). Throws std::domain_error on division by zero.
int64_t evaluate(const Expr& e, const std::function<int64_t(const std::string&)>& value_of);
// Substitutes symbols (canonicalizing the result).
Expr subs(const Expr& e, const std::map<std::string, Expr>& replacements);

// ---- value ranges (torch/utils/_sympy/value_ranges.py) --------------------------------------------
// Closed integer interval; lo = kNegInf / hi = kPosInf stand for -int_oo / int_oo.
constexpr int64_t kNegInf = INT64_MIN;
constexpr int64_t kPosInf = INT64_MAX;
struct Range {
  int64_t lo = kNegInf, hi = kPosInf;
};
// A sound bound of e given each symbol's range (interval arithmetic); for relations {0,0} (surely
// false), {1,1} (surely true) or {0,1} (unknown).
Range bound(const Expr& e, const std::function<Range(const std::string&)>& range_of);
// "VR[2, int_oo]", "[-int_oo, int_oo]" as PyTorch prints ranges.
std::string range_str(const Range& r, bool with_vr_prefix);

}  // namespace dp::sym
