// Mirrors ATen's unary elementwise ops (aten/src/ATen/native/UnaryOps.cpp, Activation.cpp for
// relu/gelu/sigmoid/silu) on CPU: int inputs of float math promote to the default float dtype,
// the in-place variants' cast checks, and their error messages. Float32 math is done in float
// with the C library's float functions, like PyTorch's CPU kernels.
#include <cmath>
#include <limits>

#include "torch/elementwise_common.h"

namespace dp::torch {
using namespace detail;

namespace {
// ---------------------------------------------------------------------------------------------
// Unary

enum class UnaryKind {
  FloatMath,  // int/bool inputs promote to the default float dtype (sin, exp, sqrt ...)
  Same,       // output dtype = input dtype (neg, abs, relu, floor ...)
  BoolOut,    // output is bool (logical_not, isnan ...)
};

DType unary_out_dtype(UnaryKind k, DType in) {
  switch (k) {
    case UnaryKind::FloatMath: return to_float_dtype(in);
    case UnaryKind::Same: return in;
    case UnaryKind::BoolOut: return DType::Bool;
  }
  return in;
}

using UnaryCheck = std::function<void(const Tensor&, const Args&)>;

template <class Make>
void def_unary(Registry& r, const std::string& name, UnaryKind kind, Make make, const std::string& extra = "",
               UnaryCheck check = nullptr, std::string grad = "", bool inplace = true) {
  if (grad.empty()) grad = backward_name(name);
  if (kind == UnaryKind::BoolOut) grad = "";
  r.add(
      name + "(Tensor self" + extra + ") -> Tensor", OpKind::Functional,
      [kind, check](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (check) check(self, a);
        return Tensor::make_strided(self.sizes(), elementwise_output_strides(self.sizes(), {&self}),
                                    unary_out_dtype(kind, self.dtype()), true);
      },
      [kind, make](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        DType compute = kind == UnaryKind::BoolOut ? self.dtype() : unary_out_dtype(kind, self.dtype());
        run_unary(self, out.tensor(), compute, a, make);
      },
      grad);
  if (!inplace) return;
  r.add(
      name + "_(Tensor self" + extra + ") -> Tensor", OpKind::InPlace,
      [kind, check](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (check) check(self, a);
        check_cast(unary_out_dtype(kind, self.dtype()), self.dtype());
        return self;
      },
      [kind, make](const Args& a, Value&) {
        const Tensor& self = a.tensor("self");
        run_unary(self, self, unary_out_dtype(kind, self.dtype()), a, make);
      },
      grad);
}

template <class T>
T round_half_even(T x) {
  if constexpr (std::is_floating_point_v<T>) return std::nearbyint(x);
  else return x;
}

template <class T>
T gelu_erf(T x) {
  if constexpr (std::is_floating_point_v<T>) {
    const T alpha = static_cast<T>(M_SQRT1_2);
    return x * T(0.5) * (T(1) + std::erf(x * alpha));
  } else {
    return x;
  }
}

// GELU (erf form) of a float32 tensor on PyTorch's oneDNN path: gelu_out_cpu hands a contiguous
// float32 tensor of 2+ elements to ideep::eltwise_forward with eltwise_gelu_erf (use_mkldnn in
// Activation.cpp; a 1-element or strided tensor goes to GeluKernel, std::erf). oneDNN's x64 kernel
// (jit_uni_eltwise_injector gelu_erf_compute_vector_fwd) computes, per element s:
//   x = s * (1/sqrt 2); erf(x) = sign(x) * (1 - r(t) * t * exp(-x*x)), t = 1 / (p|x| + 1)
//   (Abramowitz-Stegun 7.1.26, polynomial by fused multiply-adds, oneDNN's own exp);
//   S = 0.5 * s; GELU = S + S * erf (one fused multiply-add),
// so a large negative s gives S + S * -1 = +0 where x * 0.5 * (1 + erf) would give -0. Checked
// bit for bit against PyTorch 1.13 on this path for s = -12 ... 6 in steps of 0.001 (18001 values).
inline float onednn_exp(float x) {
  // oneDNN exp_compute_vector_fwd: clamp to [ln FLT_MIN, ln FLT_MAX], n = floor(x log2(e) + 0.5),
  // r = x - n ln 2, a degree-5 polynomial in r, times 2^(n-1) times 2; below ln FLT_MIN it is 0.
  const float ln_flt_min = -87.336544750553102f, ln_flt_max = 88.722839111673f;
  const bool zero = x < ln_flt_min;
  x = std::min(std::max(x, ln_flt_min), ln_flt_max);
  const float fx = std::floor(x * 1.44269502f + 0.5f);
  const float r = std::fma(-fx, 0.693147182f, x);
  const int n = static_cast<int>(std::nearbyint(fx - 1.0f));
  float scale = zero ? 0.0f : std::ldexp(1.0f, n);
  float y = std::fma(0.00828929059f, r, 0.0418978221f);
  y = std::fma(y, r, 0.166676521f);
  y = std::fma(y, r, 0.499991506f);
  y = std::fma(y, r, 0.999999701f);
  y = std::fma(y, r, 1.0f);
  return y * scale * 2.0f;
}

inline float gelu_erf_onednn(float s) {
  const float c = static_cast<float>(M_SQRT1_2);
  const float x = s * c;
  const float a = std::fabs(x);
  const float t = 1.0f / std::fma(0.3275911f, a, 1.0f);
  const float e = -onednn_exp(-(x * x)) * t;
  float r = std::fma(1.061405429f, t, -1.453152027f);
  r = std::fma(r, t, 1.421413741f);
  r = std::fma(r, t, -0.284496736f);
  r = std::fma(r, t, 0.254829592f);
  float erf = std::fma(e, r, 1.0f);
  if (std::signbit(x)) erf = -erf;
  const float S = 0.5f * s;
  return std::fma(erf, S, S);
}

template <class T>
T gelu_tanh(T x) {
  if constexpr (std::is_floating_point_v<T>) {
    const T beta = static_cast<T>(M_SQRT2 * M_2_SQRTPI * 0.5);
    const T kappa = static_cast<T>(0.044715);
    T inner = beta * (x + kappa * x * x * x);
    return T(0.5) * x * (T(1) + std::tanh(inner));
  } else {
    return x;
  }
}

// calc_erfinv (ATen's Math.h): a rational first guess (central range |y| <= 0.7, tails) then two
// Newton steps, in the tensor's float type.
template <class T>
T calc_erfinv(T y) {
  if constexpr (!std::is_same_v<T, float> && !std::is_same_v<T, double>) {
    return static_cast<T>(calc_erfinv<float>(static_cast<float>(y)));
  } else {
    constexpr T a[4] = {T(0.886226899), T(-1.645349621), T(0.914624893), T(-0.140543331)};
    constexpr T b[4] = {T(-2.118377725), T(1.442710462), T(-0.329097515), T(0.012229801)};
    constexpr T c[4] = {T(-1.970840454), T(-1.624906493), T(3.429567803), T(1.641345311)};
    constexpr T d[2] = {T(3.543889200), T(1.637067800)};
    T y_abs = std::abs(y);
    if (y_abs > T(1)) return std::numeric_limits<T>::quiet_NaN();
    if (y_abs == T(1)) return std::copysign(std::numeric_limits<T>::infinity(), y);
    T x;
    if (y_abs <= T(0.7)) {
      T z = y * y;
      T num = ((a[3] * z + a[2]) * z + a[1]) * z + a[0];
      T dem = (((b[3] * z + b[2]) * z + b[1]) * z + b[0]) * z + T(1);
      x = y * num / dem;
    } else {
      T z = std::sqrt(-std::log((T(1) - y_abs) / T(2)));
      T num = ((c[3] * z + c[2]) * z + c[1]) * z + c[0];
      T dem = (d[1] * z + d[0]) * z + T(1);
      x = std::copysign(num, y) / dem;
    }
    const T two_over_sqrt_pi = T(2) / static_cast<T>(std::sqrt(3.14159265358979323846));
    x = x - (std::erf(x) - y) / (two_over_sqrt_pi * std::exp(-x * x));
    x = x - (std::erf(x) - y) / (two_over_sqrt_pi * std::exp(-x * x));
    return x;
  }
}

// calc_digamma (ATen's Math.h): reflection for x < 0 (fractional part through modf, pi / tan(pi r)
// in double), recurrence up to 10, PSI_10 at 10, then the asymptotic series, in the tensor's type.
template <class T>
T polevl(T x, const T* A, int len) {
  T result = 0;
  for (int i = 0; i <= len; ++i) result = result * x + A[i];
  return result;
}

template <class T>
T calc_digamma(T x) {
  if constexpr (!std::is_same_v<T, float> && !std::is_same_v<T, double>) {
    return static_cast<T>(calc_digamma<float>(static_cast<float>(x)));
  } else {
    const T PSI_10 = static_cast<T>(2.25175258906672110764);
    if (x == 0) return std::copysign(std::numeric_limits<T>::infinity(), -x);
    const bool x_is_integer = x == std::trunc(x);
    if (x < 0) {
      if (x_is_integer) return std::numeric_limits<T>::quiet_NaN();
      double q, r;
      r = std::modf(static_cast<double>(x), &q);
      const T pi_over_tan_pi_x = static_cast<T>(M_PI / std::tan(M_PI * r));
      return calc_digamma<T>(T(1) - x) - pi_over_tan_pi_x;
    }
    T result = 0;
    while (x < 10) {
      result -= T(1) / x;
      x += 1;
    }
    if (x == 10) return result + PSI_10;
    static const T A[] = {
        static_cast<T>(8.33333333333333333333E-2),  static_cast<T>(-2.10927960927960927961E-2),
        static_cast<T>(7.57575757575757575758E-3),  static_cast<T>(-4.16666666666666666667E-3),
        static_cast<T>(3.96825396825396825397E-3),  static_cast<T>(-8.33333333333333333333E-3),
        static_cast<T>(8.33333333333333333333E-2),
    };
    T y = 0;
    if (x < static_cast<T>(1.0e17)) {
      const T z = T(1) / (x * x);
      y = z * polevl(z, A, 6);
    }
    return result + std::log(x) - (T(0.5) / x) - y;
  }
}

void register_unary(Registry& r) {
  // FloatMath ops (int inputs -> float32).
  def_unary(r, "sin", UnaryKind::FloatMath, F(std::sin(x)));
  def_unary(r, "cos", UnaryKind::FloatMath, F(std::cos(x)));
  def_unary(r, "tan", UnaryKind::FloatMath, F(std::tan(x)));
  def_unary(r, "asin", UnaryKind::FloatMath, F(std::asin(x)));
  def_unary(r, "acos", UnaryKind::FloatMath, F(std::acos(x)));
  def_unary(r, "atan", UnaryKind::FloatMath, F(std::atan(x)));
  def_unary(r, "sinh", UnaryKind::FloatMath, F(std::sinh(x)));
  def_unary(r, "cosh", UnaryKind::FloatMath, F(std::cosh(x)));
  def_unary(r, "tanh", UnaryKind::FloatMath, F(std::tanh(x)));
  def_unary(r, "asinh", UnaryKind::FloatMath, F(std::asinh(x)));
  def_unary(r, "acosh", UnaryKind::FloatMath, F(std::acosh(x)));
  def_unary(r, "atanh", UnaryKind::FloatMath, F(std::atanh(x)));
  def_unary(r, "exp", UnaryKind::FloatMath, F(std::exp(x)));
  def_unary(r, "exp2", UnaryKind::FloatMath, F(std::exp2(x)));
  def_unary(r, "expm1", UnaryKind::FloatMath, F(std::expm1(x)));
  def_unary(r, "log", UnaryKind::FloatMath, F(std::log(x)));
  def_unary(r, "log2", UnaryKind::FloatMath, F(std::log2(x)));
  def_unary(r, "log10", UnaryKind::FloatMath, F(std::log10(x)));
  def_unary(r, "log1p", UnaryKind::FloatMath, F(std::log1p(x)));
  def_unary(r, "sqrt", UnaryKind::FloatMath, F(std::sqrt(x)));
  def_unary(r, "rsqrt", UnaryKind::FloatMath, F(T(1) / std::sqrt(x)));
  def_unary(r, "erf", UnaryKind::FloatMath, F(std::erf(x)));
  def_unary(r, "erfinv", UnaryKind::FloatMath, F(calc_erfinv(x)));
  def_unary(r, "erfc", UnaryKind::FloatMath, F(std::erfc(x)));
  // logit_kernel (UnaryOpsKernel.cpp): x clamped to [eps, 1 - eps] when eps is given, then
  // log(x / (1 - x)) in the tensor's type (inf at 1).
  def_unary(
      r, "logit", UnaryKind::FloatMath,
      [](const Args& a, auto tag) {
        using T = typename decltype(tag)::type;
        const bool clamp = a.has("eps") && a.f("eps") >= 0;
        const T lo = clamp ? static_cast<T>(a.f("eps")) : T(0), hi = clamp ? static_cast<T>(1 - a.f("eps")) : T(1);
        return [clamp, lo, hi](T x) -> T {
          if (clamp) x = x < lo ? lo : (x > hi ? hi : x);
          if (x == T(1)) return std::numeric_limits<T>::infinity();
          return static_cast<T>(std::log(x / (T(1) - x)));
        };
      },
      ", float? eps=None");

  def_unary(r, "lgamma", UnaryKind::FloatMath, F(std::lgamma(x)));
  def_unary(r, "digamma", UnaryKind::FloatMath, F(calc_digamma(x)));
  // deg2rad / rad2deg (UnaryOps.cpp): a multiplication by the constant as a wrapped number, so in
  // the tensor's type (integral inputs give the default float dtype).
  def_unary(r, "deg2rad", UnaryKind::FloatMath,
            F(static_cast<T>(x * static_cast<T>(0.017453292519943295769236907684886127134428718885417))));
  def_unary(r, "rad2deg", UnaryKind::FloatMath,
            F(static_cast<T>(x * static_cast<T>(57.295779513082320876798154814105170332405472466564))));
  // sinc_kernel: x == 0 ? 1 : sin(pi x) / (pi x) in opmath.
  def_unary(r, "sinc", UnaryKind::FloatMath, [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T x) -> T {
      using M = std::conditional_t<std::is_same_v<T, double>, double, float>;
      if (static_cast<M>(x) == M(0)) return T(1);
      const M product = static_cast<M>(M_PI) * static_cast<M>(x);
      return static_cast<T>(std::sin(product) / product);
    };
  });

