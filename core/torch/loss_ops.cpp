// Mirrors ATen's smooth_l1_loss and huber_loss (aten/src/ATen/native/Loss.cpp, the pointwise kernels
// of cpu/BinaryOpsKernel.cpp): the elementwise loss computed in the inputs' type over the broadcast
// shape, then apply_loss_reduction (mean() / sum() of that tensor, ATen's summation order). Their
// derivatives: autograd/derivatives.cpp ("smooth_l1_loss", "huber_loss").
#include <cmath>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

namespace {

template <class Fn>
void def_pointwise_loss(Registry& r, const std::string& name, const std::string& param, const std::string& grad,
                        Fn fn) {
  auto& d = r.add(
      name + "(Tensor input, Tensor target, str reduction='mean', float " + param + "=1.0) -> Tensor",
      OpKind::Functional,
      [name](const Args& a) -> Value {
        const Tensor& x = a.tensor("input");
        const Tensor& t = a.tensor("target");
        std::string red = a.s("reduction");
        if (red != "none" && red != "mean" && red != "sum") throw_error("ValueError", red + " is not a valid value for reduction");
        DType dt = result_type({{x, false}, {t, false}});
        if (!is_floating(dt))
          throw_error("RuntimeError", "\"" + name + "_cpu\" not implemented for '" + aten_name(dt) + "'");
        Shape s = broadcast_shapes(x.sizes(), t.sizes());
        return Tensor::make(red == "none" ? s : Shape{}, dt, true);
      },
      [fn, param](const Args& a, Value& out) {
        const Tensor& x = a.tensor("input");
        const Tensor& t = a.tensor("target");
        Shape s = broadcast_shapes(x.sizes(), t.sizes());
        DType dt = out.tensor().dtype();
        Tensor loss = Tensor::make(s, dt);
        const double p = a.f(param);
        dispatch(dt, [&](auto tag) {
          using T = typename decltype(tag)::type;
          if constexpr (std::is_floating_point_v<T>) {
            std::vector<T> xs = read_as<T>(x, s), ts = read_as<T>(t, s);
            for (size_t i = 0; i < xs.size(); ++i) xs[i] = fn(xs[i], ts[i], static_cast<T>(p));
            write_from<T>(loss, xs);
          } else {
            std::vector<float> xs = read_as<float>(x, s), ts = read_as<float>(t, s);
            for (size_t i = 0; i < xs.size(); ++i) xs[i] = fn(xs[i], ts[i], static_cast<float>(p));
            write_from<float>(loss, xs);
          }
        });
        std::string red = a.s("reduction");
        if (red == "none") copy_into(out.tensor(), loss);
        else copy_into(out.tensor(), call_t(red, {loss}));
      },
      grad);
  d.is_method = false;
}

}  // namespace

void register_loss_ops(Registry& r) {
  // smooth_l1_kernel: z = |a - b|; z < beta ? 0.5 * z * z / beta : z - 0.5 * beta.
  def_pointwise_loss(r, "smooth_l1_loss", "beta", "SmoothL1LossBackward0", [](auto a, auto b, auto beta) {
    using T = decltype(a);
    const T z = std::abs(static_cast<T>(a - b));
    return z < beta ? static_cast<T>(T(0.5) * z * z / beta) : static_cast<T>(z - T(0.5) * beta);
  });
  // huber_kernel: z = |a - b|; z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta).
  def_pointwise_loss(r, "huber_loss", "delta", "HuberLossBackward0", [](auto a, auto b, auto delta) {
    using T = decltype(a);
    const T z = std::abs(static_cast<T>(a - b));
    return z < delta ? static_cast<T>(T(0.5) * z * z) : static_cast<T>(delta * (z - T(0.5) * delta));
  });
}

}  // namespace dp::torch
