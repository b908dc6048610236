// log1p, expm1, tanh (double) as glibc 2.36 computes them: glibc's sysdeps/ieee754/dbl-64 versions
// are Sun's fdlibm algorithms with N. Shimizu's 1997 re-association of the polynomials (evaluated
// as independent pairs, e.g. R = R1 + z2*R2 + z4*R3 + z6*R4), plain double arithmetic, no FMA
// variant on x86_64 in 2.36. Same method, constants (by bit pattern) and evaluation order here:
//   log1p: 1+x = 2^k (1+f), correction c = ((1+x)-u)/u, log(1+f) = f - (hfsq - s*(hfsq+R)),
//          s = f/(2+f), R a degree-7 polynomial in s^2 (Lp1..Lp7).
//   expm1: x = k ln2 + r with c compensating the rounding of r; rational form in r^2/2 (Q1..Q5);
//          reconstruction by adding k to the exponent; |x| >= 56 ln2 saturates to -1.
//   tanh:  |x| < 2^-55: x(1+x); |x| < 1: -t/(t+2), t = expm1(-2|x|); |x| < 22: 1 - 2/(expm1(2|x|)+2);
//          else +-1.
// glibc's x86_64 build contracts a*b+c into FMA here (GCC: a product whose only uses are
// additions in the same basic block); each such site is an explicit fma (fma.h), the rest is compiled
// without FP contraction (CMakeLists.txt).
#include <cmath>
#include <cstdint>

#include "libm/bits.h"
#include "libm/fma.h"
#include "libm/glibc_libm.h"

