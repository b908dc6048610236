// Operators: arithmetic, comparison, containment, subscription and iteration over built-in and
// user-defined objects. Mirrors Objects/abstract.c (binary_op1 with __op__/__rop__ fallback),
// Objects/longobject.c and floatobject.c (Python's floor division/modulo rules),
// Objects/listobject.c / tupleobject.c / unicodeobject.c (sequence ops and slicing).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

#include "python/complex_math.h"
#include "python/consts.h"
#include "runtime/interp.h"
#include "runtime/torch_module.h"

namespace dp::rt {

namespace {

const char* kOpSymbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
const char* kOpDunders[] = {"add", "and", "floordiv", "lshift", "matmul",  "mul", "mod",
                            "or",  "pow", "rshift",   "sub",    "truediv", "xor"};

bool is_num(const Value& v) { return v.is_int() || v.is_bool() || v.is_float(); }

// int's and float's own operator methods (int.__add__, float.__rmul__, int.__neg__, ...), which
// `super().__add__(other)` in a subclass reaches (Objects/longobject.c long_as_number,
// floatobject.c float_as_number): a receiver that is not the type's raises CPython's descriptor
// error, an operand of another type gives NotImplemented, and the result is a plain int / float.
}  // namespace

void init_number_dunders(Interp& I) {
  for (Type* T : {I.int_type, I.float_type}) {
    bool is_int = T == I.int_type;
    for (int op = 0; op < 13; ++op) {
      std::string base = kOpDunders[op];
      if (base == "matmul" ||
          (!is_int && (base == "and" || base == "or" || base == "xor" || base == "lshift" || base == "rshift")))
        continue;
      for (bool reflected : {false, true}) {
        std::string name = std::string(reflected ? "__r" : "__") + base + "__";
        method(I, T, name, [op, reflected, is_int, name](Interp& I2, CallArgs& a) -> Value {
          Value self = Interp::number_payload(a[0]);
          Value other = Interp::number_payload(a[1]);
          bool self_ok = is_int ? is_integral(self) : self.is_float();
          if (!self_ok)
            I2.raise(I2.TypeError, "descriptor '" + name + "' requires a '" + (is_int ? "int" : "float") +
                                       "' object but received a '" + I2.type_name(a[0]) + "'");
          bool other_ok = is_integral(other) || (!is_int && other.is_float());
          if (!other_ok) return I2.not_implemented;
          if (a.size() > 2 && op == 8 && !a[2].is_none()) {  // __pow__(other, mod): the builtin pow
            Value x = reflected ? other : self, y = reflected ? self : other;
            return I2.call(I2.dict_get_str(I2.builtins, "pow"), {x, y, Interp::number_payload(a[2])});
          }
          return reflected ? I2.binary_op(op, other, self) : I2.binary_op(op, self, other);
        });
      }
    }
    for (const char* un : {"__neg__", "__pos__", "__abs__"}) {
      std::string name = un;
      method(I, T, name, [name](Interp& I2, CallArgs& a) -> Value {
        Value self = Interp::number_payload(a[0]);
        if (name == "__neg__") return I2.unary_neg(self);
        if (name == "__pos__") return I2.unary_pos(self);
        return I2.call(I2.dict_get_str(I2.builtins, "abs"), {self});
      });
    }
  }
}

namespace {
double as_f(const Value& v) { return v.is_float() ? v.f : v.is_int() ? static_cast<double>(v.i) : (v.b ? 1.0 : 0.0); }
int64_t as_i(const Value& v) { return v.is_int() ? v.i : (v.b ? 1 : 0); }
bool is_kind(const Value& v, Kind k) { return v.is_obj() && v.o->kind == k; }

int64_t floordiv_i(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
int64_t mod_i(int64_t a, int64_t b) {
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  return m;
}
double mod_f(double a, double b) {
  double m = std::fmod(a, b);
  if (m != 0) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = std::copysign(0.0, b);
  }
  return m;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// complex (Objects/complexobject.c); the arithmetic and the repr are python/complex_math.cpp's,
// which the constant folder uses too.

bool is_complex(const Value& v) { return v.is_obj() && v.o->kind == Kind::Other && dynamic_cast<ComplexObj*>(v.o); }

bool complex_parts(const Value& v, double& re, double& im) {
  if (is_num(v)) {
    re = as_f(v);
    im = 0.0;
    return true;
  }
  if (is_complex(v)) {
    auto* c = static_cast<ComplexObj*>(v.o);
    re = c->re;
    im = c->im;
    return true;
  }
  return false;
}

Value make_complex(Interp& I, double re, double im) {
  Type*& t = I.named_types["complex"];
  return Value::obj(I.make<ComplexObj>(t, re, im));
}

namespace {

// The longest prefix of s[i..] that is a float literal as float() reads it (digits, a point, an
// exponent, or inf/infinity/nan), parsed; false if none.
bool float_prefix(const std::string& s, size_t& i, double& out) {
  size_t j = i;
  std::string text;
  if (j < s.size() && (s[j] == '+' || s[j] == '-')) text += s[j++];
  auto word = [&](const char* w) {
    size_t n = std::strlen(w);
    if (s.size() - j < n) return false;
    for (size_t k = 0; k < n; ++k)
      if (std::tolower(static_cast<unsigned char>(s[j + k])) != w[k]) return false;
    return true;
  };
  for (const char* w : {"infinity", "inf", "nan"}) {
    if (word(w)) {
      j += std::strlen(w);
      out = std::strtod((text + w).c_str(), nullptr);
      i = j;
      return true;
    }
  }
  auto digits = [&]() {
    size_t n = 0;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) {
      text += s[j++];
      ++n;
    }
    return n;
  };
  size_t n = digits();
  if (j < s.size() && s[j] == '.') {
    text += s[j++];
    n += digits();
  }
  if (n == 0) return false;
  if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
    size_t save = j;
    std::string save_text = text;
    text += s[j++];
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) text += s[j++];
    if (digits() == 0) {
      j = save;
      text = save_text;
    }
  }
  out = std::strtod(text.c_str(), nullptr);
  i = j;
  return true;
}

// complex_from_string_inner: "<float>", "<float>j", "<float><signed-float>j", "<float><sign>j",
// "<sign>j" and "j", in optional parentheses, with surrounding whitespace.
bool complex_from_string(const std::string& s, py::Complex& z) {
  size_t i = 0;
  auto skip_space = [&]() {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  };
  auto is_j = [&]() { return i < s.size() && (s[i] == 'j' || s[i] == 'J'); };
  skip_space();
  bool bracket = i < s.size() && s[i] == '(';
  if (bracket) {
    ++i;
    skip_space();
  }
  double x = 0.0, y = 0.0, v;
  if (float_prefix(s, i, v)) {
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      x = v;
      if (!float_prefix(s, i, y)) y = s[i++] == '+' ? 1.0 : -1.0;
      if (!is_j()) return false;
      ++i;
    } else if (is_j()) {
      ++i;
      y = v;
    } else {
      x = v;
    }
  } else {
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) y = s[i++] == '+' ? 1.0 : -1.0;
    else y = 1.0;
    if (!is_j()) return false;
    ++i;
  }
  skip_space();
  if (bracket) {
    if (i >= s.size() || s[i] != ')') return false;
    ++i;
    skip_space();
  }
  if (i != s.size()) return false;
  z = {x, y};
  return true;
}

// Null when neither operand is complex or the op does not apply (the caller raises TypeError).
Value complex_binop(Interp& I, int op, Value a, Value b) {
  if (!is_complex(a) && !is_complex(b)) return Value();
  py::Complex x, y, r;
  if (!complex_parts(a, x.re, x.im) || !complex_parts(b, y.re, y.im)) return Value();
  py::ComplexError err = py::ComplexError::None;
  switch (op) {
    case 0: r = py::c_sum(x, y); break;
    case 10: r = py::c_diff(x, y); break;
    case 5: r = py::c_prod(x, y); break;
    case 11: err = py::c_quot(x, y, r); break;
    case 8: err = py::c_pow(x, y, r); break;
    default: return Value();
  }
  if (err == py::ComplexError::DivisionByZero) I.raise(I.ZeroDivisionError, "complex division by zero");
  if (err == py::ComplexError::ZeroToNegativePower) I.raise(I.ZeroDivisionError, "0.0 to a negative or complex power");
  if (err == py::ComplexError::Overflow) I.raise(I.OverflowError, "complex exponentiation");
  return make_complex(I, r.re, r.im);
}

}  // namespace

