// Mirrors aten/src/ATen/native/PointwiseOps.cpp (addcmul, addcdiv) and Lerp.cpp (lerp with a
// Scalar weight), with their CPU kernels' operation order in the tensor's dtype:
// addcmul: self + value * t1 * t2; addcdiv: self + value * t1 / t2; lerp: weight < 0.5 ?
// self + weight * (end - self) : end - (end - self) * (1 - weight). The optimizers of
// torch.optim (core/prelude/torch/optim, docs/autograd.md) update parameters with them.
#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

namespace {

enum class Pointwise { Addcmul, Addcdiv, Lerp };

Shape out_shape(const Args& a, Pointwise kind) {
  const Tensor& self = a.tensor("self");
  if (kind == Pointwise::Lerp) return broadcast_shapes(self.sizes(), a.tensor("end").sizes());
  return broadcast_shapes(broadcast_shapes(self.sizes(), a.tensor("tensor1").sizes()), a.tensor("tensor2").sizes());
}

DType out_dtype(const Args& a, Pointwise kind) {
  std::vector<Operand> ops{{a.tensor("self"), false}};
  if (kind == Pointwise::Lerp) ops.push_back({a.tensor("end"), false});
  else ops.insert(ops.end(), {{a.tensor("tensor1"), false}, {a.tensor("tensor2"), false}});
  return result_type(ops);
}

void compute(const Args& a, Pointwise kind, const Tensor& out) {
  const Shape& s = out.sizes();
  dispatch(out.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) {
      std::vector<T> x = read_as<T>(a.tensor("self"), s);
      if (kind == Pointwise::Lerp) {
        std::vector<T> e = read_as<T>(a.tensor("end"), s);
        T w = static_cast<T>(a.scalar("weight").to_double());
        for (size_t i = 0; i < x.size(); ++i) {
          T diff = e[i] - x[i];
          x[i] = std::abs(w) < T(0.5) ? x[i] + w * diff : e[i] - diff * (T(1) - w);
        }
      } else {
        std::vector<T> t1 = read_as<T>(a.tensor("tensor1"), s), t2 = read_as<T>(a.tensor("tensor2"), s);
        T v = static_cast<T>(a.scalar("value").to_double());
        for (size_t i = 0; i < x.size(); ++i) {
          x[i] = kind == Pointwise::Addcmul ? x[i] + v * t1[i] * t2[i] : x[i] + v * t1[i] / t2[i];
        }
      }
      write_from<T>(out, x);
    } else {
      throw_error("RuntimeError",
                  std::string(kind == Pointwise::Lerp ? "\"lerp_kernel_scalar\"" : "\"addcmul_cpu_out\"") +
                      " not implemented for '" + aten_name(out.dtype()) + "'");
    }
  });
}

void def_pointwise(Registry& r, const std::string& name, Pointwise kind, const std::string& params) {
  r.add(
      name + "(Tensor self, " + params + ") -> Tensor", OpKind::Functional,
      [kind](const Args& a) -> Value {
        // TensorIterator's operands: (self, tensor1, tensor2) for addcmul/addcdiv, (self, end) for lerp.
        std::vector<const Tensor*> inputs{&a.tensor("self")};
        if (kind == Pointwise::Lerp) inputs.push_back(&a.tensor("end"));
        else inputs.insert(inputs.end(), {&a.tensor("tensor1"), &a.tensor("tensor2")});
        Shape shape = out_shape(a, kind);
        return Tensor::make_strided(shape, elementwise_output_strides(shape, inputs), out_dtype(a, kind), true);
      },
      [kind](const Args& a, Value& out) { compute(a, kind, out.tensor()); }, backward_name(name));
  r.add(
      name + "_(Tensor self, " + params + ") -> Tensor", OpKind::InPlace,
      [kind](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        Shape s = out_shape(a, kind);
        if (s != self.sizes()) {
          throw_error("RuntimeError", "output with shape " + shape_str(self.sizes()) +
                                          " doesn't match the broadcast shape " + shape_str(s));
        }
        check_cast(out_dtype(a, kind), self.dtype());
        return self;
      },
      [kind](const Args& a, Value&) { compute(a, kind, a.tensor("self")); }, backward_name(name));
}

}  // namespace

void register_pointwise_ops(Registry& r) {
  def_pointwise(r, "addcmul", Pointwise::Addcmul, "Tensor tensor1, Tensor tensor2, *, Scalar value=1");
  def_pointwise(r, "addcdiv", Pointwise::Addcdiv, "Tensor tensor1, Tensor tensor2, *, Scalar value=1");
  def_pointwise(r, "lerp", Pointwise::Lerp, "Tensor end, Scalar weight");
}

}  // namespace dp::torch
