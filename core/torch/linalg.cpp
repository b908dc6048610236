// Mirrors aten/src/ATen/native/LinearAlgebra.cpp (mm, bmm, mv, dot, addmm, matmul's dispatch on
// operand ranks) and Linear.cpp (linear), including error texts such as
// "mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)" and the grad_fn names each path
// produces (MmBackward0, DotBackward0, MvBackward0, UnsafeViewBackward0, AddmmBackward0, ...).
// Products accumulate in double (float dtypes) or int64 and are rounded once.
#include <string>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

namespace {

std::string low_name(DType t) {
  switch (t) {
    case DType::Float32: return "float";
    case DType::Float64: return "double";
    case DType::Int64: return "long int";
    case DType::Int32: return "int";
    case DType::Bool: return "bool";
    case DType::Float16: return "c10::Half";
    case DType::BFloat16: return "c10::BFloat16";
    default: return dtype_short_name(t);
  }
}

void check_same_dtype(const Tensor& a, const Tensor& b, const char* an, const char* bn) {
  if (a.dtype() != b.dtype()) {
    throw_error("RuntimeError", std::string("expected ") + an + " and " + bn + " to have the same dtype, but got: " +
                                    low_name(a.dtype()) + " != " + low_name(b.dtype()));
  }
}

void check_not_bool(const Tensor& a, const char* kernel) {
  if (a.dtype() == DType::Bool) {
    throw_error("RuntimeError", std::string("\"") + kernel + "\" not implemented for 'Bool'");
  }
}

std::string dims_x(const Tensor& t) {
  std::string s;
  for (size_t i = 0; i < t.sizes().size(); ++i) s += (i ? "x" : "") + std::to_string(t.sizes()[i]);
  return s;
}

// out[b] = A[b] (n x k) @ B[b] (k x m); A, B already broadcast/expanded to (batch, n, k) / (batch, k, m).
void batched_mm(const Tensor& A, const Tensor& B, const Tensor& out) {
  dispatch(out.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    using Acc = std::conditional_t<std::is_floating_point_v<T>, double, int64_t>;
    if constexpr (std::is_same_v<T, bool>) return;  // rejected by the meta functions
    else {
      std::vector<T> a = read_as<T>(A), b = read_as<T>(B);
      int64_t batch = A.sizes()[0], n = A.sizes()[1], k = A.sizes()[2], m = B.sizes()[2];
      std::vector<T> res(static_cast<size_t>(batch * n * m));
      for (int64_t bi = 0; bi < batch; ++bi) {
        const T* pa = a.data() + bi * n * k;
        const T* pb = b.data() + bi * k * m;
        for (int64_t i = 0; i < n; ++i) {
          for (int64_t j = 0; j < m; ++j) {
            Acc acc = 0;
            for (int64_t p = 0; p < k; ++p) acc += static_cast<Acc>(pa[i * k + p]) * static_cast<Acc>(pb[p * m + j]);
            res[(bi * n + i) * m + j] = convert<T>(acc);
          }
        }
      }
      write_from<T>(out, res);
    }
  });
}

// Shape logic of torch.matmul; returns output shape and the grad_fn name for the path taken.
struct MatmulPlan {
  Shape out;
  std::string grad;
  Shape batch;  // broadcast batch dims (batched path)
  int64_t n = 1, k = 1, m = 1;
};