void init_complex(Interp& I) {
  Type* t = I.new_type("complex", I.object_type, Kind::Other);
  I.named_types["complex"] = t;
  I.dict_set_str(I.builtins, "complex", Value::obj(t));
  auto self = [](Interp& I2, CallArgs& a) -> ComplexObj* {
    if (!is_complex(a[0]))
      I2.raise(I2.TypeError, "descriptor requires a 'complex' object but received a '" + I2.type_name(a[0]) + "'");
    return static_cast<ComplexObj*>(a[0].o);
  };
  auto method = [&](const std::string& name, NativeFn fn) {
    Builtin* b = static_cast<Builtin*>(I.builtin(name, std::move(fn)).o);
    b->is_method = true;
    b->qualname = "complex." + name;
    I.dict_set_str(t->dict, name, Value::obj(b));
  };
  auto property = [&](const std::string& name, NativeFn fn) {
    Property* p = I.make<Property>(I.property_type);
    p->fget = I.builtin(name, std::move(fn));
    p->fset = Value::none();
    I.dict_set_str(t->dict, name, Value::obj(p));
  };
  method("__repr__", [self](Interp& I2, CallArgs& a) {
    auto* c = self(I2, a);
    return I2.str(py::complex_repr(c->re, c->im));
  });
  method("__abs__", [self](Interp& I2, CallArgs& a) {
    auto* c = self(I2, a);
    return Value::flt(std::hypot(c->re, c->im));
  });
  method("__neg__", [self](Interp& I2, CallArgs& a) {
    auto* c = self(I2, a);
    return make_complex(I2, -c->re, -c->im);
  });
  method("__pos__", [self](Interp& I2, CallArgs& a) {
    auto* c = self(I2, a);
    return make_complex(I2, c->re, c->im);
  });
  method("__bool__", [self](Interp& I2, CallArgs& a) {
    auto* c = self(I2, a);
    return Value::boolean(c->re != 0.0 || c->im != 0.0);
  });
  method("conjugate", [self](Interp& I2, CallArgs& a) {
    auto* c = self(I2, a);
    return make_complex(I2, c->re, -c->im);
  });
  property("real", [self](Interp& I2, CallArgs& a) { return Value::flt(self(I2, a)->re); });
  property("imag", [self](Interp& I2, CallArgs& a) { return Value::flt(self(I2, a)->im); });
  Builtin* ctor = static_cast<Builtin*>(
      I.builtin("complex", [](Interp& I2, CallArgs& a) -> Value {
         // complex(real=0, imag=0): complex(a, b) == a + b*1j, for numbers and complex numbers.
         Value r = a.take_kw("real"), im = a.take_kw("imag");
         if (a.size() > 1) r = a[1];
         if (a.size() > 2) im = a[2];
         if (a.size() > 3)
           I2.raise(I2.TypeError, "complex() takes at most 2 arguments (" + std::to_string(a.size() - 1) + " given)");
         double rr = 0, ri = 0, ir = 0, ii = 0;
         if (!r.is_null() && !complex_parts(r, rr, ri)) {
           if (r.is_obj() && r.o->kind == Kind::Str) {
             if (!im.is_null()) I2.raise(I2.TypeError, "complex() can't take second arg if first is a string");
             // _Py_string_to_number_with_underscores: each '_' between two digits, then dropped.
             std::string text = static_cast<Str*>(r.o)->s, plain;
             for (size_t k = 0; k < text.size(); ++k) {
               if (text[k] != '_') {
                 plain += text[k];
                 continue;
               }
               if (k == 0 || k + 1 == text.size() || !std::isdigit(static_cast<unsigned char>(text[k - 1])) ||
                   !std::isdigit(static_cast<unsigned char>(text[k + 1])))
                 I2.raise(I2.ValueError, "could not convert string to complex: " + I2.repr(r));
             }
             py::Complex z;
             if (!complex_from_string(plain, z)) I2.raise(I2.ValueError, "complex() arg is a malformed string");
             return make_complex(I2, z.re, z.im);
           }
           I2.raise(I2.TypeError,
                    "complex() first argument must be a string or a number, not '" + I2.type_name(r) + "'");
         }
         if (!im.is_null() && !complex_parts(im, ir, ii))
           I2.raise(I2.TypeError, "complex() second argument must be a number, not '" + I2.type_name(im) + "'");
         return make_complex(I2, rr - ii, ri + ir);
       }).o);
  ctor->qualname = "complex.__new__";
  I.dict_set_str(t->dict, "__new__", Value::obj(I.make<StaticMethod>(I.staticmethod_type, Value::obj(ctor))));
}

// Numeric binary op on ints/floats/bools; returns Null if not applicable.
static Value numeric_binop(Interp& I, int op, Value a, Value b) {
  if (!is_num(a) || !is_num(b)) {
    if ((is_long(a) || is_long(b)) && (is_num(a) || is_long(a)) && (is_num(b) || is_long(b)))
      return long_binop(I, op, a, b);
    return Value();
  }
  bool flt = a.is_float() || b.is_float();
  if (!flt) {
    int64_t x = as_i(a), y = as_i(b), r = 0;
    switch (op) {
      case 0:
        if (__builtin_add_overflow(x, y, &r)) break;
        return Value::integer(r);
      case 10:
        if (__builtin_sub_overflow(x, y, &r)) break;
        return Value::integer(r);
      case 5:
        if (__builtin_mul_overflow(x, y, &r)) break;
        return Value::integer(r);
      case 2:
        if (y == 0) I.raise(I.ZeroDivisionError, "integer division or modulo by zero");
        if (x == INT64_MIN && y == -1) break;
        return Value::integer(floordiv_i(x, y));
      case 6:
        if (y == 0) I.raise(I.ZeroDivisionError, "integer modulo by zero");
        if (y == -1) return Value::integer(0);  // INT64_MIN % -1 would trap
        return Value::integer(mod_i(x, y));
      case 11:
        if (y == 0) I.raise(I.ZeroDivisionError, "division by zero");
        if (x > (int64_t{1} << 53) || x < -(int64_t{1} << 53) || y > (int64_t{1} << 53) || y < -(int64_t{1} << 53))
          break;  // correctly rounded through long_true_divide
        return Value::flt(static_cast<double>(x) / static_cast<double>(y));
      case 8: {
        if (y < 0) {
          if (x == 0) I.raise(I.ZeroDivisionError, "0.0 cannot be raised to a negative power");
          return Value::flt(std::pow(static_cast<double>(x), static_cast<double>(y)));
        }
        int64_t res = 1, base = x;
        int64_t e = y;
        bool ovf = false;
        while (e > 0) {
          if (e & 1) ovf |= __builtin_mul_overflow(res, base, &res);
          e >>= 1;
          if (e) ovf |= __builtin_mul_overflow(base, base, &base);
        }
        if (ovf) break;
        return Value::integer(res);
      }
      case 1: return (a.is_bool() && b.is_bool()) ? Value::boolean(a.b && b.b) : Value::integer(x & y);
      case 7: return (a.is_bool() && b.is_bool()) ? Value::boolean(a.b || b.b) : Value::integer(x | y);
      case 12: return (a.is_bool() && b.is_bool()) ? Value::boolean(a.b != b.b) : Value::integer(x ^ y);
      case 3:
        if (y < 0) I.raise(I.ValueError, "negative shift count");
        if (y >= 63 || (x != 0 && (x > (INT64_MAX >> y) || x < (INT64_MIN >> y)))) break;
        return Value::integer(x << y);
      case 9:
        if (y < 0) I.raise(I.ValueError, "negative shift count");
        return Value::integer(y >= 64 ? (x < 0 ? -1 : 0) : (x >> y));
      default: return Value();
    }
    return long_binop(I, op, a, b);  // the result does not fit in 64 bits
  }
  double x = as_f(a), y = as_f(b);
  switch (op) {
    case 0: return Value::flt(x + y);
    case 10: return Value::flt(x - y);
    case 5: return Value::flt(x * y);
    case 11:
      if (y == 0) I.raise(I.ZeroDivisionError, "float division by zero");
      return Value::flt(x / y);
    case 2:
      if (y == 0) I.raise(I.ZeroDivisionError, "float floor division by zero");
      return Value::flt(std::floor(x / y));
    case 6:
      if (y == 0) I.raise(I.ZeroDivisionError, "float modulo");
      return Value::flt(mod_f(x, y));
    case 8:
      if (x == 0 && y < 0) I.raise(I.ZeroDivisionError, "0.0 cannot be raised to a negative power");
      return Value::flt(std::pow(x, y));
    default: return Value();
  }
}

