// Python ints beyond 64 bits, on the eager runtime: the parts of CPython's Objects/longobject.c
// that sit above the arithmetic (py::BigInt, core/python/longint.cpp): boxing (LongObj, unboxed
// whenever the value fits in int64), the number protocol's slow path, exact int/float comparison
// (float_richcompare), PyLong_FromString / long_to_decimal_string with 3.11's int_max_str_digits
// limit (Python/sysmodule.c's sys.set_int_max_str_digits), the int methods (bit_length, to_bytes,
// from_bytes, ...). What is followed and the limits: docs/python-ints.md.
#include <cmath>

#include "python/consts.h"
#include "runtime/interp.h"

namespace dp::rt {

using py::BigInt;

namespace {

// Results larger than this many bits raise MemoryError before any work is done (CPython would try
// to allocate them); smaller work is charged to the step budget (one step per 64 limb products).
constexpr uint64_t kMaxBits = uint64_t{1} << 26;
// The big ints a run may keep (the arena frees nothing before the run ends): 256 MiB of limbs.
constexpr int64_t kMaxLongBytes = int64_t{1} << 28;

// MemoryError with no message, as CPython raises it when an allocation fails.
[[noreturn]] void memory_error(Interp& I) {
  Instance* e = I.make<Instance>(I.MemoryError);
  e->args = I.tuple({});
  throw PyException(Value::obj(e));
}

void charge(Interp& I, uint64_t work) {
  I.steps += static_cast<int64_t>(work / 64);
  if (I.steps > I.budgets.max_steps) I.step_budget_exceeded();
}

void check_bits(Interp& I, uint64_t bits) {
  if (bits > kMaxBits) memory_error(I);
}

// An operand as a BigInt without copying a LongObj's.
class BigRef {
 public:
  explicit BigRef(const Value& v) {
    if (is_long(v)) {
      p_ = &static_cast<LongObj*>(v.o)->v;
    } else {
      tmp_ = to_bigint(v);
      p_ = &tmp_;
    }
  }
  BigRef(const BigRef&) = delete;
  BigRef& operator=(const BigRef&) = delete;
  const BigInt& operator*() const { return *p_; }
  const BigInt* operator->() const { return p_; }

