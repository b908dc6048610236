// The symbolic integer algebra of dynamic shapes: sympy's automatic canonicalization of Add, Mul
// and Pow on integers, PyTorch's FloorDiv / Mod / PythonMod / Max / Min (their `eval` rules), the
// relations, sympy's str() printer and PyTorch's Python guard printer. Mirrors
// sympy/core/{add,mul,power,relational}.py, sympy/printing/str.py,
// torch/utils/_sympy/functions.py and torch/utils/_sympy/printers.py. The rules implemented here,
// and where they deliberately stop short of sympy, are written down in
// docs/dynamic-shapes-symbols.md (§1 canonical forms, §2 printing, §3 ranges).
#include "fx/experimental/sym_expr.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace dp::sym {

enum class K : uint8_t {
  Int, Sym, Add, Mul, Pow, FloorDiv, Mod, PythonMod, Max, Min, Eq, Ne, Lt, Le, Gt, Ge, True, False
};

struct Node {
  K k;
  int64_t v = 0;          // Int: the value; Pow: the exponent (>= 2)
  bool positive = false;  // Sym: sympy's positive=True assumption (sizes)
  std::string name;       // Sym
  std::vector<Expr> args; // Add/Mul: coefficient first (if any) then terms/factors in sympy's
                          // internal order (Basic.compare); Pow: {base}; others: their operands
  mutable bool assumed = false;   // cache of the sympy-assumption facts (see `assume`)
  mutable int8_t facts[7] = {};
};