static Value sequence_binop(Interp& I, int op, Value a, Value b) {
  // Concatenation and repetition of str / list / tuple / bytes.
  if (op == 0) {
    if (is_kind(a, Kind::Str) && is_kind(b, Kind::Str))
      return I.str(static_cast<Str*>(a.o)->s + static_cast<Str*>(b.o)->s);
    if (is_kind(a, Kind::Bytes) && is_kind(b, Kind::Bytes))
      return bytes_like(I, a, static_cast<Bytes*>(a.o)->s + static_cast<Bytes*>(b.o)->s);
    if (is_kind(a, Kind::List) && is_kind(b, Kind::List)) {
      auto v = static_cast<List*>(a.o)->items;
      auto& w = static_cast<List*>(b.o)->items;
      v.insert(v.end(), w.begin(), w.end());
      return I.list(std::move(v));
    }
    if ((is_kind(a, Kind::Tuple) || is_kind(a, Kind::Size)) && (is_kind(b, Kind::Tuple) || is_kind(b, Kind::Size))) {
      auto v = static_cast<Tuple*>(a.o)->items;
      auto& w = static_cast<Tuple*>(b.o)->items;
      v.insert(v.end(), w.begin(), w.end());
      if (is_kind(a, Kind::Size)) return Value::obj(I.make<Tuple>(I.size_type, std::move(v), Kind::Size));
      return I.tuple(std::move(v));
    }
  }
  if (op == 5) {
    Value seq = a, n = b;
    if (a.is_int() || a.is_bool() || is_long(a)) std::swap(seq, n);
    bool is_seq =
        is_kind(seq, Kind::Str) || is_kind(seq, Kind::List) || is_kind(seq, Kind::Tuple) || is_kind(seq, Kind::Bytes);
    if (is_long(n) && is_seq) I.raise(I.OverflowError, "cannot fit 'int' into an index-sized integer");
    if (!(n.is_int() || n.is_bool())) return Value();
    int64_t k = std::max<int64_t>(0, as_i(n));
    if (is_kind(seq, Kind::Str)) {
      auto& s = static_cast<Str*>(seq.o)->s;
      if (static_cast<double>(s.size()) * static_cast<double>(k) > 1e8) I.raise(I.MemoryError, "");
      std::string r;
      for (int64_t i = 0; i < k; ++i) r += s;
      return I.str(r);
    }
    if (is_kind(seq, Kind::Bytes)) {
      auto& s = static_cast<Bytes*>(seq.o)->s;
      if (static_cast<double>(s.size()) * static_cast<double>(k) > 1e8) I.raise(I.MemoryError, "");
      std::string r;
      for (int64_t i = 0; i < k; ++i) r += s;
      return bytes_like(I, seq, r);
    }
    if (is_kind(seq, Kind::List) || is_kind(seq, Kind::Tuple)) {
      auto& s = is_kind(seq, Kind::List) ? static_cast<List*>(seq.o)->items : static_cast<Tuple*>(seq.o)->items;
      if (static_cast<double>(s.size()) * static_cast<double>(k) > 1e7) I.raise(I.MemoryError, "");
      std::vector<Value> r;
      for (int64_t i = 0; i < k; ++i) r.insert(r.end(), s.begin(), s.end());
      return is_kind(seq, Kind::List) ? I.list(std::move(r)) : I.tuple(std::move(r));
    }
  }
  if (op == 6 && is_kind(a, Kind::Str)) return percent_format(I, static_cast<Str*>(a.o)->s, b);
  if (op == 6 && is_kind(a, Kind::Bytes)) return I.call(I.lookup_type(I.type_of(a), "__mod__"), {a, b});
  if ((op == 7 || op == 1 || op == 10 || op == 12) && (is_kind(a, Kind::Set) || is_kind(a, Kind::FrozenSet)) &&
      (is_kind(b, Kind::Set) || is_kind(b, Kind::FrozenSet))) {
    return set_binop(I, op, a, b);
  }
  if (op == 7 && is_kind(a, Kind::Dict) && is_kind(b, Kind::Dict)) {
    Dict* d = I.new_dict();
    for (auto& e : static_cast<Dict*>(a.o)->entries)
      if (e.live) I.dict_set(d, e.key, e.value);
    for (auto& e : static_cast<Dict*>(b.o)->entries)
      if (e.live) I.dict_set(d, e.key, e.value);
    return Value::obj(d);
  }
  return Value();
}

static bool is_user_instance(const Value& v) {
  return v.is_obj() && (v.o->kind == Kind::Instance || !v.o->type->is_builtin);
}

// An int / float subclass's operation falls back to the numbers it carries; when that fails, the
// TypeError names the operands' own types ('Status' and 'str'), as CPython's does. The operands
// as passed on, and as the message shows them (matched by identity, so a nested operation on
// other values keeps its own names).
namespace {
struct ShownOperands {
  Value a, b, shown_a, shown_b;
};
ShownOperands* g_shown = nullptr;
struct ShowOperands {
  ShownOperands shown;
  ShownOperands* saved;
  ShowOperands(Value pa, Value pb, Value a, Value b) : shown{pa, pb, a, b}, saved(g_shown) { g_shown = &shown; }
  ~ShowOperands() { g_shown = saved; }
};
}  // namespace

static std::string shown_type_name(Interp& I, const Value& a, const Value& b, bool left) {
  if (g_shown && g_shown->a.same(a) && g_shown->b.same(b))
    return I.type_name(left ? g_shown->shown_a : g_shown->shown_b);
  return I.type_name(left ? a : b);
}

