// sin / cos (double) as glibc 2.36 computes them on x86_64 with FMA (sysdeps/ieee754/dbl-64
// s_sin.c, the IBM Accurate Mathematical Library, built as the -fma ifunc variant). Method:
//   |x| < 2^-26: sin x = x (cos: |x| < 2^-27 gives 1);
//   |x| < 0.855469: x = x_i + r with x_i = i/128 (i from adding 1.5*2^45), then
//     sin(x_i + r) = sin x_i cos r + cos x_i sin r with a double-double table of sin/cos x_i
//     (core/libm/sincos_table.inc) and short Taylor polynomials of sin r, cos r - 1; for
//     |x| < 0.126 a Taylor series of sin x directly;
//   |x| < 2.426265: pi/2 - |x| (pi/2 as hi + lo) and the cofunction;
//   |x| < 105414350: x - n pi/2 with pi/2 split in four parts (the first two exact products),
//     a double-double remainder, quadrant n mod 4;
//   larger: reduction against 2/pi in base-2^24 digits (75 of them), exact in pieces (branred).
// Every a + b*c that glibc's FMA build contracts (GCC: a product whose only uses are additions in
// the same basic block, the first product of a sum of two) is an explicit fma (fma.h) here; the
// large-argument reduction (branred.c) is not part of the FMA build. No FP contraction otherwise.
#include <cmath>
#include <cstdint>

#include "libm/bits.h"
#include "libm/fma.h"
#include "libm/glibc_libm.h"