namespace {

Expr make(K k, std::vector<Expr> args, int64_t v = 0) {
  auto n = std::make_shared<Node>();
  n->k = k;
  n->args = std::move(args);
  n->v = v;
  return n;
}

bool is_int(const Expr& e) { return e->k == K::Int; }
bool is_rel_kind(K k) { return k >= K::Eq && k <= K::Ge; }

// ---- checked int64 arithmetic ---------------------------------------------------------------------
int64_t checked_add(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) throw std::overflow_error("symbolic integer overflow");
  return r;
}
int64_t checked_mul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) throw std::overflow_error("symbolic integer overflow");
  return r;
}
int64_t py_floordiv(int64_t a, int64_t b) {
  if (b == 0) throw std::domain_error("division by zero");
  if (a == INT64_MIN && b == -1) throw std::overflow_error("symbolic integer overflow");
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
int64_t py_mod(int64_t a, int64_t b) {
  if (b == 0) throw std::domain_error("integer modulo by zero");
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}
int64_t ipow(int64_t b, int64_t e) {
  int64_t r = 1;
  for (int64_t i = 0; i < e; ++i) r = checked_mul(r, b);
  return r;
}

// ---- Basic.compare: sympy's internal argument order ---------------------------------------------
// Classes ranked by sympy/core/core.py `ordering_of_classes`; classes missing from it (PyTorch's
// FloorDiv, Mod, PythonMod, Max, Min) rank after all listed ones, by name.
int class_rank(const Expr& e, std::string* name) {
  switch (e->k) {
    case K::Int: return e->v == 0 ? 0 : e->v == 1 ? 1 : e->v == -1 ? 5 : 7;
    case K::Sym: return 13;
    case K::Pow: return 16;
    case K::Mul: return 17;
    case K::Add: return 18;
    case K::Eq: return 60;
    case K::Ne: return 61;
    case K::Gt: return 62;
    case K::Lt: return 63;
    case K::Ge: return 64;
    case K::Le: return 65;
    case K::True: case K::False: *name = e->k == K::True ? "BooleanTrue" : "BooleanFalse"; return 100;
    case K::FloorDiv: *name = "FloorDiv"; return 100;
    case K::Mod: *name = "Mod"; return 100;
    case K::PythonMod: *name = "PythonMod"; return 100;
    case K::Max: *name = "Max"; return 100;
    case K::Min: *name = "Min"; return 100;
  }
  return 100;
}

int cmp_basic(const Expr& a, const Expr& b) {
  if (a == b) return 0;
  std::string na, nb;
  int ra = class_rank(a, &na), rb = class_rank(b, &nb);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (na != nb) return na < nb ? -1 : 1;
  switch (a->k) {
    case K::Int: return a->v < b->v ? -1 : a->v > b->v ? 1 : 0;
    case K::Sym:
      // _hashable_content is (name, *assumptions): a positive symbol carries more assumptions.
      if (a->positive != b->positive) return a->positive ? 1 : -1;
      return a->name < b->name ? -1 : a->name > b->name ? 1 : 0;
    case K::Pow: {
      int c = cmp_basic(a->args[0], b->args[0]);
      if (c) return c;
      return a->v < b->v ? -1 : a->v > b->v ? 1 : 0;
    }
    case K::True: case K::False: return 0;
    default: {
      if (a->args.size() != b->args.size()) return a->args.size() < b->args.size() ? -1 : 1;
      for (size_t i = 0; i < a->args.size(); ++i) {
        int c = cmp_basic(a->args[i], b->args[i]);
        if (c) return c;
      }
      return 0;
    }
  }
}

struct BasicLess {
  bool operator()(const Expr& a, const Expr& b) const { return cmp_basic(a, b) < 0; }
};

// ---- pieces of Add / Mul --------------------------------------------------------------------------
// as_coeff_Mul: 2*s0*s1 -> (2, s0*s1); s0 -> (1, s0).
Expr mul_from_factors(int64_t c, std::vector<Expr> factors);
std::pair<int64_t, Expr> as_coeff_mul(const Expr& e) {
  if (e->k == K::Int) return {e->v, Integer(1)};
  if (e->k == K::Mul && is_int(e->args[0])) {
    std::vector<Expr> rest(e->args.begin() + 1, e->args.end());
    if (rest.size() == 1) return {e->args[0]->v, rest[0]};
    return {e->args[0]->v, make(K::Mul, std::move(rest))};
  }
  return {1, e};
}

// (base, exponent) of a factor.
std::pair<Expr, int64_t> base_exp(const Expr& f) {
  if (f->k == K::Pow) return {f->args[0], f->v};
  return {f, 1};
}

// Mul.make_args without the coefficient.
std::vector<Expr> mul_factors(const Expr& e) {
  if (e->k == K::Mul) {
    std::vector<Expr> out;
    for (const auto& a : e->args)
      if (!is_int(a)) out.push_back(a);
    return out;
  }
  if (e->k == K::Int) return {};
  return {e};
}

std::vector<Expr> add_terms(const Expr& e) {
  if (e->k == K::Add) return e->args;
  return {e};
}

// Builds c * prod(factors) from factors that are already canonical, distinct bases (no numbers).
Expr mul_from_factors(int64_t c, std::vector<Expr> factors) {
  if (c == 0) return Integer(0);
  if (factors.empty()) return Integer(c);
  std::sort(factors.begin(), factors.end(), BasicLess());
  if (c == 1 && factors.size() == 1) return factors[0];
  // sympy's two-argument rule: a number times a sum is distributed (2*(s0 + 1) -> 2*s0 + 2).
  if (c != 1 && factors.size() == 1 && factors[0]->k == K::Add) {
    Expr out = Integer(0);
    for (const auto& t : factors[0]->args) out = Add(out, Mul(Integer(c), t));
    return out;
  }
  std::vector<Expr> args;
  if (c != 1) args.push_back(Integer(c));
  for (auto& f : factors) args.push_back(std::move(f));
  return make(K::Mul, std::move(args));
}

// ---- sympy's assumptions on integer expressions --------------------------------------------------
// What sympy's assumption system answers (is_positive, is_nonnegative, ..., is_even) for integer
// symbols with (sizes) or without (ints, u*) positive=True: sign rules of Mul/Pow, the term loop
// and the `_monotonic_sign` shortcut of Add, composite detection, parity. Deliberately as weak as
// sympy (s0 + s1 - 2 >= 0 is undecided); sympy's univariate-polynomial analysis is not modelled
// (docs/dynamic-shapes-symbols.md §1.6). Used to decide relations, Max/Min against 0/1, Mod vs
// PythonMod and Mod's `p < q` rule.
using Tri = int8_t;  // -1 unknown, 0 false, 1 true
int64_t sat_add(int64_t a, int64_t b);
struct Assume {
  Tri pos = -1, neg = -1, nonneg = -1, nonpos = -1, zero = -1, even = -1, odd = -1;
};

void close(Assume& a) {
  for (int it = 0; it < 4; ++it) {
    if (a.pos == 1) { a.nonneg = 1; a.neg = 0; a.nonpos = 0; a.zero = 0; }
    if (a.neg == 1) { a.nonpos = 1; a.pos = 0; a.nonneg = 0; a.zero = 0; }
    if (a.zero == 1) { a.nonneg = 1; a.nonpos = 1; a.pos = 0; a.neg = 0; a.even = 1; }
    if (a.nonneg == 0) a.neg = 1;
    if (a.nonpos == 0) a.pos = 1;
    if (a.pos == 0) a.nonpos = 1;
    if (a.neg == 0) a.nonneg = 1;
    if (a.nonneg == 1 && a.nonpos == 1) a.zero = 1;
    if (a.nonneg == 1 && a.zero == 0) a.pos = 1;
    if (a.nonpos == 1 && a.zero == 0) a.neg = 1;
    if (a.odd == 1) { a.zero = 0; a.even = 0; }
    if (a.even == 1) a.odd = 0;
    if (a.even == 0) a.odd = 1;
    if (a.odd == 0) a.even = 1;
  }
}

Assume assume(const Expr& e);
bool composite(const Expr& e);
bool pos_of(const Expr& e) { return assume(e).pos == 1; }

// sympy.core.exprtools._monotonic_sign: the value nearest zero an expression can take, given
// its sign (2 for an even, 4 / 9 for a composite, 1 / -1 otherwise, 0 for non-strict signs), or
// for a polynomial in one positive symbol its value at 1 when the polynomial is monotonic there
// (NNEG / NPOS: a nonnegative / nonpositive unknown, sympy's Dummy). Multivariate sums: unknown.
struct MSign {
  enum Kind : uint8_t { NONE, EXACT, NNEG, NPOS } kind = NONE;
  int64_t v = 0;
};
MSign univariate(const Expr& e);
MSign monotonic_sign(const Expr& e) {
  if (e->k == K::Add) return univariate(e);
  Assume a = assume(e);
  if (composite(e)) return {MSign::EXACT, a.odd == 1 ? 9 : 4};
  if (a.pos == 1) {
    if (a.even == 1) return {MSign::EXACT, e->k == K::Pow ? 4 : 2};  // a power is never prime
    return {MSign::EXACT, 1};
  }
  if (a.neg == 1) return {MSign::EXACT, a.even == 1 ? -2 : -1};
  if (a.zero == 1 || a.nonpos == 1 || a.nonneg == 1) return {MSign::EXACT, 0};
  return {};
}
// sign facts of c + v
bool msign_pos(const MSign& m, int64_t c) { return m.kind == MSign::EXACT ? sat_add(m.v, c) > 0 : m.kind == MSign::NNEG && c > 0; }
bool msign_neg(const MSign& m, int64_t c) { return m.kind == MSign::EXACT ? sat_add(m.v, c) < 0 : m.kind == MSign::NPOS && c < 0; }
bool msign_nonneg(const MSign& m, int64_t c) { return m.kind == MSign::EXACT ? sat_add(m.v, c) >= 0 : m.kind == MSign::NNEG && c >= 0; }
bool msign_nonpos(const MSign& m, int64_t c) { return m.kind == MSign::EXACT ? sat_add(m.v, c) <= 0 : m.kind == MSign::NPOS && c <= 0; }

// Mul._eval_is_composite / Pow._eval_is_composite
bool composite(const Expr& e) {
  if (e->k == K::Mul) {
    int big = 0;
    for (const auto& f : e->args) {
      if (!pos_of(f)) return false;
      if (pos_of(Sub(f, Integer(1)))) ++big;
    }
    return big > 1;
  }
  if (e->k == K::Pow) {
    const Expr& b = e->args[0];
    if (pos_of(Sub(b, Integer(1)))) return true;
    if (e->v % 2 == 0 && assume(Add(b, Integer(1))).neg == 1) return true;
  }
  return false;
}

Tri fuzzy_and(const std::vector<Tri>& v) {
  Tri r = 1;
  for (Tri t : v) {
    if (t == 0) return 0;
    if (t < 0) r = -1;
  }
  return r;
}
Tri fuzzy_or(const std::vector<Tri>& v) {
  Tri r = 0;
  for (Tri t : v) {
    if (t == 1) return 1;
    if (t < 0) r = -1;
  }
  return r;
}
Tri torf(const std::vector<Tri>& v) {  // True if all True, False if all False
  bool all_t = true, all_f = true;
  for (Tri t : v) { all_t = all_t && t == 1; all_f = all_f && t == 0; }
  return all_t ? 1 : all_f ? 0 : -1;
}

// Mul._eval_pos_neg(sign)
Tri mul_pos_neg(const std::vector<Assume>& fs, int sign) {
  bool saw_non = false;
  for (const auto& t : fs) {
    if (t.pos == 1) continue;
    if (t.neg == 1) { sign = -sign; continue; }
    if (t.zero == 1) return 0;
    if (t.nonpos == 1) { sign = -sign; saw_non = true; continue; }
    if (t.nonneg == 1) { saw_non = true; continue; }
    return -1;
  }
  if (sign == 1 && !saw_non) return 1;
  if (sign < 0) return 0;
  return -1;
}

// Coefficients of e as a polynomial in the one symbol x (false if e is not a polynomial).
bool poly_coeffs(const Expr& e, const std::string& x, std::vector<int64_t>* out) {
  switch (e->k) {
    case K::Int: *out = {e->v}; return true;
    case K::Sym: if (e->name != x) return false; *out = {0, 1}; return true;
    case K::Add: case K::Mul: {
      std::vector<int64_t> acc = {e->k == K::Add ? 0 : 1};
      for (const auto& a : e->args) {
        std::vector<int64_t> c;
        if (!poly_coeffs(a, x, &c)) return false;
        if (e->k == K::Add) {
          if (c.size() > acc.size()) acc.resize(c.size(), 0);
          for (size_t i = 0; i < c.size(); ++i) acc[i] = checked_add(acc[i], c[i]);
        } else {
          std::vector<int64_t> r(acc.size() + c.size() - 1, 0);
          for (size_t i = 0; i < acc.size(); ++i)
            for (size_t j = 0; j < c.size(); ++j) r[i + j] = checked_add(r[i + j], checked_mul(acc[i], c[j]));
          acc = std::move(r);
        }
      }
      *out = std::move(acc);
      return true;
    }
    case K::Pow: {
      std::vector<int64_t> b;
      if (!poly_coeffs(e->args[0], x, &b)) return false;
      std::vector<int64_t> acc = {1};
      for (int64_t k = 0; k < e->v; ++k) {
        std::vector<int64_t> r(acc.size() + b.size() - 1, 0);
        for (size_t i = 0; i < acc.size(); ++i)
          for (size_t j = 0; j < b.size(); ++j) r[i + j] = checked_add(r[i + j], checked_mul(acc[i], b[j]));
        acc = std::move(r);
      }
      *out = std::move(acc);
      return true;
    }
    default: return false;
  }
}

// _monotonic_sign's univariate-polynomial branch for a polynomial in one positive symbol x: if
// every real root of the derivative d is <= 1 (modelled: d(x + 1) has no sign change, Descartes)
// and d is positive (negative) by the assumptions, the value y at x = 1 bounds it from below
// (above) when y has that sign.
MSign univariate(const Expr& e) {
  std::set<std::string> fs;
  free_symbols(e, fs);
  if (fs.size() != 1) return {};
  std::function<const Node*(const Expr&)> find = [&](const Expr& x) -> const Node* {
    if (x->k == K::Sym) return x.get();
    for (const auto& a : x->args)
      if (auto n = find(a)) return n;
    return nullptr;
  };
  const Node* sym = find(e);
  if (!sym->positive) return {};
  std::vector<int64_t> c;
  try {
    if (!poly_coeffs(e, sym->name, &c)) return {};
    while (c.size() > 1 && c.back() == 0) c.pop_back();
    if (c.size() < 2) return {};
    int64_t y = 0;
    for (int64_t ci : c) y = checked_add(y, ci);
    std::vector<int64_t> d;  // derivative coefficients
    for (size_t i = 1; i < c.size(); ++i) d.push_back(checked_mul(c[i], (int64_t)i));
    bool dpos, dneg;
    if (d.size() == 1) {
      dpos = d[0] > 0;
      dneg = d[0] < 0;
    } else {
      // d(x + 1) by repeated synthetic shifts; roots > 1 are excluded if it has no sign change
      std::vector<int64_t> sh = d;
      for (size_t i = 0; i + 1 < sh.size(); ++i)
        for (size_t j = sh.size() - 1; j > i; --j) sh[j - 1] = checked_add(sh[j - 1], sh[j]);
      int sign = 0;
      for (int64_t v : sh) {
        int sv = v > 0 ? 1 : v < 0 ? -1 : 0;
        if (sv && sign && sv != sign) return {};
        if (sv) sign = sv;
      }
      Expr x = Symbol(sym->name, true), dx = Integer(0);
      for (size_t i = 0; i < d.size(); ++i) dx = Add(dx, Mul(Integer(d[i]), Pow(x, (int64_t)i)));
      Assume da = assume(dx);
      dpos = da.pos == 1;
      dneg = da.neg == 1;
    }
    if (y >= 0 && dpos) return y > 0 ? MSign{MSign::EXACT, y} : MSign{MSign::NNEG, 0};
    if (y <= 0 && dneg) return y < 0 ? MSign{MSign::EXACT, y} : MSign{MSign::NPOS, 0};
  } catch (const std::overflow_error&) {
  }
  return {};
}

Assume assume_add(const Expr& e) {
  Assume r;
  std::vector<Assume> as;
  for (const auto& t : e->args) as.push_back(assume(t));
  // the term loops of Add._eval_is_extended_positive / _negative
  {
    bool pos = false, nonneg = false, nonpos = false, unknown = false;
    for (const auto& a : as) {
      if (a.pos == 1) pos = true;
      else if (a.nonneg == 1) nonneg = true;
      else if (a.nonpos == 1) nonpos = true;
      else unknown = true;
    }
    if (!unknown) {
      if (!nonpos && pos) r.pos = 1;
      else if (!pos && !nonneg) r.pos = 0;
    }
  }
  {
    bool neg = false, nonpos = false, nonneg = false, unknown = false;
    for (const auto& a : as) {
      if (a.neg == 1) neg = true;
      else if (a.nonpos == 1) nonpos = true;
      else if (a.nonneg == 1) nonneg = true;
      else unknown = true;
    }
    if (!unknown) {
      if (!nonneg && neg) r.neg = 1;
      else if (!neg && !nonpos) r.neg = 0;
    }
  }
  // the _monotonic_sign shortcut for `c + a`, then (one free symbol) _monotonic_sign of the whole
  // sum (its univariate-polynomial analysis).
  if (is_int(e->args[0])) {
    int64_t c = e->args[0]->v;
    std::vector<Expr> rest(e->args.begin() + 1, e->args.end());
    Expr a = rest.size() == 1 ? rest[0] : make(K::Add, rest);
    Assume aa = rest.size() == 1 ? as[1] : assume_add(a);
    MSign v = monotonic_sign(a);
    if (v.kind != MSign::NONE) {
      MSign u = univariate(e);  // sympy tries it only after the first test fails; same result
      if ((msign_pos(v, c) && aa.nonneg == 1) || msign_pos(u, 0)) r.pos = 1;
      if ((msign_neg(v, c) && aa.nonpos == 1) || msign_neg(u, 0)) r.neg = 1;
      if (aa.nonneg == 1 && (msign_nonneg(v, c) || msign_nonneg(u, 0))) r.nonneg = 1;
      if (aa.nonpos == 1 && (msign_nonpos(v, c) || msign_nonpos(u, 0))) r.nonpos = 1;
    }
  }
  int par = 0;
  for (const auto& a : as) {
    if (a.even == 1) continue;
    if (a.odd == 1) par ^= 1;
    else { par = -1; break; }
  }
  if (par == 0) r.even = 1;
  if (par == 1) r.odd = 1;
  close(r);
  return r;
}

Assume assume_uncached(const Expr& e);
Assume assume(const Expr& e) {
  if (e->assumed) {
    const int8_t* f = e->facts;
    return Assume{f[0], f[1], f[2], f[3], f[4], f[5], f[6]};
  }
  Assume r = assume_uncached(e);
  int8_t* f = e->facts;
  f[0] = r.pos; f[1] = r.neg; f[2] = r.nonneg; f[3] = r.nonpos; f[4] = r.zero; f[5] = r.even; f[6] = r.odd;
  e->assumed = true;
  return r;
}

Assume assume_uncached(const Expr& e) {
  Assume r;
  switch (e->k) {
    case K::Int:
      r.pos = e->v > 0; r.neg = e->v < 0; r.zero = e->v == 0;
      r.even = e->v % 2 == 0;
      break;
    case K::Sym:
      if (e->positive) r.pos = 1;
      break;
    case K::Add: return assume_add(e);
    case K::Mul: {
      std::vector<Assume> fs;
      for (const auto& f : e->args) fs.push_back(assume(f));
      r.pos = mul_pos_neg(fs, 1);
      r.neg = mul_pos_neg(fs, -1);
      bool all_nonzero = true, any_even = false;
      for (const auto& f : fs) {
        if (f.zero != 0) all_nonzero = false;
        if (f.even == 1) any_even = true;
      }
      if (all_nonzero) r.zero = 0;
      if (any_even) {
        r.even = 1;
        break;
      }
      // Mul._eval_is_odd: odd if every factor is; two neighbouring factors (internal order) whose
      // sum is odd make the product even (s0*(s0 + 1))
      Tri odd = 1;
      Expr acc;
      for (size_t i = 0; i < e->args.size(); ++i) {
        const Expr& t = e->args[i];
        if (is_int(t) && (t->v == 1 || t->v == -1)) continue;
        if (odd == 0) {
        } else if (acc && assume(Add(acc, t)).odd == 1) {
          odd = 0;
        } else if (fs[i].even < 0) {
          odd = -1;
        }
        acc = t;
      }
      if (odd == 1) r.odd = 1;
      if (odd == 0) r.even = 1;
      break;
    }
    case K::Pow: {
      Assume b = assume(e->args[0]);
      if (b.pos == 1) r.pos = 1;
      if (e->v % 2 == 0) {
        if (b.zero == 0) r.pos = 1;
        else r.nonneg = 1;
      } else {
        r.neg = b.neg; r.nonneg = b.nonneg; r.nonpos = b.nonpos;
        if (b.pos >= 0 && r.pos < 0) r.pos = b.pos;
      }
      if (b.zero == 0) r.zero = 0;
      r.even = b.even; r.odd = b.odd;
      break;
    }
    case K::Mod: r.nonneg = 1; break;  // PyTorch's Mod: is_nonnegative = True
    case K::PythonMod: {
      Assume q = assume(e->args[1]);
      if (q.pos == 1) r.nonneg = 1;
      if (q.neg == 1) r.nonpos = 1;
      break;
    }
    case K::Max: case K::Min: {
      std::vector<Tri> pos, nonneg, neg, nonpos, even, odd;
      for (const auto& x : e->args) {
        Assume a = assume(x);
        pos.push_back(a.pos); nonneg.push_back(a.nonneg); neg.push_back(a.neg);
        nonpos.push_back(a.nonpos); even.push_back(a.even); odd.push_back(a.odd);
      }
      if (e->k == K::Max) {
        r.pos = fuzzy_or(pos); r.nonneg = fuzzy_or(nonneg); r.neg = fuzzy_and(neg);
      } else {
        r.pos = fuzzy_and(pos); r.nonneg = fuzzy_and(nonneg); r.neg = fuzzy_or(neg);
      }
      r.nonpos = torf(nonpos);
      r.even = torf(even);
      r.odd = torf(odd);
      break;
    }
    default: break;  // FloorDiv: sympy knows only that it is an integer
  }
  close(r);
  return r;
}

bool known_nonneg(const Expr& e) { return assume(e).nonneg == 1; }

// (p / q).is_positive as sympy answers it: for an integer q the quotient of a sum is a sum with
// rational coefficients, where only the term loop of Add applies.
bool ratio_positive(const Expr& p, const Expr& q) {
  if (p->k == K::Add && is_int(q)) {
    if (q->v == -1) return assume(Neg(p)).pos == 1;
    bool want_pos = q->v > 0, strict = false;
    for (const auto& t : p->args) {
      Assume a = assume(t);
      if ((want_pos ? a.pos : a.neg) == 1) strict = true;
      else if ((want_pos ? a.nonneg : a.nonpos) != 1) return false;
    }
    return strict;
  }
  return mul_pos_neg({assume(p), assume(q)}, 1) == 1;
}
bool known_pos(const Expr& e) { return assume(e).pos == 1; }
int parity(const Expr& e) {
  Assume a = assume(e);
  return a.even == 1 ? 0 : a.odd == 1 ? 1 : -1;
}

// Value-range interval arithmetic (ValueRanges) for bound().
int64_t sat_add(int64_t a, int64_t b) {
  if (a == kNegInf || b == kNegInf) return (a == kPosInf || b == kPosInf) ? 0 : kNegInf;
  if (a == kPosInf || b == kPosInf) return kPosInf;
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) return a > 0 ? kPosInf : kNegInf;
  if (r == kNegInf) return kNegInf;
  return r;
}
int64_t sat_mul(int64_t a, int64_t b) {
  if (a == 0 || b == 0) return 0;
  bool inf = a == kNegInf || a == kPosInf || b == kNegInf || b == kPosInf;
  bool neg = (a < 0) != (b < 0);
  if (inf) return neg ? kNegInf : kPosInf;
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r) || r == kNegInf) return neg ? kNegInf : kPosInf;
  return r;
}
Range range_add(Range a, Range b) { return {sat_add(a.lo, b.lo), sat_add(a.hi, b.hi)}; }
Range range_mul(Range a, Range b) {
  int64_t c[4] = {sat_mul(a.lo, b.lo), sat_mul(a.lo, b.hi), sat_mul(a.hi, b.lo), sat_mul(a.hi, b.hi)};
  return {*std::min_element(c, c + 4), *std::max_element(c, c + 4)};
}
Range range_pow(Range a, int64_t e) {
  Range r{1, 1};
  for (int64_t i = 0; i < e; ++i) r = range_mul(r, a);
  if (e % 2 == 0 && r.lo < 0) r.lo = 0;
  return r;
}