Value Interp::binary_op(int nb_op, Value a, Value b) {
  bool inplace = nb_op >= 13;
  int op = inplace ? nb_op - 13 : nb_op;
  // A user subclass of tuple/list/dict/str or of int/float: its own operator methods first; for an
  // int or float subclass then the number it carries (int.__add__ & co. return a plain int /
  // float, as CPython's do).
  bool number = is_number_subclass(a) || is_number_subclass(b);
  if (number || payload_subclass(a) || payload_subclass(b)) {
    std::string name = kOpDunders[op];
    for (const char* prefix : {"__i", "__", "__r"}) {
      bool reflected = prefix[2] == 'r';
      if (prefix[2] == 'i' && !inplace) continue;
      Value self = reflected ? b : a;
      Value f = subclass_override(self, prefix + name + "__");
      if (f.is_null()) continue;
      Value res = call(f, {self, reflected ? a : b});
      if (!(res.is_obj() && res.o->kind == Kind::NotImplemented)) return res;
    }
    if (number) {
      Value pa = number_payload(a), pb = number_payload(b);
      ShowOperands show(pa, pb, a, b);
      return binary_op(nb_op, pa, pb);
    }
  }
  // str % tensor: str.__mod__ comes first (a Tensor is not a str subclass) and formats it.
  if (op == 6 && !inplace && is_kind(a, Kind::Str) && is_kind(b, Kind::Tensor))
    return percent_format(*this, static_cast<Str*>(a.o)->s, b);
  if (is_kind(a, Kind::Tensor) || is_kind(b, Kind::Tensor)) {
    if (!(is_user_instance(a) || is_user_instance(b))) return tensor_binary(*this, op, a, b, inplace);
  }
  // bytearray's in-place += and *= edit it (bytearray.cpp's __iadd__ / __imul__).
  if (inplace && (op == 0 || op == 5) && is_kind(a, Kind::Bytes) && a.o->type == bytearray_type)
    return call(lookup_type(bytearray_type, op == 0 ? "__iadd__" : "__imul__"), {a, b});
  // In-place list extension (`lst += other`).
  if (inplace && op == 0 && is_kind(a, Kind::List)) {
    auto items = to_vector(b);
    auto& v = static_cast<List*>(a.o)->items;
    v.insert(v.end(), items.begin(), items.end());
    return a;
  }
  if (inplace && (op == 7 || op == 1 || op == 10 || op == 12) && is_kind(a, Kind::Set) &&
      (is_kind(b, Kind::Set) || is_kind(b, Kind::FrozenSet))) {
    return set_inplace_binop(*this, op, a, b);
  }
  // dictviews_and / _or / _sub / _xor: a keys or items view with any iterable is a set operation
  // on set(view) and set(other), whichever side the view is on.
  if (op == 1 || op == 7 || op == 10 || op == 12) {
    auto set_view = [](const Value& v) {
      return is_kind(v, Kind::Tuple) && static_cast<Tuple*>(v.o)->view_of && static_cast<Tuple*>(v.o)->view_which != 1;
    };
    if (set_view(a) || set_view(b)) {
      Value sa = call(Value::obj(set_type), {a}), sb = call(Value::obj(set_type), {b});
      return binary_op(op, sa, sb);
    }
  }
  Value r = numeric_binop(*this, op, a, b);
  if (!r.is_null()) return r;
  r = complex_binop(*this, op, a, b);
  if (!r.is_null()) return r;
  r = sequence_binop(*this, op, a, b);
  if (!r.is_null()) return r;
  // User-defined dunders.
  std::string name = kOpDunders[op];
  if (inplace && is_user_instance(a)) {
    Value f = lookup_type(type_of(a), "__i" + name + "__");
    // Tensor's own __iadd__ & co. (torch_module.cpp) are for explicit calls; a Tensor subclass's
    // `+=` keeps the path it had before they existed.
    bool tensor_builtin = f.is_obj() && f.o->kind == Kind::Builtin && is_kind(a, Kind::Tensor);
    if (!f.is_null() && !tensor_builtin) {
      Value res = call(f, {a, b});
      if (!(res.is_obj() && res.o->kind == Kind::NotImplemented)) return res;
    }
  }
  if (a.is_obj()) {
    Value f = lookup_type(type_of(a), "__" + name + "__");
    if (!f.is_null() && !(f.is_obj() && f.o->kind == Kind::Builtin && !is_user_instance(a))) {
      Value res = call(f, {a, b});
      if (!(res.is_obj() && res.o->kind == Kind::NotImplemented)) return res;
    }
  }
  if (b.is_obj()) {
    Value f = lookup_type(type_of(b), "__r" + name + "__");
    if (!f.is_null() && !(f.is_obj() && f.o->kind == Kind::Builtin && !is_user_instance(b))) {
      Value res = call(f, {b, a});
      if (!(res.is_obj() && res.o->kind == Kind::NotImplemented)) return res;
    }
  }
  // type.__or__ / __ror__ (Objects/typeobject.c type_or): `int | None` is a types.UnionType
  // (core/prelude/types.py _union_type_or, which answers NotImplemented for other operands).
  if (op == 7 && (is_kind(a, Kind::Type) || is_kind(b, Kind::Type)) && (is_kind(a, Kind::Type) || a.is_none()) &&
      (is_kind(b, Kind::Type) || b.is_none())) {
    Value res = call(getattr(import_module("types"), "_union_type_or"), {a, b});
    if (!(res.is_obj() && res.o->kind == Kind::NotImplemented)) return res;
  }
  std::string sym = kOpSymbols[op];
  if (inplace) sym += "=";
  const std::string name_a = shown_type_name(*this, a, b, true), name_b = shown_type_name(*this, a, b, false);
  if (op == 8 && !inplace)
    raise(TypeError, "unsupported operand type(s) for ** or pow(): '" + name_a + "' and '" + name_b + "'");
  if (op == 0 && is_kind(a, Kind::Str)) raise(TypeError, "can only concatenate str (not \"" + name_b + "\") to str");
  if (op == 0 && is_kind(a, Kind::List)) raise(TypeError, "can only concatenate list (not \"" + name_b + "\") to list");
  if (op == 0 && is_kind(a, Kind::Tuple))
    raise(TypeError, "can only concatenate tuple (not \"" + name_b + "\") to tuple");
  // sequence * non-int (either order): CPython's sequence-repeat message.
  auto is_seq = [&](const Value& v) {
    return is_kind(v, Kind::Str) || is_kind(v, Kind::List) || is_kind(v, Kind::Tuple) || is_kind(v, Kind::Bytes);
  };
  if (op == 5 && (is_seq(a) || is_seq(b)) && !(b.is_int() || b.is_bool()) && !(a.is_int() || a.is_bool()))
    raise(TypeError, "can't multiply sequence by non-int of type '" + (is_seq(a) ? name_b : name_a) + "'");
  raise(TypeError, "unsupported operand type(s) for " + sym + ": '" + name_a + "' and '" + name_b + "'");
}

// ---------------------------------------------------------------------------------------------
// Comparison

static int cmp_seq(Interp& I, const std::vector<Value>& x, const std::vector<Value>& y, int op, bool& decided,
                   bool& result) {
  size_t n = std::min(x.size(), y.size());
  for (size_t i = 0; i < n; ++i) {
    if (!I.eq(x[i], y[i])) {
      decided = true;
      result = I.truthy(I.compare(op, x[i], y[i]));
      return 0;
    }
  }
  decided = false;
  return (x.size() < y.size()) ? -1 : (x.size() > y.size() ? 1 : 0);
}

static bool apply_cmp(int op, int c) {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c == 0;
    case 3: return c != 0;
    case 4: return c > 0;
    case 5: return c >= 0;
  }
  return false;
}

bool Interp::eq(Value a, Value b) {
  if (a.is_obj() && b.is_obj()) check_stack(" in comparison");
  if (is_number_subclass(a) || is_number_subclass(b)) {
    if (!subclass_override(a, "__eq__").is_null() || !subclass_override(b, "__eq__").is_null())
      return truthy(compare(2, a, b));
    return eq(number_payload(a), number_payload(b));
  }
  if (is_num(a) && is_num(b)) {
    if (a.is_float() && b.is_float()) return a.f == b.f;
    if (!a.is_float() && !b.is_float()) return as_i(a) == as_i(b);
    return num_compare(a, b) == 0;
  }
  if ((is_long(a) || is_num(a)) && (is_long(b) || is_num(b))) return num_compare(a, b) == 0;
  if (a.is_none() || b.is_none() || a.is_null() || b.is_null()) return a.tag == b.tag;
  if (is_complex(a) || is_complex(b)) {
    double ar, ai, br, bi;
    if (complex_parts(a, ar, ai) && complex_parts(b, br, bi)) return ar == br && ai == bi;
  }
  if (!a.is_obj() || !b.is_obj()) {
    Value o = a.is_obj() ? a : b;
    if (o.is_obj() &&
        (o.o->kind == Kind::Instance || o.o->kind == Kind::Tensor || !subclass_override(o, "__eq__").is_null()))
      return truthy(compare(2, a, b));
    return false;
  }
  if (!subclass_override(a, "__eq__").is_null() || !subclass_override(b, "__eq__").is_null())
    return truthy(compare(2, a, b));
  return eq_base(a, b);
}

bool Interp::eq_base(Value a, Value b) {
  if (!a.is_obj() || !b.is_obj()) return false;
  if (a.o == b.o && a.o->kind != Kind::Tensor) return true;
  Kind ka = a.o->kind, kb = b.o->kind;
  if (ka == Kind::Str && kb == Kind::Str) return static_cast<Str*>(a.o)->s == static_cast<Str*>(b.o)->s;
  if (ka == Kind::Bytes && kb == Kind::Bytes) return static_cast<Bytes*>(a.o)->s == static_cast<Bytes*>(b.o)->s;
  bool ta = ka == Kind::Tuple || ka == Kind::Size, tb = kb == Kind::Tuple || kb == Kind::Size;
  Tuple* va = ka == Kind::Tuple && static_cast<Tuple*>(a.o)->view_of ? static_cast<Tuple*>(a.o) : nullptr;
  Tuple* vb = kb == Kind::Tuple && static_cast<Tuple*>(b.o)->view_of ? static_cast<Tuple*>(b.o) : nullptr;
  if (va || vb) {
    // dictview_richcompare: keys and items views equal set-likes (sets, frozensets, keys and items
    // views) with the same elements; a values view equals only itself.
    auto set_like = [](Object* o, Tuple* v) {
      return v ? v->view_which != 1 : (o->kind == Kind::Set || o->kind == Kind::FrozenSet);
    };
    if ((va && va->view_which == 1) || (vb && vb->view_which == 1)) return false;
    if (!set_like(a.o, va) || !set_like(b.o, vb)) return false;
    if (base_len(a) != base_len(b)) return false;
    for (auto& x : to_vector(a))
      if (!base_contains(b, x)) return false;
    return true;
  }
  if ((ta && tb) || (ka == Kind::List && kb == Kind::List)) {
    auto& x = ta ? static_cast<Tuple*>(a.o)->items : static_cast<List*>(a.o)->items;
    auto& y = tb ? static_cast<Tuple*>(b.o)->items : static_cast<List*>(b.o)->items;
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (!(x[i].same(y[i]) || eq(x[i], y[i]))) return false;
    return true;
  }
  if (ka == Kind::Dict && kb == Kind::Dict) {
    auto* x = static_cast<Dict*>(a.o);
    auto* y = static_cast<Dict*>(b.o);
    if (x->size() != y->size()) return false;
    for (auto& e : x->entries) {
      if (!e.live) continue;
      Value v = dict_get(y, e.key);
      if (v.is_null() || !eq(e.value, v)) return false;
    }
    return true;
  }
  if ((ka == Kind::Set || ka == Kind::FrozenSet) && (kb == Kind::Set || kb == Kind::FrozenSet)) {
    auto* x = static_cast<Dict*>(a.o);
    auto* y = static_cast<Dict*>(b.o);
    if (x->size() != y->size()) return false;
    for (auto& e : x->entries)
      if (e.live && dict_get(y, e.key).is_null()) return false;
    return true;
  }
  if (ka == Kind::Range && kb == Kind::Range) {
    auto* x = static_cast<Range*>(a.o);
    auto* y = static_cast<Range*>(b.o);
    return x->length() == y->length() &&
           (x->length() == 0 || (x->start == y->start && (x->length() == 1 || x->step == y->step)));
  }
  if (ka == Kind::Instance || kb == Kind::Instance || ka == Kind::Tensor || kb == Kind::Tensor ||
      ka == Kind::ScriptObject || kb == Kind::ScriptObject || (!a.o->type->is_builtin && !payload_subclass(a)) ||
      (!b.o->type->is_builtin && !payload_subclass(b)))
    return truthy(compare(2, a, b));
  if (ka == Kind::DType && kb == Kind::DType)
    return static_cast<DTypeObj*>(a.o)->dtype == static_cast<DTypeObj*>(b.o)->dtype;
  return false;
}

