// The `math` module's float functions (CPython 3.11's Modules/mathmodule.c), natively; the integer
// functions (gcd, lcm, factorial, comb, perm, isqrt) are Python in core/prelude/math.py.
//
// What the code relies on (facts of CPython's module, docs/stdlib.md):
//  * arguments convert as PyFloat_AsDouble: floats, ints (OverflowError "int too large to convert
//    to float"), objects with __float__ or __index__; anything else is "must be real number, not T";
//  * math_1: a NaN result from a non-NaN argument is ValueError("math domain error"); an infinite
//    result from a finite argument is OverflowError("math range error") for the functions that
//    can overflow (exp, exp2, expm1, cosh, sinh) and the domain error for the others;
//  * gamma and lgamma are CPython's own Lanczos approximation (N=13, g=6.024680040776729583740234375,
//    the rational form of the sum, the x+g-0.5 rounding correction, reflection for x < 0), not
//    the C library's, which differs in the last bits;
//  * hypot and dist are CPython's vector_norm (scaled to [0.5, 1), squared and summed with the
//    lost low parts kept, one differential correction of the square root);
//  * fsum is Shewchuk's exact partials with CPython's final round-half-even correction and its
//    "intermediate overflow in fsum" / "-inf + inf in fsum" errors;
//  * atan2, pow, fmod, remainder, ldexp, frexp, modf, log follow mathmodule.c's special cases.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <limits>

#include "runtime/interp.h"

namespace dp::rt {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

[[noreturn]] void domain_error(Interp& I) { I.raise(I.ValueError, "math domain error"); }
[[noreturn]] void range_error(Interp& I) { I.raise(I.OverflowError, "math range error"); }

// PyFloat_AsDouble.
double as_double(Interp& I, Value v) {
  v = Interp::number_payload(v);
  if (v.is_float()) return v.f;
  if (v.is_int()) return static_cast<double>(v.i);
  if (v.is_bool()) return v.b ? 1.0 : 0.0;
  if (is_long(v)) return int_to_double(I, v);
  Value f = I.lookup_type(I.type_of(v), "__float__");
  if (!f.is_null()) {
    Value r = I.call(f, {v});
    if (!r.is_float()) I.raise(I.TypeError, I.type_name(v) + ".__float__ returned non-float (type " + I.type_name(r) + ")");
    return r.f;
  }
  Value ix = I.lookup_type(I.type_of(v), "__index__");
  if (!ix.is_null()) return int_to_double(I, I.call(ix, {v}));
  I.raise(I.TypeError, "must be real number, not " + I.type_name(v));
}

void exactly_one(Interp& I, CallArgs& a, const std::string& name) {
  if (a.size() != 1 || !a.kw.empty()) {
    if (!a.kw.empty()) I.raise(I.TypeError, "math." + name + "() takes no keyword arguments");
    I.raise(I.TypeError, "math." + name + "() takes exactly one argument (" + std::to_string(a.size()) + " given)");
  }
}

void positional(Interp& I, CallArgs& a, const std::string& name, size_t lo, size_t hi) {
  if (!a.kw.empty()) I.raise(I.TypeError, name + "() takes no keyword arguments");
  size_t n = a.size();
  if (n >= lo && n <= hi) return;
  std::string what = lo == hi ? "" : n < lo ? "at least " : "at most ";
  size_t want = n < lo ? lo : hi;
  I.raise(I.TypeError, name + " expected " + what + std::to_string(want) + " argument" + (want == 1 ? "" : "s") +
                           ", got " + std::to_string(n));
}

// --- gamma and lgamma (Lanczos) ---------------------------------------------------------------
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
const double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// x * (x+1) * ... * (x+11) expanded
const double kLanczosDen[kLanczosN] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                       45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                       1925.0,     66.0,       1.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

// sin(pi * x) for finite x, exact at the integers and half-integers.
double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0), r = 0;
  switch (static_cast<int>(std::round(2.0 * y))) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// err: 0, EDOM or ERANGE.
double tgamma_py(double x, int& err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    err = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    err = EDOM;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      err = EDOM;
      return NAN;
    }
    if (x <= 23) {
      double f = 1.0;
      for (int i = 2; i < static_cast<int>(x); ++i) f *= i;
      return f;
    }
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) err = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    err = ERANGE;
    return HUGE_VAL;
  }
  double y = absx + kLanczosGMinusHalf, z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) err = ERANGE;
  return r;
}

