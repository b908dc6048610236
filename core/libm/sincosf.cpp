// sinf / cosf as glibc 2.36 computes them on x86_64 with FMA (sysdeps/ieee754/flt-32 s_sinf.c,
// s_cosf.c built as the -fma ifunc variant). Method (ARM optimized-routines, 2018): the float
// argument is widened to double; |x| < pi/4 evaluates the polynomial directly; |x| < 120 reduces
// with one multiply-subtract by pi/2 (quadrant from a 2^24-scaled product of 2/pi, no rounding
// instructions: x86_64 has TOINT_INTRINSICS off); larger |x| reduces with a 32x96-bit integer
// product against 192 bits of 4/pi. Sine: x + x^3*s1 + x^7*(s2 + x^2*s3); cosine:
// c0 + x^2*c1 + x^4*(c2) + x^6*(c3 + x^2*c4); quadrants pick the polynomial and the sign.
// Every a + b*c that glibc's FMA build contracts is an explicit fma (fma.h: exact, fast in wasm too).
#include <cmath>
#include <cstdint>

#include "libm/bits.h"
#include "libm/fma.h"
#include "libm/glibc_libm.h"

namespace dp::libm {
namespace {

using detail::bits;

struct Poly {
  double c0, c1, c2, c3, c4;  // cosine polynomial (negated in the second set)
  double s1, s2, s3;          // sine polynomial
};
// The published coefficients (second set: cosine negated, so quadrants 2 and 3 get -cos free).
constexpr Poly kPoly[2] = {
    {0x1p0, -0x1.ffffffd0c621cp-2, 0x1.55553e1068f19p-5, -0x1.6c087e89a359dp-10, 0x1.99343027bf8c3p-16,
     -0x1.555545995a603p-3, 0x1.1107605230bc4p-7, -0x1.994eb3774cf24p-13},
    {-0x1p0, 0x1.ffffffd0c621cp-2, -0x1.55553e1068f19p-5, 0x1.6c087e89a359dp-10, -0x1.99343027bf8c3p-16,
     -0x1.555545995a603p-3, 0x1.1107605230bc4p-7, -0x1.994eb3774cf24p-13},
};
constexpr double kSign[4] = {1.0, -1.0, -1.0, 1.0};
constexpr double kHalfPiInvScaled = 0x1.45F306DC9C883p+23;  // 2/pi * 2^24
constexpr double kHalfPi = 0x1.921FB54442D18p0;
constexpr double kPi63 = 0x1.921FB54442D18p-62;  // 2*pi * 2^-64

// Windows of the binary expansion of 2/pi (0.a2f9836e4e441529fc2757d1...): entry i holds bits
// 8i-23 .. 8i+8 after the point, i.e. floor(2/pi * 2^(8i+8)) mod 2^32 (computed with Python's
// decimal module from Machin's formula).
constexpr uint32_t kTwoOverPi[24] = {0xa2,       0xa2f9,     0xa2f983,   0xa2f9836e, 0xf9836e4e, 0x836e4e44,
                                     0x6e4e4415, 0x4e441529, 0x441529fc, 0x1529fc27, 0x29fc2757, 0xfc2757d1,
                                     0x2757d1f5, 0x57d1f534, 0xd1f534dd, 0xf534ddc0, 0x34ddc0db, 0xddc0db62,
                                     0xc0db6295, 0xdb629599, 0x6295993c, 0x95993c43, 0x993c4390, 0x3c439041};

// The exponent-and-top-mantissa key used for the range tests: top 12 bits without the sign.
inline uint32_t top12(float x) { return (bits(x) >> 20) & 0x7ff; }

float poly(double x, double x2, const Poly& p, int n) {
  if ((n & 1) == 0) {
    double x3 = x * x2;
    double s1 = detail::fma(x2, p.s3, p.s2);
    double x7 = x3 * x2;
    double s = detail::fma(x3, p.s1, x);
    return static_cast<float>(detail::fma(x7, s1, s));
  }
  double x4 = x2 * x2;
  double c2 = detail::fma(x2, p.c4, p.c3);
  double c1 = detail::fma(x2, p.c1, p.c0);
  double x6 = x4 * x2;
  double c = detail::fma(x4, p.c2, c1);
  return static_cast<float>(detail::fma(x6, c2, c));
}

double reduce_fast(double x, int& n) {
  double r = x * kHalfPiInvScaled;
  n = (static_cast<int32_t>(r) + 0x800000) >> 24;
  return detail::fma(-static_cast<double>(n), kHalfPi, x);
}

// xi: the bits of a finite float with |x| >= 120. Exact 2.62 fixed-point product with 4/pi.
double reduce_large(uint32_t xi, int& n) {
  const uint32_t* arr = &kTwoOverPi[(xi >> 26) & 15];
  int shift = (xi >> 23) & 7;
  xi = (xi & 0xffffff) | 0x800000;
  xi <<= shift;
  uint64_t r0 = static_cast<uint32_t>(xi * arr[0]);
  uint64_t r1 = static_cast<uint64_t>(xi) * arr[4];
  uint64_t r2 = static_cast<uint64_t>(xi) * arr[8];
  r0 = (r2 >> 32) | (r0 << 32);
  r0 += r1;
  uint64_t q = (r0 + (1ULL << 61)) >> 62;
  r0 -= q << 62;
  n = static_cast<int>(q);
  return static_cast<double>(static_cast<int64_t>(r0)) * kPi63;
}

constexpr float kPio4f = 0x1.921FB6p-1f;

}  // namespace

float sinf(float y) {
  double x = y;
  int n;
  const Poly* p = &kPoly[0];
  if (top12(y) < top12(kPio4f)) {
    if (top12(y) < top12(0x1p-12f)) return y;
    return poly(x, x * x, *p, 0);
  }
  if (top12(y) < top12(120.0f)) {
    x = reduce_fast(x, n);
    double s = kSign[n & 3];
    if (n & 2) p = &kPoly[1];
    return poly(x * s, x * x, *p, n);
  }
  if (top12(y) < top12(INFINITY)) {
    uint32_t xi = bits(y);
    int sign = static_cast<int>(xi >> 31);
    x = reduce_large(xi, n);
    double s = kSign[(n + sign) & 3];
    if ((n + sign) & 2) p = &kPoly[1];
    return poly(x * s, x * x, *p, n);
  }
  return (y - y) / (y - y);  // inf or nan: NaN (glibc also sets errno for inf)
}

float cosf(float y) {
  double x = y;
  int n;
  const Poly* p = &kPoly[0];
  if (top12(y) < top12(kPio4f)) {
    if (top12(y) < top12(0x1p-12f)) return 1.0f;
    return poly(x, x * x, *p, 1);
  }
  if (top12(y) < top12(120.0f)) {
    x = reduce_fast(x, n);
    double s = kSign[n & 3];
    if (n & 2) p = &kPoly[1];
    return poly(x * s, x * x, *p, n ^ 1);
  }
  if (top12(y) < top12(INFINITY)) {
    uint32_t xi = bits(y);
    int sign = static_cast<int>(xi >> 31);
    x = reduce_large(xi, n);
    double s = kSign[(n + sign) & 3];
    if ((n + sign) & 2) p = &kPoly[1];
    return poly(x * s, x * x, *p, n ^ 1);
  }
  return (y - y) / (y - y);
}

}  // namespace dp::libm
