// See complex_math.h.
#include "python/complex_math.h"

#include <cmath>
#include <cstdint>

#include "python/consts.h"

namespace dp::py {

// Smith's method, as _Py_c_quot.
ComplexError c_quot(Complex a, Complex b, Complex& out) {
  double abs_br = std::fabs(b.re), abs_bi = std::fabs(b.im);
  if (abs_br >= abs_bi) {
    if (abs_br == 0.0) return ComplexError::DivisionByZero;
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    out = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  } else if (abs_bi >= abs_br) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    out = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  } else {
    out = {NAN, NAN};  // a NaN in b
  }
  return ComplexError::None;
}

namespace {

ComplexError pow_unchecked(Complex a, Complex b, Complex& out) {
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    int64_t n = static_cast<int64_t>(b.re);
    uint64_t e = static_cast<uint64_t>(n < 0 ? -n : n);
    Complex r{1.0, 0.0}, p = a;
    while (e) {
      if (e & 1) r = c_prod(r, p);
      e >>= 1;
      if (e) p = c_prod(p, p);
    }
    // _Py_c_quot only sets errno EDOM, which complex_pow reports as a negative power of zero.
    if (n < 0)
      return c_quot({1.0, 0.0}, r, out) == ComplexError::None ? ComplexError::None : ComplexError::ZeroToNegativePower;
    out = r;
    return ComplexError::None;
  }
  if (b.re == 0.0 && b.im == 0.0) {
    out = {1.0, 0.0};
    return ComplexError::None;
  }
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) return ComplexError::ZeroToNegativePower;
    out = {0.0, 0.0};
    return ComplexError::None;
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  out = {len * std::cos(phase), len * std::sin(phase)};
  return ComplexError::None;
}

}  // namespace

// complex_pow: integer exponents up to 100 by repeated squaring (c_powi), else the polar formula;
// an infinite part is an OverflowError (Py_ADJUST_ERANGE2).
ComplexError c_pow(Complex a, Complex b, Complex& out) {
  ComplexError e = pow_unchecked(a, b, out);
  if (e == ComplexError::None && (std::isinf(out.re) || std::isinf(out.im))) return ComplexError::Overflow;
  return e;
}

std::string complex_repr(double re, double im) {
  auto part = [](double x) {
    std::string s = float_repr(x);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
  };
  if (re == 0.0 && !std::signbit(re)) return part(im) + "j";
  std::string ims = part(im);
  if (!std::signbit(im)) ims = "+" + ims;
  return "(" + part(re) + ims + "j)";
}

}  // namespace dp::py
