// core/libm against the C library it reproduces: natively that is glibc (2.36 on the project's
// machines, with its FMA variants selected on a CPU with FMA/AVX2), the libm PyTorch and CPython use
// on Linux. Every function is compared bit for bit (two NaNs count as equal) on a fixed input set:
// float bit patterns across the whole range (subnormals, huge values, infinities, NaNs), dense
// samples of the ranges programs use, and edge values. The wasm build links these functions in
// place of musl's (wasm/libm_symbols.cpp); tests/libm/harness.cpp runs the same comparison with
// millions of inputs natively and under node, and tests/oracle/eager/numerics_libm_*.py check the
// result through the whole playground against real PyTorch.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

#include "libm/fma.h"
#include "libm/glibc_libm.h"

namespace {

template <class T>
using U = std::conditional_t<sizeof(T) == 4, uint32_t, uint64_t>;

template <class T>
U<T> bits_of(T v) {
  U<T> u;
  std::memcpy(&u, &v, sizeof v);
  return u;
}

template <class T>
T from_bits(U<T> u) {
  T v;
  std::memcpy(&v, &u, sizeof v);
  return v;
}

template <class T>
std::vector<T> inputs(double lo, double hi) {
  std::vector<T> v;
  uint64_t state = 0x2545F4914F6CDD1Dull;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  // Bit patterns spread over the whole type.
  for (int i = 0; i < 300000; ++i) v.push_back(from_bits<T>(static_cast<U<T>>(next())));
  // Dense samples of the typical range and of small magnitudes.
  for (int i = 0; i < 300000; ++i) v.push_back(static_cast<T>(lo + (hi - lo) * ((next() >> 11) * 0x1p-53)));
  for (int i = 0; i < 100000; ++i) {
    double m = 1 + ((next() >> 11) * 0x1p-53);
    int e = static_cast<int>(next() % 60) - 50;
    v.push_back(static_cast<T>(std::ldexp(m, e)));
    v.push_back(static_cast<T>(-std::ldexp(m, e)));
  }
  using L = std::numeric_limits<T>;
  for (T e : {T(0),        T(-0.0),       T(1),           T(-1),         T(0.5),  T(2),     T(-2),           T(22),
              T(-22),      T(6),          T(28),          T(120),        T(-120), L::min(), L::denorm_min(), L::max(),
              L::lowest(), L::infinity(), -L::infinity(), L::quiet_NaN()}) {
    v.push_back(e);
    v.push_back(std::nextafter(e, T(0)));
    v.push_back(std::nextafter(e, L::infinity()));
  }
  return v;
}

template <class T>
void expect_same(const char* name, T (*ours)(T), T (*glibc)(T), double lo, double hi) {
  size_t bad = 0;
  for (T x : inputs<T>(lo, hi)) {
    T a = ours(x), b = glibc(x);
    if (std::isnan(a) && std::isnan(b)) continue;
    if (bits_of(a) != bits_of(b)) {
      if (++bad <= 5) {
        ADD_FAILURE() << name << "(" << std::hexfloat << static_cast<double>(x) << ") = " << static_cast<double>(a)
                      << ", glibc " << static_cast<double>(b);
      }
    }
  }
  EXPECT_EQ(bad, 0u) << name;
}

}  // namespace

TEST(Libm, Float) {
  expect_same<float>(
      "sinf", dp::libm::sinf, [](float x) { return ::sinf(x); }, -10, 10);
  expect_same<float>(
      "sinf", dp::libm::sinf, [](float x) { return ::sinf(x); }, -1e6, 1e6);
  expect_same<float>(
      "cosf", dp::libm::cosf, [](float x) { return ::cosf(x); }, -10, 10);
  expect_same<float>(
      "cosf", dp::libm::cosf, [](float x) { return ::cosf(x); }, -1e6, 1e6);
  expect_same<float>(
      "tanhf", dp::libm::tanhf, [](float x) { return ::tanhf(x); }, -12, 12);
  expect_same<float>(
      "erff", dp::libm::erff, [](float x) { return ::erff(x); }, -7, 7);
  expect_same<float>(
      "erfcf", dp::libm::erfcf, [](float x) { return ::erfcf(x); }, -7, 12);
  expect_same<float>(
      "log1pf", dp::libm::log1pf, [](float x) { return ::log1pf(x); }, -1, 20);
  expect_same<float>(
      "expm1f", dp::libm::expm1f, [](float x) { return ::expm1f(x); }, -20, 20);
  expect_same<float>(
      "sinhf", dp::libm::sinhf, [](float x) { return ::sinhf(x); }, -12, 12);
  expect_same<float>(
      "coshf", dp::libm::coshf, [](float x) { return ::coshf(x); }, -12, 12);
  expect_same<float>(
      "log10f", dp::libm::log10f, [](float x) { return ::log10f(x); }, 0, 1000);
  expect_same<float>(
      "asinf", dp::libm::asinf, [](float x) { return ::asinf(x); }, -1, 1);
  expect_same<float>(
      "acosf", dp::libm::acosf, [](float x) { return ::acosf(x); }, -1, 1);
  expect_same<float>(
      "cbrtf", dp::libm::cbrtf, [](float x) { return ::cbrtf(x); }, -100, 100);
}