namespace dp::libm {
namespace {

using detail::bits;
using detail::from_bits64;

inline double D(uint64_t u) { return from_bits64(u); }
inline int32_t high_word(double x) { return static_cast<int32_t>(bits(x) >> 32); }
inline double with_high_word(double x, uint32_t hi) {
  return from_bits64((static_cast<uint64_t>(hi) << 32) | (bits(x) & 0xffffffffu));
}

const double ln2_hi = D(0x3fe62e42fee00000), ln2_lo = D(0x3dea39ef35793c76);

}  // namespace

double log1p(double x) {
  const double two54 = D(0x4350000000000000);
  const double Lp1 = D(0x3FE5555555555593), Lp2 = D(0x3FD999999997FA04), Lp3 = D(0x3FD2492494229359),
               Lp4 = D(0x3FCC71C51D8E78AF), Lp5 = D(0x3FC7466496CB03DE), Lp6 = D(0x3FC39A09D078C69F),
               Lp7 = D(0x3FC2F112DF3E5244);
  int32_t hx = high_word(x);
  int32_t ax = hx & 0x7fffffff;
  int32_t k = 1, hu = 0;
  double f = 0, c = 0;
  if (hx < 0x3FDA827A) {     // x < 0.41422
    if (ax >= 0x3ff00000) {  // x <= -1
      if (x == -1.0) return -two54 / 0.0;
      return (x - x) / (x - x);
    }
    if (ax < 0x3e200000) {  // |x| < 2^-29
      if (ax < 0x3c900000) return x;
      return detail::fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= static_cast<int32_t>(0xbfd2bec3u)) {  // -0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k != 0) {
    double u;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = high_word(u);
      k = (hu >> 20) - 1023;
      c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = high_word(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = with_high_word(u, static_cast<uint32_t>(hu | 0x3ff00000));
    } else {
      k += 1;
      u = with_high_word(u, static_cast<uint32_t>(hu | 0x3fe00000));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  double dk = static_cast<double>(k);
  if (hu == 0) {  // |f| < 2^-20
    if (f == 0.0) {
      if (k == 0) return 0.0;
      c = detail::fma(dk, ln2_lo, c);
      return detail::fma(dk, ln2_hi, c);
    }
    double R = hfsq * detail::fma(-0.66666666666666666, f, 1.0);
    if (k == 0) return f - R;
    return detail::fma(dk, ln2_hi, -((R - detail::fma(dk, ln2_lo, c)) - f));
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double R1 = z * Lp1, z2 = z * z;
  double R2 = detail::fma(z, Lp3, Lp2), z4 = z2 * z2;
  double R3 = detail::fma(z, Lp5, Lp4), z6 = z4 * z2;
  double R4 = detail::fma(z, Lp7, Lp6);
  double R = detail::fma(z6, R4, detail::fma(z4, R3, detail::fma(z, Lp1, z2 * R2)));
  (void)R1;
  double sR = s * (hfsq + R);  // used on two paths: not fused
  if (k == 0) return f - (hfsq - sR);
  return detail::fma(dk, ln2_hi, -((hfsq - (sR + detail::fma(dk, ln2_lo, c))) - f));
}

double expm1(double x) {
  const double huge = 1.0e+300, tiny = 1.0e-300;
  const double o_threshold = D(0x40862E42FEFA39EF), invln2 = D(0x3ff71547652b82fe);
  const double Q1 = D(0xBFA11111111110F4), Q2 = D(0x3F5A01A019FE5585), Q3 = D(0xBF14CE199EAADBB7),
               Q4 = D(0x3ED0CFCA86E65239), Q5 = D(0xBE8AFDB76E09C32D);
  uint32_t hx = static_cast<uint32_t>(high_word(x));
  bool neg = (hx & 0x80000000u) != 0;
  hx &= 0x7fffffffu;
  if (hx >= 0x4043687Au) {  // |x| >= 56 ln2
    if (hx >= 0x40862E42u) {
      if (hx >= 0x7ff00000u) {
        if (((hx & 0xfffffu) | static_cast<uint32_t>(bits(x))) != 0) return x + x;  // NaN
        return neg ? -1.0 : x;
      }
      if (x > o_threshold) return huge * huge;
    }
    if (neg) return tiny - 1.0;
  }
  double hi, lo, c = 0, t;
  int32_t k;
  if (hx > 0x3fd62e42u) {    // |x| > ln2/2
    if (hx < 0x3FF0A2B2u) {  // and |x| < 1.5 ln2
      if (!neg) {
        hi = x - ln2_hi;
        lo = ln2_lo;
        k = 1;
      } else {
        hi = x + ln2_hi;
        lo = -ln2_lo;
        k = -1;
      }
    } else {
      k = static_cast<int32_t>(invln2 * x + (neg ? -0.5 : 0.5));
      t = k;
      hi = detail::fma(-t, ln2_hi, x);
      lo = t * ln2_lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000u) {  // |x| < 2^-54
    t = huge + x;
    return x - (t - (huge + x));
  } else {
    k = 0;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double R1 = detail::fma(hxs, Q1, 1.0), h2 = hxs * hxs;
  double R2 = detail::fma(hxs, Q3, Q2), h4 = h2 * h2;
  double R3 = detail::fma(hxs, Q5, Q4);
  double r1 = detail::fma(h4, R3, detail::fma(h2, R2, R1));
  t = detail::fma(-r1, hfx, 3.0);
  double e = hxs * ((r1 - t) / detail::fma(-x, t, 6.0));
  if (k == 0) return x - detail::fma(x, e, -hxs);
  e = detail::fma(x, e - c, -c);
  e -= hxs;
  if (k == -1) return detail::fma(0.5, x - e, -0.5);
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return detail::fma(2.0, x - e, 1.0);
  }
  double y;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = with_high_word(y, static_cast<uint32_t>(high_word(y)) + (static_cast<uint32_t>(k) << 20));
    return y - 1.0;
  }
  if (k < 20) {
    t = with_high_word(1.0, 0x3ff00000u - (0x200000u >> k));  // 1 - 2^-k (low word of 1.0 is 0)
    y = t - (e - x);
  } else {
    t = with_high_word(1.0, static_cast<uint32_t>(0x3ff - k) << 20);  // 2^-k
    y = x - (e + t);
    y += 1.0;
  }
  return with_high_word(y, static_cast<uint32_t>(high_word(y)) + (static_cast<uint32_t>(k) << 20));
}

double tanh(double x) {
  uint64_t u = bits(x);
  int32_t jx = static_cast<int32_t>(u >> 32);
  uint32_t lx = static_cast<uint32_t>(u);
  int32_t ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
  double z;
  if (ix < 0x40360000) {  // |x| < 22
    if ((static_cast<uint32_t>(ix) | lx) == 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x);  // |x| < 2^-55
    if (ix >= 0x3ff00000) {
      double t = expm1(2.0 * std::fabs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      double t = expm1(-2.0 * std::fabs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - 1.0e-300;
  }
  return jx >= 0 ? z : -z;
}

}  // namespace dp::libm
