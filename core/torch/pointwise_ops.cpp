// Mirrors aten/src/ATen/native/PointwiseOps.cpp (addcmul, addcdiv) and Lerp.cpp (lerp with a
// Scalar or a Tensor weight: lerp.Scalar, LerpBackward0, and lerp.Tensor, LerpBackward1), with their CPU kernels' operation order in the tensor's dtype:
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
  if (kind == Pointwise::Lerp) {
    Shape s = broadcast_shapes(self.sizes(), a.tensor("end").sizes());
    if (a.get("weight").is_tensor()) s = broadcast_shapes(s, a.tensor("weight").sizes());
    return s;
  }
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
        bool tensor_weight = a.get("weight").is_tensor();
        std::vector<T> ws = tensor_weight ? read_as<T>(a.tensor("weight"), s) : std::vector<T>{};
        T w0 = tensor_weight ? T(0) : static_cast<T>(a.scalar("weight").to_double());
        for (size_t i = 0; i < x.size(); ++i) {
          T w = tensor_weight ? ws[i] : w0;
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

// Lerp.cpp lerp_Tensor's meta: the weight tensor must have self's dtype.
void check_lerp_weight(const Args& a) {
  if (!a.get("weight").is_tensor()) return;
  const Tensor& self = a.tensor("self");
  const Tensor& w = a.tensor("weight");
  DP_CHECK(self.dtype() == w.dtype(), "expected dtype " + typemeta_name(self.dtype()) + " for `weight` but got dtype " +
                                          typemeta_name(w.dtype()));
}

std::string grad_fn_of(const std::string& name, Pointwise kind, const Args& a) {
  if (kind == Pointwise::Lerp && a.get("weight").is_tensor()) return backward_name(name, 1);
  return backward_name(name);
}

void def_pointwise(Registry& r, const std::string& name, Pointwise kind, const std::string& params) {
  r.add(
      name + "(Tensor self, " + params + ") -> Tensor", OpKind::Functional,
      [kind](const Args& a) -> Value {
        // TensorIterator's operands: (self, tensor1, tensor2) for addcmul/addcdiv, (self, end) for lerp.
        std::vector<const Tensor*> inputs{&a.tensor("self")};
        if (kind == Pointwise::Lerp) {
          inputs.push_back(&a.tensor("end"));
          check_lerp_weight(a);
          if (a.get("weight").is_tensor()) inputs.push_back(&a.tensor("weight"));
        } else {
          inputs.insert(inputs.end(), {&a.tensor("tensor1"), &a.tensor("tensor2")});
        }
        Shape shape = out_shape(a, kind);
        return Tensor::make_strided(shape, elementwise_output_strides(shape, inputs), out_dtype(a, kind), true);
      },
      [kind](const Args& a, Value& out) { compute(a, kind, out.tensor()); }, backward_name(name))
      .grad_fn_fn = [name, kind](const Args& a) { return grad_fn_of(name, kind, a); };
  r.add(
      name + "_(Tensor self, " + params + ") -> Tensor", OpKind::InPlace,
      [kind](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        Shape s = out_shape(a, kind);
        if (s != self.sizes()) {
          throw_error("RuntimeError", "output with shape " + shape_str(self.sizes()) +
                                          " doesn't match the broadcast shape " + shape_str(s));
        }
        if (kind == Pointwise::Lerp) check_lerp_weight(a);
        check_cast(out_dtype(a, kind), self.dtype());
        return self;
      },
      [kind](const Args& a, Value&) { compute(a, kind, a.tensor("self")); }, backward_name(name))
      .grad_fn_fn = [name, kind](const Args& a) { return grad_fn_of(name, kind, a); };
}

}  // namespace

void register_pointwise_ops(Registry& r) {
  def_pointwise(r, "addcmul", Pointwise::Addcmul, "Tensor tensor1, Tensor tensor2, *, Scalar value=1");
  def_pointwise(r, "addcdiv", Pointwise::Addcdiv, "Tensor tensor1, Tensor tensor2, *, Scalar value=1");
  def_pointwise(r, "lerp", Pointwise::Lerp, "Tensor end, Tensor|Scalar weight");
}

}  // namespace dp::torch
