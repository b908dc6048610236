// hypot (double) as glibc 2.35+ computes it (sysdeps/ieee754/dbl-64/e_hypot.c, the generic
// x86_64 build without FMA): Borges' "An Improved Algorithm for hypot(a,b)" (MyHypot3, arXiv
// 1904.09481): h = sqrt(ax^2 + ay^2) corrected by one step computed from h - ay or h - ax;
// inputs above 2^511 or below 2^-459 scaled by 2^-600 / 2^600 around the kernel; when one
// operand is below 2^-54 of the other the result is their sum. Plain double arithmetic.
#include <cmath>

#include "libm/glibc_libm.h"

namespace dp::libm {
namespace {

const double kScale = 0x1p-600, kLarge = 0x1p+511, kTiny = 0x1p-459, kEps = 0x1p-54;

double kernel(double ax, double ay) {
  double h = std::sqrt(ax * ax + ay * ay);
  double t1, t2;
  if (h <= 2.0 * ay) {
    double delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    double delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

}  // namespace

double hypot(double x, double y) {
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isinf(x) || std::isinf(y)) return INFINITY;
    return x + y;
  }
  x = std::fabs(x);
  y = std::fabs(y);
  double ax = x < y ? y : x;
  double ay = x < y ? x : y;
  if (ax > kLarge) {
    if (ay <= ax * kEps) return ax + ay;
    return kernel(ax * kScale, ay * kScale) / kScale;
  }
  if (ay < kTiny) {
    if (ax >= ay / kEps) return ax + ay;
    return kernel(ax / kScale, ay / kScale) * kScale;
  }
  if (ay <= ax * kEps) return ax + ay;
  return kernel(ax, ay);
}

}  // namespace dp::libm