// ---- divisibility (r = p / q; r.is_integer) -------------------------------------------------------
// True when every term of p is an integer multiple of the monomial q (sympy decides these; a sum
// divided by a symbolic q is left undecided by sympy, and here).
bool divides(const Expr& p, const Expr& q) {
  auto [qc, qrest] = as_coeff_mul(q);
  if (qc == 0) return false;
  std::vector<std::pair<Expr, int64_t>> qf;
  for (const auto& f : mul_factors(qrest)) qf.push_back(base_exp(f));
  if (!qf.empty() && p->k == K::Add) return false;
  for (const auto& t : add_terms(p)) {
    auto [tc, trest] = as_coeff_mul(t);
    if (tc % qc != 0) return false;
    auto tfs = mul_factors(trest);
    for (const auto& [qb, qe] : qf) {
      bool found = false;
      for (const auto& f : tfs) {
        auto [b, ex] = base_exp(f);
        if (same(b, qb) && ex >= qe) found = true;
      }
      if (!found) return false;
    }
  }
  return true;
}

// Divides each term of p by the monomial g (known to divide it exactly).
Expr divide_terms(const Expr& p, const Expr& g) {
  auto [gc, grest] = as_coeff_mul(g);
  std::map<Expr, int64_t, BasicLess> gf;
  for (const auto& f : mul_factors(grest)) {
    auto [b, e] = base_exp(f);
    gf[b] += e;
  }
  Expr out = Integer(0);
  for (const auto& t : add_terms(p)) {
    auto [tc, trest] = as_coeff_mul(t);
    std::vector<Expr> fs;
    for (const auto& f : mul_factors(trest)) {
      auto [b, e] = base_exp(f);
      auto it = gf.find(b);
      if (it != gf.end()) e -= it->second;
      Expr pf = Pow(b, e);
      if (!is_int(pf)) fs.push_back(pf);
    }
    // sympy's t / g: the coefficient is distributed only over a lone remaining sum
    out = Add(out, mul_from_factors(tc / gc, std::move(fs)));
  }
  return out;
}