namespace dp::libm {
namespace {

using detail::bits;
using detail::from_bits64;

#include "libm/sincos_table.inc"

inline double D(uint64_t u) { return from_bits64(u); }
inline double tab(int k) { return from_bits64(kSinCosTable[k]); }

// Taylor coefficients of sin (|x| < 0.126) and the short polynomials around the table points.
const double s1 = -0x1.5555555555555p-3, s2 = 0x1.1111111110ECEp-7, s3 = -0x1.A01A019DB08B8p-13,
             s4 = 0x1.71DE27B9A7ED9p-19, s5 = -0x1.ADDFFC2FCDF59p-26;
const double sn3 = -1.66666666666664880952546298448555E-01, sn5 = 8.33333214285722277379541354343671E-03,
             cs2 = 4.99999999999999999999950396842453E-01, cs4 = -4.16666666666664434524222570944589E-02,
             cs6 = 1.38888874007937613028114285595617E-03;
const double big = 0x1.8p45;                                           // adding it rounds |x| to a multiple of 1/128
const double hp0 = 0x1.921FB54442D18p0, hp1 = 0x1.1A62633145C07p-54;   // pi/2 = hp0 + hp1
const double mp1 = 0x1.921FB58000000p0, mp2 = -0x1.DDE973C000000p-27;  // pi/2 in pieces
const double pp3 = -0x1.CB3B398000000p-55, pp4 = -0x1.d747f23e32ed7p-83;
const double hpinv = 0x1.45F306DC9C883p-1, toint = 0x1.8p52;

inline int table_index(double u) { return static_cast<int>(static_cast<uint32_t>(bits(u))) << 2; }

double taylor_sin(double xx, double x, double dx) {
  double p = detail::fma(detail::fma(detail::fma(detail::fma(s5, xx, s4), xx, s3), xx, s2), xx, s1);
  double t = detail::fma(detail::fma(p, x, -(0.5 * dx)), xx, dx);
  return x + t;
}

double do_cos(double x, double dx) {
  if (x < 0) dx = -dx;
  double u = big + std::fabs(x);
  x = std::fabs(x) - (u - big) + dx;
  double xx = x * x;
  double s = detail::fma(x * xx, detail::fma(xx, sn5, sn3), x);
  double c = xx * detail::fma(xx, detail::fma(xx, cs6, cs4), cs2);
  int k = table_index(u);
  double sn = tab(k), ssn = tab(k + 1), cs = tab(k + 2), ccs = tab(k + 3);
  double cor = detail::fma(-sn, s, detail::fma(-cs, c, detail::fma(-s, ssn, ccs)));
  return cs + cor;
}

double do_sin(double x, double dx) {
  double xold = x;
  if (std::fabs(x) < 0.126) return taylor_sin(x * x, x, dx);
  if (x <= 0) dx = -dx;
  double u = big + std::fabs(x);
  x = std::fabs(x) - (u - big);
  double xx = x * x;
  double s = x + detail::fma(x * xx, detail::fma(xx, sn5, sn3), dx);
  double c = detail::fma(x, dx, xx * detail::fma(xx, detail::fma(xx, cs6, cs4), cs2));
  int k = table_index(u);
  double sn = tab(k), ssn = tab(k + 1), cs = tab(k + 2), ccs = tab(k + 3);
  double cor = detail::fma(cs, s, detail::fma(-sn, c, detail::fma(s, ccs, ssn)));
  return std::copysign(sn + cor, xold);
}

int reduce_sincos(double x, double& a, double& da) {
  double t = detail::fma(x, hpinv, toint);
  double xn = t - toint;
  double y = detail::fma(-xn, mp2, detail::fma(-xn, mp1, x));
  int n = static_cast<int>(static_cast<uint32_t>(bits(t)) & 3);
  double t1 = xn * pp3;
  double t2 = y - t1;
  double db = (y - t2) - t1;
  t1 = xn * pp4;
  double b = t2 - t1;
  db += (t2 - b) - t1;
  a = b;
  da = db;
  return n;
}

double do_sincos(double a, double da, int n) {
  double r = (n & 1) ? do_cos(a, da) : do_sin(a, da);
  return (n & 2) ? -r : r;
}

// |x| >= 105414350: x = n pi/2 + (a + aa). x is scaled by 2^-600 and split into two 26-bit
// halves; each half times 2/pi (base 2^24 digits, starting where the product's integer part stops
// mattering) is summed exactly in pieces; the fractional part times pi/2 in double-double.
int branred(double x, double& a, double& aa) {
  const double t576 = 0x1p576, tm600 = 0x1p-600, tm24 = 0x1p-24, bigr = 0x1.8p52, big1 = 0x1.8p54;
  const double mp1r = D(0x3FF921FB58000000), mp2r = D(0xBE4DDE9740000000);
  const double split = 134217729.0;  // 2^27 + 1
  double r[6], s, t, sum, b, bb, sum1, sum2, b1, bb1, b2, bb2;
  x *= tm600;
  t = x * split;
  double x1 = t - (t - x);
  double x2 = x - x1;
  auto part = [&](double xp, double& bo, double& bbo, double& sumo) {
    double su = 0;
    int k = static_cast<int>((bits(xp) >> 52) & 2047);
    k = (k - 450) / 24;
    if (k < 0) k = 0;
    double gor = from_bits64(bits(t576) - (static_cast<uint64_t>(k * 24) << 52));
    for (int i = 0; i < 6; ++i) {
      r[i] = xp * kTwoOverPi24[k + i] * gor;
      gor *= tm24;
    }
    for (int i = 0; i < 3; ++i) {
      double sx = (r[i] + bigr) - bigr;
      su += sx;
      r[i] -= sx;
    }
    double tt = 0;
    for (int i = 0; i < 6; ++i) tt += r[5 - i];
    double bbx = (((((r[0] - tt) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
    double sx = (tt + bigr) - bigr;
    su += sx;
    tt -= sx;
    double bx = tt + bbx;
    bbx = (tt - bx) + bbx;
    sx = (su + big1) - big1;
    su -= sx;
    bo = bx;
    bbo = bbx;
    sumo = su;
  };
  part(x1, b1, bb1, sum1);
  part(x2, b2, bb2, sum2);
  sum = sum1 + sum2;
  b = b1 + b2;
  bb = (std::fabs(b1) > std::fabs(b2)) ? (b1 - b) + b2 : (b2 - b) + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  s = b + (bb + bb1 + bb2);
  t = ((b - s) + bb) + (bb1 + bb2);
  b = s * split;
  double t1 = b - (b - s);
  double t2 = s - t1;
  b = s * hp0;
  bb = (((t1 * mp1r - b) + t1 * mp2r) + t2 * mp1r) + (t2 * mp2r + s * hp1 + t * hp0);
  s = b + bb;
  t = (b - s) + bb;
  a = s;
  aa = t;
  return static_cast<int>(sum) & 3;
}

inline int32_t abs_high(double x) { return static_cast<int32_t>((bits(x) >> 32) & 0x7fffffff); }

}  // namespace

double sin(double x) {
  int32_t k = abs_high(x);
  double a, da;
  if (k < 0x3e500000) return x;                                                  // |x| < 2^-26
  if (k < 0x3feb6000) return do_sin(x, 0);                                       // |x| < 0.855469
  if (k < 0x400368fd) return std::copysign(do_cos(hp0 - std::fabs(x), hp1), x);  // < 2.426265
  if (k < 0x419921FB) {                                                          // |x| < 105414350
    int n = reduce_sincos(x, a, da);
    return do_sincos(a, da, n);
  }
  if (k < 0x7ff00000) {
    int n = branred(x, a, da);
    return do_sincos(a, da, n);
  }
  return x / x;  // inf, nan
}

double cos(double x) {
  int32_t k = abs_high(x);
  double a, da;
  if (k < 0x3e400000) return 1.0;           // |x| < 2^-27
  if (k < 0x3feb6000) return do_cos(x, 0);  // |x| < 0.855469
  if (k < 0x400368fd) {                     // |x| < 2.426265
    double y = hp0 - std::fabs(x);
    a = y + hp1;
    da = (y - a) + hp1;
    return do_sin(a, da);
  }
  if (k < 0x419921FB) {
    int n = reduce_sincos(x, a, da);
    return do_sincos(a, da, n + 1);
  }
  if (k < 0x7ff00000) {
    int n = branred(x, a, da);
    return do_sincos(a, da, n + 1);
  }
  return x / x;
}

}  // namespace dp::libm