MatmulPlan plan_matmul(const Tensor& a, const Tensor& b) {
  int64_t da = a.dim(), db = b.dim();
  if (da == 0 || db == 0) {
    throw_error("RuntimeError", "both arguments to matmul need to be at least 1D, but they are " + std::to_string(da) +
                                    "D and " + std::to_string(db) + "D");
  }
  MatmulPlan p;
  if (da == 1 && db == 1) {
    if (a.sizes()[0] != b.sizes()[0]) {
      throw_error("RuntimeError", "inconsistent tensor size, expected tensor [" + std::to_string(a.sizes()[0]) +
                                      "] and src [" + std::to_string(b.sizes()[0]) +
                                      "] to have the same number of elements, but got " + std::to_string(a.sizes()[0]) +
                                      " and " + std::to_string(b.sizes()[0]) + " elements respectively");
    }
    p.out = {};
    p.grad = "DotBackward0";
    p.k = a.sizes()[0];
    return p;
  }
  if (da == 2 && db == 1) {
    if (a.sizes()[1] != b.sizes()[0]) {
      throw_error("RuntimeError", "size mismatch, got input (" + std::to_string(a.sizes()[0]) + "), mat (" + dims_x(a) +
                                      "), vec (" + std::to_string(b.sizes()[0]) + ")");
    }
    p.out = {a.sizes()[0]};
    p.grad = "MvBackward0";
    p.n = a.sizes()[0];
    p.k = a.sizes()[1];
    return p;
  }
  if (da == 1 && db == 2) {
    if (a.sizes()[0] != b.sizes()[0]) {
      throw_error("RuntimeError", "mat1 and mat2 shapes cannot be multiplied (1x" + std::to_string(a.sizes()[0]) +
                                      " and " + dims_x(b) + ")");
    }
    p.out = {b.sizes()[1]};
    p.grad = "SqueezeBackward1";
    p.k = a.sizes()[0];
    p.m = b.sizes()[1];
    return p;
  }
  if (da == 2 && db == 2) {
    if (a.sizes()[1] != b.sizes()[0]) {
      throw_error("RuntimeError",
                  "mat1 and mat2 shapes cannot be multiplied (" + dims_x(a) + " and " + dims_x(b) + ")");
    }
    p.out = {a.sizes()[0], b.sizes()[1]};
    p.grad = "MmBackward0";
    p.n = a.sizes()[0];
    p.k = a.sizes()[1];
    p.m = b.sizes()[1];
    return p;
  }
  // Batched / folded paths.
  p.grad = "UnsafeViewBackward0";
  int64_t n = da >= 2 ? a.sizes()[da - 2] : 1;
  int64_t k = a.sizes()[da - 1];
  int64_t k2 = db >= 2 ? b.sizes()[db - 2] : b.sizes()[0];
  int64_t m = db >= 2 ? b.sizes()[db - 1] : 1;
  Shape ba(a.sizes().begin(), a.sizes().end() - std::min<int64_t>(da, 2));
  Shape bb(b.sizes().begin(), b.sizes().end() - std::min<int64_t>(db, 2));
  if (da >= 3 && db <= 2) {
    // Folded: (batch*n, k) @ (k, m)
    if (k != k2) {
      int64_t rows = shape_numel(ba) * n;
      if (db == 2) {
        throw_error("RuntimeError", "mat1 and mat2 shapes cannot be multiplied (" + std::to_string(rows) + "x" +
                                        std::to_string(k) + " and " + dims_x(b) + ")");
      }
      throw_error("RuntimeError", "size mismatch, got input (" + std::to_string(rows) + "), mat (" +
                                      std::to_string(rows) + "x" + std::to_string(k) + "), vec (" + std::to_string(k2) +
                                      ")");
    }
  }
  p.batch = broadcast_shapes(ba, bb);
  if (k != k2) {
    int64_t nb = shape_numel(p.batch);
    throw_error("RuntimeError", "Expected size for first two dimensions of batch2 tensor to be: [" +
                                    std::to_string(nb) + ", " + std::to_string(k) + "] but got: [" +
                                    std::to_string(nb) + ", " + std::to_string(k2) + "].");
  }
  p.out = p.batch;
  if (da >= 2) p.out.push_back(n);
  if (db >= 2) p.out.push_back(m);
  p.n = n;
  p.k = k;
  p.m = m;
  return p;
}

void matmul_kernel(const Tensor& a, const Tensor& b, const Tensor& out, const MatmulPlan& p) {
  int64_t batch = shape_numel(p.batch);
  // Expand both operands to (batch..., n, k) and (batch..., k, m), then multiply.
  Shape sa = p.batch, sb = p.batch;
  sa.push_back(p.n);
  sa.push_back(p.k);
  sb.push_back(p.k);
  sb.push_back(p.m);
  Tensor av = a.dim() == 1 ? Tensor::make_view(a, {1, p.k}, {0, a.strides()[0]}, a.storage_offset()) : a;
  Tensor bv = b.dim() == 1 ? Tensor::make_view(b, {p.k, 1}, {b.strides()[0], 0}, b.storage_offset()) : b;
  Tensor A = Tensor::make({batch, p.n, p.k}, out.dtype());
  Tensor B = Tensor::make({batch, p.k, p.m}, out.dtype());
  copy_into(Tensor::make_view(A, sa, contiguous_strides(sa), 0), av);
  copy_into(Tensor::make_view(B, sb, contiguous_strides(sb), 0), bv);
  Tensor C = Tensor::make({batch, p.n, p.m}, out.dtype());
  batched_mm(A, B, C);
  Tensor cview = Tensor::make_view(C, out.sizes(), contiguous_strides(out.sizes()), 0);
  copy_into(out, cview);
}

}  // namespace