// ---- sympy sort_key / default_sort_key (printing order) ------------------------------------------
struct SK {
  enum Kind : uint8_t { NUM, STR, TUP } kind = TUP;
  int64_t n = 0;
  std::string s;
  std::vector<SK> t;
};
SK skn(int64_t n) { SK k; k.kind = SK::NUM; k.n = n; return k; }
SK sks(std::string s) { SK k; k.kind = SK::STR; k.s = std::move(s); return k; }
SK skt(std::vector<SK> t) { SK k; k.t = std::move(t); return k; }

int cmp_sk(const SK& a, const SK& b) {
  if (a.kind != b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.kind == SK::NUM) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  if (a.kind == SK::STR) return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  size_t m = std::min(a.t.size(), b.t.size());
  for (size_t i = 0; i < m; ++i) {
    int c = cmp_sk(a.t[i], b.t[i]);
    if (c) return c;
  }
  return a.t.size() < b.t.size() ? -1 : a.t.size() > b.t.size() ? 1 : 0;
}

SK class_key(const Expr& e) {
  switch (e->k) {
    case K::Int: return skt({skn(1), skn(0), sks("Number")});
    case K::Sym: return skt({skn(2), skn(0), sks("Symbol")});
    case K::Add: return skt({skn(3), skn(1), sks("Add")});
    case K::Mul: return skt({skn(3), skn(0), sks("Mul")});
    case K::Pow: return skt({skn(3), skn(2), sks("Pow")});
    case K::FloorDiv: return skt({skn(4), skn(10000), sks("FloorDiv")});
    case K::Mod: return skt({skn(4), skn(10000), sks("Mod")});
    case K::PythonMod: return skt({skn(4), skn(10000), sks("PythonMod")});
    case K::Max: return skt({skn(5), skn(0), sks("Max")});
    case K::Min: return skt({skn(5), skn(0), sks("Min")});
    case K::Eq: return skt({skn(5), skn(0), sks("Equality")});
    case K::Ne: return skt({skn(5), skn(0), sks("Unequality")});
    case K::Lt: return skt({skn(5), skn(0), sks("StrictLessThan")});
    case K::Le: return skt({skn(5), skn(0), sks("LessThan")});
    case K::Gt: return skt({skn(5), skn(0), sks("StrictGreaterThan")});
    case K::Ge: return skt({skn(5), skn(0), sks("GreaterThan")});
    case K::True: return skt({skn(5), skn(0), sks("BooleanTrue")});
    case K::False: return skt({skn(5), skn(0), sks("BooleanFalse")});
  }
  return skt({});
}

