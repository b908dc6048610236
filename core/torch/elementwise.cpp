// Mirrors ATen's binary/ternary elementwise ops (aten/src/ATen/native/BinaryOps.cpp,
// TensorCompare.cpp for where/clamp, masked_fill; unary ops live in unary.cpp) on CPU: broadcasting, type promotion
// (at::result_type), the in-place variants' cast/shape checks, and their error messages.
// Float32 math is done in float with the C library's float functions, like PyTorch's CPU kernels.
#include <cmath>
#include <limits>
#include <type_traits>

#include "torch/elementwise_common.h"

namespace dp::torch {
using namespace detail;

namespace {

// ---------------------------------------------------------------------------------------------
// Binary

enum class BinKind {
  Arith,    // compute and output in the promoted dtype
  TrueDiv,  // integral promoted dtype -> default float
  Compare,  // compute in promoted dtype, output bool
  Logical,  // compute in bool, output bool
};

struct BinTypes {
  DType compute;
  DType out;
};

BinTypes bin_types(BinKind k, DType common) {
  switch (k) {
    case BinKind::Arith: return {common, common};
    case BinKind::TrueDiv: return {to_float_dtype(common), to_float_dtype(common)};
    case BinKind::Compare: return {common, DType::Bool};
    case BinKind::Logical: return {DType::Bool, DType::Bool};
  }
  return {common, common};
}

using BinCheck = std::function<void(const Operand&, const Operand&, DType common, const Args&)>;
using BinKindFn = std::function<BinKind(const Args&)>;

std::pair<Operand, Operand> bin_operands(const Args& a) {
  Operand x = operand_of(a.get("self"));
  Operand y = operand_of(a.get("other"));
  if (x.wrapped && y.wrapped) {
    throw_error("TypeError", a.schema->name + "(): argument 'input' (position 1) must be Tensor, not " +
                                 a.get("self").py_type_name());
  }
  return {x, y};
}

// The operand as TensorIterator hands it to a float16/bfloat16 kernel: cast to the common dtype
// (rounded), then widened to float by the kernel.
Tensor rounded_to(const Tensor& t, DType common) {
  if (t.dtype() == common) return t;
  Tensor r = Tensor::make(t.sizes(), common);
  copy_into(r, t);
  return r;
}

// 2.x's mul and true-division kernels take a one-element second operand of a float16/bfloat16 op
// at its original precision (BinaryOpsKernel.cpp's reduced-float branch:
// iter.original_scalar_value<opmath_t>(2)); every other op sees it rounded to the common dtype.
bool keeps_scalar_precision(const Args& a, const Operand& y) {
  const std::string& n = a.schema->name;
  if (y.t.numel() != 1) return false;
  if (n == "mul" || n == "mul_") return true;
  return (n == "div" || n == "div_" || n == "_div_scalar") && a.s("rounding_mode").empty();
}

template <class Make>
void run_binary(const Tensor& out, const Operand& x, const Operand& y, DType compute, const Args& a, Make make) {
  const bool reduced = is_reduced_float(compute);
  const Tensor xt = reduced ? rounded_to(x.t, compute) : x.t;
  const Tensor yt = reduced && !keeps_scalar_precision(a, y) ? rounded_to(y.t, compute) : y.t;
  dispatch(compute, [&](auto tag) {
    using T = typename decltype(tag)::type;
    auto fn = make(a, tag);
    std::vector<T> xs = read_as<T>(xt, out.sizes());
    std::vector<T> ys = read_as<T>(yt, out.sizes());
    using R = decltype(fn(T{}, T{}));
    std::vector<R> res(xs.size());
    for (size_t i = 0; i < xs.size(); ++i) res[i] = fn(xs[i], ys[i]);
    write_from<R>(out, res);
  });
}

// Registers NAME(Tensor|Scalar self, Tensor|Scalar other EXTRA) and NAME_(Tensor self, ...).
template <class Make>
void def_binary(Registry& r, const std::string& name, BinKindFn kind_fn, Make make, const std::string& extra = "",
                BinCheck check = nullptr, std::string grad = "", bool inplace = true) {
  if (grad.empty()) grad = backward_name(name);
  r.add(
      name + "(Tensor|Scalar self, Tensor|Scalar other" + extra + ") -> Tensor", OpKind::Functional,
      [kind_fn, check](const Args& a) -> Value {
        auto [x, y] = bin_operands(a);
        DType common = result_type({x, y});
        if (check) check(x, y, common, a);
        Shape shape = broadcast_shapes(x.t.sizes(), y.t.sizes());
        return Tensor::make_strided(shape, elementwise_output_strides(shape, {&x.t, &y.t}),
                                    bin_types(kind_fn(a), common).out, true);
      },
      [kind_fn, make](const Args& a, Value& out) {
        auto [x, y] = bin_operands(a);
        DType common = result_type({x, y});
        run_binary(out.tensor(), x, y, bin_types(kind_fn(a), common).compute, a, make);
      },
      grad);
  if (!inplace) return;
  r.add(
      name + "_(Tensor self, Tensor|Scalar other" + extra + ") -> Tensor", OpKind::InPlace,
      [kind_fn, check, name](const Args& a) -> Value {
        auto [x, y] = bin_operands(a);
        DType common = result_type({x, y});
        if (check) check(x, y, common, a);
        // pow_.Scalar builds a unary TensorIterator over self.to(common) that checks all dtypes are
        // the same (Pow.cpp build_output_borrowing_argument_owning_unary_op), not a cast.
        if (name == "pow" && y.wrapped && bin_types(kind_fn(a), common).out != x.t.dtype()) {
          throw_error("RuntimeError", "Found dtype " + aten_name(x.t.dtype()) + " but expected " +
                                          aten_name(bin_types(kind_fn(a), common).out));
        }
        Shape shape = broadcast_shapes(x.t.sizes(), y.t.sizes());
        if (shape != x.t.sizes()) {
          throw_error("RuntimeError", "output with shape " + shape_str(x.t.sizes()) +
                                          " doesn't match the broadcast shape " + shape_str(shape));
        }
        check_cast(bin_types(kind_fn(a), common).out, x.t.dtype());
        return x.t;
      },
      [kind_fn, make](const Args& a, Value&) {
        auto [x, y] = bin_operands(a);
        DType common = result_type({x, y});
        run_binary(x.t, x, y, bin_types(kind_fn(a), common).compute, a, make);
      },
      grad);
}

// Integer add/sub/mul wrap around on overflow as ATen's kernels do on two's-complement machines;
// in C++ signed overflow is undefined, so int32/int64 go through their unsigned type.
template <typename T>
T wadd(T a, T b) {
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool> && sizeof(T) >= sizeof(int)) {
    using U = std::make_unsigned_t<T>;
    return static_cast<T>(static_cast<U>(a) + static_cast<U>(b));
  } else {
    return static_cast<T>(a + b);
  }
}
template <typename T>
T wsub(T a, T b) {
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool> && sizeof(T) >= sizeof(int)) {
    using U = std::make_unsigned_t<T>;
    return static_cast<T>(static_cast<U>(a) - static_cast<U>(b));
  } else {
    return static_cast<T>(a - b);
  }
}
template <typename T>
T wmul(T a, T b) {
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool> && sizeof(T) >= sizeof(int)) {
    using U = std::make_unsigned_t<T>;
    return static_cast<T>(static_cast<U>(a) * static_cast<U>(b));
  } else {
    return static_cast<T>(a * b);
  }
}