 private:
  BigInt tmp_;
  const BigInt* p_;
};

uint64_t limbs_of(const BigInt& v) { return v.limbs() + 1; }

constexpr const char* kLimitHint = "; use sys.set_int_max_str_digits() to increase the limit";

std::string text_arg(Interp& I, Value v, const char* what) {
  if (!(v.is_obj() && v.o->kind == Kind::Str))
    I.raise(I.TypeError, std::string(what) + " must be str, not " + I.type_name(v));
  return static_cast<Str*>(v.o)->s;
}

}  // namespace

bool is_long(const Value& v) { return v.is_obj() && v.o->kind == Kind::Long; }
bool is_integral(const Value& v) { return v.is_int() || v.is_bool() || is_long(v); }

BigInt to_bigint(const Value& v) {
  if (v.is_int()) return BigInt(v.i);
  if (v.is_bool()) return BigInt(v.b ? 1 : 0);
  return static_cast<LongObj*>(v.o)->v;
}

Value int_value(Interp& I, BigInt v) {
  if (v.fits_int64()) return Value::integer(v.to_int64());
  I.long_bytes += static_cast<int64_t>(v.limbs() * sizeof(uint32_t) + sizeof(LongObj));
  if (I.long_bytes > kMaxLongBytes) memory_error(I);
  return Value::obj(I.make<LongObj>(I.int_type, std::move(v)));
}

double int_to_double(Interp& I, const Value& v) {
  if (v.is_int()) return static_cast<double>(v.i);
  if (v.is_bool()) return v.b ? 1.0 : 0.0;
  double d = 0;
  if (!static_cast<LongObj*>(v.o)->v.to_double(d)) I.raise(I.OverflowError, "int too large to convert to float");
  return d;
}

Value float_to_int(Interp& I, double f) {
  if (std::isnan(f)) I.raise(I.ValueError, "cannot convert float NaN to integer");
  if (std::isinf(f)) I.raise(I.OverflowError, "cannot convert float infinity to integer");
  if (std::fabs(f) < 9.2e18) return Value::integer(static_cast<int64_t>(f));
  return int_value(I, BigInt::from_double(f));
}

int num_compare(const Value& a, const Value& b) {
  if (a.is_float() && b.is_float()) {
    if (std::isnan(a.f) || std::isnan(b.f)) return 2;
    return a.f < b.f ? -1 : a.f > b.f ? 1 : 0;
  }
  if (!a.is_float() && !b.is_float()) {
    if (!is_long(a) && !is_long(b)) {
      int64_t x = a.is_int() ? a.i : a.b, y = b.is_int() ? b.i : b.b;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return BigInt::compare(to_bigint(a), to_bigint(b));
  }
  // int against float, exactly (float_richcompare): compare with the float's integer part, then
  // let its fractional part decide a tie.
  if (b.is_float()) {
    int c = num_compare(b, a);
    return c == 2 ? 2 : -c;
  }
  double f = a.f;
  if (std::isnan(f)) return 2;
  if (std::isinf(f)) return f > 0 ? 1 : -1;
  if (b.is_int() && std::fabs(f) < 9007199254740992.0 && b.i > -(int64_t{1} << 53) && b.i < (int64_t{1} << 53)) {
    double y = static_cast<double>(b.i);
    return f < y ? -1 : f > y ? 1 : 0;
  }
  double ip = std::trunc(f);
  int c = BigInt::compare(BigInt::from_double(ip), to_bigint(b));
  if (c != 0) return c;
  double frac = f - ip;
  return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

std::string long_to_str(Interp& I, const BigInt& v) {
  // 3.11 refuses before converting when the value certainly has more digits than allowed.
  if (I.int_max_str_digits > 0 && v.bit_length() > 3322 &&
      static_cast<double>(v.bit_length() - 1) * 0.30102999566398120 >= static_cast<double>(I.int_max_str_digits)) {
    I.raise(I.ValueError, "Exceeds the limit (" + std::to_string(I.int_max_str_digits) +
                              " digits) for integer string conversion" + kLimitHint);
  }
  charge(I, limbs_of(v) * limbs_of(v));
  std::string s = v.to_string(10);
  size_t digits = s.size() - (v.negative() ? 1 : 0);
  if (I.int_max_str_digits > 0 && digits > static_cast<size_t>(I.int_max_str_digits))
    I.raise(I.ValueError, "Exceeds the limit (" + std::to_string(I.int_max_str_digits) +
                              " digits) for integer string conversion" + kLimitHint);
  return s;
}

// PyLong_FromString: optional whitespace and sign, a base prefix (base 0, or the matching base),
// single underscores between digits (and after a prefix), no leading zeros in base 0.
Value long_from_string(Interp& I, const std::string& text, int base) {
  if (base != 0 && (base < 2 || base > 36)) I.raise(I.ValueError, "int() base must be >= 2 and <= 36, or 0");
  auto invalid = [&]() {
    std::string r = py::str_repr(text);
    if (r.size() > 200) r = r.substr(0, 200);
    I.raise(I.ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " + r);
  };
  const std::string ws = " \t\n\r\x0b\x0c";
  size_t b = text.find_first_not_of(ws), e = text.find_last_not_of(ws);
  if (b == std::string::npos) invalid();
  std::string t = text.substr(b, e - b + 1);
  size_t i = 0;
  bool neg = false;
  if (t[i] == '+' || t[i] == '-') neg = t[i++] == '-';
  int eff = base;
  bool prefixed = false;
  if (i + 1 < t.size() && t[i] == '0') {
    char p = static_cast<char>(t[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      eff = pb;
      i += 2;
      prefixed = true;
    }
  }
  if (eff == 0) eff = 10;
  std::string digits;
  bool prev_digit = false, last_underscore = false;
  if (i >= t.size()) invalid();
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (c == '_') {
      // One underscore between digits, or right after a base prefix ("0x_1").
      if (!(prev_digit || (prefixed && digits.empty() && !last_underscore))) invalid();
      prev_digit = false;
      last_underscore = true;
      continue;
    }
    char lc = static_cast<char>(c | 0x20);
    int d = c >= '0' && c <= '9' ? c - '0' : lc >= 'a' && lc <= 'z' ? lc - 'a' + 10 : 99;
    if (d >= eff) invalid();
    digits.push_back(c);
    prev_digit = true;
    last_underscore = false;
  }
  if (last_underscore || digits.empty()) invalid();
  // Base 0 refuses leading zeros on a nonzero decimal ("010").
  if (base == 0 && !prefixed && digits.size() > 1 && digits[0] == '0' &&
      digits.find_first_not_of('0') != std::string::npos)
    invalid();
  bool pow2 = (eff & (eff - 1)) == 0;
  if (!pow2 && I.int_max_str_digits > 0 && digits.size() > static_cast<size_t>(I.int_max_str_digits))
    I.raise(I.ValueError, "Exceeds the limit (" + std::to_string(I.int_max_str_digits) +
                              " digits) for integer string conversion: value has " + std::to_string(digits.size()) +
                              " digits" + kLimitHint);
  charge(I, digits.size() * (digits.size() / 9 + 1) / 4);
  check_bits(I, digits.size() * 6);
  return int_value(I, BigInt::from_digits(digits, eff, neg));
}

Value long_binop(Interp& I, int op, Value a, Value b) {
  if (a.is_float() || b.is_float()) {
    // The int converts to float first (OverflowError when too large), as float_* do.
    Value fa = a.is_float() ? a : Value::flt(int_to_double(I, a));
    Value fb = b.is_float() ? b : Value::flt(int_to_double(I, b));
    return I.binary_op(op, fa, fb);
  }
  BigRef xr(a), yr(b);
  const BigInt &x = *xr, &y = *yr;
  switch (op) {
    case 0: charge(I, limbs_of(x) + limbs_of(y)); return int_value(I, x + y);
    case 10: charge(I, limbs_of(x) + limbs_of(y)); return int_value(I, x - y);
    case 5:
      check_bits(I, x.bit_length() + y.bit_length());
      charge(I, BigInt::mul_work(limbs_of(x), limbs_of(y)));
      return int_value(I, x * y);
    case 2:
    case 6: {
      if (y.is_zero())
        I.raise(I.ZeroDivisionError, op == 2 ? "integer division or modulo by zero" : "integer modulo by zero");
      charge(I, limbs_of(x) * limbs_of(y));
      BigInt q, r;
      BigInt::divmod(x, y, q, r);
      return int_value(I, op == 2 ? q : r);
    }
    case 11: {
      if (y.is_zero()) I.raise(I.ZeroDivisionError, "division by zero");
      charge(I, limbs_of(x) * limbs_of(y));
      double d = 0;
      if (!BigInt::true_divide(x, y, d)) I.raise(I.OverflowError, "integer division result too large for a float");
      return Value::flt(d);
    }
    case 8: {
      if (y.negative()) {
        if (x.is_zero()) I.raise(I.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return I.binary_op(8, Value::flt(int_to_double(I, a)), Value::flt(int_to_double(I, b)));
      }
      // 0, 1 and -1 stay small whatever the exponent.
      if (x.is_zero() || x == BigInt(1)) return int_value(I, y.is_zero() ? BigInt(1) : x);
      if (x == BigInt(-1)) {
        BigInt q, r;
        BigInt::divmod(y, BigInt(2), q, r);
        return Value::integer(r.is_zero() ? 1 : -1);
      }
      if (!y.fits_int64()) memory_error(I);
      uint64_t e = static_cast<uint64_t>(y.to_int64());
      double lg = x.fits_int64() ? std::log2(std::fabs(static_cast<double>(x.to_int64())))
                                 : static_cast<double>(x.bit_length());
      double bits = lg * static_cast<double>(e);
      if (bits > static_cast<double>(kMaxBits)) memory_error(I);
      // Repeated squaring: the last squaring (of half the result's limbs) dominates.
      uint64_t out_limbs = static_cast<uint64_t>(bits) / 32 + 1;
      charge(I, BigInt::mul_work(out_limbs / 2 + 1, out_limbs / 2 + 1) * 2);
      return int_value(I, x.pow(e));
    }
    case 1: charge(I, limbs_of(x) + limbs_of(y)); return int_value(I, x & y);
    case 7: charge(I, limbs_of(x) + limbs_of(y)); return int_value(I, x | y);
    case 12: charge(I, limbs_of(x) + limbs_of(y)); return int_value(I, x ^ y);
    case 3:
    case 9: {
      if (y.negative()) I.raise(I.ValueError, "negative shift count");
      if (op == 9) {
        if (!y.fits_int64()) return Value::integer(x.negative() ? -1 : 0);
        charge(I, limbs_of(x));
        return int_value(I, x.shr(static_cast<uint64_t>(y.to_int64())));
      }
      if (x.is_zero()) return Value::integer(0);
      if (!y.fits_int64()) I.raise(I.OverflowError, "too many digits in integer");
      uint64_t n = static_cast<uint64_t>(y.to_int64());
      check_bits(I, x.bit_length() + n);
      charge(I, limbs_of(x) + n / 32);
      return int_value(I, x.shl(n));
    }
    default: return Value();
  }
}

Value long_pow_mod(Interp& I, Value a, Value e, Value m) {
  BigInt x = to_bigint(a), y = to_bigint(e), z = to_bigint(m);
  if (z.is_zero()) I.raise(I.ValueError, "pow() 3rd argument cannot be 0");
  BigInt mod = z.abs();
  if (y.negative()) {
    BigInt inv;
    if (!BigInt::inverse_mod(x, mod, inv)) I.raise(I.ValueError, "base is not invertible for the given modulus");
    x = inv;
    y = -y;
  }
  charge(I, limbs_of(mod) * limbs_of(mod) * 2 * (y.bit_length() + 1));
  BigInt r = BigInt::pow_mod(x, y, mod);
  // The result takes the modulus' sign (long_pow: a negative modulus gives a result in (m, 0]).
  if (z.negative() && !r.is_zero()) r = r - mod;
  return int_value(I, r);
}

void init_long(Interp& I) {
  Type* T = I.int_type;
  // int.__format__ (long__format__). format() of a subclass's instance does not come here (the
  // call unwraps the number): format_value gives str(self) for an empty spec, as CPython does.
  method(I, T, "__format__", [](Interp& I2, CallArgs& a) {
    if (a.size() != 2)
      I2.raise(I2.TypeError,
               "int.__format__() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
    if (!(a[1].is_obj() && a[1].o->kind == Kind::Str))
      I2.raise(I2.TypeError, "__format__() argument must be str, not " + I2.type_name(a[1]));
    return format_value(I2, a[0], static_cast<Str*>(a[1].o)->s);
  });
  method(I, T, "bit_length", [](Interp& I2, CallArgs& a) {
    if (!is_integral(a[0])) I2.raise(I2.TypeError, "descriptor 'bit_length' requires an 'int' object");
    return Value::integer(static_cast<int64_t>(to_bigint(a[0]).bit_length()));
  });
  // int.as_integer_ratio(): (int(self), 1).
  method(I, T, "as_integer_ratio", [](Interp& I2, CallArgs& a) {
    if (!is_integral(a[0])) I2.raise(I2.TypeError, "descriptor 'as_integer_ratio' requires an 'int' object");
    Value v = a[0].is_bool() ? Value::integer(a[0].b) : Interp::number_payload(a[0]);
    return I2.tuple({v, Value::integer(1)});
  });
  method(I, T, "bit_count", [](Interp& I2, CallArgs& a) {
    if (!is_integral(a[0])) I2.raise(I2.TypeError, "descriptor 'bit_count' requires an 'int' object");
    std::string bin = to_bigint(a[0]).abs().to_string(2);
    int64_t n = 0;
    for (char c : bin) n += c == '1';
    return Value::integer(n);
  });
  // int.real / numerator (the int itself), imag (0), denominator (1), conjugate(): the numbers ABC.
  auto as_int = [](const Value& v) { return v.is_bool() ? Value::integer(v.b) : Interp::number_payload(v); };
  auto property = [&](const std::string& name, NativeFn fn) {
    Property* p = I.make<Property>(I.property_type);
    p->fget = I.builtin(name, std::move(fn));
    p->fset = Value::none();
    I.dict_set_str(T->dict, name, Value::obj(p));
  };
  property("real", [as_int](Interp&, CallArgs& a) { return as_int(a[0]); });
  property("numerator", [as_int](Interp&, CallArgs& a) { return as_int(a[0]); });
  property("imag", [](Interp&, CallArgs&) { return Value::integer(0); });
  property("denominator", [](Interp&, CallArgs&) { return Value::integer(1); });
  method(I, T, "conjugate", [as_int](Interp&, CallArgs& a) { return as_int(a[0]); });
  method(I, T, "__index__", [](Interp& I2, CallArgs& a) {
    if (is_long(a[0])) return a[0];
    return Value::integer(I2.index_value(a[0]));
  });
  // to_bytes(length=1, byteorder='big', *, signed=False)
  method(I, T, "to_bytes", [](Interp& I2, CallArgs& a) {
    Value len = a.take_kw("length"), order = a.take_kw("byteorder"), sgn = a.take_kw("signed");
    if (a.size() > 1) len = a[1];
    if (a.size() > 2) order = a[2];
    int64_t n = len.is_null() ? 1 : I2.index_value(len);
    std::string bo = order.is_null() ? "big" : text_arg(I2, order, "to_bytes() argument 'byteorder'");
    if (bo != "big" && bo != "little") I2.raise(I2.ValueError, "byteorder must be either 'little' or 'big'");
    if (n < 0) I2.raise(I2.ValueError, "length argument must be non-negative");
    if (n > (int64_t{1} << 24)) memory_error(I2);
    std::string out;
    bool is_signed = !sgn.is_null() && I2.truthy(sgn);
    BigInt v = to_bigint(a[0]);
    if (!v.to_bytes(static_cast<size_t>(n), bo == "little", is_signed, out)) {
      if (v.negative() && !is_signed) I2.raise(I2.OverflowError, "can't convert negative int to unsigned");
      I2.raise(I2.OverflowError, "int too big to convert");
    }
    return I2.bytes(out);
  });
  // from_bytes(bytes, byteorder='big', *, signed=False)
  classmethod(I, T, "from_bytes", [](Interp& I2, CallArgs& a) -> Value {
    Value data = a.take_kw("bytes"), order = a.take_kw("byteorder"), sgn = a.take_kw("signed");
    if (a.size() > 1) data = a[1];
    if (a.size() > 2) order = a[2];
    if (data.is_null()) I2.raise(I2.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    std::string raw;
    if (data.is_obj() && data.o->kind == Kind::Bytes) {
      raw = static_cast<Bytes*>(data.o)->s;
    } else {
      for (Value x : I2.to_vector(data)) {
        int64_t byte = I2.index_value(x);
        if (byte < 0 || byte > 255) I2.raise(I2.ValueError, "bytes must be in range(0, 256)");
        raw.push_back(static_cast<char>(byte));
      }
    }
    std::string bo = order.is_null() ? "big" : text_arg(I2, order, "from_bytes() argument 'byteorder'");
    if (bo != "big" && bo != "little") I2.raise(I2.ValueError, "byteorder must be either 'little' or 'big'");
    bool is_signed = !sgn.is_null() && I2.truthy(sgn);
    Value r = int_value(I2, BigInt::from_bytes(raw, bo == "little", is_signed));
    // int_from_bytes_impl: for a subclass, cls(result).
    if (a[0].is_obj() && a[0].o != I2.int_type) return I2.call(a[0], {r});
    return r;
  });
}

}  // namespace dp::rt