SK sort_key(const Expr& e);
std::vector<Expr> ordered_terms(const Expr& add);
std::vector<Expr> ordered_factors(const Expr& mul);

SK number_key(int64_t v) { return skt({class_key(Integer(0)), skt({skn(0), skt({})}), skt({}), skn(v)}); }

SK sort_key(const Expr& e) {
  if (e->k == K::Int) return number_key(e->v);
  auto [c, x] = as_coeff_mul(e);
  int64_t ex = 1;
  if (x->k == K::Pow) {
    ex = x->v;
    x = x->args[0];
  }
  SK args;
  if (x->k == K::Sym) {
    args = skt({skn(1), skt({sks(x->name)})});
  } else {
    std::vector<Expr> parts;
    if (x->k == K::Add) parts = ordered_terms(x);
    else if (x->k == K::Mul) parts = ordered_factors(x);
    else if (x->k == K::True || x->k == K::False) parts = {};
    else parts = x->args;
    std::vector<SK> ks;
    for (const auto& p : parts) ks.push_back(sort_key(p));
    args = skt({skn((int64_t)ks.size()), skt(std::move(ks))});
  }
  return skt({class_key(x), std::move(args), number_key(ex), skn(c)});
}

// Mul.as_ordered_factors: the factors (coefficient included) sorted by sort_key.
std::vector<Expr> ordered_factors(const Expr& mul) {
  std::vector<std::pair<SK, Expr>> v;
  for (const auto& a : mul->args) v.push_back({sort_key(a), a});
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return cmp_sk(a.first, b.first) < 0; });
  std::vector<Expr> out;
  for (auto& p : v) out.push_back(p.second);
  return out;
}

// Expr.as_ordered_terms with order=None: monomials over the generators (sorted by sort_key) in
// descending lexicographic order, numbers last; plus sympy's special case `2 - s0`.
std::vector<Expr> ordered_terms(const Expr& add) {
  const auto& args = add->args;
  if (args.size() == 2 && is_int(args[0]) && args[0]->v > 0 && args[1]->k == K::Mul &&
      args[1]->args.size() == 2 && is_int(args[1]->args[0]) && args[1]->args[0]->v < 0)
    return args;
  struct T { Expr term; int64_t coeff; std::vector<std::pair<Expr, int64_t>> pw; std::vector<int64_t> monom; };
  std::vector<T> ts;
  std::vector<std::pair<SK, Expr>> gens;
  auto add_gen = [&](const Expr& b) {
    for (const auto& g : gens)
      if (same(g.second, b)) return;
    gens.push_back({sort_key(b), b});
  };
  for (const auto& t : args) {
    auto [c, rest] = as_coeff_mul(t);
    T tt{t, c, {}, {}};
    for (const auto& f : mul_factors(rest)) {
      auto be = base_exp(f);
      tt.pw.push_back(be);
      add_gen(be.first);
    }
    ts.push_back(std::move(tt));
  }
  std::stable_sort(gens.begin(), gens.end(), [](const auto& a, const auto& b) { return cmp_sk(a.first, b.first) < 0; });
  for (auto& t : ts) {
    t.monom.assign(gens.size(), 0);
    for (const auto& [b, e] : t.pw)
      for (size_t i = 0; i < gens.size(); ++i)
        if (same(gens[i].second, b)) t.monom[i] = e;
  }
  std::stable_sort(ts.begin(), ts.end(), [](const T& a, const T& b) {
    if (a.monom != b.monom) return a.monom > b.monom;  // descending lex
    return a.coeff < b.coeff;
  });
  std::vector<Expr> out;
  for (auto& t : ts) out.push_back(t.term);
  return out;
}

int64_t node_count(const Expr& e) {
  if (e->k == K::Pow) return 2 + node_count(e->args[0]);
  int64_t n = 1;
  for (const auto& a : e->args) n += node_count(a);
  return n;
}

// sympy.ordered(): node count, then default_sort_key (Max / Min argument order).
void sort_ordered(std::vector<Expr>& v) {
  std::vector<std::tuple<int64_t, SK, Expr>> ks;
  for (auto& e : v) ks.emplace_back(node_count(e), sort_key(e), e);
  std::stable_sort(ks.begin(), ks.end(), [](const auto& a, const auto& b) {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
    return cmp_sk(std::get<1>(a), std::get<1>(b)) < 0;
  });
  v.clear();
  for (auto& k : ks) v.push_back(std::get<2>(k));
}

Expr relation(K k, const Expr& a, const Expr& b);
Expr mod_impl(K k, const Expr& p, const Expr& q);
Expr mul_n(const std::vector<Expr>& args);
Expr minmax(K k, const std::vector<Expr>& in);

}  // namespace

// ---- construction -------------------------------------------------------------------------------
Expr Integer(int64_t v) {
  auto n = std::make_shared<Node>();
  n->k = K::Int;
  n->v = v;
  return n;
}

Expr Symbol(const std::string& name) { return Symbol(name, !name.empty() && name[0] == 's'); }

Expr Symbol(const std::string& name, bool positive) {
  auto n = std::make_shared<Node>();
  n->k = K::Sym;
  n->name = name;
  n->positive = positive;
  return n;
}

Expr True() {
  static const Expr t = make(K::True, {});
  return t;
}
Expr False() {
  static const Expr f = make(K::False, {});
  return f;
}

Expr Add(const Expr& a, const Expr& b) {
  if (is_int(a) && is_int(b)) return Integer(checked_add(a->v, b->v));
  if (is_int(a) && a->v == 0) return b;
  if (is_int(b) && b->v == 0) return a;
  // collect like terms: monomial (without coefficient) -> coefficient
  int64_t coeff = 0;
  std::vector<std::pair<Expr, int64_t>> terms;
  auto put = [&](const Expr& t) {
    if (is_int(t)) { coeff = checked_add(coeff, t->v); return; }
    auto [c, rest] = as_coeff_mul(t);
    for (auto& p : terms)
      if (same(p.first, rest)) { p.second = checked_add(p.second, c); return; }
    terms.push_back({rest, c});
  };
  for (const auto& x : {a, b})
    for (const auto& t : add_terms(x)) put(t);
  std::vector<Expr> out;
  for (auto& [m, c] : terms) {
    if (c == 0) continue;
    out.push_back(c == 1 ? m : mul_from_factors(c, mul_factors(m)));
  }
  if (out.empty()) return Integer(coeff);
  if (out.size() == 1 && coeff == 0) return out[0];
  std::sort(out.begin(), out.end(), BasicLess());
  if (coeff != 0) out.insert(out.begin(), Integer(coeff));
  return make(K::Add, std::move(out));
}

Expr Sub(const Expr& a, const Expr& b) { return Add(a, Neg(b)); }
Expr Neg(const Expr& a) { return Mul(Integer(-1), a); }

Expr Mul(const Expr& a, const Expr& b) {
  if (is_int(a) && is_int(b)) return Integer(checked_mul(a->v, b->v));
  if (is_int(a) && a->v == 1) return b;
  if (is_int(b) && b->v == 1) return a;
  if ((is_int(a) && a->v == 0) || (is_int(b) && b->v == 0)) return Integer(0);
  return mul_n({a, b});
}

