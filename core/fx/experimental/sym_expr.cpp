// The symbolic integer algebra of dynamic shapes: sympy's automatic canonicalization of Add, Mul
// and Pow on integers (sympy/core/{add,mul,power}.py), PyTorch's FloorDiv / Mod / PythonMod / Max /
// Min `eval` rules (torch/utils/_sympy/functions.py, sym_node.py), the relations
// (sympy/core/relational.py), evaluation, substitution (xreplace) and value-range bounds
// (torch/utils/_sympy/value_ranges.py). Printing: sym_print.cpp; sympy's assumptions:
// sym_assume.cpp. Rules: docs/dynamic-shapes-symbols.md §1, §3.
#include "fx/experimental/sym_expr.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "fx/experimental/sym_node.h"

namespace dp::sym {
namespace detail {

Expr make(K k, std::vector<Expr> args, int64_t v) {
  auto n = std::make_shared<Node>();
  n->k = k;
  n->args = std::move(args);
  n->v = v;
  return n;
}

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
    case K::True:
    case K::False: *name = e->k == K::True ? "BooleanTrue" : "BooleanFalse"; return 100;
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
    case K::True:
    case K::False: return 0;
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

// ---- pieces of Add / Mul --------------------------------------------------------------------------
// as_coeff_Mul: 2*s0*s1 -> (2, s0*s1); s0 -> (1, s0).
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

}  // namespace detail

using namespace detail;

namespace {
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
    if (is_int(t)) {
      coeff = checked_add(coeff, t->v);
      return;
    }
    auto [c, rest] = as_coeff_mul(t);
    for (auto& p : terms)
      if (same(p.first, rest)) {
        p.second = checked_add(p.second, c);
        return;
      }
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
    if (is_int(f)) {
      c = checked_mul(c, f->v);
      return;
    }
    auto [base, e] = base_exp(f);
    for (auto& p : pw)
      if (same(p.first, base)) {
        p.second += e;
        return;
      }
    pw.push_back({base, e});
  };
  for (const auto& x : args) {
    if (x->k == K::Mul)
      for (const auto& f : x->args) put(f);
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
    if (a->k == k)
      for (const auto& x : a->args) add_arg(x);
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
    case K::Mod:
    case K::PythonMod: return py_mod(ev(0), ev(1));
    case K::Max:
    case K::Min: {
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
    case K::Add: {
      Expr r = Integer(0);
      for (const auto& x : a) r = Add(r, x);
      return r;
    }
    case K::Mul: return mul_n(a);
    case K::Pow: return Pow(a[0], e->v);
    case K::FloorDiv: return FloorDiv(a[0], a[1]);
    case K::Mod:
    case K::PythonMod: return mod_impl(e->k, a[0], a[1]);  // xreplace keeps the class
    case K::Max:
    case K::Min: return minmax(e->k, a);
    case K::Eq:
    case K::Ne:
    case K::Lt:
    case K::Le:
    case K::Gt:
    case K::Ge: return relation(e->k, a[0], a[1]);
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
    case K::Mod:
    case K::PythonMod: {
      Range x = b(0), y = b(1);
      if (y.lo > 0) {
        int64_t top = y.hi == kPosInf ? kPosInf : y.hi - 1;
        if (x.lo >= 0) return {0, std::min(x.hi, top)};
        return {0, top};
      }
      if (y.hi < 0) return {y.lo == kNegInf ? kNegInf : y.lo + 1, 0};
      return {kNegInf, kPosInf};
    }
    case K::Max:
    case K::Min: {
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
