// cbrt / cbrtf as glibc computes them (sysdeps/ieee754/dbl-64/s_cbrt.c, flt-32/s_cbrtf.c, by
// D. Alboth and U. Drepper): |x| = 2^e m with m in [0.5, 1) (frexp); a polynomial first guess u of
// cbrt(m) (degree 6 for double, 2 for float, evaluated in double), one Halley step
// u (u^3 + 2m) / (2u^3 + m), times 2^((e mod 3)/3), then scaled by 2^(e/3). In cbrtf the guess and
// the step run in double as in C (double constants) while u and u^3 are stored as float.
#include <cmath>

#include "libm/glibc_libm.h"

namespace dp::libm {
namespace {

const double kCbrt2 = 1.2599210498948731648, kSqrCbrt2 = 1.5874010519681994748;
const double kFactor[5] = {1.0 / kSqrCbrt2, 1.0 / kCbrt2, 1.0, kCbrt2, kSqrCbrt2};

}  // namespace

double cbrt(double x) {
  // 0, inf and nan return x + x (glibc tests its frexp's exponent 0, which musl's frexp leaves unset).
  if (x == 0 || !std::isfinite(x)) return x + x;
  int xe;
  double xm = std::frexp(std::fabs(x), &xe);
  double u = (0.354895765043919860 +
              ((1.50819193781584896 +
                ((-2.11499494167371287 +
                  ((2.44693122563534430 +
                    ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) *
                   xm)) *
                 xm)) *
               xm));
  double t2 = u * u * u;
  double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * kFactor[2 + xe % 3];
  return std::ldexp(x > 0.0 ? ym : -ym, xe / 3);
}

float cbrtf(float x) {
  if (x == 0 || !std::isfinite(x)) return x + x;
  int xe;
  float xm = std::frexp(std::fabs(x), &xe);
  float u = static_cast<float>(0.492659620528969547 + (0.697570460207922770 - 0.191502161678719066 * xm) * xm);
  float t2 = u * u * u;
  float ym = static_cast<float>(u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * kFactor[2 + xe % 3]);
  return std::ldexp(x > 0.0f ? ym : -ym, xe / 3);
}

}  // namespace dp::libm
