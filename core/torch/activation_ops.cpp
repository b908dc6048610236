// Mirrors the pointwise activation kernels of aten/src/ATen/native/cpu/Activation.cpp (PyTorch 2.x)
// that torch.nn.functional reaches through torch._C._nn / torch.*: hardswish, hardsigmoid,
// log_sigmoid, mish, softshrink, hardshrink, threshold, celu, selu (elu with SELU's constants).
// Each computes in the tensor's own floating type (float32 stays float, as the CPU kernels do, lane
// by lane on the default capability), and refuses integer tensors with the kernel's dispatch name.
// Their derivatives: autograd/derivatives.cpp (register_activations).
#include <cmath>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

namespace {

// Registers NAME(...) -> Tensor (and NAME_ when `inplace`), computing `fn(x, args)` per element in
// the tensor's floating type.
template <class Fn>
void def_act(Registry& r, const std::string& name, const std::string& params, const std::string& kernel,
             const std::string& grad, Fn fn, bool inplace, bool method = false) {
  auto compute = [fn, kernel](const Args& a, const Tensor& x, const Tensor& out) {
    if (!is_floating(x.dtype()))
      throw_error("RuntimeError", "\"" + kernel + "\" not implemented for '" + aten_name(x.dtype()) + "'");
    dispatch(x.dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
        std::vector<T> v = read_as<T>(x);
        for (auto& e : v) e = fn(e, a);
        write_from<T>(out, v);
      } else if constexpr (std::is_floating_point_v<T> == false && sizeof(T) == 2) {
        // float16/bfloat16: opmath float, rounded once.
        std::vector<float> v = read_as<float>(x);
        for (auto& e : v) e = fn(e, a);
        write_from<float>(out, v);
      }
    });
  };
  auto& d = r.add(
      name + "(Tensor self" + params + ") -> Tensor", OpKind::Functional,
      [kernel](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        if (!is_floating(x.dtype()))
          throw_error("RuntimeError", "\"" + kernel + "\" not implemented for '" + aten_name(x.dtype()) + "'");
        return Tensor::make(x.sizes(), x.dtype(), true);
      },
      [compute](const Args& a, Value& out) { compute(a, a.tensor("self"), out.tensor()); }, grad);
  d.is_method = method;
  if (!inplace) return;
  auto& di = r.add(
      name + "_(Tensor self" + params + ") -> Tensor", OpKind::InPlace,
      [kernel](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        if (!is_floating(x.dtype()))
          throw_error("RuntimeError", "\"" + kernel + "\" not implemented for '" + aten_name(x.dtype()) + "'");
        return x;
      },
      [compute](const Args& a, Value&) { compute(a, a.tensor("self"), a.tensor("self")); }, grad);
  di.is_method = method;
  di.is_function = true;
}

template <class T>
T scalar_as(const Args& a, const char* name) {
  return static_cast<T>(a.scalar(name).to_double());
}

// elu_kernel (2.x get_scalar_elu_elementwise_func): a < 0 ? expm1(a * negiptcoef) * negcoef : a * poscoef.
template <class T>
T elu_value(T a, T alpha, T scale, T input_scale) {
  const T negcoef = alpha * scale;
  return a < T(0) ? static_cast<T>(std::expm1(a * input_scale) * negcoef) : static_cast<T>(a * scale);
}

}  // namespace

void register_activation_ops2(Registry& r);

