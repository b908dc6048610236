// float16 / bfloat16 conversions (core/torch/half.h) against an independent reference: the 16-bit
// values decoded with ldexp, and float -> 16 bits found by searching the sorted finite values and
// rounding to the nearer one, ties to the even bit pattern, past the largest finite value to inf.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "torch/half.h"
#include "torch/op_registry.h"
#include "torch/tensor_str.h"

using namespace dp::torch;

namespace {

double half_value(uint16_t h) {
  const int e = (h >> 10) & 0x1f;
  const int m = h & 0x3ff;
  const double v = e == 0 ? std::ldexp(m, -24) : std::ldexp(1024 + m, e - 25);
  return (h & 0x8000) ? -v : v;
}

double bfloat16_value(uint16_t b) {
  const int e = (b >> 7) & 0xff;
  const int m = b & 0x7f;
  const double v = e == 0 ? std::ldexp(m, -133) : std::ldexp(128 + m, e - 134);
  return (b & 0x8000) ? -v : v;
}

// Round |a| to the nearest of the positive finite values `vals` (bit patterns 0..n-1, increasing),
// `overflow` being the value one step past the largest (rounding to it means inf).
uint16_t reference_round(double a, const std::vector<double>& vals, double overflow, uint16_t inf_bits) {
  size_t lo = 0, hi = vals.size();  // find the last value <= a
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (vals[mid] <= a) lo = mid;
    else hi = mid;
  }
  const double below = vals[lo];
  const double above = lo + 1 < vals.size() ? vals[lo + 1] : overflow;
  size_t pick = lo;
  if (a - below > above - a || (a - below == above - a && (lo & 1))) pick = lo + 1;
  return pick == vals.size() ? inf_bits : static_cast<uint16_t>(pick);
}

}  // namespace

TEST(Half, EveryHalfDecodesExactlyAndRoundTrips) {
  for (uint32_t h = 0; h < 0x10000; ++h) {
    const uint16_t bits = static_cast<uint16_t>(h);
    const float f = float_from_half_bits(bits);
    if (((h >> 10) & 0x1f) == 0x1f) {
      EXPECT_TRUE((h & 0x3ff) ? std::isnan(f) : std::isinf(f)) << h;
      continue;
    }
    ASSERT_EQ(static_cast<double>(f), half_value(bits)) << h;
    ASSERT_EQ(half_bits_from_float(f), bits) << h;
  }
}

TEST(Half, FloatToHalfRoundsToNearestEven) {
  std::vector<double> vals;
  for (uint16_t h = 0; h < 0x7c00; ++h) vals.push_back(half_value(h));
  for (uint64_t u = 0; u < (1ULL << 32); u += 997) {
    const uint32_t x = static_cast<uint32_t>(u);
    const float f = float_from_bits(x);
    if (std::isnan(f)) {
      EXPECT_TRUE(std::isnan(float_from_half_bits(half_bits_from_float(f))));
      continue;
    }
    const uint16_t sign = (x >> 16) & 0x8000;
    const uint16_t want =
        std::isinf(f)
            ? static_cast<uint16_t>(sign | 0x7c00)
            : static_cast<uint16_t>(sign | reference_round(std::fabs(static_cast<double>(f)), vals, 65536.0, 0x7c00));
    ASSERT_EQ(half_bits_from_float(f), want) << "float bits " << x;
  }
}

TEST(Half, EdgeValues) {
  EXPECT_EQ(static_cast<float>(Half(65519.f)), 65504.f);
  EXPECT_TRUE(std::isinf(static_cast<float>(Half(65520.f))));
  EXPECT_EQ(static_cast<float>(Half(2049.f)), 2048.f);
  EXPECT_EQ(static_cast<float>(Half(2051.f)), 2052.f);
  EXPECT_EQ(static_cast<float>(Half(std::ldexp(1.f, -25))), 0.f);                   // tie to even (zero)
  EXPECT_EQ(static_cast<float>(Half(std::ldexp(3.f, -26))), std::ldexp(1.f, -24));  // above the tie
  EXPECT_EQ(static_cast<float>(Half(std::ldexp(3.f, -25))), std::ldexp(1.f, -23));  // 1.5 units: to 2
  EXPECT_EQ(static_cast<float>(Half(std::ldexp(5.f, -25))), std::ldexp(1.f, -23));  // 2.5 units: to 2
  EXPECT_TRUE(std::signbit(static_cast<float>(Half(-0.f))));
}

TEST(BFloat16, EveryValueDecodesExactlyAndRoundTrips) {
  for (uint32_t b = 0; b < 0x10000; ++b) {
    const uint16_t bits = static_cast<uint16_t>(b);
    if (((b >> 7) & 0xff) == 0xff) continue;
    const float f = float_from_bfloat16_bits(bits);
    ASSERT_EQ(static_cast<double>(f), bfloat16_value(bits)) << b;
    ASSERT_EQ(bfloat16_bits_from_float(f), bits) << b;
  }
}

TEST(BFloat16, FloatToBFloat16RoundsToNearestEven) {
  std::vector<double> vals;
  for (uint16_t b = 0; b < 0x7f80; ++b) vals.push_back(bfloat16_value(b));
  for (uint64_t u = 0; u < (1ULL << 32); u += 997) {
    const uint32_t x = static_cast<uint32_t>(u);
    const float f = float_from_bits(x);
    if (std::isnan(f)) {
      EXPECT_TRUE(std::isnan(float_from_bfloat16_bits(bfloat16_bits_from_float(f))));
      continue;
    }
    const uint16_t sign = (x >> 16) & 0x8000;
    const uint16_t want = std::isinf(f)
                              ? static_cast<uint16_t>(sign | 0x7f80)
                              : static_cast<uint16_t>(sign | reference_round(std::fabs(static_cast<double>(f)), vals,
                                                                             std::ldexp(1.0, 128), 0x7f80));
    ASSERT_EQ(bfloat16_bits_from_float(f), want) << "float bits " << x;
  }
}

TEST(Half, TensorsStoreTwoBytesAndComputeInFloat) {
  Tensor h = call_t("ones", {3}, {{"dtype", DType::Float16}});
  EXPECT_EQ(itemsize(h.dtype()), 2u);
  EXPECT_EQ(h.storage()->nbytes, 6);
  Tensor third = call_t("div", {h, 3});
  // float32(1/3) rounded once to float16: 0.333251953125.
  EXPECT_EQ(third.double_at(0), 0.333251953125);
  EXPECT_EQ(repr(call_t("mul", {third, 3})), "tensor([1., 1., 1.], dtype=torch.float16)");
}