BinKindFn fixed(BinKind k) {
  return [k](const Args&) { return k; };
}

#define BF(expr)                                               \
  [](const Args&, auto tag) {                                  \
    using T = typename decltype(tag)::type;                    \
    return [](T a, T b) -> T { return static_cast<T>(expr); }; \
  }
#define BCMP(expr)                                  \
  [](const Args&, auto tag) {                       \
    using T = typename decltype(tag)::type;         \
    return [](T a, T b) -> bool { return (expr); }; \
  }

template <class T>
T floor_div(T a, T b) {
  if constexpr (std::is_same_v<T, bool>) {
    if (!b) throw_error("RuntimeError", "ZeroDivisionError");
    return a;
  } else if constexpr (std::is_integral_v<T>) {
    if (b == 0) throw_error("RuntimeError", "ZeroDivisionError");
    T q = static_cast<T>(a / b);
    if ((a % b != 0) && ((a < 0) != (b < 0))) q = static_cast<T>(q - 1);
    return q;
  } else {
    if (b == 0) return a / b;
    T mod = std::fmod(a, b);
    T div = (a - mod) / b;
    if (mod != 0 && (b < 0) != (mod < 0)) div -= T(1);
    T floordiv;
    if (div != 0) {
      floordiv = std::floor(div);
      if (div - floordiv > T(0.5)) floordiv += T(1);
    } else {
      floordiv = std::copysign(T(0), a / b);
    }
    return floordiv;
  }
}

template <class T>
T trunc_div(T a, T b) {
  if constexpr (std::is_same_v<T, bool>) {
    if (!b) throw_error("RuntimeError", "ZeroDivisionError");
    return a;
  } else if constexpr (std::is_integral_v<T>) {
    if (b == 0) throw_error("RuntimeError", "ZeroDivisionError");
    return static_cast<T>(a / b);
  } else {
    return std::trunc(a / b);
  }
}

template <class T>
T py_remainder(T a, T b) {
  if constexpr (std::is_same_v<T, bool>) {
    if (!b) throw_error("RuntimeError", "ZeroDivisionError");
    return false;
  } else if constexpr (std::is_integral_v<T>) {
    if (b == 0) throw_error("RuntimeError", "ZeroDivisionError");
    T m = static_cast<T>(a % b);
    if (m != 0 && ((m < 0) != (b < 0))) m = static_cast<T>(m + b);
    return m;
  } else {
    T m = std::fmod(a, b);
    if (m != 0 && ((b < 0) != (m < 0))) m += b;
    return m;
  }
}

