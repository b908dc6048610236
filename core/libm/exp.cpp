// exp (double) as glibc 2.36 computes it on x86_64 with FMA (sysdeps/ieee754/dbl-64/e_exp.c, the
// ARM optimized-routines method since glibc 2.28, built as the -fma ifunc variant). Method:
// x = k ln2/128 + r (k by adding 1.5*2^52 to x*128/ln2, ln2/128 split hi/lo), then
// exp(x) = 2^(k/128) (1 + tail + r + r^2 (C2 + r C3) + r^4 (C4 + r C5)) with 2^(k/128) from the
// table H (1 + T) of core/libm/exp_table.inc; results near overflow/underflow scaled in two steps,
// subnormal results rounded once. The published coefficients; FMA where glibc's build contracts.
#include <cmath>
#include <cstdint>

#include "libm/bits.h"
#include "libm/fma.h"
#include "libm/glibc_libm.h"

namespace dp::libm {
namespace {

using detail::bits;
using detail::from_bits64;

#include "libm/exp_table.inc"

const double InvLn2N = 0x1.71547652b82fep0 * 128, NegLn2hiN = -0x1.62e42fefa0000p-8, NegLn2loN = -0x1.cf79abc9e3b3ap-47,
             Shift = 0x1.8p52;
const double C2 = 0x1.ffffffffffdbdp-2, C3 = 0x1.555555555543cp-3, C4 = 0x1.55555cf172b91p-5, C5 = 0x1.1111167a4d017p-7;

inline uint32_t top12(double x) { return static_cast<uint32_t>(bits(x) >> 52); }

double specialcase(double tmp, uint64_t sbits, uint64_t ki) {
  if ((ki & 0x80000000) == 0) {  // k > 0: the scale's exponent may have overflowed by <= 460
    sbits -= 1009ull << 52;
    double scale = from_bits64(sbits);
    return 0x1p1009 * detail::fma(scale, tmp, scale);
  }
  sbits += 1022ull << 52;  // k < 0: subnormal range
  double scale = from_bits64(sbits);
  double st = scale * tmp;  // also used inside the branch below: GCC does not fuse it
  double y = scale + st;
  if (y < 1.0) {
    double lo = scale - y + st;
    double hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = (hi + lo) - 1.0;
    if (y == 0.0) y = 0.0;
  }
  return 0x1p-1022 * y;
}

}  // namespace

double exp(double x) {
  uint32_t abstop = top12(x) & 0x7ff;
  if (abstop - top12(0x1p-54) >= top12(512.0) - top12(0x1p-54)) {
    if (abstop - top12(0x1p-54) >= 0x80000000u) return 1.0 + x;  // tiny
    if (abstop >= top12(1024.0)) {
      if (x == -HUGE_VAL) return 0.0;
      if (abstop >= top12(INFINITY)) return 1.0 + x;
      return (bits(x) >> 63) ? 0x1p-767 * 0x1p-767 : 0x1p769 * 0x1p769;  // underflow / overflow
    }
    abstop = 0;  // large |x|: special-cased below
  }
  double kd = detail::fma(InvLn2N, x, Shift);
  uint64_t ki = bits(kd);
  kd -= Shift;
  double r = detail::fma(kd, NegLn2loN, detail::fma(kd, NegLn2hiN, x));
  uint64_t idx = 2 * (ki % 128);
  uint64_t top = ki << (52 - 7);
  double tail = from_bits64(kExpTable[idx]);
  uint64_t sbits = kExpTable[idx + 1] + top;
  double r2 = r * r;
  double tmp = detail::fma(r2 * r2, detail::fma(r, C5, C4), detail::fma(r2, detail::fma(r, C3, C2), tail + r));
  if (abstop == 0) return specialcase(tmp, sbits, ki);
  double scale = from_bits64(sbits);
  return detail::fma(scale, tmp, scale);
}

}  // namespace dp::libm