TEST(Libm, Double) {
  expect_same<double>(
      "sin", dp::libm::sin, [](double x) { return ::sin(x); }, -10, 10);
  expect_same<double>(
      "sin", dp::libm::sin, [](double x) { return ::sin(x); }, -1e9, 1e9);
  expect_same<double>(
      "cos", dp::libm::cos, [](double x) { return ::cos(x); }, -10, 10);
  expect_same<double>(
      "cos", dp::libm::cos, [](double x) { return ::cos(x); }, -1e9, 1e9);
  expect_same<double>(
      "exp", dp::libm::exp, [](double x) { return ::exp(x); }, -8, 8);
  expect_same<double>(
      "exp", dp::libm::exp, [](double x) { return ::exp(x); }, -750, 710);
  expect_same<double>(
      "tanh", dp::libm::tanh, [](double x) { return ::tanh(x); }, -25, 25);
  expect_same<double>(
      "erf", dp::libm::erf, [](double x) { return ::erf(x); }, -7, 7);
  expect_same<double>(
      "erfc", dp::libm::erfc, [](double x) { return ::erfc(x); }, -7, 30);
  expect_same<double>(
      "log1p", dp::libm::log1p, [](double x) { return ::log1p(x); }, -1, 20);
  expect_same<double>(
      "expm1", dp::libm::expm1, [](double x) { return ::expm1(x); }, -40, 40);
  expect_same<double>(
      "sinh", dp::libm::sinh, [](double x) { return ::sinh(x); }, -25, 25);
  expect_same<double>(
      "cosh", dp::libm::cosh, [](double x) { return ::cosh(x); }, -25, 25);
  expect_same<double>(
      "cbrt", dp::libm::cbrt, [](double x) { return ::cbrt(x); }, -100, 100);
  expect_same<double>(
      "log10", dp::libm::log10, [](double x) { return ::log10(x); }, 0, 1000);
  // hypot(x, y): y runs over the same inputs in reverse order.
  for (auto [lo, hi] : {std::pair{-10.0, 10.0}, std::pair{-1e6, 1e6}}) {
    std::vector<double> in = inputs<double>(lo, hi);
    size_t bad = 0;
    for (size_t i = 0; i < in.size(); ++i) {
      double x = in[i], y = in[in.size() - 1 - i];
      double a = dp::libm::hypot(x, y), b = ::hypot(x, y);
      if (!(std::isnan(a) && std::isnan(b)) && bits_of(a) != bits_of(b) && ++bad <= 5) {
        ADD_FAILURE() << std::hexfloat << "hypot(" << x << ", " << y << ") = " << a << ", glibc " << b;
      }
    }
    EXPECT_EQ(bad, 0u) << "hypot";
  }
}

// core/libm's fma (libm/fma.h, the wasm build's fused multiply-add) against the C library's
// (correctly rounded): products near -c (cancellation), sums near ties, random operands.
TEST(Libm, Fma) {
  uint64_t state = 88172645463325252ull;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  auto operand = [&] {
    double m = 1 + (next() >> 11) * 0x1p-53;
    return std::ldexp((next() & 1) ? -m : m, static_cast<int>(next() % 200) - 100);
  };
  size_t bad = 0;
  for (int i = 0; i < 3000000; ++i) {
    double a = operand(), b = operand(), p = a * b, c;
    switch (i % 5) {
      case 0: c = -p; break;
      case 1: c = -p * (1 + std::ldexp(static_cast<double>(next() % 1000) - 500, -60)); break;
      case 2: c = std::ldexp((next() & 1) ? -1.0 : 1.0, std::ilogb(p) + static_cast<int>(next() % 120) - 60); break;
      case 3: c = std::ldexp(1 + (next() >> 11) * 0x1p-53, std::ilogb(p) + static_cast<int>(next() % 140) - 70); break;
      default: c = from_bits<double>(next());
    }
    double x = dp::libm::detail::fma(a, b, c), y = std::fma(a, b, c);
    if (std::isnan(x) && std::isnan(y)) continue;
    if (bits_of(x) != bits_of(y) && ++bad <= 5) {
      ADD_FAILURE() << std::hexfloat << "fma(" << a << ", " << b << ", " << c << ") = " << x << ", libc " << y;
    }
  }
  const double special[] = {0.0,       -0.0, 1e-310, -1e-310, 1e308,     -1e308,   INFINITY,
                            -INFINITY, NAN,  1.0,    -3.5,    0x1p-1022, 0x1p-537, 0x1p512};
  for (double a : special)
    for (double b : special)
      for (double c : special) {
        double x = dp::libm::detail::fma(a, b, c), y = std::fma(a, b, c);
        if (!(std::isnan(x) && std::isnan(y)) && bits_of(x) != bits_of(y)) ++bad;
      }
  EXPECT_EQ(bad, 0u);
}