template <class T>
T int_pow(T base, T exp) {
  T result = 1;
  while (exp) {
    if (exp & 1) result = static_cast<T>(result * base);
    exp = static_cast<T>(exp >> 1);
    base = static_cast<T>(base * base);
  }
  return result;
}

template <class T>
T float_pow(T a, T b) {
  // Mirrors pow_tensor_scalar_optimized_kernel's special cases.
  if (b == T(2)) return a * a;
  if (b == T(3)) return a * a * a;
  if (b == T(0.5)) return std::sqrt(a);
  if (b == T(-0.5)) return T(1) / std::sqrt(a);
  if (b == T(-1)) return T(1) / a;
  if (b == T(-2)) return T(1) / (a * a);
  return std::pow(a, b);
}

void check_alpha(const Operand&, const Operand&, DType common, const Args& a) {
  Scalar alpha = a.scalar("alpha");
  if (is_integral(common, false) && alpha.is_float()) {
    throw_error("RuntimeError", "For integral input tensors, argument alpha must not be a floating point number.");
  }
  if (common == DType::Bool && !alpha.is_bool() && !(alpha.is_int() && alpha.to_int() == 1)) {
    throw_error("RuntimeError", "Boolean alpha only supported for Boolean results.");
  }
}

void register_binary(Registry& r) {
  auto add_make = [](const Args& a, auto tag) {
    using T = typename decltype(tag)::type;
    Scalar alpha = a.scalar("alpha");
    bool one = alpha.to_double() == 1.0;
    T al = alpha.is_float() ? convert<T>(alpha.to_double()) : convert<T>(alpha.to_int());
    return [one, al](T x, T y) -> T {
      if (one) return wadd(x, y);
      return wadd(x, wmul(al, y));
    };
  };
  def_binary(r, "add", fixed(BinKind::Arith), add_make, ", *, Scalar alpha=1", check_alpha);
  auto sub_make = [](const Args& a, auto tag) {
    using T = typename decltype(tag)::type;
    Scalar alpha = a.scalar("alpha");
    bool one = alpha.to_double() == 1.0;
    T al = alpha.is_float() ? convert<T>(alpha.to_double()) : convert<T>(alpha.to_int());
    return [one, al](T x, T y) -> T {
      if (one) return wsub(x, y);
      return wsub(x, wmul(al, y));
    };
  };
  auto sub_check = [](const Operand& x, const Operand& y, DType common, const Args& a) {
    // BinaryOps.cpp sub_check: a Python bool counts as a bool tensor too.
    if (x.t.dtype() == DType::Bool && y.t.dtype() == DType::Bool) {
      throw_error("RuntimeError",
                  "Subtraction, the `-` operator, with two bool tensors is not supported. Use "
                  "the `^` or `logical_xor()` operator instead.");
    }
    if (x.t.dtype() == DType::Bool || y.t.dtype() == DType::Bool) {
      throw_error("RuntimeError",
                  "Subtraction, the `-` operator, with a bool tensor is not supported. If you are "
                  "trying to invert a mask, use the `~` or `logical_not()` operator instead.");
    }
    check_alpha(x, y, common, a);
  };
  def_binary(r, "sub", fixed(BinKind::Arith), sub_make, ", *, Scalar alpha=1", sub_check);
  // rsub(self, other, alpha) = other - alpha * self (Python's `number - tensor`).
  r.add(
       "rsub(Tensor self, Tensor|Scalar other, *, Scalar alpha=1) -> Tensor", OpKind::Functional,
       [sub_check](const Args& a) -> Value {
         Operand x = operand_of(a.get("self"));
         Operand y = operand_of(a.get("other"));
         DType common = result_type({x, y});
         sub_check(y, x, common, a);
         Shape shape = broadcast_shapes(x.t.sizes(), y.t.sizes());
         return Tensor::make_strided(shape, elementwise_output_strides(shape, {&y.t, &x.t}), common, true);  // other - self
       },
       [sub_make](const Args& a, Value& out) {
         Operand x = operand_of(a.get("self"));
         Operand y = operand_of(a.get("other"));
         run_binary(out.tensor(), y, x, result_type({x, y}), a, sub_make);
       })
      .grad_fn_fn = [](const Args& a) {
    return a.get("other").is_tensor() ? std::string("RsubBackward0") : std::string("RsubBackward1");
  };
  def_binary(r, "mul", fixed(BinKind::Arith), BF(wmul(a, b)));
  auto div_kind = [](const Args& a) { return a.s("rounding_mode").empty() ? BinKind::TrueDiv : BinKind::Arith; };
  auto div_make = [](const Args& a, auto tag) {
    using T = typename decltype(tag)::type;
    std::string mode = a.s("rounding_mode");
    return [mode](T x, T y) -> T {
      if (mode == "floor") return floor_div(x, y);
      if (mode == "trunc") return trunc_div(x, y);
      if constexpr (std::is_floating_point_v<T>) return x / y;
      else return trunc_div(x, y);  // unreachable: true division computes in float
    };
  };
  auto div_check = [](const Operand&, const Operand&, DType, const Args& a) {
    std::string mode = a.s("rounding_mode");
    if (!mode.empty() && mode != "trunc" && mode != "floor") {
      throw_error("RuntimeError",
                  "div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '" + mode + "'");
    }
  };
  def_binary(r, "div", div_kind, div_make, ", *, str? rounding_mode=None", div_check);
  // ATen's div.Scalar, which C++ composites reach when they divide by a C++ number (cross_entropy's
  // class-probability mean): the same kernel, grad_fn DivBackward1. Python's `t / 2` is div.Tensor.
  def_binary(r, "_div_scalar", div_kind, div_make, ", *, str? rounding_mode=None", div_check, "DivBackward1", false);
  // rdiv(self, other) = other / self, computed like Tensor.__rtruediv__: self.reciprocal() * other.
  r.add(
      "rdiv(Tensor self, Tensor|Scalar other) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        Operand x = operand_of(a.get("self"));
        Operand y = operand_of(a.get("other"));
        Operand rx{Tensor::make_strided(x.t.sizes(), elementwise_output_strides(x.t.sizes(), {&x.t}),
                                        to_float_dtype(x.t.dtype()), true),
                   false};
        DType out = result_type({rx, y});
        Shape shape = broadcast_shapes(x.t.sizes(), y.t.sizes());
        return Tensor::make_strided(shape, elementwise_output_strides(shape, {&rx.t, &y.t}), out, true);
      },
      [](const Args& a, Value& out) {
        Operand x = operand_of(a.get("self"));
        Operand y = operand_of(a.get("other"));
        Tensor rx = Tensor::make(x.t.sizes(), to_float_dtype(x.t.dtype()));
        run_unary(x.t, rx, rx.dtype(), a, F(T(1) / x));
        run_binary(out.tensor(), Operand{rx, false}, y, out.tensor().dtype(), a, BF(a * b));
      },
      "MulBackward0");
  // atan2 (BinaryOps.cpp: a float binary op, integral inputs promote to the default float dtype).
  def_binary(r, "atan2", fixed(BinKind::TrueDiv), [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T a, T b) -> T {
      if constexpr (std::is_floating_point_v<T>) return std::atan2(a, b);
      else return static_cast<T>(std::atan2(static_cast<float>(a), static_cast<float>(b)));
    };
  });
  // xlogy (BinaryOpsKernel.cpp xlogy_kernel): nan if y is nan, 0 if x == 0, else x * log(y); a
  // float op (integral inputs promote to the default float dtype).
  def_binary(r, "xlogy", fixed(BinKind::TrueDiv), [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T x, T y) -> T {
      if constexpr (std::is_floating_point_v<T>) {
        if (std::isnan(y)) return std::numeric_limits<T>::quiet_NaN();
        if (x == 0) return T(0);
        return static_cast<T>(x * std::log(y));
      } else {
        float xf = static_cast<float>(x), yf = static_cast<float>(y);
        if (std::isnan(yf)) return static_cast<T>(std::numeric_limits<float>::quiet_NaN());
        if (xf == 0) return static_cast<T>(0.0f);
        return static_cast<T>(xf * std::log(yf));
      }
    };
  });
  // logaddexp / logaddexp2 (BinaryOpsKernel.cpp): no integral promotion (the kernels are
  // floating only); m + log1p(exp(-|a - b|)), equal infinities returned as they are.
  auto float_only = [](const std::string& kernel) {
    return [kernel](const Operand&, const Operand&, DType common, const Args&) {
      if (!is_floating(common))
        throw_error("RuntimeError", "\"" + kernel + "\" not implemented for '" + aten_name(common) + "'");
    };
  };
  def_binary(r, "logaddexp", fixed(BinKind::Arith), [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T a, T b) -> T {
      if constexpr (std::is_floating_point_v<T>) {
        if (std::isinf(a) && a == b) return a;
        const T m = std::max(a, b);
        return static_cast<T>(m + std::log1p(std::exp(-std::abs(a - b))));
      } else {
        return a;
      }
    };
  }, "", float_only("logaddexp_cpu"), "", false);
  def_binary(r, "logaddexp2", fixed(BinKind::Arith), [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T a, T b) -> T {
      if constexpr (std::is_floating_point_v<T>) {
        const T inv_log_2 = static_cast<T>(1.0 / M_LN2);
        if (std::isinf(a) && a == b) return a;
        const T m = std::max(a, b);
        return static_cast<T>(m + std::log1p(std::exp2(-std::abs(a - b))) * inv_log_2);
      } else {
        return a;
      }
    };
  }, "", float_only("logaddexp2_cpu"), "", false);
  // hypot, copysign: float ops (integral inputs promote to the default float dtype).
  def_binary(r, "hypot", fixed(BinKind::TrueDiv), [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T a, T b) -> T {
      if constexpr (std::is_floating_point_v<T>) return std::hypot(a, b);
      else return static_cast<T>(std::hypot(static_cast<float>(a), static_cast<float>(b)));
    };
  });
  def_binary(r, "copysign", fixed(BinKind::TrueDiv), [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T a, T b) -> T {
      if constexpr (std::is_floating_point_v<T>) return std::copysign(a, b);
      else return static_cast<T>(std::copysign(static_cast<float>(a), static_cast<float>(b)));
    };
  });
  // heaviside (BinaryOps.cpp): both operands of one dtype; a == 0 ? b : (a > 0).
  def_binary(r, "heaviside", fixed(BinKind::Arith), [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T a, T b) -> T { return a == T(0) ? b : static_cast<T>(a > T(0)); };
  }, "", [](const Operand& x, const Operand& y, DType, const Args&) {
    if (x.t.dtype() != y.t.dtype())
      throw_error("RuntimeError", "heaviside is not yet implemented for tensors with different dtypes.");
  });
  // gcd / lcm (Math.h calc_gcd): integral types only.
  auto int_only = [](const std::string& kernel) {
    return [kernel](const Operand&, const Operand&, DType common, const Args&) {
      if (is_floating(common) || common == DType::Bool)
        throw_error("RuntimeError", "\"" + kernel + "\" not implemented for '" + aten_name(common) + "'");
    };
  };
  def_binary(r, "gcd", fixed(BinKind::Arith), [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T a, T b) -> T {
      if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        T x = a < 0 ? static_cast<T>(-a) : a, y = b < 0 ? static_cast<T>(-b) : b;
        while (x != 0) {
          T c = x;
          x = static_cast<T>(y % x);
          y = c;
        }
        return y;
      } else {
        return a;
      }
    };
  }, "", int_only("gcd_cpu"), "");
  def_binary(r, "lcm", fixed(BinKind::Arith), [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T a, T b) -> T {
      if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        T x = a < 0 ? static_cast<T>(-a) : a, y = b < 0 ? static_cast<T>(-b) : b;
        while (x != 0) {
          T c = x;
          x = static_cast<T>(y % x);
          y = c;
        }
        if (y == 0) return T(0);
        T l = static_cast<T>(a / y * b);
        return l < 0 ? static_cast<T>(-l) : l;
      } else {
        return a;
      }
    };
  }, "", int_only("lcm_cpu"), "");
  def_binary(r, "floor_divide", fixed(BinKind::Arith), BF(floor_div(a, b)));
  def_binary(r, "remainder", fixed(BinKind::Arith), BF(py_remainder(a, b)));
  def_binary(r, "fmod", fixed(BinKind::Arith), [](const Args&, auto tag) {
    using T = typename decltype(tag)::type;
    return [](T x, T y) -> T {
      if constexpr (std::is_floating_point_v<T>) return std::fmod(x, y);
      else if constexpr (std::is_same_v<T, bool>) return false;
      else {
        if (y == 0) throw_error("RuntimeError", "ZeroDivisionError");
        return static_cast<T>(x % y);
      }
    };
  });
  // pow.Tensor_Scalar takes pow_tensor_scalar_optimized_kernel's special cases (x * x for 2, ...);
  // a tensor exponent (pow.Tensor_Tensor, and pow.Scalar, which wraps its base) goes through
  // pow_tensor_tensor_kernel's plain std::pow.
  auto pow_make = [](const Args& a, auto tag) {
    using T = typename decltype(tag)::type;
    const bool tensor_exp = a.get("other").is_tensor();
    return [tensor_exp](T x, T y) -> T {
      if constexpr (std::is_same_v<T, bool>) return x || !y;
      else if constexpr (std::is_integral_v<T>) {
        if (y < 0) {
          if (x == 1) return 1;
          if (x == -1) return (y % 2 == 0) ? T(1) : T(-1);
          return 0;
        }
        return int_pow(x, y);
      } else {
        return tensor_exp ? static_cast<T>(std::pow(x, y)) : float_pow(x, y);
      }
    };
  };
  // pow.Tensor_Scalar (Pow.cpp): an integral base to a negative integral Python number is refused
  // whatever the values; a tensor exponent goes elementwise (1, -1 -> +-1, others -> 0).
  auto pow_check = [](const Operand& x, const Operand& y, DType, const Args&) {
    if (!x.wrapped && y.wrapped && is_integral(x.t.dtype(), true) && is_integral(y.t.dtype(), true) && !y.t.is_fake() &&
        read_as<int64_t>(y.t)[0] < 0)
      throw_error("RuntimeError", "Integers to negative integer powers are not allowed.");
  };
  def_binary(r, "pow", fixed(BinKind::Arith), pow_make, "", pow_check, "");
  // grad_fn: Tensor ** Scalar -> PowBackward0, Tensor ** Tensor -> PowBackward1,
  // Scalar ** Tensor -> PowBackward2.
  for (const char* n : {"pow", "pow_"}) {
    for (auto& d : *r.find_mut(n)) {
      d.grad_fn_fn = [](const Args& a) {
        if (!a.get("self").is_tensor()) return std::string("PowBackward2");
        return a.get("other").is_tensor() ? std::string("PowBackward1") : std::string("PowBackward0");
      };
    }
  }
  // maximum / minimum: a NaN in either operand is the result (ATen's propagation).
  auto extremum = [](auto pick_first) {
    return [pick_first](const Args&, auto tag) {
      using T = typename decltype(tag)::type;
      return [pick_first](T x, T y) -> T {
        if constexpr (std::is_floating_point_v<T>) {
          if (x != x) return x;
          if (y != y) return y;
        }
        return pick_first(x, y) ? x : y;
      };
    };
  };
  def_binary(r, "maximum", fixed(BinKind::Arith), extremum([](auto x, auto y) { return x > y; }), "", nullptr, "",
             false);
  def_binary(r, "minimum", fixed(BinKind::Arith), extremum([](auto x, auto y) { return x < y; }), "", nullptr, "",
             false);
  auto cmp_grad = std::string("");
  def_binary(r, "eq", fixed(BinKind::Compare), BCMP(a == b));
  def_binary(r, "ne", fixed(BinKind::Compare), BCMP(a != b));
  def_binary(r, "lt", fixed(BinKind::Compare), BCMP(a < b));
  def_binary(r, "le", fixed(BinKind::Compare), BCMP(a <= b));
  def_binary(r, "gt", fixed(BinKind::Compare), BCMP(a > b));
  def_binary(r, "ge", fixed(BinKind::Compare), BCMP(a >= b));
  def_binary(r, "logical_and", fixed(BinKind::Logical), BCMP(a && b));
  def_binary(r, "logical_or", fixed(BinKind::Logical), BCMP(a || b));
  def_binary(r, "logical_xor", fixed(BinKind::Logical), BCMP(a != b));
  auto bitwise_check = [](const char* name) {
    return [name](const Operand&, const Operand&, DType common, const Args&) {
      if (is_floating(common)) {
        throw_error("RuntimeError",
                    std::string("\"") + name + "_cpu\" not implemented for '" + aten_name(common) + "'");
      }
    };
  };
  auto bitwise = [](auto op) {
    return [op](const Args&, auto tag) {
      using T = typename decltype(tag)::type;
      return [op](T x, T y) -> T {
        if constexpr (std::is_floating_point_v<T>) return x;
        else if constexpr (std::is_same_v<T, bool>) return op(int(x), int(y)) != 0;
        else return static_cast<T>(op(x, y));
      };
    };
  };
  def_binary(r, "bitwise_and", fixed(BinKind::Arith), bitwise([](auto x, auto y) { return x & y; }), "",
             bitwise_check("bitwise_and"));
  def_binary(r, "bitwise_or", fixed(BinKind::Arith), bitwise([](auto x, auto y) { return x | y; }), "",
             bitwise_check("bitwise_or"));
  def_binary(r, "bitwise_xor", fixed(BinKind::Arith), bitwise([](auto x, auto y) { return x ^ y; }), "",
             bitwise_check("bitwise_xor"));
  // << and >> (BinaryOpsKernel.cpp lshift_kernel / rshift_kernel): integers only; a shift by a
  // negative amount or by the width or more gives 0 (left) or the sign fill (right).
  auto shift_check = [](const char* kernel) {
    return [kernel](const Operand&, const Operand&, DType common, const Args&) {
      if (is_floating(common) || common == DType::Bool)
        throw_error("RuntimeError", std::string("\"") + kernel + "\" not implemented for '" + aten_name(common) + "'");
    };
  };
  def_binary(
      r, "bitwise_left_shift", fixed(BinKind::Arith),
      [](const Args&, auto tag) {
        using T = typename decltype(tag)::type;
        return [](T a, T b) -> T {
          if constexpr (std::is_floating_point_v<T> || std::is_same_v<T, bool>) return a;
          else {
            constexpr T max_shift = sizeof(T) * 8;
            if (static_cast<std::make_signed_t<T>>(b) < 0 || b >= max_shift) return 0;
            return static_cast<T>(static_cast<std::make_unsigned_t<T>>(a) << b);
          }
        };
      },
      "", shift_check("lshift_cpu"), "", true);
  def_binary(
      r, "bitwise_right_shift", fixed(BinKind::Arith),
      [](const Args&, auto tag) {
        using T = typename decltype(tag)::type;
        return [](T a, T b) -> T {
          if constexpr (std::is_floating_point_v<T> || std::is_same_v<T, bool>) return a;
          else {
            constexpr T max_shift = sizeof(T) * 8 - std::is_signed_v<T>;
            if (static_cast<std::make_signed_t<T>>(b) < 0 || b >= max_shift) return static_cast<T>(a >> max_shift);
            return static_cast<T>(a >> b);
          }
        };
      },
      "", shift_check("rshift_cpu"), "", true);
  // Comparison and logical ops are not differentiable.
  for (const char* n : {"eq",
                        "ne",
                        "lt",
                        "le",
                        "gt",
                        "ge",
                        "logical_and",
                        "logical_or",
                        "logical_xor",
                        "bitwise_and",
                        "bitwise_or",
                        "bitwise_xor",
                        "eq_",
                        "ne_",
                        "lt_",
                        "le_",
                        "gt_",
                        "ge_",
                        "logical_and_",
                        "logical_or_",
                        "logical_xor_",
                        "bitwise_and_",
                        "bitwise_or_",
                        "bitwise_xor_",
                        "floor_divide",
                        "floor_divide_",
                        "bitwise_left_shift",
                        "bitwise_left_shift_",
                        "bitwise_right_shift",
                        "bitwise_right_shift_"}) {
    for (auto& d : *r.find_mut(n)) {
      d.grad_fn = "";
    }
  }
  (void)cmp_grad;
}

