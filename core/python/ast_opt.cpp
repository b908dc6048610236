// AST-level constant folding; mirrors Python/ast_opt.c of CPython 3.11 (fold_unaryop,
// fold_binop with its size guards, fold_tuple, fold_subscr, fold_iter, fold_compare and the
// `__debug__` name). Arithmetic follows Python semantics for int (any size, py::BigInt)/float/
// bool/str/bytes/tuple; what CPython leaves unfolded (size guards, operations that raise) stays so.
#include "python/ast_opt.h"

#include "python/complex_math.h"
#include "python/consts.h"
#include "python/longint.h"

#include <cmath>
#include <limits>

namespace dp::py {
namespace {

using K = Const::Kind;

constexpr int kMaxIntBits = 128;        // MAX_INT_SIZE
constexpr size_t kMaxCollection = 256;  // MAX_COLLECTION_SIZE
constexpr size_t kMaxStr = 4096;        // MAX_STR_SIZE

bool is_intlike(const Const& c) { return c.kind == K::Int || c.kind == K::Bool; }
int64_t as_int(const Const& c) { return c.kind == K::Bool ? (c.b ? 1 : 0) : c.i; }
bool is_num(const Const& c) { return is_intlike(c) || c.kind == K::Float; }
bool is_big(const Const& c) { return c.kind == K::Int && c.big; }
double as_float(const Const& c) { return c.kind == K::Float ? c.f : static_cast<double>(as_int(c)); }

Const make_int(int64_t v) {
  Const c;
  c.kind = K::Int;
  c.i = v;
  return c;
}
Const make_int(const BigInt& v) {
  if (v.fits_int64()) return make_int(v.to_int64());
  Const c;
  c.kind = K::Int;
  c.big = std::make_shared<const BigInt>(v);
  return c;
}
BigInt as_big(const Const& c) { return c.big ? *c.big : BigInt(as_int(c)); }
// An int (of any size), bool or float as a float; false when the int is too large (OverflowError).
bool to_float(const Const& c, double& d) {
  if (c.kind == K::Float) d = c.f;
  else if (c.big) return c.big->to_double(d);
  else d = static_cast<double>(as_int(c));
  return true;
}
Const make_float(double v) {
  Const c;
  c.kind = K::Float;
  c.f = v;
  return c;
}
Const make_bool(bool v) {
  Const c;
  c.kind = K::Bool;
  c.b = v;
  return c;
}

size_t utf8_len(const std::string& s) {
  size_t n = 0;
  for (unsigned char ch : s)
    if ((ch & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

bool const_truthy(const Const& c) {
  switch (c.kind) {
    case K::None: return false;
    case K::Ellipsis: return true;
    case K::Bool: return c.b;
    case K::Int: return c.big || c.i != 0;
    case K::Float: return c.f != 0.0;
    case K::Complex: return c.f != 0.0 || c.re != 0.0;
    case K::Str:
    case K::Bytes: return !c.s.empty();
    case K::Tuple:
    case K::FrozenSet: return !c.items.empty();
    case K::Code: return true;
  }
  return true;
}

namespace {

// Python's float floor-division and modulo (Objects/floatobject.c float_divmod).
bool float_divmod(double vx, double wx, double& floordiv, double& mod) {
  if (wx == 0.0) return false;
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  return true;
}

bool repeat_seq(const Const& seq, int64_t n, Const& out) {
  if (n < 0) n = 0;
  if (seq.kind == K::Tuple) {
    if (n > 0 && seq.items.size() > kMaxCollection / static_cast<size_t>(n)) return false;
    out.kind = K::Tuple;
    for (int64_t k = 0; k < n; ++k) out.items.insert(out.items.end(), seq.items.begin(), seq.items.end());
    return true;
  }
  size_t size = seq.kind == K::Str ? utf8_len(seq.s) : seq.s.size();
  if (size > 0 && static_cast<size_t>(n) > kMaxStr / size) return false;
  out.kind = seq.kind;
  for (int64_t k = 0; k < n; ++k) out.s += seq.s;
  return true;
}

// Evaluates `l op r` for constants; false when CPython would not fold it (or we can't).
// Integer `l op r` in arbitrary precision, with fold_binop's size guards (safe_multiply,
// safe_power, safe_lshift: MAX_INT_SIZE bits) and no folding where CPython's operation raises.
bool eval_int_binop(BinOpKind op, const Const& l, const Const& r, Const& out) {
  BigInt x = as_big(l), y = as_big(r);
  uint64_t xbits = x.bit_length();
  switch (op) {
    case BinOpKind::Add: out = make_int(x + y); return true;
    case BinOpKind::Sub: out = make_int(x - y); return true;
    case BinOpKind::Mult:
      if (!x.is_zero() && !y.is_zero() && xbits + y.bit_length() > kMaxIntBits) return false;
      out = make_int(x * y);
      return true;
    case BinOpKind::Div: {
      double d;
      if (y.is_zero() || !BigInt::true_divide(x, y, d)) return false;
      out = make_float(d);
      return true;
    }
    case BinOpKind::FloorDiv:
    case BinOpKind::Mod: {
      if (y.is_zero()) return false;
      BigInt q, m;
      BigInt::divmod(x, y, q, m);
      out = make_int(op == BinOpKind::FloorDiv ? q : m);
      return true;
    }
    case BinOpKind::Pow: {
      if (!x.is_zero() && y.sign() > 0) {
        if (!y.fits_int64()) return false;
        uint64_t w = static_cast<uint64_t>(y.to_int64());
        if (xbits > kMaxIntBits / w) return false;
      }
      if (y.negative()) {
        double a, b;
        if (x.is_zero() || !x.to_double(a) || !y.to_double(b)) return false;
        double v = std::pow(a, b);
        if (std::isinf(v)) return false;
        out = make_float(v);
        return true;
      }
      if (x.is_zero()) {
        out = make_int(y.is_zero() ? 1 : 0);
        return true;
      }
      out = make_int(x.pow(static_cast<uint64_t>(y.to_int64())));
      return true;
    }
    case BinOpKind::LShift:
      if (y.negative()) return false;
      if (!x.is_zero() && !y.is_zero()) {
        if (!y.fits_int64()) return false;
        uint64_t w = static_cast<uint64_t>(y.to_int64());
        if (w > kMaxIntBits || xbits > kMaxIntBits - w) return false;
      }
      out = make_int(x.is_zero() ? x : x.shl(static_cast<uint64_t>(y.to_int64())));
      return true;
    case BinOpKind::RShift:
      if (y.negative()) return false;
      out = make_int(y.fits_int64() ? x.shr(static_cast<uint64_t>(y.to_int64())) : BigInt(x.negative() ? -1 : 0));
      return true;
    case BinOpKind::BitAnd:
    case BinOpKind::BitOr:
    case BinOpKind::BitXor: {
      BigInt v = op == BinOpKind::BitAnd ? (x & y) : op == BinOpKind::BitOr ? (x | y) : (x ^ y);
      if (l.kind == K::Bool && r.kind == K::Bool) out = make_bool(!v.is_zero());
      else out = make_int(v);
      return true;
    }
    default: return false;
  }
}

// A number as a complex (complex_from... of complexobject.c); false for a non-number or an int
// too large for a float (OverflowError, so no folding).
bool to_complex(const Const& c, Complex& z) {
  if (c.kind == K::Complex) {
    z = {c.re, c.f};
    return true;
  }
  double d;
  if (!is_num(c) || !to_float(c, d)) return false;
  z = {d, 0.0};
  return true;
}

Const make_complex(Complex z) {
  Const c;
  c.kind = K::Complex;
  c.re = z.re;
  c.f = z.im;
  return c;
}

// complex_add/sub/mul/div/pow; `//` and `%` of complex numbers raise TypeError (no folding).
bool eval_complex_binop(BinOpKind op, const Const& l, const Const& r, Const& out) {
  Complex x, y, z;
  if (!to_complex(l, x) || !to_complex(r, y)) return false;
  switch (op) {
    case BinOpKind::Add: z = c_sum(x, y); break;
    case BinOpKind::Sub: z = c_diff(x, y); break;
    case BinOpKind::Mult: z = c_prod(x, y); break;
    case BinOpKind::Div:
      if (c_quot(x, y, z) != ComplexError::None) return false;
      break;
    case BinOpKind::Pow:
      if (c_pow(x, y, z) != ComplexError::None) return false;
      break;
    default: return false;
  }
  out = make_complex(z);
  return true;
}

bool eval_binop(BinOpKind op, const Const& l, const Const& r, Const& out) {
  if (l.kind == K::Complex || r.kind == K::Complex) return eval_complex_binop(op, l, r, out);
  bool ints = is_intlike(l) && is_intlike(r);
  bool nums = is_num(l) && is_num(r);
  if (ints && op != BinOpKind::MatMult) return eval_int_binop(op, l, r, out);
  if (nums && (is_big(l) || is_big(r))) {
    // A big int meets a float: the int converts first (no folding on OverflowError).
    Const fl = l, fr = r;
    double d;
    if (!to_float(l, d)) return false;
    fl = make_float(d);
    if (!to_float(r, d)) return false;
    fr = make_float(d);
    return eval_binop(op, fl, fr, out);
  }
  if (((is_big(l) && r.kind != K::Int) || (is_big(r) && l.kind != K::Int)) && op == BinOpKind::Mult)
    return false;  // sequence * huge int: MemoryError / OverflowError in CPython
  switch (op) {
    case BinOpKind::Add:
      if (nums) {
        out = make_float(as_float(l) + as_float(r));
        return true;
      }
      if (l.kind == r.kind && (l.kind == K::Str || l.kind == K::Bytes)) {
        out = l;
        out.s += r.s;
        return true;
      }
      if (l.kind == K::Tuple && r.kind == K::Tuple) {
        out = l;
        out.items.insert(out.items.end(), r.items.begin(), r.items.end());
        return true;
      }
      return false;
    case BinOpKind::Sub:
      if (nums) {
        out = make_float(as_float(l) - as_float(r));
        return true;
      }
      return false;
    case BinOpKind::Mult:
      if (nums) {
        out = make_float(as_float(l) * as_float(r));
        return true;
      }
      if ((l.kind == K::Str || l.kind == K::Bytes || l.kind == K::Tuple) && is_intlike(r))
        return repeat_seq(l, as_int(r), out);
      if ((r.kind == K::Str || r.kind == K::Bytes || r.kind == K::Tuple) && is_intlike(l))
        return repeat_seq(r, as_int(l), out);
      return false;
    case BinOpKind::Div:
      if (!nums) return false;
      if (as_float(r) == 0.0) return false;
      out = make_float(as_float(l) / as_float(r));
      return true;
    case BinOpKind::FloorDiv:
    case BinOpKind::Mod: {
      if (!nums) return false;
      double fd, md;
      if (!float_divmod(as_float(l), as_float(r), fd, md)) return false;
      out = make_float(op == BinOpKind::FloorDiv ? fd : md);
      return true;
    }
    case BinOpKind::Pow:
      if (nums) {
        double a = as_float(l), b = as_float(r);
        if (a == 0.0 && b < 0) return false;
        if (a < 0 && b != std::floor(b)) return false;  // complex result
        double v = std::pow(a, b);
        if (std::isinf(v) && !std::isinf(a)) return false;  // OverflowError
        out = make_float(v);
        return true;
      }
      return false;
    case BinOpKind::LShift:
    case BinOpKind::RShift:
    case BinOpKind::BitAnd:
    case BinOpKind::BitOr:
    case BinOpKind::BitXor: return false;
    case BinOpKind::MatMult: return false;
  }
  return false;
}

bool eval_unary(UnaryOpKind op, const Const& v, Const& out) {
  switch (op) {
    case UnaryOpKind::Not: out = make_bool(!const_truthy(v)); return true;
    case UnaryOpKind::USub:
      if (is_intlike(v)) {
        out = make_int(-as_big(v));
        return true;
      }
      if (v.kind == K::Float) {
        out = make_float(-v.f);
        return true;
      }
      if (v.kind == K::Complex) {
        out = make_complex({-v.re, -v.f});
        return true;
      }
      return false;
    case UnaryOpKind::UAdd:
      if (is_intlike(v)) {
        out = make_int(as_big(v));
        return true;
      }
      if (v.kind == K::Float || v.kind == K::Complex) {
        out = v;
        return true;
      }
      return false;
    case UnaryOpKind::Invert:
      if (is_intlike(v)) {
        out = make_int(~as_big(v));
        return true;
      }
      return false;
  }
  return false;
}

// Code points of a UTF-8 string.
std::vector<std::string> utf8_chars(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char b = s[i];
    size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

bool eval_subscript(const Const& v, const Const& idx, Const& out) {
  if (!is_intlike(idx) || is_big(idx)) return false;
  int64_t i = as_int(idx);
  if (v.kind == K::Tuple) {
    int64_t n = static_cast<int64_t>(v.items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return false;
    out = v.items[i];
    return true;
  }
  if (v.kind == K::Str) {
    auto chars = utf8_chars(v.s);
    int64_t n = static_cast<int64_t>(chars.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return false;
    out.kind = K::Str;
    out.s = chars[i];
    return true;
  }
  if (v.kind == K::Bytes) {
    int64_t n = static_cast<int64_t>(v.s.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return false;
    out = make_int(static_cast<unsigned char>(v.s[i]));
    return true;
  }
  return false;
}

class Folder {
 public:
  void module(Module& m) {
    // Under `from __future__ import annotations` annotations are kept as their source text, so
    // they are not folded (ast_opt.c checks CO_FUTURE_ANNOTATIONS the same way).
    size_t i = 0;
    auto& b = m.body;
    if (!b.empty() && b[0]->kind == StmtKind::Expr && b[0]->value->kind == ExprKind::Constant &&
        b[0]->value->value.kind == Const::Kind::Str)
      i = 1;
    for (; i < b.size() && b[i]->kind == StmtKind::ImportFrom && b[i]->name == "__future__"; ++i)
      for (const auto& a : b[i]->names)
        if (a.name == "annotations") future_annotations_ = true;
    stmts(m.body);
  }

 private:
  void stmts(std::vector<StmtP>& v) {
    for (auto& s : v) stmt(*s);
  }

  bool future_annotations_ = false;

  void annotation(ExprP& e) {
    if (!future_annotations_) opt(e);
  }

  void args(Arguments& a) {
    for (auto* list : {&a.posonlyargs, &a.args, &a.kwonlyargs})
      for (auto& p : *list) annotation(p.annotation);
    if (a.vararg) annotation(a.vararg->annotation);
    if (a.kwarg) annotation(a.kwarg->annotation);
    for (auto& d : a.defaults) expr(d);
    for (auto& d : a.kw_defaults) opt(d);
  }

  void opt(ExprP& e) {
    if (e) expr(e);
  }

  void stmt(Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef:
        args(*s.args);
        stmts(s.body);
        for (auto& d : s.decorators) expr(d);
        annotation(s.returns);
        break;
      case StmtKind::ClassDef:
        for (auto& b : s.bases) expr(b);
        for (auto& k : s.keywords) expr(k.value);
        stmts(s.body);
        for (auto& d : s.decorators) expr(d);
        break;
      case StmtKind::Return: opt(s.value); break;
      case StmtKind::Delete:
        for (auto& t : s.targets) expr(t);
        break;
      case StmtKind::Assign:
        for (auto& t : s.targets) expr(t);
        expr(s.value);
        break;
      case StmtKind::AugAssign:
        expr(s.target);
        expr(s.value);
        break;
      case StmtKind::AnnAssign:
        expr(s.target);
        annotation(s.annotation);
        opt(s.value);
        break;
      case StmtKind::For:
        expr(s.target);
        expr(s.iter);
        stmts(s.body);
        stmts(s.orelse);
        if (!s.is_async) fold_iter(s.iter);  // AsyncFor's iterable is not folded
        break;
      case StmtKind::While:
        expr(s.test);
        stmts(s.body);
        stmts(s.orelse);
        break;
      case StmtKind::If:
        expr(s.test);
        stmts(s.body);
        stmts(s.orelse);
        break;
      case StmtKind::With:
        for (auto& it : s.items) {
          expr(it.context_expr);
          opt(it.optional_vars);
        }
        stmts(s.body);
        break;
      case StmtKind::Raise:
        opt(s.value);
        opt(s.cause);
        break;
      case StmtKind::Try:
        stmts(s.body);
        for (auto& h : s.handlers) {
          opt(h.type);
          stmts(h.body);
        }
        stmts(s.orelse);
        stmts(s.finalbody);
        break;
      case StmtKind::Assert:
        expr(s.test);
        opt(s.value);
        break;
      case StmtKind::Expr: expr(s.value); break;
      case StmtKind::Match:
        expr(s.value);
        for (auto& c : s.cases) {
          pattern(*c.pattern);
          opt(c.guard);
          stmts(c.body);
        }
        break;
      default: break;
    }
  }

  void pattern(Pattern& p) {
    if (p.value) expr(p.value);
    for (auto& k : p.keys) expr(k);
    if (p.cls) expr(p.cls);
    for (auto& x : p.patterns) pattern(*x);
    for (auto& x : p.kwd_patterns) pattern(*x);
    if (p.pattern) pattern(*p.pattern);
  }

  static ExprP make_const(const Loc& loc, Const v) {
    auto e = std::make_unique<Expr>(ExprKind::Constant, loc);
    e->value = std::move(v);
    return e;
  }

  void expr(ExprP& e) {
    Expr& x = *e;
    switch (x.kind) {
      case ExprKind::BoolOp:
        for (auto& v : x.values) expr(v);
        break;
      case ExprKind::BinOp: {
        expr(x.a);
        expr(x.b);
        if (x.op == (int)BinOpKind::Mod && x.a->kind == ExprKind::Constant && x.a->value.kind == K::Str &&
            x.b->kind == ExprKind::Tuple && !has_starred(x.b->elts)) {
          optimize_format(e);
          break;
        }
        if (x.a->kind == ExprKind::Constant && x.b->kind == ExprKind::Constant) {
          Const out;
          if (eval_binop(static_cast<BinOpKind>(x.op), x.a->value, x.b->value, out))
            e = make_const(x.loc, std::move(out));
        }
        break;
      }
      case ExprKind::UnaryOp: {
        expr(x.a);
        if (x.a->kind == ExprKind::Constant) {
          Const out;
          if (eval_unary(static_cast<UnaryOpKind>(x.op), x.a->value, out)) e = make_const(x.loc, std::move(out));
        } else if (x.op == (int)UnaryOpKind::Not && x.a->kind == ExprKind::Compare && x.a->ops.size() == 1) {
          // not (a is b) -> a is not b, etc.
          CmpOp& o = x.a->ops[0];
          bool swapped = true;
          switch (o) {
            case CmpOp::Is: o = CmpOp::IsNot; break;
            case CmpOp::IsNot: o = CmpOp::Is; break;
            case CmpOp::In: o = CmpOp::NotIn; break;
            case CmpOp::NotIn: o = CmpOp::In; break;
            default: swapped = false;
          }
          if (swapped) {
            ExprP inner = std::move(x.a);  // keeps the comparison's own location (COPY_NODE)
            e = std::move(inner);
          }
        }
        break;
      }
      case ExprKind::Lambda:
        args(*x.args);
        expr(x.a);
        break;
      case ExprKind::NamedExpr: expr(x.b); break;
      case ExprKind::Yield: opt(x.a); break;
      case ExprKind::YieldFrom: expr(x.a); break;
      case ExprKind::Await: expr(x.a); break;
      case ExprKind::IfExp:
        expr(x.a);
        expr(x.b);
        expr(x.c);
        break;
      case ExprKind::Dict:
        for (auto& k : x.elts)
          if (k) expr(k);
        for (auto& v : x.values) expr(v);
        break;
      case ExprKind::Set:
        for (auto& v : x.elts) expr(v);
        break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp:
        expr(x.a);
        comps(x.generators);
        break;
      case ExprKind::DictComp:
        expr(x.a);
        expr(x.b);
        comps(x.generators);
        break;
      case ExprKind::Compare: {
        expr(x.a);
        for (auto& c : x.elts) expr(c);
        CmpOp last = x.ops.back();
        if (last == CmpOp::In || last == CmpOp::NotIn) fold_iter(x.elts.back());
        break;
      }
      case ExprKind::Call:
        expr(x.a);
        for (auto& a : x.elts) expr(a);
        for (auto& k : x.keywords) expr(k.value);
        break;
      case ExprKind::FormattedValue:
        expr(x.a);
        opt(x.b);
        break;
      case ExprKind::JoinedStr:
        for (auto& v : x.values) expr(v);
        break;
      case ExprKind::Attribute: expr(x.a); break;
      case ExprKind::Subscript:
        expr(x.a);
        expr(x.b);
        if (x.ctx == Ctx::Load && x.a->kind == ExprKind::Constant && x.b->kind == ExprKind::Constant) {
          Const out;
          if (eval_subscript(x.a->value, x.b->value, out)) e = make_const(x.loc, std::move(out));
        }
        break;
      case ExprKind::Starred: expr(x.a); break;
      case ExprKind::Slice:
        opt(x.a);
        opt(x.b);
        opt(x.c);
        break;
      case ExprKind::List:
        for (auto& v : x.elts) expr(v);
        break;
      case ExprKind::Tuple:
        for (auto& v : x.elts) expr(v);
        fold_tuple(e);
        break;
      case ExprKind::Name:
        if (x.ctx == Ctx::Load && x.id == "__debug__") {
          Const t;
          t.kind = K::Bool;
          t.b = true;
          e = make_const(x.loc, t);
        }
        break;
      default: break;
    }
  }

  static bool has_starred(const std::vector<ExprP>& elts) {
    for (auto& e : elts)
      if (e->kind == ExprKind::Starred) return true;
    return false;
  }

  // '%s literal %r' % (a, b) -> f'{a!s} literal {b!r}' (ast_opt.c optimize_format). Only
  // %s/%r/%a with optional width/precision (at most 2 digits each) are converted.
  static void optimize_format(ExprP& node) {
    const std::vector<std::string> fmt = utf8_chars(node->a->value.s);
    std::vector<ExprP>& elts = node->b->elts;
    size_t pos = 0, cnt = 0;
    std::vector<ExprP> seq;
    Loc none{-1, -1, -1, -1};
    auto make_str = [&](const std::string& s) {
      auto c = std::make_unique<Expr>(ExprKind::Constant, none);
      c->value.kind = K::Str;
      c->value.s = s;
      return c;
    };
    std::vector<size_t> used;
    while (true) {
      // literal part
      std::string lit;
      size_t start = pos;
      while (pos < fmt.size()) {
        if (fmt[pos] != "%") {
          lit += fmt[pos++];
        } else if (pos + 1 < fmt.size() && fmt[pos + 1] == "%") {
          lit += "%";
          pos += 2;
        } else {
          break;
        }
      }
      if (pos != start) seq.push_back(make_str(lit));
      if (pos >= fmt.size()) break;
      if (cnt >= elts.size()) return;  // more format units than items
      ++pos;                           // '%'
      // simple_format_arg_parse
      int flags_ljust = 0, width = -1, prec = -1;
      auto next = [&](std::string& ch) {
        if (pos >= fmt.size()) return false;
        ch = fmt[pos++];
        return true;
      };
      std::string ch;
      if (!next(ch)) return;
      while (ch == "-" || ch == "+" || ch == " " || ch == "#" || ch == "0") {
        if (ch == "-") flags_ljust = 1;
        if (!next(ch)) return;
      }
      auto isdig = [](const std::string& c) { return c.size() == 1 && c[0] >= '0' && c[0] <= '9'; };
      if (isdig(ch)) {
        width = 0;
        int digits = 0;
        while (isdig(ch)) {
          width = width * 10 + (ch[0] - '0');
          if (!next(ch)) return;
          if (++digits >= 3) return;
        }
      }
      if (ch == ".") {
        if (!next(ch)) return;
        prec = 0;
        int digits = 0;
        while (isdig(ch)) {
          prec = prec * 10 + (ch[0] - '0');
          if (!next(ch)) return;
          if (++digits >= 3) return;
        }
      }
      if (ch != "s" && ch != "r" && ch != "a") return;  // unsupported format
      std::string spec;
      if (!flags_ljust && width > 0) spec += ">";
      if (width >= 0) spec += std::to_string(width);
      if (prec >= 0) spec += "." + std::to_string(prec);
      used.push_back(cnt);
      auto fv = std::make_unique<Expr>(ExprKind::FormattedValue, elts[cnt]->loc);
      fv->conversion = ch[0];
      if (!spec.empty()) fv->b = make_str(spec);
      fv->a = nullptr;  // filled below once the conversion is known to succeed
      seq.push_back(std::move(fv));
      ++cnt;
    }
    if (cnt < elts.size()) return;  // more items than format units
    size_t k = 0;
    for (auto& part : seq)
      if (part->kind == ExprKind::FormattedValue) part->a = std::move(elts[used[k++]]);
    auto j = std::make_unique<Expr>(ExprKind::JoinedStr, node->loc);
    j->values = std::move(seq);
    node = std::move(j);
  }

  void comps(std::vector<Comprehension>& gens) {
    for (auto& g : gens) {
      expr(g.target);
      expr(g.iter);
      for (auto& i : g.ifs) expr(i);
      fold_iter(g.iter);
    }
  }

  static bool all_const(const std::vector<ExprP>& elts) {
    for (auto& e : elts)
      if (e->kind != ExprKind::Constant) return false;
    return true;
  }

  void fold_tuple(ExprP& e) {
    if (e->ctx != Ctx::Load || !all_const(e->elts)) return;
    Const t;
    t.kind = K::Tuple;
    for (auto& x : e->elts) t.items.push_back(x->value);
    e = make_const(e->loc, std::move(t));
  }

  // A list/set literal used only for iteration or membership becomes a tuple/frozenset.
  void fold_iter(ExprP& e) {
    if (e->kind == ExprKind::List) {
      e->kind = ExprKind::Tuple;
      fold_tuple(e);
    } else if (e->kind == ExprKind::Set) {
      if (!all_const(e->elts)) return;
      std::vector<Const> items;
      for (auto& x : e->elts) items.push_back(x->value);
      e = make_const(e->loc, make_frozenset(items));
    }
  }
};

}  // namespace

void optimize_ast(Module& m) {
  Folder f;
  f.module(m);
}

}  // namespace dp::py
