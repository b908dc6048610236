// fma(a, b, c) = a*b + c rounded once, for core/libm. WebAssembly has no fused multiply-add
// instruction and emscripten's std::fma is an integer emulation (about 15 ns a call under V8,
// measured: it made sin 25x slower than musl's), so here the exact product comes from Dekker's
// TwoProduct (Veltkamp splitting), the sum from TwoSum, and the single rounding from Boldo and
// Melquiond's rounding-to-odd theorem ("Emulation of FMA and correctly rounded sums: proved
// algorithms using rounding to odd", IEEE TC 2008): with (ph, pl) = a*b exactly and
// (sh, sl) = c + ph exactly, RN(sh + RO(sl + pl)) = RN(a*b + c). That holds when nothing
// overflows and the product's low part is a normal number, which the guard checks; other
// operands (zeros, subnormals, huge values, inf, NaN) take std::fma. Natively (x86_64) the same
// code runs, and tests/cpp/libm compares it with the hardware instruction.
// Requires -ffp-contract=off (a contracted a*b - p would no longer be TwoProduct's error term).
#pragma once
#include <cmath>
#include <cstdint>

#include "libm/bits.h"

namespace dp::libm::detail {

inline double fma(double a, double b, double c) {
  const uint64_t ua = bits(a), ub = bits(b), uc = bits(c);
  const int ea = static_cast<int>((ua >> 52) & 0x7ff) - 1023;
  const int eb = static_cast<int>((ub >> 52) & 0x7ff) - 1023;
  const int ec = static_cast<int>((uc >> 52) & 0x7ff) - 1023;
  // Normal a and b with |a|, |b| < 2^900 (the split cannot overflow), a*b between 2^-900 and
  // 2^1000 (its error term normal, no overflow), c finite below 2^1000 (zero and subnormal are fine).
  if (ea < -1000 || eb < -1000 || ea > 900 || eb > 900 || ea + eb < -900 || ea + eb > 1000 || ec > 1000) {
    return std::fma(a, b, c);
  }
  // TwoProduct: p + e == a*b exactly.
  const double split = 134217729.0;  // 2^27 + 1
  double t = split * a;
  const double ah = t - (t - a), al = a - ah;
  t = split * b;
  const double bh = t - (t - b), bl = b - bh;
  const double p = a * b;
  const double e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  // TwoSum: s + r == c + p exactly.
  const double s = c + p;
  const double bb = s - c;
  const double r = (c - (s - bb)) + (p - bb);
  // v = r + e rounded to odd.
  const double u = r + e;
  const double ub2 = u - r;
  const double ul = (r - (u - ub2)) + (e - ub2);
  double v = u;
  if (ul != 0) {
    uint64_t uv = bits(u);
    if ((uv & 1) == 0) {
      // Not exact and even: the odd neighbour on ul's side.
      uv += ((ul > 0) == (u > 0)) ? 1 : static_cast<uint64_t>(-1);
      v = from_bits64(uv);
    }
  }
  return s + v;
}

}  // namespace dp::libm::detail