Value Interp::compare(int op, Value a, Value b) {
  if (a.is_obj() && b.is_obj()) check_stack(" in comparison");
  static const char* syms[] = {"<", "<=", "==", "!=", ">", ">="};
  static const char* dunders[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  static const int swapped[] = {4, 5, 2, 3, 0, 1};
  // A subclass of int or float: its own comparison methods (the right operand's reflected one
  // first when its class derives from the left's), then the numbers they carry.
  if (is_number_subclass(a) || is_number_subclass(b)) {
    bool b_first = is_number_subclass(b) && type_of(b) != type_of(a) && type_of(b)->is_subtype(type_of(a)) &&
                   !subclass_override(b, dunders[swapped[op]]).is_null();
    for (int pass = 0; pass < 2; ++pass) {
      bool left = (pass == 0) != b_first;
      Value self = left ? a : b, other = left ? b : a;
      if (!is_number_subclass(self)) continue;
      Value f = subclass_override(self, left ? dunders[op] : dunders[swapped[op]]);
      if (f.is_null()) continue;
      Value r = call(f, {self, other});
      if (!(r.is_obj() && r.o->kind == Kind::NotImplemented)) return r;
    }
    Value pa = number_payload(a), pb = number_payload(b);
    ShowOperands show(pa, pb, a, b);
    return compare(op, pa, pb);
  }
  if (is_kind(a, Kind::Tensor) || is_kind(b, Kind::Tensor)) {
    if (!(is_user_instance(a) || is_user_instance(b))) return tensor_compare(*this, op, a, b);
  }
  // Mixed int/float and big ints compare exactly (float_richcompare, long_richcompare).
  if ((is_long(a) || is_num(a)) && (is_long(b) || is_num(b)) &&
      (is_long(a) || is_long(b) || a.is_float() != b.is_float())) {
    int c = num_compare(a, b);
    return Value::boolean(c == 2 ? op == 3 : apply_cmp(op, c));
  }
  if (is_num(a) && is_num(b)) {
    if (a.is_float() || b.is_float()) {
      double x = as_f(a), y = as_f(b);
      switch (op) {
        case 0: return Value::boolean(x < y);
        case 1: return Value::boolean(x <= y);
        case 2: return Value::boolean(x == y);
        case 3: return Value::boolean(x != y);
        case 4: return Value::boolean(x > y);
        case 5: return Value::boolean(x >= y);
      }
    }
    int64_t x = as_i(a), y = as_i(b);
    return Value::boolean(apply_cmp(op, x < y ? -1 : (x > y ? 1 : 0)));
  }
  // Subclasses of tuple/list/dict/str: their own comparison methods, then the built-in's
  // (a reflected method of the right operand first when its class derives from the left's).
  if (payload_subclass(a) || payload_subclass(b)) {
    bool b_first = payload_subclass(b) && type_of(b) != type_of(a) && type_of(b)->is_subtype(type_of(a)) &&
                   !subclass_override(b, dunders[swapped[op]]).is_null();
    for (int pass = 0; pass < 2; ++pass) {
      bool left = (pass == 0) != b_first;
      Value self = left ? a : b, other = left ? b : a;
      Value f = payload_subclass(self) ? subclass_override(self, left ? dunders[op] : dunders[swapped[op]]) : Value();
      if (f.is_null() && !payload_subclass(self) && is_user_instance(self))
        f = lookup_type(type_of(self), left ? dunders[op] : dunders[swapped[op]]);
      if (f.is_null() || (!payload_subclass(self) && !is_user_instance(self))) continue;
      Value r = call(f, {self, other});
      if (!(r.is_obj() && r.o->kind == Kind::NotImplemented)) return r;
    }
    if (is_kind(a, Kind::Instance) || is_kind(b, Kind::Instance)) {
      if (op == 2) return Value::boolean(a.same(b));
      if (op == 3) return Value::boolean(!a.same(b));
    }
    if (op == 2) return Value::boolean(a.same(b) || eq_base(a, b));
    if (op == 3) return Value::boolean(!(a.same(b) || eq_base(a, b)));
  } else if (is_user_instance(a) || is_user_instance(b)) {
    if (is_user_instance(b) && !is_user_instance(a)) {
      // Reflected first only when the left side has no user method.
    }
    if (a.is_obj()) {
      Value f = lookup_type(type_of(a), dunders[op]);
      if (!f.is_null() && (f.o->kind == Kind::Function || is_user_instance(a))) {
        Value r = call(f, {a, b});
        if (!(r.is_obj() && r.o->kind == Kind::NotImplemented)) return r;
      }
    }
    if (b.is_obj()) {
      Value f = lookup_type(type_of(b), dunders[swapped[op]]);
      if (!f.is_null() && (f.o->kind == Kind::Function || is_user_instance(b))) {
        Value r = call(f, {b, a});
        if (!(r.is_obj() && r.o->kind == Kind::NotImplemented)) return r;
      }
    }
    if (op == 2) return Value::boolean(a.same(b));
    if (op == 3) return Value::boolean(!a.same(b));
  }
  // torch.ScriptObject's comparison methods (script_object.cpp): the custom class's own (_Foo's
  // __eq__) or NotImplementedError; never a fallback to identity.
  if (is_kind(a, Kind::ScriptObject) || is_kind(b, Kind::ScriptObject)) {
    bool left = is_kind(a, Kind::ScriptObject);
    Value f = lookup_type(type_of(left ? a : b), left ? dunders[op] : dunders[swapped[op]]);
    if (!f.is_null()) return left ? call(f, {a, b}) : call(f, {b, a});
  }
  if (op == 2) return Value::boolean(eq(a, b));
  if (op == 3) return Value::boolean(!eq(a, b));
  if (is_kind(a, Kind::Str) && is_kind(b, Kind::Str)) {
    int c = static_cast<Str*>(a.o)->s.compare(static_cast<Str*>(b.o)->s);
    return Value::boolean(apply_cmp(op, c));
  }
  if (is_kind(a, Kind::Bytes) && is_kind(b, Kind::Bytes)) {  // bytes / bytearray: memcmp order
    int c = static_cast<Bytes*>(a.o)->s.compare(static_cast<Bytes*>(b.o)->s);
    return Value::boolean(apply_cmp(op, c));
  }
  bool seq_a = is_kind(a, Kind::List) || is_kind(a, Kind::Tuple) || is_kind(a, Kind::Size);
  bool seq_b = is_kind(b, Kind::List) || is_kind(b, Kind::Tuple) || is_kind(b, Kind::Size);
  if (seq_a && seq_b && (is_kind(a, Kind::List) == is_kind(b, Kind::List))) {
    auto& x = is_kind(a, Kind::List) ? static_cast<List*>(a.o)->items : static_cast<Tuple*>(a.o)->items;
    auto& y = is_kind(b, Kind::List) ? static_cast<List*>(b.o)->items : static_cast<Tuple*>(b.o)->items;
    bool decided = false, result = false;
    int c = cmp_seq(*this, x, y, op, decided, result);
    if (decided) return Value::boolean(result);
    return Value::boolean(apply_cmp(op, c));
  }
  if ((is_kind(a, Kind::Set) || is_kind(a, Kind::FrozenSet)) &&
      (is_kind(b, Kind::Set) || is_kind(b, Kind::FrozenSet))) {
    auto* x = static_cast<Dict*>(a.o);
    auto* y = static_cast<Dict*>(b.o);
    auto subset = [&](Dict* p, Dict* q) {
      for (auto& e : p->entries)
        if (e.live && dict_get(q, e.key).is_null()) return false;
      return true;
    };
    switch (op) {
      case 0: return Value::boolean(x->size() < y->size() && subset(x, y));
      case 1: return Value::boolean(subset(x, y));
      case 4: return Value::boolean(x->size() > y->size() && subset(y, x));
      case 5: return Value::boolean(subset(y, x));
    }
  }
  raise(TypeError, std::string("'") + syms[op] + "' not supported between instances of '" +
                       shown_type_name(*this, a, b, true) + "' and '" + shown_type_name(*this, a, b, false) + "'");
}

bool Interp::contains(Value container, Value item) {
  if (Value f = subclass_override(container, "__contains__"); !f.is_null()) return truthy(call(f, {container, item}));
  if (payload_subclass(container) && !subclass_override(container, "__iter__").is_null()) {
    Value it = iter(container);
    Value v;
    while (next(it, v))
      if (v.same(item) || eq(v, item)) return true;
    return false;
  }
  return base_contains(container, item);
}

bool Interp::base_contains(Value container, Value item) {
  if (container.is_obj()) {
    Object* o = container.o;
    switch (o->kind) {
      case Kind::Str: {
        if (!is_kind(item, Kind::Str))
          raise(TypeError, "'in <string>' requires string as left operand, not " + type_name(item));
        return static_cast<Str*>(o)->s.find(static_cast<Str*>(item.o)->s) != std::string::npos;
      }
      case Kind::Bytes: {
        // bytes_contains (_Py_bytes_contains): an int is a byte value, a bytes object a substring.
        const std::string& hay = static_cast<Bytes*>(o)->s;
        Value n = number_payload(item);
        if (n.is_int() || n.is_bool()) {
          int64_t b = as_i(n);
          if (b < 0 || b > 255) raise(ValueError, "byte must be in range(0, 256)");
          return hay.find(static_cast<char>(static_cast<unsigned char>(b))) != std::string::npos;
        }
        if (!is_kind(item, Kind::Bytes))
          raise(TypeError, "a bytes-like object is required, not '" + type_name(item) + "'");
        return hay.find(static_cast<Bytes*>(item.o)->s) != std::string::npos;
      }
      case Kind::Dict:
      case Kind::Set:
      case Kind::FrozenSet: return !dict_get(static_cast<Dict*>(o), item).is_null();
      case Kind::List:
        for (auto& v : static_cast<List*>(o)->items)
          if (v.same(item) || eq(v, item)) return true;
        return false;
      case Kind::Tuple:
      case Kind::Size: {
        auto* t = static_cast<Tuple*>(o);
        if (t->view_of && t->view_which == 0) return !dict_get(t->view_of, item).is_null();
        if (t->view_of && t->view_which == 2) {
          // dictitems_contains: a (key, value) pair whose key is in the dict with an equal value.
          if (!is_kind(item, Kind::Tuple) || static_cast<Tuple*>(item.o)->items.size() != 2) return false;
          auto& kv = static_cast<Tuple*>(item.o)->items;
          Value v = dict_get(t->view_of, kv[0]);
          return !v.is_null() && (v.same(kv[1]) || eq(v, kv[1]));
        }
        sync_dict_view(t);
        for (auto& v : t->items)
          if (v.same(item) || eq(v, item)) return true;
        return false;
      }
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        item = number_payload(item);
        // A float equal to an int of the range is in it (range_contains compares with ==).
        if (item.is_float()) {
          if (!std::isfinite(item.f) || std::floor(item.f) != item.f || std::fabs(item.f) > 9.0e18) return false;
          item = Value::integer(static_cast<int64_t>(item.f));
        }
        if (!(item.is_int() || item.is_bool())) return false;
        int64_t x = as_i(item);
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return false;
        return (x - r->start) % r->step == 0;
      }
      case Kind::Tensor: return tensor_contains(*this, container, item);
      default: {
        Value c = lookup_type(o->type, "__contains__");
        if (!c.is_null()) return truthy(call(c, {container, item}));
        break;
      }
    }
  }
  Value it = iter(container);
  Value v;
  while (next(it, v))
    if (v.same(item) || eq(v, item)) return true;
  return false;
}