  def_unary(r, "reciprocal", UnaryKind::FloatMath, F(T(1) / x));
  def_unary(r, "sigmoid", UnaryKind::FloatMath, F(T(1) / (T(1) + std::exp(-x))));
  def_unary(r, "silu", UnaryKind::FloatMath, F(x / (T(1) + std::exp(-x))));
  // Same-dtype ops.
  def_unary(r, "neg", UnaryKind::Same, F(T(-x)), "", [](const Tensor& t, const Args&) {
    if (t.dtype() == DType::Bool) {
      throw_error("RuntimeError",
                  "Negation, the `-` operator, on a bool tensor is not supported. If you are "
                  "trying to invert a mask, use the `~` or `logical_not()` operator instead.");
    }
  });
  def_unary(r, "abs", UnaryKind::Same, [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T x) -> T {
      if constexpr (std::is_same_v<T, bool> || std::is_unsigned_v<T>) return x;
      else return x < 0 ? T(-x) : x;
    };
  });
  def_unary(r, "sign", UnaryKind::Same, [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T x) -> T {
      if constexpr (std::is_same_v<T, bool>) return x;
      else return static_cast<T>((T(0) < x) - (x < T(0)));
    };
  });
  def_unary(
      r, "relu", UnaryKind::Same,
      [](const Args&, auto tag) {
        using T = typename decltype(tag)::type;
        return [](T x) -> T {
          if constexpr (std::is_same_v<T, bool>) return x;
          else return x < T(0) ? T(0) : x;
        };
      },
      "",
      [](const Tensor& t, const Args&) {
        if (t.dtype() == DType::Bool) {
          throw_error("RuntimeError", "\"clamp_min_cpu\" not implemented for 'Bool'");
        }
      });
  auto floor_like = [](auto fn) {
    return [fn](const Args&, auto tag) {
      using T = typename decltype(tag)::type;
      return [fn](T x) -> T {
        if constexpr (std::is_floating_point_v<T>) return fn(x);
        else return x;
      };
    };
  };
  def_unary(r, "floor", UnaryKind::Same, floor_like([](auto x) { return std::floor(x); }));
  def_unary(r, "ceil", UnaryKind::Same, floor_like([](auto x) { return std::ceil(x); }));
  def_unary(r, "trunc", UnaryKind::Same, floor_like([](auto x) { return std::trunc(x); }));
  def_unary(r, "frac", UnaryKind::Same, floor_like([](auto x) { return x - std::trunc(x); }));
  def_unary(
      r, "round", UnaryKind::Same,
      [](const Args& a, auto tag) {
        using T = typename decltype(tag)::type;
        int64_t decimals = a.i("decimals");
        return [decimals](T x) -> T {
          if constexpr (std::is_floating_point_v<T>) {
            if (decimals == 0) return std::nearbyint(x);
            if (decimals > 0) {
              T p = static_cast<T>(std::pow(10.0, static_cast<double>(decimals)));
              return std::nearbyint(x * p) / p;
            }
            T p = static_cast<T>(std::pow(10.0, static_cast<double>(-decimals)));
            return std::nearbyint(x / p) * p;
          } else {
            return x;
          }
        };
      },
      ", *, int decimals=0", nullptr, "");
  def_unary(r, "square", UnaryKind::Same, F(static_cast<T>(x * x)), "", nullptr, "PowBackward0");
  def_unary(
      r, "gelu", UnaryKind::Same,
      [](const Args& a, auto tag) {
        using T = typename decltype(tag)::type;
        bool tanh_approx = a.s("approximate") == "tanh";
        const Tensor& self = a.tensor("self");
        bool vectorized = self.is_contiguous() && self.numel() >= 2;
        return [tanh_approx, vectorized](T x) -> T {
          if (tanh_approx) return gelu_tanh(x);
          if constexpr (std::is_same_v<T, float>) {
            if (vectorized) return gelu_erf_onednn(x);
          }
          return gelu_erf(x);
        };
      },
      ", *, str approximate='none'",
      [](const Tensor& t, const Args& a) {
        std::string ap = a.s("approximate");
        if (ap != "none" && ap != "tanh")
          throw_error("RuntimeError", "approximate argument must be either none or tanh.");
        if (!is_floating(t.dtype())) {
          throw_error("RuntimeError", "\"GeluKernelImpl\" not implemented for '" + aten_name(t.dtype()) + "'");
        }
      });
  // Bool outputs.
  def_unary(r, "logical_not", UnaryKind::BoolOut, FB(!convert<bool>(x)));
  def_unary(
      r, "signbit", UnaryKind::BoolOut,
      [](const Args&, auto tag) {
        using T = typename decltype(tag)::type;
        return [](T x) -> bool {
          if constexpr (std::is_same_v<T, bool> || std::is_unsigned_v<T>) return false;
          else if constexpr (std::is_integral_v<T>) return x < 0;
          else return std::signbit(static_cast<double>(x));
        };
      },
      "", nullptr, "", false);

  def_unary(r, "isnan", UnaryKind::BoolOut, FB(x != x), "", nullptr, "", false);
  def_unary(
      r, "isinf", UnaryKind::BoolOut,
      [](const Args&, auto tag) {
        using T = typename decltype(tag)::type;
        return [](T x) -> bool {
          if constexpr (std::is_floating_point_v<T>) return std::isinf(x);
          else return false;
        };
      },
      "", nullptr, "", false);
  def_unary(
      r, "isfinite", UnaryKind::BoolOut,
      [](const Args&, auto tag) {
        using T = typename decltype(tag)::type;
        return [](T x) -> bool {
          if constexpr (std::is_floating_point_v<T>) return std::isfinite(x);
          else return true;
        };
      },
      "", nullptr, "", false);
  def_unary(
      r, "bitwise_not", UnaryKind::Same,
      [](const Args&, auto tag) {
        using T = typename decltype(tag)::type;
        return [](T x) -> T {
          if constexpr (std::is_same_v<T, bool>) return !x;
          else if constexpr (std::is_integral_v<T>) return static_cast<T>(~x);
          else return x;
        };
      },
      "",
      [](const Tensor& t, const Args&) {
        if (is_floating(t.dtype())) {
          throw_error("RuntimeError", "\"bitwise_not_cpu\" not implemented for '" + aten_name(t.dtype()) + "'");
        }
      },
      "");
  // In-place variants that native_functions.yaml declares with "variants: function, method", so
  // that torch.relu_(x) exists besides x.relu_() (torch.nn.functional.relu_ is torch.relu_).
  for (const char* n : {"relu_",  "sigmoid_", "tanh_",   "sin_",   "cos_",  "exp_",        "log_",   "sqrt_",
                        "abs_",   "neg_",     "acos_",   "asin_",  "atan_", "asinh_",      "acosh_", "atanh_",
                        "ceil_",  "cosh_",    "erf_",    "exp2_",  "expm1_", "floor_",     "frac_",  "log10_",
                        "log1p_", "log2_",    "rsqrt_",  "sinh_",  "tan_",  "reciprocal_", "round_", "square_",
                        "trunc_", "erfc_",    "deg2rad_", "rad2deg_", "sinc_", "logit_"}) {
    if (auto* defs = r.find_mut(n)) {
      for (auto& d : *defs) d.is_function = true;
    }
  }
}

}  // namespace

void register_unary_ops(Registry& r) { register_unary(r); }

}  // namespace dp::torch
