// A model of what sympy's assumption system answers for PyTorch's integer expressions
// (is_positive, is_nonnegative, is_zero, is_even, ...): sympy/core/{add,mul,power}.py
// `_eval_is_*`, sympy/core/exprtools.py `_monotonic_sign`, and the facts PyTorch's functions
// declare (torch/utils/_sympy/functions.py). Plus the interval arithmetic of bound()
// (torch/utils/_sympy/value_ranges.py). Rules: docs/dynamic-shapes-symbols.md §1.6, §3.
#include <algorithm>
#include <functional>
#include <set>
#include <stdexcept>

#include "fx/experimental/sym_node.h"

namespace dp::sym::detail {

// ---- sympy's assumptions on integer expressions --------------------------------------------------
// What sympy's assumption system answers (is_positive, is_nonnegative, ..., is_even) for integer
// symbols with (sizes) or without (ints, u*) positive=True: sign rules of Mul/Pow, the term loop
// and the `_monotonic_sign` shortcut of Add, composite detection, parity. Deliberately as weak as
// sympy (s0 + s1 - 2 >= 0 is undecided); of sympy's univariate-polynomial analysis the monotonic
// case (docs/dynamic-shapes-symbols.md §1.6). Used to decide relations, Max/Min against 0/1, Mod
// vs PythonMod and Mod's `p < q` rule.

void close_facts(Assume& a) {
  for (int it = 0; it < 4; ++it) {
    if (a.pos == 1) {
      a.nonneg = 1;
      a.neg = 0;
      a.nonpos = 0;
      a.zero = 0;
    }
    if (a.neg == 1) {
      a.nonpos = 1;
      a.pos = 0;
      a.nonneg = 0;
      a.zero = 0;
    }
    if (a.zero == 1) {
      a.nonneg = 1;
      a.nonpos = 1;
      a.pos = 0;
      a.neg = 0;
      a.even = 1;
    }
    if (a.nonneg == 0) a.neg = 1;
    if (a.nonpos == 0) a.pos = 1;
    if (a.pos == 0) a.nonpos = 1;
    if (a.neg == 0) a.nonneg = 1;
    if (a.nonneg == 1 && a.nonpos == 1) a.zero = 1;
    if (a.nonneg == 1 && a.zero == 0) a.pos = 1;
    if (a.nonpos == 1 && a.zero == 0) a.neg = 1;
    if (a.odd == 1) {
      a.zero = 0;
      a.even = 0;
    }
    if (a.even == 1) a.odd = 0;
    if (a.even == 0) a.odd = 1;
    if (a.odd == 0) a.even = 1;
  }
}

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
bool msign_pos(const MSign& m, int64_t c) {
  return m.kind == MSign::EXACT ? sat_add(m.v, c) > 0 : m.kind == MSign::NNEG && c > 0;
}
bool msign_neg(const MSign& m, int64_t c) {
  return m.kind == MSign::EXACT ? sat_add(m.v, c) < 0 : m.kind == MSign::NPOS && c < 0;
}
bool msign_nonneg(const MSign& m, int64_t c) {
  return m.kind == MSign::EXACT ? sat_add(m.v, c) >= 0 : m.kind == MSign::NNEG && c >= 0;
}
bool msign_nonpos(const MSign& m, int64_t c) {
  return m.kind == MSign::EXACT ? sat_add(m.v, c) <= 0 : m.kind == MSign::NPOS && c <= 0;
}

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
  for (Tri t : v) {
    all_t = all_t && t == 1;
    all_f = all_f && t == 0;
  }
  return all_t ? 1 : all_f ? 0 : -1;
}

// Mul._eval_pos_neg(sign)
Tri mul_pos_neg(const std::vector<Assume>& fs, int sign) {
  bool saw_non = false;
  for (const auto& t : fs) {
    if (t.pos == 1) continue;
    if (t.neg == 1) {
      sign = -sign;
      continue;
    }
    if (t.zero == 1) return 0;
    if (t.nonpos == 1) {
      sign = -sign;
      saw_non = true;
      continue;
    }
    if (t.nonneg == 1) {
      saw_non = true;
      continue;
    }
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
    case K::Sym:
      if (e->name != x) return false;
      *out = {0, 1};
      return true;
    case K::Add:
    case K::Mul: {
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
    else {
      par = -1;
      break;
    }
  }
  if (par == 0) r.even = 1;
  if (par == 1) r.odd = 1;
  close_facts(r);
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
  f[0] = r.pos;
  f[1] = r.neg;
  f[2] = r.nonneg;
  f[3] = r.nonpos;
  f[4] = r.zero;
  f[5] = r.even;
  f[6] = r.odd;
  e->assumed = true;
  return r;
}

Assume assume_uncached(const Expr& e) {
  Assume r;
  switch (e->k) {
    case K::Int:
      r.pos = e->v > 0;
      r.neg = e->v < 0;
      r.zero = e->v == 0;
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
        r.neg = b.neg;
        r.nonneg = b.nonneg;
        r.nonpos = b.nonpos;
        if (b.pos >= 0 && r.pos < 0) r.pos = b.pos;
      }
      if (b.zero == 0) r.zero = 0;
      r.even = b.even;
      r.odd = b.odd;
      break;
    }
    case K::Mod: r.nonneg = 1; break;  // PyTorch's Mod: is_nonnegative = True
    case K::PythonMod: {
      Assume q = assume(e->args[1]);
      if (q.pos == 1) r.nonneg = 1;
      if (q.neg == 1) r.nonpos = 1;
      break;
    }
    case K::Max:
    case K::Min: {
      std::vector<Tri> pos, nonneg, neg, nonpos, even, odd;
      for (const auto& x : e->args) {
        Assume a = assume(x);
        pos.push_back(a.pos);
        nonneg.push_back(a.nonneg);
        neg.push_back(a.neg);
        nonpos.push_back(a.nonpos);
        even.push_back(a.even);
        odd.push_back(a.odd);
      }
      if (e->k == K::Max) {
        r.pos = fuzzy_or(pos);
        r.nonneg = fuzzy_or(nonneg);
        r.neg = fuzzy_and(neg);
      } else {
        r.pos = fuzzy_and(pos);
        r.nonneg = fuzzy_and(nonneg);
        r.neg = fuzzy_or(neg);
      }
      r.nonpos = torf(nonpos);
      r.even = torf(even);
      r.odd = torf(odd);
      break;
    }
    default: break;  // FloorDiv: sympy knows only that it is an integer
  }
  close_facts(r);
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

}  // namespace dp::sym::detail