Value Interp::unary_neg(Value v) {
  if (is_number_subclass(v)) {
    Value f = subclass_override(v, "__neg__");
    return f.is_null() ? unary_neg(number_payload(v)) : call(f, {v});
  }
  if (v.is_int()) {
    if (v.i == INT64_MIN) return int_value(*this, -py::BigInt(v.i));
    return Value::integer(-v.i);
  }
  if (is_long(v)) return int_value(*this, -static_cast<LongObj*>(v.o)->v);
  if (v.is_bool()) return Value::integer(v.b ? -1 : 0);
  if (v.is_float()) return Value::flt(-v.f);
  if (is_kind(v, Kind::Tensor)) return tensor_unary(*this, "neg", v);
  if (v.is_obj()) {
    Value f = lookup_type(type_of(v), "__neg__");
    if (!f.is_null()) return call(f, {v});
  }
  raise(TypeError, "bad operand type for unary -: '" + type_name(v) + "'");
}

Value Interp::unary_pos(Value v) {
  if (is_number_subclass(v)) {
    Value f = subclass_override(v, "__pos__");
    return f.is_null() ? unary_pos(number_payload(v)) : call(f, {v});
  }
  if (v.is_int() || v.is_float() || is_long(v)) return v;
  if (v.is_bool()) return Value::integer(v.b ? 1 : 0);
  if (is_kind(v, Kind::Tensor)) return tensor_unary(*this, "positive", v);
  if (v.is_obj()) {
    Value f = lookup_type(type_of(v), "__pos__");
    if (!f.is_null()) return call(f, {v});
  }
  raise(TypeError, "bad operand type for unary +: '" + type_name(v) + "'");
}

Value Interp::unary_invert(Value v) {
  if (is_number_subclass(v)) {
    Value f = subclass_override(v, "__invert__");
    return f.is_null() ? unary_invert(number_payload(v)) : call(f, {v});
  }
  if (v.is_int()) return Value::integer(~v.i);
  if (is_long(v)) return int_value(*this, ~static_cast<LongObj*>(v.o)->v);
  if (v.is_bool()) return Value::integer(~static_cast<int64_t>(v.b));
  if (is_kind(v, Kind::Tensor)) return tensor_unary(*this, "bitwise_not", v);
  if (v.is_obj()) {
    Value f = lookup_type(type_of(v), "__invert__");
    if (!f.is_null()) return call(f, {v});
  }
  raise(TypeError, "bad operand type for unary ~: '" + type_name(v) + "'");
}

// ---------------------------------------------------------------------------------------------
// Subscription

// Normalizes a slice against a sequence length (PySlice_AdjustIndices).
void slice_indices(Interp& I, Slice* s, int64_t len, int64_t& start, int64_t& stop, int64_t& step) {
  step = s->step.is_none() ? 1 : I.index_value(s->step);
  if (step == 0) I.raise(I.ValueError, "slice step cannot be zero");
  int64_t lo = step < 0 ? -1 : 0, hi = step < 0 ? len - 1 : len;
  auto adj = [&](Value v, int64_t def) {
    if (v.is_none()) return def;
    int64_t x = I.index_value(v);
    if (x < 0) {
      x += len;
      if (x < lo) x = lo;
    } else if (x > hi) {
      x = hi;
    }
    return x;
  };
  start = adj(s->start, step < 0 ? len - 1 : 0);
  stop = adj(s->stop, step < 0 ? -1 : len);
}

static std::vector<Value> slice_vec(Interp& I, const std::vector<Value>& v, Slice* s) {
  int64_t start, stop, step;
  slice_indices(I, s, static_cast<int64_t>(v.size()), start, stop, step);
  std::vector<Value> out;
  if (step > 0)
    for (int64_t i = start; i < stop; i += step) out.push_back(v[static_cast<size_t>(i)]);
  else
    for (int64_t i = start; i > stop; i += step) out.push_back(v[static_cast<size_t>(i)]);
  return out;
}

static int64_t norm_index(Interp& I, Value key, int64_t len, const char* what) {
  // PyNumber_AsSsize_t(key, PyExc_IndexError): an int beyond 64 bits is an IndexError here.
  if (is_long(Interp::number_payload(key)))
    I.raise(I.IndexError, "cannot fit '" + I.type_name(key) + "' into an index-sized integer");
  int64_t i = I.index_value(key);
  if (i < 0) i += len;
  if (i < 0 || i >= len) I.raise(I.IndexError, std::string(what) + " index out of range");
  return i;
}