double lgamma_py(double x, int& err) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      err = EDOM;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) err = ERANGE;
  return r;
}

// --- vector_norm (hypot, dist) ------------------------------------------------------------------
struct DoubleLength {
  double hi, lo;
};
DoubleLength dl_fast_sum(double a, double b) {
  double x = a + b;
  return {x, (a - x) + b};
}
DoubleLength dl_mul(double x, double y) {
  double z = x * y;
  return {z, std::fma(x, y, -z)};
}

double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || vec.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {  // subnormals: scale up first (ldexp(1.0, -max_e) would overflow)
    for (double& v : vec) v /= DBL_MIN;
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double v : vec) {
    double x = v * scale;
    DoubleLength pr = dl_mul(x, x);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = dl_mul(-h, h);
  DoubleLength sm = dl_fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

// --- fsum -------------------------------------------------------------------------------------
double fsum(Interp& I, Value iterable) {
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  Value it = I.iter(iterable);
  Value item;
  while (I.next(it, item)) {
    double x = as_double(I, item), xsave = x;
    size_t i = 0;
    for (double y : p) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // nonfinite: an intermediate overflow, or an inf / nan among the summands
        if (std::isfinite(xsave)) I.raise(I.OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) I.raise(I.ValueError, "-inf + inf in fsum");
    return special_sum;
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0.0;
    // sum the partials from the top, stopping when the sum becomes inexact
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // round half-even when the remaining partials would push past a halfway case
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y, yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return hi;
}

// --- log and friends (loghelper) ----------------------------------------------------------------
double m_log(double x, int& err, double (*fn)(double)) {
  if (std::isfinite(x)) {
    if (x > 0.0) return fn(x);
    err = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  err = EDOM;
  return NAN;
}

double loghelper(Interp& I, Value v, double (*fn)(double)) {
  v = Interp::number_payload(v);
  if (v.is_int() || v.is_bool() || is_long(v)) {
    py::BigInt b = to_bigint(v);
    if (b.negative() || b.is_zero()) domain_error(I);
    double d = 0;
    if (!b.to_double(d)) {
      // an int beyond the float range: x * 2**e with x in [0.5, 1) (_PyLong_Frexp)
      uint64_t shift = b.bit_length() - 64;
      double top = 0;
      b.shr(shift).to_double(top);
      return fn(std::ldexp(top, -64)) + static_cast<double>(shift + 64) * fn(2.0);
    }
    int err = 0;
    double r = m_log(d, err, fn);
    if (err) domain_error(I);
    return r;
  }
  int err = 0;
  double r = m_log(as_double(I, v), err, fn);
  if (err) domain_error(I);
  return r;
}

// --- pow --------------------------------------------------------------------------------------
double m_pow(Interp& I, double x, double y) {
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) return y == 0.0 ? 1.0 : x;
    if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
    if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) return odd_y ? x : std::fabs(x);
      if (y == 0.0) return 1.0;
      return odd_y ? std::copysign(0.0, x) : 0.0;
    }
    // y is infinite
    if (std::fabs(x) == 1.0) return 1.0;
    if (y > 0.0 && std::fabs(x) > 1.0) return y;
    if (y < 0.0 && std::fabs(x) < 1.0) return -y;
    return 0.0;
  }
  double r = std::pow(x, y);
  if (std::isnan(r)) domain_error(I);
  if (std::isinf(r)) {
    if (x == 0.0) domain_error(I);
    range_error(I);
  }
  return r;
}

// Integral result of floor / ceil / trunc of a number (the int itself for ints).
Value int_of(Interp& I, Value v, double (*fn)(double), const char* dunder) {
  v = Interp::number_payload(v);
  if (v.is_int() || is_long(v)) return v;
  if (v.is_bool()) return Value::integer(v.b ? 1 : 0);
  if (v.is_float()) return float_to_int(I, fn(v.f));
  Value m = I.lookup_type(I.type_of(v), dunder);
  if (!m.is_null()) return I.call(m, {v});
  if (std::string(dunder) == "__trunc__")
    I.raise(I.TypeError, "type " + I.type_name(v) + " doesn't define __trunc__ method");
  return float_to_int(I, fn(as_double(I, v)));
}

}  // namespace

