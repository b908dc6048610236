// Mirrors c10/util/Half.h and c10/util/BFloat16.h: the 16-bit floating element types as stored in
// a tensor (IEEE binary16 "Half" and bfloat16, the upper half of a float32), and their conversions
// to and from float. Kernels never compute in these types: like ATen's CPU kernels (opmath_type),
// they compute in float and round each result once to the 16-bit type (docs/eager-semantics.md,
// "float16 and bfloat16"). The conversions are bit manipulations on unsigned integers only (no
// undefined behaviour, identical natively and in wasm); float -> 16 bits rounds to nearest-even,
// keeps subnormals, overflows to inf and keeps NaN a NaN.
#pragma once
#include <cstdint>
#include <cstring>

namespace dp::torch {

inline uint32_t float_bits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  return u;
}
inline float float_from_bits(uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}

// binary16: 1 sign bit, 5 exponent bits (bias 15), 10 mantissa bits.
inline uint16_t half_bits_from_float(float f) {
  const uint32_t x = float_bits(f);
  const uint32_t sign = (x >> 16) & 0x8000u;
  const uint32_t ax = x & 0x7fffffffu;
  if (ax > 0x7f800000u) return static_cast<uint16_t>(sign | 0x7e00u);   // NaN (c10's quiet NaN)
  if (ax >= 0x477ff000u) return static_cast<uint16_t>(sign | 0x7c00u);  // >= 65520 rounds to inf
  if (ax < 0x38800000u) {
    // Below 2^-14: a half subnormal (or zero), in units of 2^-24. The float is m * 2^(e - 150)
    // with m holding the implicit bit, so the value in units is m >> (126 - e), rounded.
    const uint32_t e = ax >> 23;
    if (e < 102) return static_cast<uint16_t>(sign);  // < 2^-25: rounds to zero
    const uint32_t m = (ax & 0x7fffffu) | 0x800000u;
    const uint32_t shift = 126 - e;  // 14 .. 24
    uint32_t q = m >> shift;
    const uint32_t rem = m & ((1u << shift) - 1);
    const uint32_t halfway = 1u << (shift - 1);
    if (rem > halfway || (rem == halfway && (q & 1u))) ++q;
    return static_cast<uint16_t>(sign | q);
  }
  // Normal: rebias the exponent (127 -> 15) and round the 13 dropped mantissa bits; a carry out of
  // the mantissa correctly bumps the exponent.
  uint32_t h = ((ax - 0x38000000u) >> 13);
  const uint32_t rem = ax & 0x1fffu;
  if (rem > 0x1000u || (rem == 0x1000u && (h & 1u))) ++h;
  return static_cast<uint16_t>(sign | h);
}

inline float float_from_half_bits(uint16_t h) {
  const uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  const uint32_t e = (h >> 10) & 0x1fu;
  uint32_t m = h & 0x3ffu;
  if (e == 0x1f) return float_from_bits(sign | 0x7f800000u | (m << 13));  // inf / NaN
  if (e == 0) {
    if (m == 0) return float_from_bits(sign);
    // Subnormal: normalize into a float (exact).
    uint32_t exp = 127 - 15 + 1;
    while ((m & 0x400u) == 0) {
      m <<= 1;
      --exp;
    }
    return float_from_bits(sign | (exp << 23) | ((m & 0x3ffu) << 13));
  }
  return float_from_bits(sign | ((e + 127 - 15) << 23) | (m << 13));
}

// bfloat16: the upper 16 bits of a float32, rounded to nearest-even; NaN stays a quiet NaN.
inline uint16_t bfloat16_bits_from_float(float f) {
  const uint32_t x = float_bits(f);
  if ((x & 0x7fffffffu) > 0x7f800000u) return static_cast<uint16_t>(((x >> 16) & 0x8000u) | 0x7fc0u);
  const uint32_t rounding_bias = 0x7fffu + ((x >> 16) & 1u);
  return static_cast<uint16_t>((x + rounding_bias) >> 16);
}
inline float float_from_bfloat16_bits(uint16_t b) { return float_from_bits(static_cast<uint32_t>(b) << 16); }

// The stored element types. Conversions go through float, as c10::Half's and c10::BFloat16's do
// (a double is rounded to float first).
struct Half {
  uint16_t x = 0;
  Half() = default;
  explicit Half(float f) : x(half_bits_from_float(f)) {}
  explicit operator float() const { return float_from_half_bits(x); }
};
struct BFloat16 {
  uint16_t x = 0;
  BFloat16() = default;
  explicit BFloat16(float f) : x(bfloat16_bits_from_float(f)) {}
  explicit operator float() const { return float_from_bfloat16_bits(x); }
};

template <class T>
inline constexpr bool is_reduced_float_v = std::is_same_v<T, Half> || std::is_same_v<T, BFloat16>;

}  // namespace dp::torch
