// sinh / cosh (double) as glibc computes them (sysdeps/ieee754/dbl-64 e_sinh.c, e_cosh.c: fdlibm),
// on top of core/libm's expm1 and exp as glibc's call its own:
//   sinh: |x| < 2^-28: x; |x| < 1: h(2t - t^2/(t+1)); |x| < 22: h(t + t/(t+1)), t = expm1(|x|),
//         h = +-1/2; up to ln(DBL_MAX): h exp(|x|); to the overflow threshold: (h w) w with
//         w = exp(|x|/2); beyond: overflow.
//   cosh: |x| < ln2/2: 1 + t^2/(2(1+t)), t = expm1(|x|); |x| < 22: e/2 + (1/2)/e, e = exp(|x|);
//         then as sinh.
// Every product that glibc's build could fuse into an addition here is exact (a product by 2 or
// 1/2), so plain arithmetic gives the same results with or without FMA.
#include <cmath>
#include <cstdint>

#include "libm/bits.h"
#include "libm/glibc_libm.h"

namespace dp::libm {

double sinh(double x) {
  const double shuge = 1.0e307;
  uint64_t u = detail::bits(x);
  int32_t jx = static_cast<int32_t>(u >> 32);
  int32_t ix = jx & 0x7fffffff;
  uint32_t lx = static_cast<uint32_t>(u);
  if (ix >= 0x7ff00000) return x + x;
  double h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {                               // |x| < 22
    if (ix < 0x3e300000 && shuge + x > 1.0) return x;  // |x| < 2^-28
    double t = expm1(std::fabs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(std::fabs(x));
  if (ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87du)) {
    double w = exp(0.5 * std::fabs(x));
    double t = h * w;
    return t * w;
  }
  return x * shuge;
}

double cosh(double x) {
  uint64_t u = detail::bits(x);
  int32_t ix = static_cast<int32_t>(u >> 32) & 0x7fffffff;
  uint32_t lx = static_cast<uint32_t>(u);
  if (ix < 0x40360000) {    // |x| < 22
    if (ix < 0x3fd62e43) {  // |x| < ln2/2
      double t = expm1(std::fabs(x));
      double w = 1.0 + t;
      if (ix < 0x3c800000) return w;
      return 1.0 + (t * t) / (w + w);
    }
    double t = exp(std::fabs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(std::fabs(x));
  if (ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87du)) {
    double w = exp(0.5 * std::fabs(x));
    double t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return 1.0e300 * 1.0e300;
}

}  // namespace dp::libm