void init_math(Interp& I, Module* m) {
  auto def = [&](const char* name, NativeFn fn) { I.dict_set_str(m->dict, name, I.builtin(name, std::move(fn), "math")); };
  // math_1: one float argument, the domain / range checks.
  auto f1 = [&](const char* name, double (*fn)(double), bool can_overflow) {
    std::string n = name;
    def(name, [fn, can_overflow, n](Interp& I2, CallArgs& a) {
      exactly_one(I2, a, n);
      double x = as_double(I2, a[0]);
      double r = fn(x);
      if (std::isnan(r) && !std::isnan(x)) domain_error(I2);
      if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) range_error(I2);
        domain_error(I2);
      }
      return Value::flt(r);
    });
  };
  f1("acos", [](double x) { return std::acos(x); }, false);
  f1("acosh", [](double x) { return std::acosh(x); }, false);
  f1("asin", [](double x) { return std::asin(x); }, false);
  f1("asinh", [](double x) { return std::asinh(x); }, false);
  f1("atan", [](double x) { return std::atan(x); }, false);
  f1("atanh", [](double x) { return std::atanh(x); }, false);
  f1("cbrt", [](double x) { return std::cbrt(x); }, false);
  f1("cos", [](double x) { return std::cos(x); }, false);
  f1("cosh", [](double x) { return std::cosh(x); }, true);
  f1("erf", [](double x) { return std::erf(x); }, false);
  f1("erfc", [](double x) { return std::erfc(x); }, false);
  f1("exp", [](double x) { return std::exp(x); }, true);
  f1("exp2", [](double x) { return std::exp2(x); }, true);
  f1("expm1", [](double x) { return std::expm1(x); }, true);
  f1("fabs", [](double x) { return std::fabs(x); }, false);
  f1("sin", [](double x) { return std::sin(x); }, false);
  f1("sinh", [](double x) { return std::sinh(x); }, true);
  f1("sqrt", [](double x) { return std::sqrt(x); }, false);
  f1("tan", [](double x) { return std::tan(x); }, false);
  f1("tanh", [](double x) { return std::tanh(x); }, false);
  f1("log1p", [](double x) { return x == -1.0 ? -HUGE_VAL : std::log1p(x); }, false);
  auto gamma_like = [&](const char* name, double (*fn)(double, int&)) {
    std::string n = name;
    def(name, [fn, n](Interp& I2, CallArgs& a) {
      exactly_one(I2, a, n);
      int err = 0;
      double r = fn(as_double(I2, a[0]), err);
      if (err == EDOM) domain_error(I2);
      if (err == ERANGE && std::fabs(r) >= 1.5) range_error(I2);
      return Value::flt(r);
    });
  };
  gamma_like("gamma", tgamma_py);
  gamma_like("lgamma", lgamma_py);

  def("log", [](Interp& I2, CallArgs& a) {
    positional(I2, a, "log", 1, 2);
    double num = loghelper(I2, a[0], [](double x) { return std::log(x); });
    if (a.size() == 1) return Value::flt(num);
    double den = loghelper(I2, a[1], [](double x) { return std::log(x); });
    if (den == 0.0) I2.raise(I2.ZeroDivisionError, "float division by zero");
    return Value::flt(num / den);
  });
  def("log2", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "log2");
    return Value::flt(loghelper(I2, a[0], [](double x) { return std::log2(x); }));
  });
  def("log10", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "log10");
    return Value::flt(loghelper(I2, a[0], [](double x) { return std::log10(x); }));
  });

  def("floor", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "floor");
    return int_of(I2, a[0], [](double x) { return std::floor(x); }, "__floor__");
  });
  def("ceil", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "ceil");
    return int_of(I2, a[0], [](double x) { return std::ceil(x); }, "__ceil__");
  });
  def("trunc", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "trunc");
    return int_of(I2, a[0], [](double x) { return std::trunc(x); }, "__trunc__");
  });

  def("atan2", [](Interp& I2, CallArgs& a) {
    positional(I2, a, "atan2", 2, 2);
    double y = as_double(I2, a[0]), x = as_double(I2, a[1]);
    if (std::isnan(x) || std::isnan(y)) return Value::flt(NAN);
    if (std::isinf(y)) {
      if (std::isinf(x)) return Value::flt(std::copysign((std::copysign(1.0, x) == 1.0 ? 0.25 : 0.75) * kPi, y));
      return Value::flt(std::copysign(0.5 * kPi, y));
    }
    if (std::isinf(x) || y == 0.0) return Value::flt(std::copysign(std::copysign(1.0, x) == 1.0 ? 0.0 : kPi, y));
    return Value::flt(std::atan2(y, x));
  });
  def("copysign", [](Interp& I2, CallArgs& a) {
    positional(I2, a, "copysign", 2, 2);
    return Value::flt(std::copysign(as_double(I2, a[0]), as_double(I2, a[1])));
  });
  def("fmod", [](Interp& I2, CallArgs& a) {
    positional(I2, a, "fmod", 2, 2);
    double x = as_double(I2, a[0]), y = as_double(I2, a[1]);
    if (std::isinf(y) && std::isfinite(x)) return Value::flt(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error(I2);
    return Value::flt(r);
  });
  def("remainder", [](Interp& I2, CallArgs& a) {
    positional(I2, a, "remainder", 2, 2);
    double x = as_double(I2, a[0]), y = as_double(I2, a[1]);
    if (std::isnan(x)) return Value::flt(x);
    if (std::isnan(y)) return Value::flt(y);
    if (std::isinf(x) || y == 0.0) domain_error(I2);
    if (std::isinf(y)) return Value::flt(x);
    return Value::flt(std::remainder(x, y));  // exact: the IEEE remainder
  });
  def("pow", [](Interp& I2, CallArgs& a) {
    positional(I2, a, "pow", 2, 2);
    return Value::flt(m_pow(I2, as_double(I2, a[0]), as_double(I2, a[1])));
  });
  def("degrees", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "degrees");
    return Value::flt(as_double(I2, a[0]) * (180.0 / kPi));
  });
  def("radians", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "radians");
    return Value::flt(as_double(I2, a[0]) * (kPi / 180.0));
  });
  def("frexp", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "frexp");
    double x = as_double(I2, a[0]);
    int e = 0;
    if (!(std::isnan(x) || std::isinf(x) || x == 0.0)) x = std::frexp(x, &e);
    return I2.tuple({Value::flt(x), Value::integer(e)});
  });
  def("ldexp", [](Interp& I2, CallArgs& a) {
    positional(I2, a, "ldexp", 2, 2);
    double x = as_double(I2, a[0]);
    Value ev = Interp::number_payload(a[1]);
    if (!(ev.is_int() || ev.is_bool() || is_long(ev)))
      I2.raise(I2.TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (is_long(ev)) e = to_bigint(ev).negative() ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
    else e = ev.is_bool() ? (ev.b ? 1 : 0) : ev.i;
    double r;
    if (x == 0.0 || !std::isfinite(x)) r = x;
    else if (e > INT32_MAX) range_error(I2);
    else if (e < INT32_MIN) r = std::copysign(0.0, x);
    else {
      r = std::ldexp(x, static_cast<int>(e));
      if (std::isinf(r)) range_error(I2);
    }
    return Value::flt(r);
  });
  def("modf", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "modf");
    double x = as_double(I2, a[0]);
    if (std::isinf(x)) return I2.tuple({Value::flt(std::copysign(0.0, x)), Value::flt(x)});
    if (std::isnan(x)) return I2.tuple({Value::flt(x), Value::flt(x)});
    double ip;
    double fp = std::modf(x, &ip);
    return I2.tuple({Value::flt(fp), Value::flt(ip)});
  });
  def("isfinite", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "isfinite");
    return Value::boolean(std::isfinite(as_double(I2, a[0])));
  });
  def("isinf", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "isinf");
    return Value::boolean(std::isinf(as_double(I2, a[0])));
  });
  def("isnan", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "isnan");
    return Value::boolean(std::isnan(as_double(I2, a[0])));
  });
  def("isclose", [](Interp& I2, CallArgs& a) {
    Value rt = a.take_kw("rel_tol"), at = a.take_kw("abs_tol");
    Value av = a.take_kw("a"), bv = a.take_kw("b");
    if (!a.kw.empty()) I2.raise(I2.TypeError, "isclose() got an unexpected keyword argument '" + a.kw[0].first + "'");
    if (!av.is_null()) a.pos.insert(a.pos.begin(), av);
    if (!bv.is_null()) a.pos.push_back(bv);
    if (a.size() < 2) I2.raise(I2.TypeError, std::string("isclose() missing required argument '") + (a.size() ? "b" : "a") + "' (pos " + (a.size() ? "2" : "1") + ")");
    if (a.size() > 2) I2.raise(I2.TypeError, "isclose() takes exactly 2 positional arguments (" + std::to_string(a.size()) + " given)");
    double x = as_double(I2, a[0]), y = as_double(I2, a[1]);
    double rel = rt.is_null() ? 1e-9 : as_double(I2, rt), abs_t = at.is_null() ? 0.0 : as_double(I2, at);
    if (rel < 0.0 || abs_t < 0.0) I2.raise(I2.ValueError, "tolerances must be non-negative");
    if (x == y) return Value::boolean(true);
    if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
    double diff = std::fabs(y - x);
    return Value::boolean((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || (diff <= abs_t));
  });
  def("hypot", [](Interp& I2, CallArgs& a) {
    if (!a.kw.empty()) I2.raise(I2.TypeError, "hypot() takes no keyword arguments");
    std::vector<double> v;
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < a.size(); ++i) {
      double x = std::fabs(as_double(I2, a[i]));
      v.push_back(x);
      found_nan |= std::isnan(x);
      if (x > max) max = x;
    }
    return Value::flt(vector_norm(v, max, found_nan));
  });
  def("dist", [](Interp& I2, CallArgs& a) {
    positional(I2, a, "dist", 2, 2);
    auto p = I2.to_vector(a[0]), q = I2.to_vector(a[1]);
    if (p.size() != q.size()) I2.raise(I2.ValueError, "both points must have the same number of dimensions");
    std::vector<double> v;
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < p.size(); ++i) {
      double x = std::fabs(as_double(I2, p[i]) - as_double(I2, q[i]));
      v.push_back(x);
      found_nan |= std::isnan(x);
      if (x > max) max = x;
    }
    return Value::flt(vector_norm(v, max, found_nan));
  });
  def("fsum", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "fsum");
    return Value::flt(fsum(I2, a[0]));
  });
  def("prod", [](Interp& I2, CallArgs& a) {
    Value start = a.take_kw("start");
    if (!a.kw.empty()) I2.raise(I2.TypeError, "prod() got an unexpected keyword argument '" + a.kw[0].first + "'");
    positional(I2, a, "prod", 1, 1);
    Value acc = start.is_null() ? Value::integer(1) : start;
    for (auto& v : I2.to_vector(a[0])) acc = I2.binary_op(5, acc, v);
    return acc;
  });
  def("nextafter", [](Interp& I2, CallArgs& a) {
    positional(I2, a, "nextafter", 2, 2);
    return Value::flt(std::nextafter(as_double(I2, a[0]), as_double(I2, a[1])));
  });
  def("ulp", [](Interp& I2, CallArgs& a) {
    exactly_one(I2, a, "ulp");
    double x = as_double(I2, a[0]);
    if (std::isnan(x)) return Value::flt(x);
    x = std::fabs(x);
    if (std::isinf(x)) return Value::flt(x);
    double x2 = std::nextafter(x, HUGE_VAL);
    if (std::isinf(x2)) {
      x2 = std::nextafter(x, -HUGE_VAL);
      return Value::flt(x - x2);
    }
    return Value::flt(x2 - x);
  });
  I.dict_set_str(m->dict, "pi", Value::flt(kPi));
  I.dict_set_str(m->dict, "e", Value::flt(2.718281828459045235360287471352662498));
  I.dict_set_str(m->dict, "tau", Value::flt(2 * kPi));
  I.dict_set_str(m->dict, "inf", Value::flt(INFINITY));
  I.dict_set_str(m->dict, "nan", Value::flt(NAN));
}

}  // namespace dp::rt