static std::vector<std::string> utf8_chars(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t n = 1;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0) n = 4;
    else if (c >= 0xE0) n = 3;
    else if (c >= 0xC0) n = 2;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

Value Interp::getitem(Value obj, Value key) {
  if (Value f = subclass_override(obj, "__getitem__"); !f.is_null()) return call(f, {obj, key});
  return base_getitem(obj, key);
}

Value Interp::base_getitem(Value obj, Value key) {
  if (obj.is_obj()) {
    Object* o = obj.o;
    bool is_slice = is_kind(key, Kind::Slice);
    switch (o->kind) {
      case Kind::List: {
        auto& v = static_cast<List*>(o)->items;
        if (is_slice) return list(slice_vec(*this, v, static_cast<Slice*>(key.o)));
        if (!(key.is_int() || key.is_bool() || (key.is_obj() && !lookup_type(type_of(key), "__index__").is_null())))
          raise(TypeError, "list indices must be integers or slices, not " + type_name(key));
        return v[static_cast<size_t>(norm_index(*this, key, static_cast<int64_t>(v.size()), "list"))];
      }
      case Kind::Tuple:
      case Kind::Size: {
        if (static_cast<Tuple*>(o)->view_of) raise(TypeError, "'" + o->type->name + "' object is not subscriptable");
        auto& v = static_cast<Tuple*>(o)->items;
        if (is_slice) {
          auto r = slice_vec(*this, v, static_cast<Slice*>(key.o));
          if (o->kind == Kind::Size) return Value::obj(make<Tuple>(size_type, std::move(r), Kind::Size));
          return tuple(std::move(r));
        }
        if (!(key.is_int() || key.is_bool() || (key.is_obj() && !lookup_type(type_of(key), "__index__").is_null())))
          raise(TypeError, "tuple indices must be integers or slices, not " + type_name(key));
        return v[static_cast<size_t>(norm_index(*this, key, static_cast<int64_t>(v.size()), "tuple"))];
      }
      case Kind::Str: {
        auto chars = utf8_chars(static_cast<Str*>(o)->s);
        if (is_slice) {
          std::vector<Value> tmp;
          for (size_t i = 0; i < chars.size(); ++i) tmp.push_back(Value::integer(static_cast<int64_t>(i)));
          std::string r;
          for (auto& ix : slice_vec(*this, tmp, static_cast<Slice*>(key.o))) r += chars[static_cast<size_t>(ix.i)];
          return str(r);
        }
        if (!(key.is_int() || key.is_bool() || is_long(key)))
          raise(TypeError, "string indices must be integers, not '" + type_name(key) + "'");
        return str(chars[static_cast<size_t>(norm_index(*this, key, static_cast<int64_t>(chars.size()), "string"))]);
      }
      case Kind::Bytes: {
        auto& s = static_cast<Bytes*>(o)->s;
        if (is_slice) {
          std::vector<Value> tmp;
          for (size_t i = 0; i < s.size(); ++i) tmp.push_back(Value::integer(static_cast<int64_t>(i)));
          std::string r;
          for (auto& ix : slice_vec(*this, tmp, static_cast<Slice*>(key.o))) r += s[static_cast<size_t>(ix.i)];
          return bytes_like(*this, obj, r);
        }
        return Value::integer(static_cast<unsigned char>(
            s[static_cast<size_t>(norm_index(*this, key, static_cast<int64_t>(s.size()),
                                             o->type == bytearray_type ? "bytearray" : "index"))]));
      }
      case Kind::Dict: {
        Value v = dict_get(static_cast<Dict*>(o), key);
        if (v.is_null()) {
          if (o->type != dict_type) {
            Value miss = lookup_type(o->type, "__missing__");
            if (!miss.is_null()) return call(miss, {obj, key});
          }
          throw PyException([&] {
            Instance* e = make<Instance>(KeyError);
            e->args = tuple({key});
            return Value::obj(e);
          }());
        }
        return v;
      }
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        if (is_slice) {
          int64_t start, stop, step;
          slice_indices(*this, static_cast<Slice*>(key.o), r->length(), start, stop, step);
          return Value::obj(
              make<Range>(range_type, r->start + start * r->step, r->start + stop * r->step, r->step * step));
        }
        int64_t i = norm_index(*this, key, r->length(), "range object");
        return Value::integer(r->start + i * r->step);
      }
      case Kind::Tensor: return tensor_getitem(*this, obj, key);
      case Kind::Type: {
        // A metaclass's __getitem__ (Enum['NAME']) first, as type(cls).__getitem__.
        if (o->type != type_type) {
          Value mg = lookup_type(o->type, "__getitem__");
          if (is_kind(mg, Kind::Function)) return call(mg, {obj, key});
        }
        // __class_getitem__ is an implicit classmethod; an explicit @classmethod works too.
        Value f = lookup_type(static_cast<Type*>(o), "__class_getitem__");
        if (is_kind(f, Kind::ClassMethod)) f = static_cast<ClassMethod*>(f.o)->func;
        if (!f.is_null()) return call(f, {obj, key});
        if (o == type_type) return generic_alias(*this, obj, key);  // type[X]
        raise(TypeError, "type '" + static_cast<Type*>(o)->name + "' is not subscriptable");
      }
      default: {
        Value f = lookup_type(o->type, "__getitem__");
        if (!f.is_null()) return call(f, {obj, key});
      }
    }
  }
  raise(TypeError, "'" + type_name(obj) + "' object is not subscriptable");
}

void Interp::setitem(Value obj, Value key, Value v) {
  if (Value f = subclass_override(obj, "__setitem__"); !f.is_null()) {
    call(f, {obj, key, v});
    return;
  }
  base_setitem(obj, key, v);
}

void Interp::base_setitem(Value obj, Value key, Value v) {
  if (obj.is_obj()) {
    Object* o = obj.o;
    switch (o->kind) {
      case Kind::List: {
        auto& items = static_cast<List*>(o)->items;
        if (is_kind(key, Kind::Slice)) {
          int64_t start, stop, step;
          slice_indices(*this, static_cast<Slice*>(key.o), static_cast<int64_t>(items.size()), start, stop, step);
          auto nv = to_vector(v);
          if (step == 1) {
            if (stop < start) stop = start;
            items.erase(items.begin() + start, items.begin() + stop);
            items.insert(items.begin() + start, nv.begin(), nv.end());
            return;
          }
          std::vector<int64_t> idx;
          if (step > 0)
            for (int64_t i = start; i < stop; i += step) idx.push_back(i);
          else
            for (int64_t i = start; i > stop; i += step) idx.push_back(i);
          if (idx.size() != nv.size())
            raise(ValueError, "attempt to assign sequence of size " + std::to_string(nv.size()) +
                                  " to extended slice of size " + std::to_string(idx.size()));
          for (size_t i = 0; i < idx.size(); ++i) items[static_cast<size_t>(idx[i])] = nv[i];
          return;
        }
        items[static_cast<size_t>(norm_index(*this, key, static_cast<int64_t>(items.size()), "list assignment"))] = v;
        return;
      }
      case Kind::Dict: dict_set(static_cast<Dict*>(o), key, v); return;
      case Kind::Tensor: tensor_setitem(*this, obj, key, v); return;
      default: {
        Value f = lookup_type(o->type, "__setitem__");
        if (!f.is_null()) {
          call(f, {obj, key, v});
          return;
        }
      }
    }
  }
  raise(TypeError, "'" + type_name(obj) + "' object does not support item assignment");
}

void Interp::delitem(Value obj, Value key) {
  if (Value f = subclass_override(obj, "__delitem__"); !f.is_null()) {
    call(f, {obj, key});
    return;
  }
  if (obj.is_obj()) {
    Object* o = obj.o;
    switch (o->kind) {
      case Kind::List: {
        auto& items = static_cast<List*>(o)->items;
        if (is_kind(key, Kind::Slice)) {
          int64_t start, stop, step;
          slice_indices(*this, static_cast<Slice*>(key.o), static_cast<int64_t>(items.size()), start, stop, step);
          std::vector<Value> kept;
          for (int64_t i = 0; i < static_cast<int64_t>(items.size()); ++i) {
            bool in = step > 0 ? (i >= start && i < stop && (i - start) % step == 0)
                               : (i <= start && i > stop && (start - i) % (-step) == 0);
            if (!in) kept.push_back(items[static_cast<size_t>(i)]);
          }
          items = std::move(kept);
          return;
        }
        items.erase(items.begin() + norm_index(*this, key, static_cast<int64_t>(items.size()), "list assignment"));
        return;
      }
      case Kind::Dict:
        if (!dict_del(static_cast<Dict*>(o), key)) {
          Instance* e = make<Instance>(KeyError);
          e->args = tuple({key});
          throw PyException(Value::obj(e));
        }
        return;
      default: {
        Value f = lookup_type(o->type, "__delitem__");
        if (!f.is_null()) {
          call(f, {obj, key});
          return;
        }
      }
    }
  }
  raise(TypeError, "'" + type_name(obj) + "' object doesn't support item deletion");
}