// ---------------------------------------------------------------------------------------------
// where / clamp / masked_fill

void register_ternary(Registry& r) {
  r.add(
       "where.self(Tensor condition, Tensor|Scalar self, Tensor|Scalar other) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& c = a.tensor("condition");
         if (c.dtype() != DType::Bool) {
           throw_error("RuntimeError", "where expected condition to be a boolean tensor, but got a tensor with dtype " +
                                           aten_name(c.dtype()));
         }
         Operand x = operand_of(a.get("self"));
         Operand y = operand_of(a.get("other"));
         Shape s = broadcast_shapes(broadcast_shapes(c.sizes(), x.t.sizes()), y.t.sizes());
         return Tensor::make_strided(s, elementwise_output_strides(s, {&c, &x.t, &y.t}), result_type({x, y}), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& o = out.tensor();
         Operand x = operand_of(a.get("self"));
         Operand y = operand_of(a.get("other"));
         std::vector<bool> c = read_as<bool>(a.tensor("condition"), o.sizes());
         dispatch(o.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           std::vector<T> xs = read_as<T>(x.t, o.sizes());
           std::vector<T> ys = read_as<T>(y.t, o.sizes());
           for (size_t i = 0; i < xs.size(); ++i) xs[i] = c[i] ? xs[i] : ys[i];
           write_from<T>(o, xs);
         });
       },
       "WhereBackward0")
      .is_method = false;
  // Tensor.where(condition, y) == torch.where(condition, self, y).
  r.add(
       "where(Tensor condition) -> Tensor[]", OpKind::Functional,
       [](const Args&) -> Value { return std::vector<Tensor>{}; },
       [](const Args& a, Value& out) {
         out = call("nonzero", {a.tensor("condition")}, {{"as_tuple", true}});
       })
      .data_dependent = true;

  auto clamp_meta = [](const Args& a) -> Value {
    const Tensor& self = a.tensor("self");
    std::vector<Operand> ops{Operand{self, false}};
    if (!a.has("min") && !a.has("max")) {
      throw_error("RuntimeError", "torch.clamp: At least one of 'min' or 'max' must not be None");
    }
    if (a.has("min")) ops.push_back(operand_of(a.get("min")));
    if (a.has("max")) ops.push_back(operand_of(a.get("max")));
    Shape s = self.sizes();
    for (const auto& o : ops) s = broadcast_shapes(s, o.t.sizes());
    std::vector<const Tensor*> inputs;
    for (const auto& o : ops) inputs.push_back(&o.t);
    return Tensor::make_strided(s, elementwise_output_strides(s, inputs), result_type(ops), true);
  };
  auto clamp_kernel = [](const Args& a, const Tensor& o) {
    const Tensor& self = a.tensor("self");
    dispatch(o.dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      std::vector<T> xs = read_as<T>(self, o.sizes());
      std::vector<T> lo, hi;
      if (a.has("min")) lo = read_as<T>(operand_of(a.get("min")).t, o.sizes());
      if (a.has("max")) hi = read_as<T>(operand_of(a.get("max")).t, o.sizes());
      for (size_t i = 0; i < xs.size(); ++i) {
        T v = xs[i];
        if constexpr (std::is_floating_point_v<T>) {
          if (v != v) continue;
        }
        if (!lo.empty()) v = v < lo[i] ? lo[i] : v;
        if (!hi.empty()) v = v > hi[i] ? hi[i] : v;
        xs[i] = v;
      }
      write_from<T>(o, xs);
    });
  };
  r.add(
      "clamp(Tensor self, Tensor|Scalar? min=None, Tensor|Scalar? max=None) -> Tensor", OpKind::Functional, clamp_meta,
      [clamp_kernel](const Args& a, Value& out) { clamp_kernel(a, out.tensor()); }, "ClampBackward1");
  r.add(
      "clip(Tensor self, Tensor|Scalar? min=None, Tensor|Scalar? max=None) -> Tensor", OpKind::Functional, clamp_meta,
      [clamp_kernel](const Args& a, Value& out) { clamp_kernel(a, out.tensor()); }, "ClampBackward1");
  // clamp_min / clamp_max (TensorCompare.cpp): clamp with only a lower / upper bound; grad_fn
  // Clamp{Min,Max}Backward0 for a number, ...Backward1 for a tensor bound.
  auto def_one_bound = [&](const std::string& name, const std::string& bound, const std::string& grad) {
    auto grad_fn = [bound, grad](const Args& a) -> std::string {
      return a.get(bound).is_tensor() ? grad + "Backward1" : grad + "Backward0";
    };
    const std::string params = "(Tensor self, Tensor|Scalar " + bound + ") -> Tensor";
    auto& d = r.add(
        name + params, OpKind::Functional, clamp_meta,
        [clamp_kernel](const Args& a, Value& out) { clamp_kernel(a, out.tensor()); }, grad + "Backward0");
    d.grad_fn_fn = grad_fn;
    auto& di = r.add(
        name + "_" + params, OpKind::InPlace,
        [clamp_meta](const Args& a) -> Value {
          Tensor m = clamp_meta(a).tensor();
          check_cast(m.dtype(), a.tensor("self").dtype());
          return a.tensor("self");
        },
        [clamp_kernel](const Args& a, Value&) { clamp_kernel(a, a.tensor("self")); }, grad + "Backward0");
    di.grad_fn_fn = grad_fn;
    di.is_function = true;
  };
  def_one_bound("clamp_min", "min", "ClampMin");
  def_one_bound("clamp_max", "max", "ClampMax");
  r.add(
      "clamp_(Tensor self, Tensor|Scalar? min=None, Tensor|Scalar? max=None) -> Tensor", OpKind::InPlace,
      [clamp_meta](const Args& a) -> Value {
        Tensor m = clamp_meta(a).tensor();
        const Tensor& self = a.tensor("self");
        // clamp.Scalar's meta (TensorCompare.cpp) refuses the promotion itself and names the output
        // by its TypeMeta ("long int"); clamp.Tensor's TensorIterator says "Long".
        if (!a.get("min").is_tensor() && !a.get("max").is_tensor() && m.dtype() != self.dtype()) {
          throw_error("RuntimeError", "result type " + aten_name(m.dtype()) +
                                          " can't be cast to the desired output type " + typemeta_name(self.dtype()));
        }
        check_cast(m.dtype(), self.dtype());
        return self;
      },
      [clamp_kernel](const Args& a, Value&) { clamp_kernel(a, a.tensor("self")); }, "ClampBackward1");

  auto mf_meta = [](const Args& a, bool inplace) -> Value {
    const Tensor& self = a.tensor("self");
    const Tensor& mask = a.tensor("mask");
    if (mask.dtype() != DType::Bool) {
      throw_error("RuntimeError",
                  "masked_fill_ only supports boolean masks, but got mask with dtype " + typemeta_name(mask.dtype()));
    }
    const Value& v = a.get("value");
    if (v.is_tensor() && v.tensor().dim() != 0) {
      throw_error("RuntimeError", "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with " +
                                      std::to_string(v.tensor().dim()) + " dimension(s).");
    }
    // masked_fill expands (mask, self) together; masked_fill_ broadcasts the mask into self.
    Shape s = inplace ? broadcast_shapes(self.sizes(), mask.sizes()) : broadcast_shapes(mask.sizes(), self.sizes());
    if (inplace) {
      if (s != self.sizes()) {
        throw_error("RuntimeError", "output with shape " + shape_str(self.sizes()) +
                                        " doesn't match the broadcast shape " + shape_str(s));
      }
      return self;
    }
    return Tensor::make(s, self.dtype(), true);
  };
  auto mf_kernel = [](const Args& a, const Tensor& o) {
    std::vector<bool> m = read_as<bool>(a.tensor("mask"), o.sizes());
    Operand v = operand_of(a.get("value"));
    dispatch(o.dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      std::vector<T> xs = read_as<T>(a.tensor("self"), o.sizes());
      T fill = read_as<T>(v.t)[0];
      for (size_t i = 0; i < xs.size(); ++i) {
        if (m[i]) xs[i] = fill;
      }
      write_from<T>(o, xs);
    });
  };
  r.add(
      "masked_fill(Tensor self, Tensor mask, Tensor|Scalar value) -> Tensor", OpKind::Functional,
      [mf_meta](const Args& a) { return mf_meta(a, false); },
      [mf_kernel](const Args& a, Value& out) { mf_kernel(a, out.tensor()); }, "MaskedFillBackward0");
  r.add(
      "masked_fill_(Tensor self, Tensor mask, Tensor|Scalar value) -> Tensor", OpKind::InPlace,
      [mf_meta](const Args& a) { return mf_meta(a, true); },
      [mf_kernel](const Args& a, Value&) { mf_kernel(a, a.tensor("self")); }, "MaskedFillBackward0");
}

}  // namespace

void register_unary_ops(Registry& r);

void register_elementwise_ops(Registry& r) {
  register_unary_ops(r);
  register_binary(r);
  register_ternary(r);
}

}  // namespace dp::torch
