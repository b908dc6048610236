// sympy's printing order and printers for the symbolic integer algebra: Expr.sort_key /
// default_sort_key, Expr.as_ordered_terms, sympy.ordered (sympy/core/{expr,basic,sorting}.py),
// sympy's StrPrinter (sympy/printing/str.py, precedence.py) with PyTorch's FloorDiv/Mod printing,
// and PyTorch's Python guard printer (torch/utils/_sympy/printers.py PythonPrinter).
// Rules: docs/dynamic-shapes-symbols.md §2.
#include <algorithm>
#include <functional>
#include <tuple>

#include "fx/experimental/sym_node.h"

namespace dp::sym {
namespace detail {

namespace {
// ---- sympy sort_key / default_sort_key (printing order) ------------------------------------------
struct SK {
  enum Kind : uint8_t { NUM, STR, TUP } kind = TUP;
  int64_t n = 0;
  std::string s;
  std::vector<SK> t;
};
SK skn(int64_t n) {
  SK k;
  k.kind = SK::NUM;
  k.n = n;
  return k;
}
SK sks(std::string s) {
  SK k;
  k.kind = SK::STR;
  k.s = std::move(s);
  return k;
}
SK skt(std::vector<SK> t) {
  SK k;
  k.t = std::move(t);
  return k;
}

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
  if (args.size() == 2 && is_int(args[0]) && args[0]->v > 0 && args[1]->k == K::Mul && args[1]->args.size() == 2 &&
      is_int(args[1]->args[0]) && args[1]->args[0]->v < 0)
    return args;
  struct T {
    Expr term;
    int64_t coeff;
    std::vector<std::pair<Expr, int64_t>> pw;
    std::vector<int64_t> monom;
  };
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

}  // namespace

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

}  // namespace detail

using namespace detail;

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
    case K::FloorDiv:
    case K::Mod:
    case K::PythonMod: return 35;
    case K::Eq:
    case K::Ne: return kMulP;  // sympy's PRECEDENCE_VALUES "Equality" / "Unequality"
    case K::Lt:
    case K::Le:
    case K::Gt:
    case K::Ge: return kRelP;
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
          if (!s.empty() && s[0] == '-') {
            sign = "-";
            s = s.substr(1);
          }
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
        if (c < 0) {
          sign = "-";
          x = c == -1 ? rest : mul_from_factors(-c, mul_factors(rest));
        }
        std::vector<Expr> fs = x->k == K::Mul ? ordered_factors(x) : std::vector<Expr>{x};
        std::string out;
        for (size_t i = 0; i < fs.size(); ++i) out += (i ? "*" : "") + paren(fs[i], kMulP);
        return sign + out;
      }
      case K::Pow: return paren(e->args[0], kPowP) + "**" + std::to_string(e->v);
      case K::FloorDiv: return "(" + paren(e->args[0], kAtom - 0.5) + "//" + paren(e->args[1], kAtom - 0.5) + ")";
      case K::Mod: return "Mod(" + join(e->args, ", ") + ")";
      case K::PythonMod: return "PythonMod(" + join(e->args, ", ") + ")";
      case K::Max:
      case K::Min: {  // _print_LatticeOp: arguments sorted by default_sort_key
        std::vector<std::pair<SK, Expr>> v;
        for (const auto& a : e->args) v.push_back({sort_key(a), a});
        std::stable_sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return cmp_sk(x.first, y.first) < 0; });
        std::vector<Expr> args;
        for (auto& x : v) args.push_back(x.second);
        return std::string(e->k == K::Max ? "Max(" : "Min(") + join(args, ", ") + ")";
      }
      case K::Eq: return "Eq(" + print(e->args[0]) + ", " + print(e->args[1]) + ")";
      case K::Ne: return "Ne(" + print(e->args[0]) + ", " + print(e->args[1]) + ")";
      default: return paren(e->args[0], kRelP) + " " + rel_op(e->k) + " " + paren(e->args[1], kRelP);
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
      case K::Mod:
      case K::PythonMod: return join(e->args, " % ", kAtom - 0.5);
      case K::Max:
      case K::Min: {
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

}  // namespace dp::sym
