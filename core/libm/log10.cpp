// log10 (double) as glibc computes it (sysdeps/ieee754/dbl-64/e_log10.c, fdlibm, no FMA build):
// x = 2^n * m with m in [1, 2) (or [0.5, 1) for negative n), then
// log10(x) = n*log10_2hi + (n*log10_2lo + (1/ln 10)*log(m)), log10(2) split so that n*log10_2hi is
// exact. It calls the C library's log: glibc's natively; in the wasm build musl's log, which is
// the same ARM method as glibc's but without FMA (tests/libm: 41 differences in 5 million
// inputs), so log10 through wasm inherits those rare differences instead of musl's 3.3%.
#include <cmath>
#include <cstdint>

#include "libm/bits.h"
#include "libm/glibc_libm.h"

namespace dp::libm {

double log10(double x) {
  const double two54 = detail::from_bits64(0x4350000000000000), ivln10 = detail::from_bits64(0x3FDBCB7B1526E50E),
               log10_2hi = detail::from_bits64(0x3FD34413509F6000), log10_2lo = detail::from_bits64(0x3D59FEF311F12B36);
  uint64_t u = detail::bits(x);
  int32_t hx = static_cast<int32_t>(u >> 32);
  uint32_t lx = static_cast<uint32_t>(u);
  int32_t k = 0;
  if (hx < 0x00100000) {  // x < 2^-1022
    if (((hx & 0x7fffffff) | static_cast<int32_t>(lx)) == 0) return -two54 / (x - x);
    if (hx < 0) return (x - x) / (x - x);
    k -= 54;
    x *= two54;
    hx = static_cast<int32_t>(detail::bits(x) >> 32);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  int32_t i = static_cast<int32_t>((static_cast<uint32_t>(k) & 0x80000000u) >> 31);
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  double y = static_cast<double>(k + i);
  x = detail::from_bits64((static_cast<uint64_t>(static_cast<uint32_t>(hx)) << 32) | (detail::bits(x) & 0xffffffffu));
  double z = y * log10_2lo + ivln10 * std::log(x);
  return z + y * log10_2hi;
}

}  // namespace dp::libm