void register_activation_ops(Registry& r) {
  register_activation_ops2(r);
  def_act(r, "hardswish", "", "hardswish_cpu", "HardswishBackward0",
          [](auto x, const Args&) {
            using T = decltype(x);
            return static_cast<T>(x * std::min(std::max(x + T(3), T(0)), T(6)) / T(6));
          },
          true);
  def_act(r, "hardsigmoid", "", "hardsigmoid_cpu", "HardsigmoidBackward0",
          [](auto x, const Args&) {
            using T = decltype(x);
            return static_cast<T>(std::min(std::max(x + T(3), T(0)), T(6)) / T(6));
          },
          true);
  // log_sigmoid_cpu_kernel: min(x, 0) - log1p(exp(-|x|)).
  def_act(r, "log_sigmoid", "", "log_sigmoid_cpu", "LogSigmoidBackward0",
          [](auto x, const Args&) {
            using T = decltype(x);
            return static_cast<T>(std::min(x, T(0)) - std::log1p(std::exp(-std::abs(x))));
          },
          false);
  // mish_kernel: x * tanh(log1p(exp(x))).
  def_act(r, "mish", "", "mish_cpu", "MishBackward0",
          [](auto x, const Args&) {
            using T = decltype(x);
            return static_cast<T>(x * std::tanh(std::log1p(std::exp(x))));
          },
          true);
  def_act(r, "softshrink", ", Scalar lambd=0.5", "softshrink_cpu", "SoftshrinkBackward0",
          [](auto x, const Args& a) {
            using T = decltype(x);
            const T l = scalar_as<T>(a, "lambd");
            return x > l ? static_cast<T>(x - l) : (x < -l ? static_cast<T>(x + l) : T(0));
          },
          false, true);
  def_act(r, "hardshrink", ", Scalar lambd=0.5", "hardshrink_cpu", "HardshrinkBackward0",
          [](auto x, const Args& a) {
            using T = decltype(x);
            const T l = scalar_as<T>(a, "lambd");
            return (x >= -l && x <= l) ? T(0) : x;
          },
          false, true);
  def_act(r, "threshold", ", Scalar threshold, Scalar value", "threshold_cpu", "ThresholdBackward0",
          [](auto x, const Args& a) {
            using T = decltype(x);
            return x <= scalar_as<T>(a, "threshold") ? scalar_as<T>(a, "value") : x;
          },
          true);
  // Activation.cpp: selu = elu(self, SELU_ALPHA, SELU_SCALE); celu = elu(self, alpha, 1.0, 1.0 / alpha).
  def_act(r, "selu", "", "elu_cpu", "EluBackward0",
          [](auto x, const Args&) {
            using T = decltype(x);
            return elu_value<T>(x, static_cast<T>(1.6732632423543772848170429916717),
                                static_cast<T>(1.0507009873554804934193349852946), T(1));
          },
          true);
  def_act(r, "celu", ", Scalar alpha=1.0", "elu_cpu", "CeluBackward0",
          [](auto x, const Args& a) {
            using T = decltype(x);
            const double alpha = a.scalar("alpha").to_double();
            return elu_value<T>(x, static_cast<T>(alpha), T(1), static_cast<T>(1.0 / alpha));
          },
          true);
}

}  // namespace dp::torch

namespace dp::torch {

// _prelu_kernel (cpu/Activation.cpp prelu_kernel, 2.x): x > 0 ? x : w * x over the broadcast of
// self and the reshaped weight (torch.prelu, _variable_functions.py, does the reshape); grad_fn
// PreluKernelBackward0. glu (cpu/GluKernel.cpp): a * (1 / (1 + exp(-b))) over the two halves of `dim`.
void register_activation_ops2(Registry& r) {
  auto& p = r.add(
      "_prelu_kernel(Tensor self, Tensor weight) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        if (!is_floating(x.dtype()))
          throw_error("RuntimeError", "\"prelu_cpu\" not implemented for '" + aten_name(x.dtype()) + "'");
        return Tensor::make(broadcast_shapes(x.sizes(), a.tensor("weight").sizes()), x.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Shape& s = out.tensor().sizes();
        dispatch(out.tensor().dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          if constexpr (std::is_floating_point_v<T>) {
            std::vector<T> xs = read_as<T>(a.tensor("self"), s), ws = read_as<T>(a.tensor("weight"), s);
            for (size_t i = 0; i < xs.size(); ++i) xs[i] = xs[i] > T(0) ? xs[i] : static_cast<T>(ws[i] * xs[i]);
            write_from<T>(out.tensor(), xs);
          } else {
            std::vector<float> xs = read_as<float>(a.tensor("self"), s), ws = read_as<float>(a.tensor("weight"), s);
            for (size_t i = 0; i < xs.size(); ++i) xs[i] = xs[i] > 0.0f ? xs[i] : ws[i] * xs[i];
            write_from<float>(out.tensor(), xs);
          }
        });
      },
      "PreluKernelBackward0");
  p.is_method = false;
  auto& g = r.add(
      "glu(Tensor self, int dim=-1) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        DP_CHECK(x.dim() > 0, "glu does not support scalars because halving size must be even");
        const int64_t d = wrap_dim(a.i("dim"), x.dim());
        const int64_t n = x.sizes()[d];
        if (n % 2 != 0)
          throw_error("RuntimeError", "Halving dimension must be even, but dimension " + std::to_string(d) +
                                          " is size " + std::to_string(n));
        if (!is_floating(x.dtype()))
          throw_error("RuntimeError", "\"glu_cpu\" not implemented for '" + aten_name(x.dtype()) + "'");
        Shape s = x.sizes();
        s[d] = n / 2;
        return Tensor::make(s, x.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& x = a.tensor("self");
        const int64_t d = wrap_dim(a.i("dim"), x.dim());
        const int64_t h = x.sizes()[d] / 2;
        Tensor first = call_t("narrow", {x, d, int64_t{0}, h});
        Tensor second = call_t("narrow", {x, d, h, h});
        const Shape& s = out.tensor().sizes();
        dispatch(x.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          using M = std::conditional_t<std::is_same_v<T, double>, double, float>;
          std::vector<M> as = read_as<M>(first, s), bs = read_as<M>(second, s);
          for (size_t i = 0; i < as.size(); ++i) as[i] = as[i] * (M(1) / (M(1) + std::exp(-bs[i])));
          write_from<M>(out.tensor(), as);
        });
      },
      "GluBackward0");
  g.is_method = false;
}

}  // namespace dp::torch