void register_linalg_ops(Registry& r) {
  r.add(
      "matmul(Tensor self, Tensor other) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("other");
        MatmulPlan p = plan_matmul(x, y);
        check_same_dtype(x, y, "m1", "m2");
        check_not_bool(x, "addmm_impl_cpu_");
        set_grad_fn_override(p.grad);
        return Tensor::make(p.out, x.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("other");
        matmul_kernel(x, y, out.tensor(), plan_matmul(x, y));
      },
      "MmBackward0");
  r.add(
      "mm(Tensor self, Tensor mat2) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("mat2");
        DP_CHECK(x.dim() == 2, "self must be a matrix");
        DP_CHECK(y.dim() == 2, "mat2 must be a matrix");
        if (x.sizes()[1] != y.sizes()[0]) {
          throw_error("RuntimeError",
                      "mat1 and mat2 shapes cannot be multiplied (" + dims_x(x) + " and " + dims_x(y) + ")");
        }
        check_same_dtype(x, y, "mat1", "mat2");
        check_not_bool(x, "addmm_impl_cpu_");
        return Tensor::make({x.sizes()[0], y.sizes()[1]}, x.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("mat2");
        matmul_kernel(x, y, out.tensor(), plan_matmul(x, y));
      },
      "MmBackward0");
  r.add(
      "bmm(Tensor self, Tensor mat2) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("mat2");
        DP_CHECK(x.dim() == 3, "batch1 must be a 3D tensor");
        DP_CHECK(y.dim() == 3, "batch2 must be a 3D tensor");
        if (y.sizes()[0] != x.sizes()[0] || y.sizes()[1] != x.sizes()[2]) {
          throw_error("RuntimeError", "Expected size for first two dimensions of batch2 tensor to be: [" +
                                          std::to_string(x.sizes()[0]) + ", " + std::to_string(x.sizes()[2]) +
                                          "] but got: [" + std::to_string(y.sizes()[0]) + ", " +
                                          std::to_string(y.sizes()[1]) + "].");
        }
        check_same_dtype(x, y, "batch1", "batch2");
        return Tensor::make({x.sizes()[0], x.sizes()[1], y.sizes()[2]}, x.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("mat2");
        matmul_kernel(x, y, out.tensor(), plan_matmul(x, y));
      },
      "BmmBackward0");
  r.add(
      "dot(Tensor self, Tensor tensor) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("tensor");
        if (x.dim() != 1 || y.dim() != 1) {
          throw_error("RuntimeError", "1D tensors expected, but got " + std::to_string(x.dim()) + "D and " +
                                          std::to_string(y.dim()) + "D tensors");
        }
        if (x.dtype() != y.dtype()) {
          throw_error("RuntimeError", "dot : expected both vectors to have same dtype, but found " +
                                          aten_name(x.dtype()) + " and " + aten_name(y.dtype()));
        }
        plan_matmul(x, y);
        return Tensor::make({}, x.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("tensor");
        matmul_kernel(x, y, out.tensor(), plan_matmul(x, y));
      },
      "DotBackward0");
  r.add(
      "mv(Tensor self, Tensor vec) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("vec");
        if (x.dim() != 2 || y.dim() != 1) {
          throw_error("RuntimeError", "vector + matrix @ vector expected, got 1, " + std::to_string(x.dim()) + ", " +
                                          std::to_string(y.dim()));
        }
        check_same_dtype(x, y, "mat", "vec");
        return Tensor::make(plan_matmul(x, y).out, x.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("vec");
        matmul_kernel(x, y, out.tensor(), plan_matmul(x, y));
      },
      "MvBackward0");
  // linear(input, weight, bias=None) = input @ weight.T + bias
  r.add(
       "linear(Tensor input, Tensor weight, Tensor? bias=None) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& x = a.tensor("input");
         const Tensor& w = a.tensor("weight");
         Tensor wt = call_t("t", {w.to_fake()});
         MatmulPlan p = plan_matmul(x, wt);
         check_same_dtype(x, w, "m1", "m2");
         Shape out = p.out;
         if (a.has("bias")) {
           const Tensor& b = a.tensor("bias");
           out = broadcast_shapes(out, b.sizes());
           // Linear.cpp (current main): a 2-D input is addmm(bias, input, weight.t()); with a
           // contiguous bias that is 1-D (or squeezes to 1-D), a contiguous input of any other
           // rank is flattened to 2-D, addmm'd and viewed back (_flatten_nd_linear); otherwise
           // matmul then output.add_(bias).
           int64_t bias_squeezed = 0;
           for (int64_t s : b.sizes()) bias_squeezed += s != 1;
           bool fusable = (b.dim() == 1 || bias_squeezed == 1) && b.is_contiguous();
           if (x.dim() == 2) set_grad_fn_override("AddmmBackward0");
           else if (fusable && x.is_contiguous()) set_grad_fn_override("ViewBackward0");
           else set_grad_fn_override("AddBackward0");
         } else {
           set_grad_fn_override(p.grad);
         }
         return Tensor::make(out, x.dtype(), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& x = a.tensor("input");
         Tensor wt = call_t("t", {a.tensor("weight")});
         Tensor mm = Tensor::make(plan_matmul(x, wt).out, x.dtype());
         matmul_kernel(x, wt, mm, plan_matmul(x, wt));
         if (!a.has("bias")) {
           copy_into(out.tensor(), mm);
           return;
         }
         NoGradGuard g;
         Tensor res = call_t("add", {mm, a.tensor("bias")});
         copy_into(out.tensor(), res);
       },
       "MmBackward0")
      .is_method = false;
  r.add(
      "outer(Tensor self, Tensor vec2) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("vec2");
        DP_CHECK(x.dim() == 1 && y.dim() == 1,
                 "outer: Expected 1-D argument self, but got " + std::to_string(x.dim()) + "-D");
        return Tensor::make({x.sizes()[0], y.sizes()[0]}, result_type({{x, false}, {y, false}}), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("vec2");
        Tensor col = Tensor::make_view(x, {x.sizes()[0], 1}, {x.strides()[0], 0}, x.storage_offset());
        NoGradGuard g;
        copy_into(out.tensor(), call_t("mul", {col, y}));
      },
      "MulBackward0");
  r.add(
      "addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& m1 = a.tensor("mat1");
        const Tensor& m2 = a.tensor("mat2");
        DP_CHECK(m1.dim() == 2, "mat1 must be a matrix, got " + std::to_string(m1.dim()) + "-D tensor");
        DP_CHECK(m2.dim() == 2, "mat2 must be a matrix, got " + std::to_string(m2.dim()) + "-D tensor");
        MatmulPlan p = plan_matmul(m1, m2);
        Shape s = a.tensor("self").sizes();
        Shape bs = broadcast_shapes(s, p.out);
        if (bs != p.out) {
          throw_error("RuntimeError", "The expanded size of the tensor (" + std::to_string(p.out.back()) +
                                          ") must match the existing size (" + std::to_string(s.back()) +
                                          ") at non-singleton dimension 1.  Target sizes: " + shape_str(p.out) +
                                          ".  Tensor sizes: " + shape_str(s));
        }
        return Tensor::make(p.out, m1.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& m1 = a.tensor("mat1");
        const Tensor& m2 = a.tensor("mat2");
        Tensor mm = Tensor::make(plan_matmul(m1, m2).out, m1.dtype());
        matmul_kernel(m1, m2, mm, plan_matmul(m1, m2));
        NoGradGuard g;
        Tensor scaled = call_t("mul", {mm, Value(a.scalar("alpha"))});
        Tensor res = call_t("add", {scaled, a.tensor("self")}, {{"alpha", Value(a.scalar("beta"))}});
        copy_into(out.tensor(), res);
      },
      "AddmmBackward0");
}

}  // namespace dp::torch