// ---------------------------------------------------------------------------------------------
// Iteration

Value make_seq_iterator(Interp& I, Value seq, Type* cls) {
  Type* t = cls ? cls
                : I.iter_class(seq.o->kind == Kind::List ? Interp::IterClass::list_iterator
                                                         : Interp::IterClass::tuple_iterator);
  Iterator* it = I.make<Iterator>(t);
  size_t pos = 0;
  it->next = [seq, pos](Interp& I2, Value& out) mutable {
    Object* o = seq.o;
    const std::vector<Value>* v = nullptr;
    if (o->kind == Kind::List) v = &static_cast<List*>(o)->items;
    else v = &static_cast<Tuple*>(o)->items;
    (void)I2;
    if (pos >= v->size()) return false;
    out = (*v)[pos++];
    return true;
  };
  it->refs = {seq};
  return Value::obj(it);
}

Value Interp::iter(Value v) {
  if (Value f = subclass_override(v, "__iter__"); !f.is_null()) {
    Value it = call(f, {v});
    if (!(it.is_obj() && (it.o->kind == Kind::Iterator || it.o->kind == Kind::Generator ||
                          !lookup_type(type_of(it), "__next__").is_null())))
      raise(TypeError, "iter() returned non-iterator of type '" + type_name(it) + "'");
    return it;
  }
  return base_iter(v);
}

Value Interp::base_iter(Value v) {
  if (v.is_obj()) {
    Object* o = v.o;
    if (o->kind == Kind::Tuple && static_cast<Tuple*>(o)->view_of) {
      // dictiter: walks the dict's entries as they are now; a change of size is an error.
      Dict* d = static_cast<Tuple*>(o)->view_of;
      int which = static_cast<Tuple*>(o)->view_which;
      Iterator* it = make<Iterator>(iter_class(which == 0   ? IterClass::dict_keyiterator
                                               : which == 1 ? IterClass::dict_valueiterator
                                                            : IterClass::dict_itemiterator));
      size_t pos = 0, initial = d->size();
      it->next = [d, which, pos, initial](Interp& I, Value& out) mutable {
        if (d->size() != initial) {
          initial = static_cast<size_t>(-1);  // stays raised, as CPython's di_used = -1
          I.raise(I.RuntimeError, "dictionary changed size during iteration");
        }
        while (pos < d->entries.size() && !d->entries[pos].live) ++pos;
        if (pos >= d->entries.size()) return false;
        auto& e = d->entries[pos++];
        out = which == 0 ? e.key : which == 1 ? e.value : I.tuple({e.key, e.value});
        return true;
      };
      it->refs = {Value::obj(d)};
      return Value::obj(it);
    }
    switch (o->kind) {
      case Kind::List:
      case Kind::Tuple:
      case Kind::Size: return make_seq_iterator(*this, v);
      case Kind::Str: {
        const std::string& s = static_cast<Str*>(o)->s;
        auto chars = std::make_shared<std::vector<std::string>>(utf8_chars(s));
        // CPython 3.11 iterates a compact ASCII string with str_ascii_iterator.
        bool ascii = chars->size() == s.size();
        Iterator* it = make<Iterator>(iter_class(ascii ? IterClass::str_ascii_iterator : IterClass::str_iterator));
        size_t pos = 0;
        it->next = [chars, pos](Interp& I, Value& out) mutable {
          if (pos >= chars->size()) return false;
          out = I.str((*chars)[pos++]);
          return true;
        };
        return Value::obj(it);
      }
      case Kind::Bytes: {
        Iterator* it = make<Iterator>(
            iter_class(o->type == bytearray_type ? IterClass::bytearray_iterator : IterClass::bytes_iterator));
        size_t pos = 0;
        it->next = [v, pos](Interp&, Value& out) mutable {
          auto& s = static_cast<Bytes*>(v.o)->s;
          if (pos >= s.size()) return false;
          out = Value::integer(static_cast<unsigned char>(s[pos++]));
          return true;
        };
        it->refs = {v};
        return Value::obj(it);
      }
      case Kind::Dict:
      case Kind::Set:
      case Kind::FrozenSet: {
        Iterator* it =
            make<Iterator>(iter_class(o->kind == Kind::Dict ? IterClass::dict_keyiterator : IterClass::set_iterator));
        size_t pos = 0;
        auto* d = static_cast<Dict*>(o);
        set_sync(d);  // sets iterate in hash-table slot order
        size_t initial = d->size();
        it->next = [d, pos, initial](Interp& I, Value& out) mutable {
          if (d->size() != initial)
            I.raise(I.RuntimeError,
                    std::string(d->kind == Kind::Dict ? "dictionary" : "Set") + " changed size during iteration");
          while (pos < d->entries.size() && !d->entries[pos].live) ++pos;
          if (pos >= d->entries.size()) return false;
          out = d->entries[pos++].key;
          return true;
        };
        it->refs = {Value::obj(d)};
        return Value::obj(it);
      }
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        Iterator* it = make<Iterator>(iter_class(IterClass::range_iterator));
        int64_t cur = r->start, stop = r->stop, step = r->step;
        it->next = [cur, stop, step](Interp&, Value& out) mutable {
          if (step > 0 ? cur >= stop : cur <= stop) return false;
          out = Value::integer(cur);
          cur += step;
          return true;
        };
        return Value::obj(it);
      }
      case Kind::Iterator: return v;
      case Kind::Generator:
        if (o->type != generator_type) raise(TypeError, "'" + o->type->name + "' object is not iterable");
        return v;
      case Kind::Tensor: return tensor_iter(*this, v);
      default: {
        Value f = lookup_type(o->type, "__iter__");
        if (!f.is_null()) return call(f, {v});
        Value gi = lookup_type(o->type, "__getitem__");
        if (!gi.is_null()) {
          Iterator* it = make<Iterator>(iterator_type);
          int64_t idx = 0;
          it->next = [v, gi, idx](Interp& I, Value& out) mutable {
            try {
              out = I.call(gi, {v, Value::integer(idx++)});
              return true;
            } catch (PyException& e) {
              if (I.isinstance(e.exc, I.IndexError) || I.isinstance(e.exc, I.StopIteration)) return false;
              throw;
            }
          };
          it->refs = {v, gi};
          return Value::obj(it);
        }
      }
    }
  }
  raise(TypeError, "'" + type_name(v) + "' object is not iterable");
}

Value generator_send(Interp& I, Generator* g, Value v, bool& done);  // vm.cpp

bool Interp::next(Value it, Value& out) {
  if (!it.is_obj()) raise(TypeError, "'" + type_name(it) + "' object is not an iterator");
  Object* o = it.o;
  if (o->kind == Kind::Iterator) return static_cast<Iterator*>(o)->next(*this, out);
  if (o->kind == Kind::Generator && o->type == generator_type) {
    bool done = false;
    out = generator_send(*this, static_cast<Generator*>(o), Value::none(), done);
    return !done;
  }
  Value f = lookup_type(o->type, "__next__");
  if (f.is_null()) raise(TypeError, "'" + type_name(it) + "' object is not an iterator");
  try {
    out = call(f, {it});
    return true;
  } catch (PyException& e) {
    if (isinstance(e.exc, StopIteration)) return false;
    throw;
  }
}

std::vector<Value> Interp::to_vector(Value iterable) {
  if (payload_subclass(iterable) && !subclass_override(iterable, "__iter__").is_null()) {
    std::vector<Value> out;
    Value it = iter(iterable);
    Value v;
    while (next(it, v)) out.push_back(v);
    return out;
  }
  if (is_kind(iterable, Kind::List)) return static_cast<List*>(iterable.o)->items;
  if (is_kind(iterable, Kind::Tuple) || is_kind(iterable, Kind::Size)) {
    sync_dict_view(iterable.o);
    return static_cast<Tuple*>(iterable.o)->items;
  }
  std::vector<Value> out;
  Value it = iter(iterable);
  Value v;
  while (next(it, v)) {
    out.push_back(v);
    if (out.size() > 50'000'000) raise(MemoryError, "");
  }
  return out;
}

}  // namespace dp::rt
