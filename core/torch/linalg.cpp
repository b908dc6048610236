// Mirrors aten/src/ATen/native/LinearAlgebra.cpp (mm, bmm, mv, dot, addmm, matmul's dispatch on
// operand ranks) and Linear.cpp (linear), including error texts such as
// "mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)" and the grad_fn names each path
// produces (MmBackward0, DotBackward0, MvBackward0, UnsafeViewBackward0, AddmmBackward0, ...).
// BatchLinearAlgebra.cpp: linalg_qr (LAPACK geqrf/orgqr: Householder QR with its signs).
// Products accumulate in double (float dtypes) or int64 and are rounded once.
#include <algorithm>
#include <cmath>
#include <string>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

namespace {

void check_same_dtype(const Tensor& a, const Tensor& b, const char* an, const char* bn) {
  if (a.dtype() != b.dtype()) {
    throw_error("RuntimeError", std::string("expected ") + an + " and " + bn + " to have the same dtype, but got: " +
                                    typemeta_name(a.dtype()) + " != " + typemeta_name(b.dtype()));
  }
}

// A matrix @ vector goes through mv -> addmv_, whose CPU kernel dispatches on the matrix's dtype
// and reads the vector with const_data_ptr<scalar_t>() (Blas.cpp addmv_out_cpu): no dtype check of
// its own, the typed data pointer's "expected scalar type Double but found Float".
void check_mv_dtype(const Tensor& mat, const Tensor& vec) {
  if (mat.dtype() != vec.dtype()) {
    throw_error("RuntimeError",
                "expected scalar type " + aten_name(mat.dtype()) + " but found " + aten_name(vec.dtype()));
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
// float32 and float64 accumulate in their own type, products added in order of k from zero: what
// the reference BLAS sgemm/dgemm, sgemv and sdot do (and ATen's own small-bmm kernel), so results
// equal PyTorch's on a build linked against reference BLAS (Debian's python3-torch); optimized
// BLAS libraries (MKL, OpenBLAS) block the sum differently (docs/eager-semantics.md).
void batched_mm(const Tensor& A, const Tensor& B, const Tensor& out) {
  dispatch(out.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    using Acc = std::conditional_t<std::is_same_v<T, float> || std::is_same_v<T, double>, T,
                                   std::conditional_t<std::is_floating_point_v<T>, double, int64_t>>;
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

// LAPACK's geqr2 + org2r (what torch.linalg.qr calls on CPU) on one m x n matrix in double:
// Householder reflectors H_j = I - tau v v^T with v[0] = 1 and dlarfg's sign rule (the diagonal of
// R is -sign(alpha) * norm), so Q and R have LAPACK's signs. q_cols = m (complete) or min(m, n).
void householder_qr(std::vector<double>& a, int64_t m, int64_t n, int64_t q_cols, std::vector<double>& q) {
  auto A = [&](int64_t i, int64_t j) -> double& { return a[static_cast<size_t>(i * n + j)]; };
  int64_t k = std::min(m, n);
  std::vector<double> tau(static_cast<size_t>(k), 0.0);
  for (int64_t j = 0; j < k; ++j) {
    double alpha = A(j, j), xnorm = 0.0;
    for (int64_t i = j + 1; i < m; ++i) xnorm = std::hypot(xnorm, A(i, j));
    if (xnorm == 0.0) continue;  // H = I
    double beta = -std::copysign(std::hypot(alpha, xnorm), alpha);
    tau[static_cast<size_t>(j)] = (beta - alpha) / beta;
    for (int64_t i = j + 1; i < m; ++i) A(i, j) /= alpha - beta;
    A(j, j) = beta;
    for (int64_t c = j + 1; c < n; ++c) {  // apply H_j to the columns on the right
      double w = A(j, c);
      for (int64_t i = j + 1; i < m; ++i) w += A(i, j) * A(i, c);
      w *= tau[static_cast<size_t>(j)];
      A(j, c) -= w;
      for (int64_t i = j + 1; i < m; ++i) A(i, c) -= w * A(i, j);
    }
  }
  // org2r: the reflectors (below A's diagonal) expanded in place into Q's columns.
  q.assign(static_cast<size_t>(m * q_cols), 0.0);
  auto Q = [&](int64_t i, int64_t j) -> double& { return q[static_cast<size_t>(i * q_cols + j)]; };
  for (int64_t j = 0; j < k; ++j)
    for (int64_t i = j + 1; i < m; ++i) Q(i, j) = A(i, j);
  for (int64_t j = k; j < q_cols; ++j) Q(j, j) = 1.0;
  for (int64_t j = k; j-- > 0;) {
    double t = tau[static_cast<size_t>(j)];
    if (j < q_cols - 1) {
      Q(j, j) = 1.0;
      if (t != 0.0) {  // dlarf: H_j applied to Q(j:m, j+1:q_cols)
        for (int64_t c = j + 1; c < q_cols; ++c) {
          double w = 0.0;
          for (int64_t i = j; i < m; ++i) w += Q(i, j) * Q(i, c);
          for (int64_t i = j; i < m; ++i) Q(i, c) -= t * Q(i, j) * w;
        }
      }
    }
    for (int64_t i = j + 1; i < m; ++i) Q(i, j) *= -t;
    Q(j, j) = 1.0 - t;
    for (int64_t l = 0; l < j; ++l) Q(l, j) = 0.0;
  }
}

struct QrPlan {
  int64_t batch, m, n, k, q_cols, r_rows;
  bool compute_q;
  Shape q_shape, r_shape;
};

QrPlan plan_qr(const Args& a) {
  const Tensor& A = a.tensor("A");
  if (A.dim() < 2) throw_error("RuntimeError", "linalg.qr: The input tensor A must have at least 2 dimensions.");
  if (!is_floating(A.dtype()))
    throw_error("RuntimeError",
                "linalg.qr: Expected a floating point or complex tensor as input. Got " + aten_name(A.dtype()));
  std::string mode = a.s("mode");
  if (mode != "reduced" && mode != "r" && mode != "complete")
    throw_error("RuntimeError", "qr received unrecognized mode '" + mode +
                                    "' but expected one of 'reduced' (default), 'r', or 'complete'");
  QrPlan p{};
  p.m = A.sizes()[A.dim() - 2], p.n = A.sizes()[A.dim() - 1];
  p.k = std::min(p.m, p.n);
  p.batch = shape_numel(A.sizes()) / std::max<int64_t>(p.m * p.n, 1);
  if (p.m * p.n == 0) p.batch = shape_numel(Shape(A.sizes().begin(), A.sizes().end() - 2));
  p.compute_q = mode != "r";
  p.q_cols = mode == "complete" ? p.m : p.k;
  p.r_rows = mode == "complete" ? p.m : p.k;
  Shape lead(A.sizes().begin(), A.sizes().end() - 2);
  p.q_shape = lead, p.r_shape = lead;
  p.q_shape.push_back(p.m), p.q_shape.push_back(p.q_cols);
  p.r_shape.push_back(p.r_rows), p.r_shape.push_back(p.n);
  if (!p.compute_q) p.q_shape = Shape{0};
  return p;
}

}  // namespace

void register_linalg_ops(Registry& r) {
  r.add(
      "matmul(Tensor self, Tensor other) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("other");
        MatmulPlan p = plan_matmul(x, y);
        if (x.dim() == 2 && y.dim() == 1) check_mv_dtype(x, y);
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
        check_same_dtype(x, y, "m1", "m2");  // addmm_impl_cpu_ (mm's meta checks no dtype)
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
       "linalg_qr(Tensor A, str mode='reduced') -> (Tensor Q, Tensor R)", OpKind::Functional,
       [](const Args& a) -> Value {
         QrPlan p = plan_qr(a);
         DType dt = a.tensor("A").dtype();
         return Value::List{Tensor::make(p.q_shape, dt, true), Tensor::make(p.r_shape, dt, true)};
       },
       [](const Args& a, Value& out) {
         QrPlan p = plan_qr(a);
         std::vector<double> all = read_as<double>(a.tensor("A"));
         std::vector<double> qs, rs(static_cast<size_t>(p.batch * p.r_rows * p.n), 0.0);
         for (int64_t b = 0; b < p.batch; ++b) {
           std::vector<double> m(all.begin() + b * p.m * p.n, all.begin() + (b + 1) * p.m * p.n), q;
           householder_qr(m, p.m, p.n, p.q_cols, q);
           if (p.compute_q) qs.insert(qs.end(), q.begin(), q.end());
           for (int64_t i = 0; i < std::min(p.r_rows, p.m); ++i)
             for (int64_t j = i; j < p.n; ++j)
               rs[static_cast<size_t>((b * p.r_rows + i) * p.n + j)] = m[static_cast<size_t>(i * p.n + j)];
         }
         if (p.compute_q) write_from<double>(out.list()[0].tensor(), qs);
         write_from<double>(out.list()[1].tensor(), rs);
       },
       "LinalgQrBackward0")
      .is_method = false;
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
  // vdot (LinearAlgebra.cpp): dot of conj(self) and other; for the playground's real tensors it
  // is at::dot (the same checks and messages), with its own derivative (VdotBackward0).
  r.add(
      "vdot(Tensor self, Tensor other) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("other");
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
        const Tensor& y = a.tensor("other");
        matmul_kernel(x, y, out.tensor(), plan_matmul(x, y));
      },
      "VdotBackward0");
  r.add(
      "mv(Tensor self, Tensor vec) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("vec");
        if (x.dim() != 2 || y.dim() != 1) {
          throw_error("RuntimeError", "vector + matrix @ vector expected, got 1, " + std::to_string(x.dim()) + ", " +
                                          std::to_string(y.dim()));
        }
        Shape out = plan_matmul(x, y).out;  // addmv's meta checks the sizes before the kernel reads
        check_mv_dtype(x, y);
        return Tensor::make(out, x.dtype(), true);
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
