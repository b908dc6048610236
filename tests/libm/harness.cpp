// Verification harness for core/libm: compares dp::libm's functions with glibc's libm over
// millions of inputs. Run it twice:
//   natively:  harness gen DIR    computes every input's result with the C library (glibc: the
//                                 reference) into DIR/<name>.bin, and counts dp::libm mismatches;
//   in wasm:   harness check DIR  (em++ -sNODERAWFS, run with node) reads the expected results
//                                 and counts mismatches of dp::libm and of emscripten's own libm.
// Natively `check` also works (same counts as gen). tests/libm/run.sh builds and runs both.
// Inputs per function (deterministic, identical on both sides): every 1021st bit pattern of the
// type (subnormals, huge values, infinities, NaNs included: ~4.2M floats), uniform random values
// in the function's typical range, and edge values. Two NaNs compare equal (the sign/payload of a
// NaN is not printed by Python or PyTorch). Cases named NAME* are not reproduced by dp::libm:
// their "dp" column is the C library itself, for the record of how far musl is from glibc.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "libm/glibc_libm.h"

namespace {

uint64_t rng_state = 0x9E3779B97F4A7C15ull;
uint64_t next_u64() {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}
double uniform(double lo, double hi) { return lo + (hi - lo) * ((next_u64() >> 11) * 0x1p-53); }

template <class T>
struct Bits;
template <>
struct Bits<float> {
  using U = uint32_t;
};
template <>
struct Bits<double> {
  using U = uint64_t;
};

template <class T>
typename Bits<T>::U to_bits(T v) {
  typename Bits<T>::U u;
  std::memcpy(&u, &v, sizeof v);
  return u;
}
template <class T>
T from(typename Bits<T>::U u) {
  T v;
  std::memcpy(&v, &u, sizeof v);
  return v;
}

template <class T>
std::vector<T> inputs(double lo, double hi, uint64_t n_random) {
  std::vector<T> v;
  using U = typename Bits<T>::U;
  if constexpr (sizeof(T) == 4) {
    for (uint64_t u = 0; u <= 0xffffffffull; u += 1021) v.push_back(from<T>(static_cast<U>(u)));
  } else {
    rng_state = 0x1234567;
    for (int i = 0; i < 2000000; ++i) v.push_back(from<T>(next_u64()));
  }
  rng_state = 0xC0FFEE;
  for (uint64_t i = 0; i < n_random; ++i) v.push_back(static_cast<T>(uniform(lo, hi)));
  // Narrow ranges near 0 in log scale, both signs.
  for (uint64_t i = 0; i < n_random / 4; ++i) {
    // 2^e * m with integer e in [-40, 8) and m in [1, 2): exact, no libm call.
    double m = uniform(1, 2);  // sequenced: argument evaluation order differs between compilers
    int e = static_cast<int>(next_u64() % 48) - 40;
    T x = static_cast<T>(std::ldexp(m, e));
    v.push_back(x);
    v.push_back(-x);
  }
  const T edges[] = {T(0),
                     -T(0),
                     T(1),
                     T(-1),
                     T(0.5),
                     T(-0.5),
                     T(2),
                     T(-2),
                     T(3),
                     T(-3),
                     static_cast<T>(M_PI),
                     static_cast<T>(-M_PI),
                     static_cast<T>(M_PI_2),
                     static_cast<T>(M_PI_4),
                     T(22),
                     T(-22),
                     T(6),
                     T(-6),
                     T(28),
                     T(-28),
                     T(88.72),
                     T(-88.72),
                     T(120),
                     T(-120),
                     std::numeric_limits<T>::min(),
                     std::numeric_limits<T>::denorm_min(),
                     std::numeric_limits<T>::max(),
                     -std::numeric_limits<T>::max(),
                     std::numeric_limits<T>::infinity(),
                     -std::numeric_limits<T>::infinity(),
                     std::numeric_limits<T>::quiet_NaN(),
                     T(1e-30),
                     T(-1e-30),
                     T(0.84375),
                     T(1.25)};
  for (T e : edges) {
    v.push_back(e);
    v.push_back(std::nextafter(e, T(0)));
    v.push_back(std::nextafter(e, std::numeric_limits<T>::infinity()));
  }
  return v;
}

template <class T>
bool same(T a, T b) {
  if (std::isnan(a) && std::isnan(b)) return true;
  return to_bits(a) == to_bits(b);
}

struct Case {
  const char* name;
  bool is_float;
  double lo, hi;
  float (*dpf)(float);
  float (*libcf)(float);
  double (*dpd)(double);
  double (*libcd)(double);
  double (*dpd2)(double, double) = nullptr;  // two-argument functions: y is the input list reversed
  double (*libcd2)(double, double) = nullptr;
};

float c_sinf(float x) { return ::sinf(x); }
float c_cosf(float x) { return ::cosf(x); }
float c_expm1f(float x) { return ::expm1f(x); }
float c_log1pf(float x) { return ::log1pf(x); }
float c_tanhf(float x) { return ::tanhf(x); }
float c_erff(float x) { return ::erff(x); }
float c_erfcf(float x) { return ::erfcf(x); }
double c_sin(double x) { return ::sin(x); }
double c_cos(double x) { return ::cos(x); }
double c_log1p(double x) { return ::log1p(x); }
double c_exp(double x) { return ::exp(x); }
double c_erf(double x) { return ::erf(x); }
double c_hypot(double x, double y) { return ::hypot(x, y); }
double c_atan2(double x, double y) { return ::atan2(x, y); }
double c_pow(double x, double y) { return ::pow(x, y); }
float c_expf(float x) { return ::expf(x); }
float c_logf(float x) { return ::logf(x); }
#define LIBC1(f) \
  double c_##f(double x) { return ::f(x); }
#define LIBCF(f) \
  float c_##f(float x) { return ::f(x); }
LIBCF(tanf)
LIBCF(atanf)
LIBCF(asinf) LIBCF(acosf) LIBCF(sinhf) LIBCF(coshf) LIBCF(log10f) LIBCF(log2f) LIBCF(exp2f) LIBCF(cbrtf) LIBCF(asinhf)
    LIBCF(atanhf) LIBCF(lgammaf) LIBC1(tan) LIBC1(atan) LIBC1(asin) LIBC1(acos) LIBC1(log) LIBC1(log10) LIBC1(log2)
        LIBC1(cbrt) LIBC1(sinh) LIBC1(cosh) LIBC1(asinh) LIBC1(acosh) LIBC1(atanh) LIBC1(tgamma)
            LIBC1(lgamma) double c_erfc(double x) {
  return ::erfc(x);
}
double c_expm1(double x) { return ::expm1(x); }
double c_tanh(double x) { return ::tanh(x); }

const Case kCases[] = {
    {"sinf", true, -10, 10, dp::libm::sinf, c_sinf, nullptr, nullptr},
    {"cosf", true, -10, 10, dp::libm::cosf, c_cosf, nullptr, nullptr},
    {"expm1f", true, -10, 10, dp::libm::expm1f, c_expm1f, nullptr, nullptr},
    {"log1pf", true, -1, 10, dp::libm::log1pf, c_log1pf, nullptr, nullptr},
    {"tanhf", true, -10, 10, dp::libm::tanhf, c_tanhf, nullptr, nullptr},
    {"erff", true, -6, 6, dp::libm::erff, c_erff, nullptr, nullptr},
    {"erfcf", true, -6, 12, dp::libm::erfcf, c_erfcf, nullptr, nullptr},
    {"sin", false, -10, 10, nullptr, nullptr, dp::libm::sin, c_sin},
    {"cos", false, -10, 10, nullptr, nullptr, dp::libm::cos, c_cos},
    {"sin_big", false, -1e9, 1e9, nullptr, nullptr, dp::libm::sin, c_sin},
    {"exp", false, -750, 710, nullptr, nullptr, dp::libm::exp, c_exp},
    {"exp_small", false, -5, 5, nullptr, nullptr, dp::libm::exp, c_exp},
    {"erf", false, -7, 7, nullptr, nullptr, dp::libm::erf, c_erf},
    {"erfc", false, -7, 30, nullptr, nullptr, dp::libm::erfc, c_erfc},
    {"hypot", false, -10, 10, nullptr, nullptr, nullptr, nullptr, dp::libm::hypot, c_hypot},
    // Not in dp::libm (the wasm build keeps emscripten's): measured for the record, "dp" = libc.
    {"expf*", true, -20, 20, c_expf, c_expf, nullptr, nullptr},
    {"logf*", true, 0, 100, c_logf, c_logf, nullptr, nullptr},
    {"tanf*", true, -10, 10, c_tanf, c_tanf, nullptr, nullptr},
    {"atanf", true, -10, 10, dp::libm::atanf, c_atanf, nullptr, nullptr},
    {"asinf", true, -1, 1, dp::libm::asinf, c_asinf, nullptr, nullptr},
    {"acosf", true, -1, 1, dp::libm::acosf, c_acosf, nullptr, nullptr},
    {"sinhf", true, -10, 10, dp::libm::sinhf, c_sinhf, nullptr, nullptr},
    {"coshf", true, -10, 10, dp::libm::coshf, c_coshf, nullptr, nullptr},
    {"log10f", true, 0, 100, dp::libm::log10f, c_log10f, nullptr, nullptr},
    {"log2f*", true, 0, 100, c_log2f, c_log2f, nullptr, nullptr},
    {"exp2f*", true, -20, 20, c_exp2f, c_exp2f, nullptr, nullptr},
    {"cbrtf", true, -100, 100, dp::libm::cbrtf, c_cbrtf, nullptr, nullptr},
    {"asinhf*", true, -20, 20, c_asinhf, c_asinhf, nullptr, nullptr},
    {"atanhf*", true, -1, 1, c_atanhf, c_atanhf, nullptr, nullptr},
    {"lgammaf*", true, -10, 50, c_lgammaf, c_lgammaf, nullptr, nullptr},
    {"tan*", false, -10, 10, nullptr, nullptr, c_tan, c_tan},
    {"atan*", false, -10, 10, nullptr, nullptr, c_atan, c_atan},
    {"asin*", false, -1, 1, nullptr, nullptr, c_asin, c_asin},
    {"acos*", false, -1, 1, nullptr, nullptr, c_acos, c_acos},
    {"log*", false, 0, 100, nullptr, nullptr, c_log, c_log},
    {"log10", false, 0, 100, nullptr, nullptr, dp::libm::log10, c_log10},
    {"log2*", false, 0, 100, nullptr, nullptr, c_log2, c_log2},
    {"cbrt", false, -100, 100, nullptr, nullptr, dp::libm::cbrt, c_cbrt},
    {"sinh", false, -20, 20, nullptr, nullptr, dp::libm::sinh, c_sinh},
    {"cosh", false, -20, 20, nullptr, nullptr, dp::libm::cosh, c_cosh},
    {"asinh*", false, -20, 20, nullptr, nullptr, c_asinh, c_asinh},
    {"acosh*", false, 1, 20, nullptr, nullptr, c_acosh, c_acosh},
    {"atanh*", false, -1, 1, nullptr, nullptr, c_atanh, c_atanh},
    {"tgamma*", false, -10, 30, nullptr, nullptr, c_tgamma, c_tgamma},
    {"lgamma*", false, -10, 100, nullptr, nullptr, c_lgamma, c_lgamma},
    {"atan2*", false, -10, 10, nullptr, nullptr, nullptr, nullptr, c_atan2, c_atan2},
    {"pow*", false, 0, 10, nullptr, nullptr, nullptr, nullptr, c_pow, c_pow},
    {"log1p", false, -1, 10, nullptr, nullptr, dp::libm::log1p, c_log1p},
    {"expm1", false, -40, 40, nullptr, nullptr, dp::libm::expm1, c_expm1},
    {"tanh", false, -25, 25, nullptr, nullptr, dp::libm::tanh, c_tanh},
};

template <class T, class F, class G>
void run(const Case& c, bool gen, const std::string& dir, F dp, G libc) {
  std::vector<T> in = inputs<T>(c.lo, c.hi, 2000000);
  std::vector<T> expected(in.size());
  std::string path = dir + "/" + c.name + ".bin";
  if (gen) {
    for (size_t i = 0; i < in.size(); ++i) expected[i] = libc(i, in[i]);
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(expected.data(), sizeof(T), expected.size(), f) != expected.size()) {
      std::perror(path.c_str());
      std::exit(2);
    }
    std::fclose(f);
  } else {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f || std::fread(expected.data(), sizeof(T), expected.size(), f) != expected.size()) {
      std::perror(path.c_str());
      std::exit(2);
    }
    std::fclose(f);
  }
  size_t bad_dp = 0, bad_libc = 0;
  size_t first = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    if (!same(dp(i, in[i]), expected[i])) {
      if (!bad_dp) first = i;
      ++bad_dp;
    }
    if (!same(libc(i, in[i]), expected[i])) ++bad_libc;
  }
  std::printf("%-8s inputs %zu  dp::libm mismatches %zu  this libc mismatches %zu", c.name, in.size(), bad_dp,
              bad_libc);
  if (bad_dp)
    std::printf("  (first at input %zu = %a: dp %a, glibc %a)", first, static_cast<double>(in[first]),
                static_cast<double>(dp(first, in[first])), static_cast<double>(expected[first]));
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: harness gen|check DIR [NAME...]\n");
    return 2;
  }
  bool gen = std::string(argv[1]) == "gen";
  for (const Case& c : kCases) {
    if (argc > 3) {
      bool want = false;
      for (int i = 3; i < argc; ++i) want |= std::string(argv[i]) == c.name;
      if (!want) continue;
    }
    if (c.is_float) {
      run<float>(
          c, gen, argv[2], [&](size_t, float x) { return c.dpf(x); }, [&](size_t, float x) { return c.libcf(x); });
    } else if (c.dpd2) {
      // Two arguments: input i is paired with input n-1-i of the same list.
      std::vector<double> ys = inputs<double>(c.lo, c.hi, 2000000);
      size_t n = ys.size();
      run<double>(
          c, gen, argv[2], [&](size_t i, double x) { return c.dpd2(x, ys[n - 1 - i]); },
          [&](size_t i, double x) { return c.libcd2(x, ys[n - 1 - i]); });
    } else {
      run<double>(
          c, gen, argv[2], [&](size_t, double x) { return c.dpd(x); }, [&](size_t, double x) { return c.libcd(x); });
    }
    std::fflush(stdout);
  }
}
