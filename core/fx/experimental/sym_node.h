// Internals of the symbolic integer algebra shared by sym_expr.cpp (construction, evaluation),
// sym_assume.cpp (the model of sympy's assumptions) and sym_print.cpp (sort keys and printers).
// Not part of the interface (fx/experimental/sym_expr.h). Rules: docs/dynamic-shapes-symbols.md.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "fx/experimental/sym_expr.h"

namespace dp::sym {

enum class K : uint8_t {
  Int,
  Sym,
  Add,
  Mul,
  Pow,
  FloorDiv,
  Mod,
  PythonMod,
  Max,
  Min,
  Eq,
  Ne,
  Lt,
  Le,
  Gt,
  Ge,
  True,
  False
};

struct Node {
  K k;
  int64_t v = 0;                 // Int: the value; Pow: the exponent (>= 2)
  bool positive = false;         // Sym: sympy's positive=True assumption (sizes)
  std::string name;              // Sym
  std::vector<Expr> args;        // Add/Mul: coefficient first (if any) then terms/factors in sympy's
                                 // internal order (Basic.compare); Pow: {base}; others: their operands
  mutable bool assumed = false;  // cache of the sympy-assumption facts (see `assume`)
  mutable int8_t facts[7] = {};
};

namespace detail {

Expr make(K k, std::vector<Expr> args, int64_t v = 0);
inline bool is_int(const Expr& e) { return e->k == K::Int; }
inline bool is_rel_kind(K k) { return k >= K::Eq && k <= K::Ge; }

// checked int64 arithmetic with Python's // and % (throw overflow_error / domain_error)
int64_t checked_add(int64_t a, int64_t b);
int64_t checked_mul(int64_t a, int64_t b);
int64_t py_floordiv(int64_t a, int64_t b);
int64_t py_mod(int64_t a, int64_t b);
int64_t ipow(int64_t b, int64_t e);

// sympy's Basic.compare (internal argument order)
int cmp_basic(const Expr& a, const Expr& b);
struct BasicLess {
  bool operator()(const Expr& a, const Expr& b) const { return cmp_basic(a, b) < 0; }
};

// pieces of sums and products
std::pair<int64_t, Expr> as_coeff_mul(const Expr& e);  // 2*s0*s1 -> (2, s0*s1)
std::pair<Expr, int64_t> base_exp(const Expr& f);      // s0**2 -> (s0, 2)
std::vector<Expr> mul_factors(const Expr& e);          // Mul.make_args without the coefficient
std::vector<Expr> add_terms(const Expr& e);            // Add.make_args
Expr mul_from_factors(int64_t c, std::vector<Expr> factors);
bool divides(const Expr& p, const Expr& q);  // (p / q).is_integer for a monomial q
Expr divide_terms(const Expr& p, const Expr& g);

// sympy's assumptions (sym_assume.cpp)
using Tri = int8_t;  // -1 unknown, 0 false, 1 true
struct Assume {
  Tri pos = -1, neg = -1, nonneg = -1, nonpos = -1, zero = -1, even = -1, odd = -1;
};
Assume assume(const Expr& e);
bool known_nonneg(const Expr& e);
bool known_pos(const Expr& e);
int parity(const Expr& e);  // 0 even, 1 odd, -1 unknown
bool ratio_positive(const Expr& p, const Expr& q);

// value-range interval arithmetic, saturating at kNegInf / kPosInf
int64_t sat_add(int64_t a, int64_t b);
int64_t sat_mul(int64_t a, int64_t b);
Range range_add(Range a, Range b);
Range range_mul(Range a, Range b);
Range range_pow(Range a, int64_t e);

// sympy's sort keys (sym_print.cpp)
void sort_ordered(std::vector<Expr>& v);  // sympy.ordered: node count, then default_sort_key

}  // namespace detail
}  // namespace dp::sym