namespace {
// sympy's n-ary Mul(*args): one flattening of all arguments, so Mul(2, s1 + 1, 2*s2) is
// 4*s2*(s1 + 1); only a final `number * sum` is distributed (what xreplace rebuilds rely on).
Expr mul_n(const std::vector<Expr>& args) {
  int64_t c = 1;
  std::vector<std::pair<Expr, int64_t>> pw;  // base -> exponent
  auto put = [&](const Expr& f) {
    if (is_int(f)) { c = checked_mul(c, f->v); return; }
    auto [base, e] = base_exp(f);
    for (auto& p : pw)
      if (same(p.first, base)) { p.second += e; return; }
    pw.push_back({base, e});
  };
  for (const auto& x : args) {
    if (x->k == K::Mul) for (const auto& f : x->args) put(f);
    else put(x);
  }
  if (c == 0) return Integer(0);
  std::vector<Expr> factors;
  for (auto& [base, e] : pw) {
    Expr f = Pow(base, e);
    if (is_int(f)) c = checked_mul(c, f->v);
    else if (f->k == K::Mul) {  // cannot happen for canonical bases; kept for safety
      for (const auto& g : f->args) {
        if (is_int(g)) c = checked_mul(c, g->v);
        else factors.push_back(g);
      }
    } else factors.push_back(f);
  }
  return mul_from_factors(c, std::move(factors));
}
}  // namespace

Expr Pow(const Expr& base, int64_t exp) {
  if (exp < 0) throw std::domain_error("Pow: negative exponent");
  if (exp == 0) return Integer(1);
  if (exp == 1) return base;
  if (is_int(base)) return Integer(ipow(base->v, exp));
  if (base->k == K::Pow) return Pow(base->args[0], base->v * exp);
  if (base->k == K::Mul) {
    Expr out = Integer(1);
    for (const auto& f : base->args) out = Mul(out, Pow(f, exp));
    return out;
  }
  return make(K::Pow, {base}, exp);
}

// torch/utils/_sympy/functions.py FloorDiv.eval
Expr FloorDiv(const Expr& base, const Expr& divisor) {
  if (is_int(divisor) && divisor->v == 0) throw std::domain_error("division by zero");
  if (assume(base).zero == 1) return Integer(0);  // base.is_zero (Min(0, s0) is zero too)
  if (is_int(divisor) && divisor->v == 1) return base;
  if (is_int(divisor) && divisor->v == -1) return Neg(base);
  if (is_int(base) && is_int(divisor)) return Integer(py_floordiv(base->v, divisor->v));
  if (base->k == K::FloorDiv) return FloorDiv(base->args[0], Mul(base->args[1], divisor));
  if (is_int(divisor)) {
    // (x + y) // d -> x // d + y // d for the terms that d divides exactly
    Expr taken = Integer(0), quotients = Integer(0);
    bool any = false;
    for (const auto& t : add_terms(base)) {
      auto [c, rest] = as_coeff_mul(t);
      if (c % divisor->v == 0) {
        any = true;
        taken = Add(taken, t);
        quotients = Add(quotients, Mul(Integer(c / divisor->v), rest));
      }
    }
    if (any) return Add(FloorDiv(Sub(base, taken), divisor), quotients);
  }
  // simple_floordiv_gcd: the integer gcd of all coefficients, then the factors of the divisor that
  // occur (syntactically) in every term of the base.
  auto int_factor = [](const Expr& e) {
    int64_t g = 0;
    for (const auto& t : add_terms(e)) g = std::gcd(g, std::abs(as_coeff_mul(t).first));
    return g;
  };
  int64_t ig = std::gcd(int_factor(base), int_factor(divisor));
  Expr g = Integer(ig);
  Expr p = ig == 1 ? base : divide_terms(base, g);
  Expr q = ig == 1 ? divisor : divide_terms(divisor, g);
  {
    std::vector<Expr> qargs = q->k == K::Mul ? q->args : std::vector<Expr>{q};
    for (const auto& x : qargs) {
      bool in_all = true;
      for (const auto& t : add_terms(p)) {
        std::vector<Expr> targs = t->k == K::Mul ? t->args : std::vector<Expr>{t};
        bool found = false;
        for (const auto& y : targs) found = found || same(x, y);
        if (!found) in_all = false;
      }
      if (in_all) g = Mul(g, x);
    }
  }
  if (!(is_int(g) && g->v == 1)) return FloorDiv(divide_terms(base, g), divide_terms(divisor, g));
  return make(K::FloorDiv, {base, divisor});
}

Expr Mod(const Expr& a, const Expr& b) {
  // torch/fx/experimental/sym_node.py: Mod for non-negative operands, PythonMod otherwise.
  if (known_nonneg(a) && known_nonneg(b)) return mod_impl(K::Mod, a, b);
  return mod_impl(K::PythonMod, a, b);
}

namespace {
// torch/utils/_sympy/functions.py Mod.eval / PythonMod.eval
Expr mod_impl(K k, const Expr& p, const Expr& q) {
  if (is_int(q) && q->v == 0) throw std::domain_error("Modulo by zero");
  if ((is_int(p) && p->v == 0) || same(p, q) || same(p, Neg(q)) || (is_int(q) && q->v == 1)) return Integer(0);
  if (is_int(p) && is_int(q)) return Integer(py_mod(p->v, q->v));
  if (is_int(q) && q->v == 2) {
    int par = parity(p);
    if (par == 0) return Integer(0);
    if (par == 1) return Integer(1);
  }
  if (divides(p, q)) return Integer(0);
  // p < q (sympy: (p - q).is_nonnegative is False) with p / q positive: the remainder is p
  bool less = assume(Sub(p, q)).nonneg == 0;
  if (less && ratio_positive(p, q)) return p;
  return make(k, {p, q});
}

// PyTorch's Max / Min (MinMaxBase): flattening, duplicates removed, numbers collapsed, and the
// zero/one rule of `_find_localzeros` against a single non-number argument.
Expr minmax(K k, const std::vector<Expr>& in) {
  std::vector<Expr> args;
  auto add_arg = [&](const Expr& a) {
    for (const auto& x : args)
      if (same(x, a)) return;
    args.push_back(a);
  };
  for (const auto& a : in) {
    if (a->k == k) for (const auto& x : a->args) add_arg(x);
    else add_arg(a);
  }
  bool have_num = false;
  int64_t num = 0;
  std::vector<Expr> others;
  for (const auto& a : args) {
    if (is_int(a)) {
      num = !have_num ? a->v : (k == K::Max ? std::max(num, a->v) : std::min(num, a->v));
      have_num = true;
    } else {
      others.push_back(a);
    }
  }
  if (others.empty()) return Integer(num);
  if (have_num && others.size() == 1) {
    const Expr& o = others[0];
    if ((num == 0 && known_nonneg(o)) || (num == 1 && known_pos(o))) return k == K::Max ? o : Integer(num);
  }
  if (have_num) others.push_back(Integer(num));
  if (others.size() == 1) return others[0];
  sort_ordered(others);
  return make(k, std::move(others));
}

// sympy's relational constructors: decided by the assumptions on a difference (is_eq: is_zero of
// lhs - rhs; is_ge(a, b): (a - b).is_extended_nonnegative; Lt = not Ge, Le(a, b) = Ge(b, a),
// Gt(a, b) = not Ge(b, a)), else kept as written.
Expr relation(K k, const Expr& a, const Expr& b) {
  int decided = -1;
  if (k == K::Eq || k == K::Ne) {
    Expr d = Sub(a, b);
    if (same(a, b) || (is_int(d) && d->v == 0)) decided = 1;
    else if (assume(d).zero == 0) decided = 0;
    if (decided >= 0 && k == K::Ne) decided = !decided;
  } else {
    bool swap = k == K::Le || k == K::Gt;
    Tri ge = assume(swap ? Sub(b, a) : Sub(a, b)).nonneg;
    if (ge >= 0) decided = (k == K::Ge || k == K::Le) ? ge : !ge;
  }
  if (decided == 1) return True();
  if (decided == 0) return False();
  return make(k, {a, b});
}
}  // namespace

Expr Max(const Expr& a, const Expr& b) { return minmax(K::Max, {a, b}); }
Expr Min(const Expr& a, const Expr& b) { return minmax(K::Min, {a, b}); }
Expr Eq(const Expr& a, const Expr& b) { return relation(K::Eq, a, b); }
Expr Ne(const Expr& a, const Expr& b) { return relation(K::Ne, a, b); }
Expr Lt(const Expr& a, const Expr& b) { return relation(K::Lt, a, b); }
Expr Le(const Expr& a, const Expr& b) { return relation(K::Le, a, b); }
Expr Gt(const Expr& a, const Expr& b) { return relation(K::Gt, a, b); }
Expr Ge(const Expr& a, const Expr& b) { return relation(K::Ge, a, b); }

Expr Not(const Expr& rel) {
  switch (rel->k) {
    case K::True: return False();
    case K::False: return True();
    case K::Eq: return Ne(rel->args[0], rel->args[1]);
    case K::Ne: return Eq(rel->args[0], rel->args[1]);
    case K::Lt: return Ge(rel->args[0], rel->args[1]);
    case K::Le: return Gt(rel->args[0], rel->args[1]);
    case K::Gt: return Le(rel->args[0], rel->args[1]);
    case K::Ge: return Lt(rel->args[0], rel->args[1]);
    default: throw std::invalid_argument("Not: not a relation");
  }
}

// ---- inspection ---------------------------------------------------------------------------------
bool is_integer(const Expr& e, int64_t* value) {
  if (e->k != K::Int) return false;
  if (value) *value = e->v;
  return true;
}
bool is_symbol(const Expr& e, std::string* name) {
  if (e->k != K::Sym) return false;
  if (name) *name = e->name;
  return true;
}
bool is_relation(const Expr& e) { return is_rel_kind(e->k); }
bool is_bool(const Expr& e, bool* value) {
  if (e->k != K::True && e->k != K::False) return false;
  if (value) *value = e->k == K::True;
  return true;
}
bool same(const Expr& a, const Expr& b) {
  if (a == b) return true;
  if (a->k != b->k || a->v != b->v || a->name != b->name || a->args.size() != b->args.size()) return false;
  for (size_t i = 0; i < a->args.size(); ++i)
    if (!same(a->args[i], b->args[i])) return false;
  return true;
}
void free_symbols(const Expr& e, std::set<std::string>& out) {
  if (e->k == K::Sym) out.insert(e->name);
  for (const auto& a : e->args) free_symbols(a, out);
}
bool relation_parts(const Expr& e, RelationParts* out) {
  static const char* names[] = {"Eq", "Ne", "Lt", "Le", "Gt", "Ge"};
  if (!is_rel_kind(e->k)) return false;
  if (out) *out = {names[(int)e->k - (int)K::Eq], e->args[0], e->args[1]};
  return true;
}
bool symbol_is_positive(const Expr& e) { return e->k == K::Sym && e->positive; }

// ---- printing -----------------------------------------------------------------------------------
namespace {
constexpr double kAtom = 1000, kPowP = 60, kMulP = 50, kAddP = 40, kRelP = 35;

// sympy.printing.precedence.precedence (PyTorch's functions declare precedence = 35)
double precedence(const Expr& e) {
  switch (e->k) {
    case K::Int: return e->v < 0 ? kAddP : kAtom;
    case K::Add: return kAddP;
    case K::Mul: return (is_int(e->args[0]) && e->args[0]->v < 0) ? kAddP : kMulP;
    case K::Pow: return kPowP;
    case K::FloorDiv: case K::Mod: case K::PythonMod: return 35;
    case K::Eq: case K::Ne: return kMulP;  // sympy's PRECEDENCE_VALUES "Equality" / "Unequality"
    case K::Lt: case K::Le: case K::Gt: case K::Ge: return kRelP;
    default: return kAtom;  // Symbol, Max, Min, True, False
  }
}

const char* rel_op(K k) {
  switch (k) {
    case K::Eq: return "==";
    case K::Ne: return "!=";
    case K::Lt: return "<";
    case K::Le: return "<=";
    case K::Gt: return ">";
    default: return ">=";
  }
}

struct StrPrinter {
  std::string paren(const Expr& e, double level) {  // parenthesize(item, level, strict=False)
    std::string s = print(e);
    return precedence(e) <= level ? "(" + s + ")" : s;
  }
  std::string join(const std::vector<Expr>& v, const char* sep) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + print(v[i]);
    return out;
  }
  std::string print(const Expr& e) {
    switch (e->k) {
      case K::Int: return std::to_string(e->v);
      case K::Sym: return e->name;
      case K::True: return "True";
      case K::False: return "False";
      case K::Add: {
        std::string out;
        bool first = true;
        for (const auto& t : ordered_terms(e)) {
          std::string s = print(t);
          std::string sign = "+";
          if (!s.empty() && s[0] == '-') { sign = "-"; s = s.substr(1); }
          if (precedence(t) < kAddP) s = "(" + s + ")";
          if (first) out = (sign == "-" ? "-" : "") + s;
          else out += " " + sign + " " + s;
          first = false;
        }
        return out;
      }
      case K::Mul: {
        auto [c, rest] = as_coeff_mul(e);
        std::string sign;
        Expr x = e;
        if (c < 0) { sign = "-"; x = c == -1 ? rest : mul_from_factors(-c, mul_factors(rest)); }
        std::vector<Expr> fs = x->k == K::Mul ? ordered_factors(x) : std::vector<Expr>{x};
        std::string out;
        for (size_t i = 0; i < fs.size(); ++i) out += (i ? "*" : "") + paren(fs[i], kMulP);
        return sign + out;
      }
      case K::Pow: return paren(e->args[0], kPowP) + "**" + std::to_string(e->v);
      case K::FloorDiv:
        return "(" + paren(e->args[0], kAtom - 0.5) + "//" + paren(e->args[1], kAtom - 0.5) + ")";
      case K::Mod: return "Mod(" + join(e->args, ", ") + ")";
      case K::PythonMod: return "PythonMod(" + join(e->args, ", ") + ")";
      case K::Max: case K::Min: {  // _print_LatticeOp: arguments sorted by default_sort_key
        std::vector<std::pair<SK, Expr>> v;
        for (const auto& a : e->args) v.push_back({sort_key(a), a});
        std::stable_sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return cmp_sk(x.first, y.first) < 0; });
        std::vector<Expr> args;
        for (auto& x : v) args.push_back(x.second);
        return std::string(e->k == K::Max ? "Max(" : "Min(") + join(args, ", ") + ")";
      }
      case K::Eq: return "Eq(" + print(e->args[0]) + ", " + print(e->args[1]) + ")";
      case K::Ne: return "Ne(" + print(e->args[0]) + ", " + print(e->args[1]) + ")";
      default:
        return paren(e->args[0], kRelP) + " " + rel_op(e->k) + " " + paren(e->args[1], kRelP);
    }
  }
};

// torch/utils/_sympy/printers.py PythonPrinter (ExprPrinter rules) as used by the shape guards:
// Add and Mul print their arguments in sympy's internal order.
struct PyPrinter {
  const std::function<std::string(const std::string&)>& name_of;
  std::string paren(const Expr& e, double level) {
    std::string s = print(e);
    return precedence(e) <= level ? "(" + s + ")" : s;
  }
  std::string join(const std::vector<Expr>& v, const std::string& sep, double level) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + paren(v[i], level);
    return out;
  }
  std::string print(const Expr& e) {
    switch (e->k) {
      case K::Int: return std::to_string(e->v);
      case K::Sym: return name_of(e->name);
      case K::True: return "True";
      case K::False: return "False";
      case K::Add: return join(e->args, " + ", precedence(e));
      case K::Mul: return join(e->args, "*", precedence(e));
      case K::Pow: return join(std::vector<Expr>((size_t)e->v, e->args[0]), "*", kMulP);
      case K::FloorDiv: return paren(e->args[0], kAtom - 0.5) + " // " + paren(e->args[1], kAtom - 0.5);
      case K::Mod: case K::PythonMod: return join(e->args, " % ", kAtom - 0.5);
      case K::Max: case K::Min: {
        std::string out = e->k == K::Max ? "max(" : "min(";
        for (size_t i = 0; i < e->args.size(); ++i) out += (i ? ", " : "") + print(e->args[i]);
        return out + ")";
      }
      default:
        // Relations at the Relational precedence (PyTorch's guards print `a == 2*b`).
        return join(e->args, std::string(" ") + rel_op(e->k) + " ", kRelP);
    }
  }
};
}  // namespace

std::string str(const Expr& e) { return StrPrinter().print(e); }

std::string python_str(const Expr& e, const std::function<std::string(const std::string&)>& name_of) {
  return PyPrinter{name_of}.print(e);
}

// ---- evaluation ---------------------------------------------------------------------------------
int64_t evaluate(const Expr& e, const std::function<int64_t(const std::string&)>& value_of) {
  auto ev = [&](size_t i) { return evaluate(e->args[i], value_of); };
  switch (e->k) {
    case K::Int: return e->v;
    case K::Sym: return value_of(e->name);
    case K::True: return 1;
    case K::False: return 0;
    case K::Add: {
      int64_t r = 0;
      for (size_t i = 0; i < e->args.size(); ++i) r = checked_add(r, ev(i));
      return r;
    }
    case K::Mul: {
      int64_t r = 1;
      for (size_t i = 0; i < e->args.size(); ++i) r = checked_mul(r, ev(i));
      return r;
    }
    case K::Pow: return ipow(ev(0), e->v);
    case K::FloorDiv: return py_floordiv(ev(0), ev(1));
    case K::Mod: case K::PythonMod: return py_mod(ev(0), ev(1));
    case K::Max: case K::Min: {
      int64_t r = ev(0);
      for (size_t i = 1; i < e->args.size(); ++i) r = e->k == K::Max ? std::max(r, ev(i)) : std::min(r, ev(i));
      return r;
    }
    case K::Eq: return ev(0) == ev(1);
    case K::Ne: return ev(0) != ev(1);
    case K::Lt: return ev(0) < ev(1);
    case K::Le: return ev(0) <= ev(1);
    case K::Gt: return ev(0) > ev(1);
    case K::Ge: return ev(0) >= ev(1);
  }
  return 0;
}

namespace {
Expr rebuild(const Expr& e, const std::vector<Expr>& a) {
  switch (e->k) {
    case K::Add: { Expr r = Integer(0); for (const auto& x : a) r = Add(r, x); return r; }
    case K::Mul: return mul_n(a);
    case K::Pow: return Pow(a[0], e->v);
    case K::FloorDiv: return FloorDiv(a[0], a[1]);
    case K::Mod: case K::PythonMod: return mod_impl(e->k, a[0], a[1]);  // xreplace keeps the class
    case K::Max: case K::Min: return minmax(e->k, a);
    case K::Eq: case K::Ne: case K::Lt: case K::Le: case K::Gt: case K::Ge: return relation(e->k, a[0], a[1]);
    default: return e;
  }
}
}  // namespace

Expr subs(const Expr& e, const std::map<std::string, Expr>& replacements) {
  if (e->k == K::Sym) {
    auto it = replacements.find(e->name);
    return it == replacements.end() ? e : it->second;
  }
  if (e->args.empty()) return e;
  std::vector<Expr> a;
  bool changed = false;
  for (const auto& x : e->args) {
    a.push_back(subs(x, replacements));
    changed = changed || a.back() != x;
  }
  return changed ? rebuild(e, a) : e;
}

// ---- value ranges -------------------------------------------------------------------------------
namespace {
int64_t floordiv_sat(int64_t a, int64_t b) {  // b != 0, infinities saturate
  if (a == kPosInf || a == kNegInf) return ((a > 0) == (b > 0)) ? kPosInf : kNegInf;
  if (b == kPosInf || b == kNegInf) return ((a >= 0) == (b > 0)) ? 0 : -1;
  return py_floordiv(a, b);
}
}  // namespace

Range bound(const Expr& e, const std::function<Range(const std::string&)>& range_of) {
  auto b = [&](size_t i) { return bound(e->args[i], range_of); };
  auto rel = [](bool surely_true, bool surely_false) {
    return surely_true ? Range{1, 1} : surely_false ? Range{0, 0} : Range{0, 1};
  };
  switch (e->k) {
    case K::Int: return {e->v, e->v};
    case K::Sym: return range_of(e->name);
    case K::True: return {1, 1};
    case K::False: return {0, 0};
    case K::Add: {
      Range r{0, 0};
      for (size_t i = 0; i < e->args.size(); ++i) r = range_add(r, b(i));
      return r;
    }
    case K::Mul: {
      Range r{1, 1};
      for (size_t i = 0; i < e->args.size(); ++i) r = range_mul(r, b(i));
      return r;
    }
    case K::Pow: return range_pow(b(0), e->v);
    case K::FloorDiv: {
      Range x = b(0), y = b(1);
      if (y.lo > 0 || y.hi < 0) {
        int64_t c[4] = {floordiv_sat(x.lo, y.lo), floordiv_sat(x.lo, y.hi), floordiv_sat(x.hi, y.lo),
                        floordiv_sat(x.hi, y.hi)};
        return {*std::min_element(c, c + 4), *std::max_element(c, c + 4)};
      }
      return {kNegInf, kPosInf};
    }
    case K::Mod: case K::PythonMod: {
      Range x = b(0), y = b(1);
      if (y.lo > 0) {
        int64_t top = y.hi == kPosInf ? kPosInf : y.hi - 1;
        if (x.lo >= 0) return {0, std::min(x.hi, top)};
        return {0, top};
      }
      if (y.hi < 0) return {y.lo == kNegInf ? kNegInf : y.lo + 1, 0};
      return {kNegInf, kPosInf};
    }
    case K::Max: case K::Min: {
      Range r = b(0);
      for (size_t i = 1; i < e->args.size(); ++i) {
        Range s = b(i);
        if (e->k == K::Max) r = {std::max(r.lo, s.lo), std::max(r.hi, s.hi)};
        else r = {std::min(r.lo, s.lo), std::min(r.hi, s.hi)};
      }
      return r;
    }
    default: {
      Range d = range_add(b(0), range_mul(b(1), {-1, -1}));
      switch (e->k) {
        case K::Eq: return rel(d.lo == 0 && d.hi == 0, d.lo > 0 || d.hi < 0);
        case K::Ne: return rel(d.lo > 0 || d.hi < 0, d.lo == 0 && d.hi == 0);
        case K::Lt: return rel(d.hi < 0, d.lo >= 0);
        case K::Le: return rel(d.hi <= 0, d.lo > 0);
        case K::Gt: return rel(d.lo > 0, d.hi <= 0);
        default: return rel(d.lo >= 0, d.hi < 0);
      }
    }
  }
}

std::string range_str(const Range& r, bool with_vr_prefix) {
  auto s = [](int64_t v) {
    return v == kNegInf ? std::string("-int_oo") : v == kPosInf ? std::string("int_oo") : std::to_string(v);
  };
  return std::string(with_vr_prefix ? "VR" : "") + "[" + s(r.lo) + ", " + s(r.hi) + "]";
}

}  // namespace dp::sym
