// Mirrors the ATen kernels behind common torch.nn.functional helpers: constant_pad_nd (PadNd.cpp),
// reflection_pad{1,2,3}d (ReflectionPad.cpp), replication_pad{1,2,3}d (ReplicationPadding.cpp) and
// their shared input check (Padding.h check_valid_input), one_hot (Onehot.cpp), _cdist_forward and
// _euclidean_dist (Distance.cpp, DistanceOpsKernel.cpp), baddbmm (Blas.cpp / LinearAlgebra.cpp
// bmm_out_or_baddbmm_), upsample_nearest1d (UpSampleNearest1d.cpp) and upsample_linear1d
// (UpSampleLinear1d.cpp, UpSampleKernel.cpp). Error texts are ATen's.
// The Python wrappers (torch._C._nn.pad / one_hot, F.normalize, torch.cosine_similarity,
// torch.cdist) live in the prelude; docs/models.md ("Padding, distances, one_hot") says what they rely on.
#include <algorithm>
#include <cmath>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"
#include "torch/zoo_backward.h"

namespace dp::torch {
using namespace detail;

namespace {

void check(bool ok, const std::string& msg) {
  if (!ok) throw_error("RuntimeError", msg);
}

// ---------------------------------------------------------------------------------------------
// Padding: each output element reads one input element (or the constant).

enum class PadMode { Constant, Reflect, Replicate };

// For the last pad.size() / 2 dims: the output shape and, per output element (row-major), the
// flat input index it reads (-1: the constant).
struct PadPlan {
  Shape out;
  std::vector<int64_t> src;
};

PadPlan pad_plan(const Shape& in, const Shape& pad, PadMode mode) {
  PadPlan p;
  p.out = in;
  const size_t nd = in.size(), np = pad.size() / 2;
  for (size_t i = 0; i < np; ++i) p.out[nd - 1 - i] = in[nd - 1 - i] + pad[2 * i] + pad[2 * i + 1];
  int64_t total = shape_numel(p.out);
  p.src.resize(static_cast<size_t>(total));
  std::vector<int64_t> idx(nd, 0);
  Shape in_strides(nd, 1);
  for (size_t d = nd; d-- > 1;) in_strides[d - 1] = in_strides[d] * in[d];
  for (int64_t k = 0; k < total; ++k) {
    int64_t off = 0;
    bool inside = true;
    for (size_t d = 0; d < nd; ++d) {
      int64_t s = idx[d];
      size_t from_end = nd - 1 - d;
      if (from_end < np) {
        int64_t n = in[d];
        s -= pad[2 * from_end];
        if (mode == PadMode::Reflect) {
          if (s < 0) s = -s;
          if (s >= n) s = 2 * (n - 1) - s;
        } else if (mode == PadMode::Replicate) {
          s = std::min(std::max<int64_t>(s, 0), n - 1);
        } else if (s < 0 || s >= n) {
          inside = false;
        }
      }
      off += s * in_strides[d];
    }
    p.src[static_cast<size_t>(k)] = inside ? off : -1;
    for (size_t d = nd; d-- > 0;) {
      if (++idx[d] < p.out[d]) break;
      idx[d] = 0;
    }
  }
  return p;
}

Value pad_kernel(const Tensor& x, const PadPlan& p, const Value& fill, Value& out) {
  dispatch(x.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    std::vector<T> xs = read_as<T>(x);
    T c = fill.is_none() ? T(0) : convert<T>(fill.to_scalar().to_double());
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
      if (!fill.is_none() && fill.is_int()) c = static_cast<T>(fill.to_int());
    }
    std::vector<T> ys(p.src.size());
    for (size_t k = 0; k < ys.size(); ++k) ys[k] = p.src[k] < 0 ? c : xs[static_cast<size_t>(p.src[k])];
    write_from<T>(out.tensor(), ys);
  });
  return out;
}

// constant_pad_nd (PadNd.cpp): negative padding first narrows the input (narrow's check), and
// when no pad is positive the result is the narrowed input (cloned); otherwise each new size must be
// positive.
Shape constant_pad_out(const Tensor& x, const Shape& pad) {
  check(pad.size() % 2 == 0, "Length of pad must be even but instead it equals " + std::to_string(pad.size()));
  int64_t l_inp = x.dim(), l_pad = static_cast<int64_t>(pad.size()) / 2, l_diff = l_inp - l_pad;
  check(l_pad <= l_inp, "Length of pad should be no more than twice the number of dimensions of the input. "
                        "Pad length is " +
                            std::to_string(pad.size()) + " while the input has " + std::to_string(l_inp) +
                            " dimensions.");
  Shape cropped = x.sizes();
  bool all_non_positive = true;
  for (int64_t i = l_diff; i < l_inp; ++i) {
    size_t pad_idx = static_cast<size_t>(2 * (l_inp - i - 1));
    int64_t& n = cropped[static_cast<size_t>(i)];
    for (int side = 0; side < 2; ++side) {
      int64_t p = pad[pad_idx + static_cast<size_t>(side)];
      if (p < 0) {
        check(n + p >= 0, "narrow(): length must be non-negative.");
        n += p;
      } else if (p != 0) {
        all_non_positive = false;
      }
    }
  }
  if (all_non_positive) return cropped;
  Shape out = x.sizes();
  for (int64_t i = 0; i < l_pad; ++i) {
    size_t pad_idx = pad.size() - static_cast<size_t>((i + 1) * 2);
    int64_t n = x.sizes()[static_cast<size_t>(l_diff + i)] + pad[pad_idx] + pad[pad_idx + 1];
    check(n > 0, "The input size " + std::to_string(x.sizes()[static_cast<size_t>(l_diff + i)]) +
                     ", plus negative padding " + std::to_string(pad[pad_idx]) + " and " +
                     std::to_string(pad[pad_idx + 1]) +
                     " resulted in a negative output size, which is invalid. Check dimension " +
                     std::to_string(l_diff + i) + " of your input.");
    out[static_cast<size_t>(l_diff + i)] = n;
  }
  return out;
}

// Padding.h check_valid_input<dim>: (dim+1)-D, or (dim+2)-D with only the batch size possibly 0.
void check_valid_pad_input(const Tensor& x, const Shape& pad, int dim) {
  check(pad.size() == static_cast<size_t>(2 * dim), "padding size is expected to be " +
                                                                   std::to_string(2 * dim) + ", but got: " +
                                                                   std::to_string(pad.size()));
  int64_t nd = x.dim();
  bool batch = nd == dim + 2, ok_batch = batch, ok_plain = !batch;
  if (batch) {
    for (int64_t d = 1; d < nd; ++d) ok_batch = ok_batch && x.sizes()[static_cast<size_t>(d)] != 0;
  } else {
    for (int64_t d = 0; d < nd; ++d) ok_plain = ok_plain && x.sizes()[static_cast<size_t>(d)] != 0;
  }
  if (!batch && nd != dim + 1) ok_plain = false;
  check(ok_batch || ok_plain, "Expected " + std::to_string(dim + 1) + "D or " + std::to_string(dim + 2) +
                                             "D (batch mode) tensor with possibly 0 batch size and other non-zero "
                                             "dimensions for input, but got: " +
                                             shape_str(x.sizes()));
}

// reflection_pad{1,2,3}d / replication_pad{1,2,3}d: the checks of their meta functions.
void check_pad_op(const Tensor& x, const Shape& pad, int dim, PadMode mode) {
  if (mode == PadMode::Replicate)
    check(pad.size() == static_cast<size_t>(2 * dim), "padding size is expected to be " + std::to_string(2 * dim));
  check_valid_pad_input(x, pad, dim);
  const size_t nd = x.sizes().size();
  auto in = [&](int k) { return x.sizes()[nd - 1 - static_cast<size_t>(k)]; };  // k = 0: W, 1: H, 2: D
  auto out = [&](int k) { return in(k) + pad[static_cast<size_t>(2 * k)] + pad[static_cast<size_t>(2 * k + 1)]; };
  if (mode == PadMode::Reflect) {
    for (int k = 0; k < dim; ++k) {
      int64_t l = pad[static_cast<size_t>(2 * k)], r = pad[static_cast<size_t>(2 * k + 1)];
      check(l < in(k) && r < in(k), "Argument #" + std::to_string(4 + 2 * k) +
                                        ": Padding size should be less than the corresponding input dimension, but "
                                        "got: padding (" +
                                        std::to_string(l) + ", " + std::to_string(r) + ") at dimension " +
                                        std::to_string(static_cast<int64_t>(nd) - 1 - k) + " of input " +
                                        shape_str(x.sizes()));
    }
  }
  std::string w = std::to_string(in(0)), ow = std::to_string(out(0));
  if (dim == 1) {
    check(out(0) >= 1, "input (W: " + w + ") is too small. Calculated output W: " + ow);
  } else if (dim == 2) {
    std::string h = std::to_string(in(1)), oh = std::to_string(out(1));
    if (mode == PadMode::Reflect)
      check(out(0) >= 1 || out(1) >= 1,
            "input (H: " + h + ", W: " + w + ")is too small.  Calculated output H: " + oh + " W: " + ow);
    else
      check(out(0) >= 1 || out(1) >= 1,
            "input (H: " + h + ", W: " + w + " ) is too small. Calculated output H: " + oh + " W: " + ow);
  } else {
    check(out(0) >= 1 || out(1) >= 1 || out(2) >= 1,
          "input (D: " + std::to_string(in(2)) + " H: " + std::to_string(in(1)) + ", W: " + w +
              ") is too small. Calculated output D: " + std::to_string(out(2)) + " H: " + std::to_string(out(1)) +
              " W: " + ow);
  }
}

void def_pad_op(Registry& r, const std::string& name, int dim, PadMode mode, const std::string& grad) {
  std::string schema = name + "(Tensor self, int[" + std::to_string(2 * dim) + "] padding) -> Tensor";
  r.add(
       schema, OpKind::Functional,
       [dim, mode, name](const Args& a) -> Value {
         const Tensor& x = a.tensor("self");
         Shape pad = a.ints("padding");
         check_pad_op(x, pad, dim, mode);
         Shape out = x.sizes();
         for (int i = 0; i < dim; ++i) out[out.size() - 1 - static_cast<size_t>(i)] += pad[2 * i] + pad[2 * i + 1];
         if (x.dtype() == DType::Bool)
           throw_error("RuntimeError", "\"" + name + "\" not implemented for 'Bool'");
         return Tensor::make(out, x.dtype(), true);
       },
       [mode](const Args& a, Value& out) {
         PadPlan p = pad_plan(a.tensor("self").sizes(), a.ints("padding"), mode);
         pad_kernel(a.tensor("self"), p, Value(), out);
       },
       grad)
      .is_method = false;
}

void def_padding(Registry& r) {
  r.add(
       "constant_pad_nd(Tensor self, int[] pad, Scalar value=0) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& x = a.tensor("self");
         return Tensor::make(constant_pad_out(x, a.ints("pad")), x.dtype(), true);
       },
       [](const Args& a, Value& out) {
         PadPlan p = pad_plan(a.tensor("self").sizes(), a.ints("pad"), PadMode::Constant);
         pad_kernel(a.tensor("self"), p, a.get("value"), out);
       },
       "ConstantPadNdBackward0")
      .is_method = false;
  def_pad_op(r, "reflection_pad1d", 1, PadMode::Reflect, "ReflectionPad1DBackward0");
  def_pad_op(r, "reflection_pad2d", 2, PadMode::Reflect, "ReflectionPad2DBackward0");
  def_pad_op(r, "replication_pad1d", 1, PadMode::Replicate, "ReplicationPad1DBackward0");
  def_pad_op(r, "replication_pad2d", 2, PadMode::Replicate, "ReplicationPad2DBackward0");
  def_pad_op(r, "reflection_pad3d", 3, PadMode::Reflect, "ReflectionPad3DBackward0");
  def_pad_op(r, "replication_pad3d", 3, PadMode::Replicate, "ReplicationPad3DBackward0");
}

// ---------------------------------------------------------------------------------------------
// one_hot (Onehot.cpp). On a fake tensor (PyTorch's meta/Python-key branch) the number of classes
// must be given: num_classes=-1 needs self.max().item(), a data-dependent output.

void def_one_hot(Registry& r) {
  r.add(
       "_one_hot(Tensor self, int num_classes=-1) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& x = a.tensor("self");
         int64_t nc = a.i("num_classes");
         check(x.dtype() == DType::Int64,
                          "one_hot is only applicable to index tensor of type LongTensor.");
         if (x.is_fake()) {
           if (nc == -1)
             throw_error("RuntimeError", "aten._local_scalar_dense.default: data-dependent output on a fake tensor");
           Shape s = x.sizes();
           s.push_back(nc);
           return Tensor::make(s, DType::Int64, true);
         }
         return None{};
       },
       [](const Args& a, Value& out) {
         const Tensor& x = a.tensor("self");
         int64_t nc = a.i("num_classes");
         Shape s = x.sizes();
         std::vector<int64_t> v = read_as<int64_t>(x);
         if (v.empty()) {
           check(nc > 0, "Can not infer total number of classes from empty tensor.");
           s.push_back(nc);
           out = Tensor::make(s, DType::Int64);
           return;
         }
         int64_t lo = *std::min_element(v.begin(), v.end()), hi = *std::max_element(v.begin(), v.end());
         check(lo >= 0, "Class values must be non-negative.");
         if (nc == -1) nc = hi + 1;
         else check(nc > hi, "Class values must be smaller than num_classes.");
         s.push_back(nc);
         Tensor t = Tensor::make(s, DType::Int64);
         int64_t* d = t.data<int64_t>();
         std::fill(d, d + t.numel(), 0);
         for (size_t i = 0; i < v.size(); ++i) d[static_cast<int64_t>(i) * nc + v[i]] = 1;
         out = t;
       })
      .is_method = false;
}

// ---------------------------------------------------------------------------------------------
// Distances (Distance.cpp).

// The batch dims of x1 and x2 broadcast; {batch, r1, r2, c}.
struct CdistGeom {
  Shape batch, out;
  int64_t nb = 1, r1 = 0, r2 = 0, c = 0;
};

CdistGeom cdist_geom(const Tensor& x1, const Tensor& x2) {
  CdistGeom g;
  Shape b1(x1.sizes().begin(), x1.sizes().end() - 2), b2(x2.sizes().begin(), x2.sizes().end() - 2);
  g.batch = broadcast_shapes(b1, b2);
  g.nb = shape_numel(g.batch);
  g.r1 = x1.sizes()[x1.sizes().size() - 2];
  g.r2 = x2.sizes()[x2.sizes().size() - 2];
  g.c = x1.sizes().back();
  g.out = g.batch;
  g.out.push_back(g.r1);
  g.out.push_back(g.r2);
  return g;
}

void cdist_checks(const Tensor& x1, const Tensor& x2, double p) {
  check(x1.dim() >= 2, "cdist only supports at least 2D tensors, X1 got: " + std::to_string(x1.dim()) + "D");
  check(x2.dim() >= 2, "cdist only supports at least 2D tensors, X2 got: " + std::to_string(x2.dim()) + "D");
  check(x1.sizes().back() == x2.sizes().back(),
                   "X1 and X2 must have the same number of columns. X1: " + std::to_string(x1.sizes().back()) +
                       " X2: " + std::to_string(x2.sizes().back()));
  check(is_floating(x1.dtype()),
                   "cdist only supports floating-point dtypes, X1 got: " + aten_name(x1.dtype()));
  check(is_floating(x2.dtype()),
                   "cdist only supports floating-point dtypes, X2 got: " + aten_name(x2.dtype()));
  check(p >= 0, "cdist only supports non-negative p values");
}

// run_parallel_cdist: per output element, in the dtype, agg = red(agg, map(|a - b|, p)) over the
// columns, then finish(agg, p) (pdist_calc / tdist_calc / ... of DistanceOpsKernel.cpp).
template <class T>
T cdist_one(const T* a, const T* b, int64_t c, T p) {
  T agg = 0;
  if (p == T(0)) {
    for (int64_t k = 0; k < c; ++k) agg += std::abs(a[k] - b[k]) != T(0) ? T(1) : T(0);
    return agg;
  }
  if (p == T(1)) {
    for (int64_t k = 0; k < c; ++k) agg += std::abs(a[k] - b[k]);
    return agg;
  }
  if (p == T(2)) {
    for (int64_t k = 0; k < c; ++k) {
      T d = std::abs(a[k] - b[k]);
      agg += d * d;
    }
    return std::sqrt(agg);
  }
  if (std::isinf(p)) {
    for (int64_t k = 0; k < c; ++k) agg = std::max(agg, std::abs(a[k] - b[k]));
    return agg;
  }
  for (int64_t k = 0; k < c; ++k) agg += std::pow(std::abs(a[k] - b[k]), p);
  return std::pow(agg, T(1) / p);
}

void def_distances(Registry& r) {
  r.add(
       "_cdist_forward(Tensor x1, Tensor x2, float p, int? compute_mode) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& x1 = a.tensor("x1");
         const Tensor& x2 = a.tensor("x2");
         cdist_checks(x1, x2, a.f("p"));
         if (a.has("compute_mode")) {
           int64_t m = a.i("compute_mode");
           check(m >= 0 && m <= 2, "possible modes: 0, 1, 2, but was: " + std::to_string(m));
         }
         return Tensor::make(cdist_geom(x1, x2).out, x1.dtype(), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& x1 = a.tensor("x1");
         const Tensor& x2 = a.tensor("x2");
         CdistGeom g = cdist_geom(x1, x2);
         Shape s1 = g.batch, s2 = g.batch;
         s1.insert(s1.end(), {g.r1, g.c});
         s2.insert(s2.end(), {g.r2, g.c});
         dispatch(x1.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           if constexpr (std::is_floating_point_v<T>) {
             std::vector<T> a1 = read_as<T>(x1, s1), a2 = read_as<T>(x2, s2);
             std::vector<T> y(static_cast<size_t>(g.nb * g.r1 * g.r2));
             T p = static_cast<T>(a.f("p"));
             for (int64_t b = 0; b < g.nb; ++b)
               for (int64_t i = 0; i < g.r1; ++i)
                 for (int64_t j = 0; j < g.r2; ++j)
                   y[static_cast<size_t>((b * g.r1 + i) * g.r2 + j)] =
                       cdist_one<T>(a1.data() + (b * g.r1 + i) * g.c, a2.data() + (b * g.r2 + j) * g.c, g.c, p);
             write_from<T>(out.tensor(), y);
           }
         });
       },
       "CdistBackward0")
      .is_method = false;
  // _euclidean_dist: the matrix-product form of the p=2 distance, step by step as ATen writes it.
  r.add(
       "_euclidean_dist(Tensor x1, Tensor x2) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& x1 = a.tensor("x1");
         const Tensor& x2 = a.tensor("x2");
         Shape s = x1.sizes();
         s.back() = x2.sizes()[x2.sizes().size() - 2];
         return Tensor::make(s, x1.dtype(), true);
       },
       [](const Args& a, Value& out) {
         NoGradGuard ng;
         const Tensor& x1 = a.tensor("x1");
         const Tensor& x2 = a.tensor("x2");
         Tensor n1 = call_t("sum", {call_t("pow", {x1, 2}), -1, true});
         Tensor p1 = call_t("ones_like", {n1});
         Tensor n2 = call_t("sum", {call_t("pow", {x2, 2}), -1, true});
         Tensor p2 = call_t("ones_like", {n2});
         Tensor a1 = call_t("cat", {std::vector<Tensor>{call_t("mul", {x1, -2}), n1, p1}, -1});
         Tensor a2 = call_t("cat", {std::vector<Tensor>{x2, p2, n2}, -1});
         Tensor res = call_t("matmul", {a1, call_t("transpose", {a2, -2, -1})});
         res = call_t("sqrt", {call_t("clamp", {res, 0})});
         copy_into(out.tensor(), res);
       },
       "EuclideanDistBackward0")
      .is_method = false;
}

// ---------------------------------------------------------------------------------------------
// baddbmm (bmm_out_or_baddbmm_): below 400 multiply-adds per batch ATen's own kernel computes
// self * beta + alpha * sum (the sum from 0, in the dtype); above, BLAS gemm per batch, which
// (reference BLAS) scales C by beta and adds (alpha * b1[i][l]) * b2[l][j] into it, l in order.

Shape baddbmm_out_shape(const Args& a) {
  const Tensor& b1 = a.tensor("batch1");
  const Tensor& b2 = a.tensor("batch2");
  const Tensor& self = a.tensor("self");
  // The meta function expands self to (b1.size(0), b1.size(1), b2.size(2)) first.
  int64_t n0 = b1.sizes()[static_cast<size_t>(wrap_dim(0, b1.dim()))];
  int64_t n1 = b1.sizes()[static_cast<size_t>(wrap_dim(1, b1.dim()))];
  int64_t n2 = b2.sizes()[static_cast<size_t>(wrap_dim(2, b2.dim()))];
  Shape out{n0, n1, n2};
  Shape s = self.sizes();
  check(s.size() <= 3, "expand(torch.FloatTensor{" + shape_str(s) +
                                      "}, size=[3]): the number of sizes provided (3) must be greater or equal to "
                                      "the number of dimensions in the tensor (" +
                                      std::to_string(s.size()) + ")");
  for (size_t i = s.size(); i-- > 0;) {  // inferExpandGeometry: from the last dim
    size_t d = 3 - s.size() + i;
    if (s[i] != 1 && s[i] != out[d])
      throw_error("RuntimeError", "The expanded size of the tensor (" + std::to_string(out[d]) +
                                      ") must match the existing size (" + std::to_string(s[i]) +
                                      ") at non-singleton dimension " + std::to_string(d) + ".  Target sizes: " +
                                      shape_str(out) + ".  Tensor sizes: " + shape_str(s));
  }
  if (self.dtype() != b1.dtype())
    throw_error("RuntimeError", "Input dtypes must be the same, got: input " + typemeta_name(self.dtype()) +
                                    ", batch1: " + typemeta_name(b1.dtype()) + ", batch2: " + typemeta_name(b2.dtype()));
  check(b1.dim() == 3, "batch1 must be a 3D tensor");
  check(b2.dim() == 3, "batch2 must be a 3D tensor");
  if (b2.sizes()[0] != n0 || b2.sizes()[1] != b1.sizes()[2])
    throw_error("RuntimeError", "Expected size for first two dimensions of batch2 tensor to be: [" +
                                    std::to_string(n0) + ", " + std::to_string(b1.sizes()[2]) + "] but got: [" +
                                    std::to_string(b2.sizes()[0]) + ", " + std::to_string(b2.sizes()[1]) + "].");
  return out;
}

void def_baddbmm(Registry& r) {
  r.add(
      "baddbmm(Tensor self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor",
      OpKind::Functional,
      [](const Args& a) -> Value { return Tensor::make(baddbmm_out_shape(a), a.tensor("self").dtype(), true); },
      [](const Args& a, Value& out) {
        Shape os = baddbmm_out_shape(a);
        const Tensor& b1 = a.tensor("batch1");
        const Tensor& b2 = a.tensor("batch2");
        int64_t nb = os[0], n = os[1], m = os[2], k = b1.sizes()[2];
        dispatch(out.tensor().dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          if constexpr (std::is_same_v<T, bool>) {
            throw_error("RuntimeError", "\"baddbmm_cpu\" not implemented for 'Bool'");
          } else {
            std::vector<T> c = read_as<T>(a.tensor("self"), os), x = read_as<T>(b1), y = read_as<T>(b2);
            T beta = convert<T>(a.scalar("beta").to_double()), alpha = convert<T>(a.scalar("alpha").to_double());
            if constexpr (std::is_integral_v<T>) {
              beta = static_cast<T>(a.scalar("beta").to_int());
              alpha = static_cast<T>(a.scalar("alpha").to_int());
            }
            bool small = k * n * m < 400;
            for (int64_t bi = 0; bi < nb; ++bi)
              for (int64_t i = 0; i < n; ++i)
                for (int64_t j = 0; j < m; ++j) {
                  T& cij = c[static_cast<size_t>((bi * n + i) * m + j)];
                  const T* xr = x.data() + (bi * n + i) * k;
                  const T* yc = y.data() + bi * k * m + j;
                  if (small) {
                    T acc = 0;
                    for (int64_t l = 0; l < k; ++l) acc += xr[l] * yc[l * m];
                    cij = beta == T(0) ? T(alpha * acc) : T(cij * beta + alpha * acc);
                  } else {
                    if (beta == T(0)) cij = 0;
                    else if (beta != T(1)) cij = beta * cij;
                    for (int64_t l = 0; l < k; ++l) cij += T(alpha * xr[l]) * yc[l * m];
                  }
                }
            write_from<T>(out.tensor(), c);
          }
        });
      },
      "BaddbmmBackward0");
}

// ---------------------------------------------------------------------------------------------
// upsample_nearest1d (UpSampleNearest1d.cpp): src = min(floor(dst * scale), in - 1), scale = 1 / s
// when the caller gave a scale, else in / out (nearest_idx of UpSample.h).

struct Up1Geom {
  int64_t n = 1, c = 1, w = 1, ow = 1;
  std::optional<double> s;
};

Up1Geom up1_geom(const Args& a) {
  const Tensor& x = a.tensor("self");
  Shape os = a.ints("output_size");
  check(os.size() == 1, "It is expected output_size equals to 1, but got size " + std::to_string(os.size()));
  check(x.dim() == 3, "It is expected input_size equals to 3, but got size " + std::to_string(x.dim()));
  Up1Geom g;
  g.n = x.sizes()[0], g.c = x.sizes()[1], g.w = x.sizes()[2], g.ow = os[0];
  check(g.w > 0 && g.ow > 0, "Input and output sizes should be greater than 0, but got input (W: " +
                                            std::to_string(g.w) + ") and output (W: " + std::to_string(g.ow) + ")");
  if (a.has("scales")) g.s = a.f("scales");
  return g;
}

int64_t nearest1d_idx(int64_t o, const Up1Geom& g) {
  if (g.ow == g.w) return o;
  if (g.ow == 2 * g.w) return o >> 1;
  float scale = g.s && *g.s > 0 ? static_cast<float>(1.0 / *g.s) : static_cast<float>(g.w) / static_cast<float>(g.ow);
  return std::min(static_cast<int64_t>(std::floor(static_cast<float>(o) * scale)), g.w - 1);
}

void def_upsample_nearest1d(Registry& r) {
  r.add(
       "upsample_nearest1d(Tensor self, int[1] output_size, float? scales=None) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         Up1Geom g = up1_geom(a);
         return Tensor::make({g.n, g.c, g.ow}, a.tensor("self").dtype(), true);
       },
       [](const Args& a, Value& out) {
         Up1Geom g = up1_geom(a);
         dispatch(a.tensor("self").dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           std::vector<T> x = read_as<T>(a.tensor("self"));
           std::vector<T> y(static_cast<size_t>(g.n * g.c * g.ow));
           for (int64_t p = 0; p < g.n * g.c; ++p)
             for (int64_t j = 0; j < g.ow; ++j) y[static_cast<size_t>(p * g.ow + j)] = x[static_cast<size_t>(p * g.w + nearest1d_idx(j, g))];
           write_from<T>(out.tensor(), y);
         });
       },
       "UpsampleNearest1DBackward0")
      .is_method = false;
}

// upsample_linear1d (UpSampleKernel.cpp, HelperInterpLinear): per output index the source
// index area_pixel_compute_source_index(scale, dst, align_corners), i0 its integer part, i1 the next
// one (clamped), lambda1 = clamp(src - i0, 0, 1), lambda0 = 1 - lambda1, in the kernel's float type;
// the value x[i0] * lambda0 + x[i1] * lambda1.
struct LinearTap1 {
  int64_t i0, i1;
  double l0, l1;
};

template <class T>
LinearTap1 linear1d_tap(int64_t dst, int64_t in, int64_t out, bool align_corners, const std::optional<double>& s) {
  T scale;
  if (align_corners) scale = out > 1 ? static_cast<T>(in - 1) / static_cast<T>(out - 1) : T(0);
  else scale = s && *s > 0 ? static_cast<T>(1.0 / *s) : static_cast<T>(in) / static_cast<T>(out);
  T src;
  if (align_corners) {
    src = scale * static_cast<T>(dst);
  } else {
    src = scale * (static_cast<T>(dst) + T(0.5)) - T(0.5);
    if (src < T(0)) src = T(0);
  }
  int64_t i0 = std::min(static_cast<int64_t>(src), in - 1);
  T l1 = std::min(std::max(src - static_cast<T>(i0), T(0)), T(1));
  T l0 = T(1) - l1;
  return {i0, i0 + (i0 < in - 1 ? 1 : 0), static_cast<double>(l0), static_cast<double>(l1)};
}

void def_upsample_linear1d(Registry& r) {
  r.add(
       "upsample_linear1d(Tensor self, int[1] output_size, bool align_corners, float? scales=None) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         Up1Geom g = up1_geom(a);
         if (!is_floating(a.tensor("self").dtype()))
           throw_error("RuntimeError", "\"compute_indices_weights_linear\" not implemented for '" +
                                           aten_name(a.tensor("self").dtype()) + "'");
         return Tensor::make({g.n, g.c, g.ow}, a.tensor("self").dtype(), true);
       },
       [](const Args& a, Value& out) {
         Up1Geom g = up1_geom(a);
         bool ac = a.b("align_corners");
         dispatch(a.tensor("self").dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           if constexpr (std::is_floating_point_v<T>) {
             std::vector<T> x = read_as<T>(a.tensor("self"));
             std::vector<T> y(static_cast<size_t>(g.n * g.c * g.ow));
             for (int64_t j = 0; j < g.ow; ++j) {
               LinearTap1 t = linear1d_tap<T>(j, g.w, g.ow, ac, g.s);
               T l0 = static_cast<T>(t.l0), l1 = static_cast<T>(t.l1);
               for (int64_t p = 0; p < g.n * g.c; ++p)
                 y[static_cast<size_t>(p * g.ow + j)] =
                     x[static_cast<size_t>(p * g.w + t.i0)] * l0 + x[static_cast<size_t>(p * g.w + t.i1)] * l1;
             }
             write_from<T>(out.tensor(), y);
           }
         });
       },
       "UpsampleLinear1DBackward0")
      .is_method = false;
}

}  // namespace

Tensor upsample_linear1d_backward(const Args& a, const Tensor& grad) {
  Up1Geom g = up1_geom(a);
  const Tensor& xt = a.tensor("self");
  bool ac = a.b("align_corners");
  std::vector<double> gy = read_as<double>(grad);
  std::vector<double> gx(static_cast<size_t>(xt.numel()), 0.0);
  for (int64_t j = 0; j < g.ow; ++j) {
    LinearTap1 t = linear1d_tap<double>(j, g.w, g.ow, ac, g.s);
    for (int64_t p = 0; p < g.n * g.c; ++p) {
      double go = gy[static_cast<size_t>(p * g.ow + j)];
      gx[static_cast<size_t>(p * g.w + t.i0)] += t.l0 * go;
      gx[static_cast<size_t>(p * g.w + t.i1)] += t.l1 * go;
    }
  }
  Tensor out = Tensor::make(xt.sizes(), xt.dtype());
  write_from<double>(out, gx);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Backward kernels (zoo_backward.h), in double, rounded once.

Tensor upsample_nearest1d_backward(const Args& a, const Tensor& grad) {
  Up1Geom g = up1_geom(a);
  const Tensor& xt = a.tensor("self");
  std::vector<double> gy = read_as<double>(grad);
  std::vector<double> gx(static_cast<size_t>(xt.numel()), 0.0);
  for (int64_t p = 0; p < g.n * g.c; ++p)
    for (int64_t j = 0; j < g.ow; ++j)
      gx[static_cast<size_t>(p * g.w + nearest1d_idx(j, g))] += gy[static_cast<size_t>(p * g.ow + j)];
  Tensor out = Tensor::make(xt.sizes(), xt.dtype());
  write_from<double>(out, gx);
  return out;
}

// _cdist_backward (DistanceOpsKernel.cpp run_backward_parallel_cdist), for x1 (for_x2: the same
// with the roles swapped, as derivatives.yaml calls it with grad and result transposed): per
// element (b, i, k), in the dtype, the sum over j in order of F::backward(x1 - x2, grad, dist, p)
// of odist / lttdist (p < 2) / tdist / idist / pdist_calc.
template <class T>
T cdist_grad_term(T diff, T grad, T dist, T p) {
  auto sign = [](T v) { return static_cast<T>((T(0) < v) - (v < T(0))); };
  if (p == T(1)) return grad * sign(diff);
  if (std::isinf(p)) {
    T m = std::min(T(1), std::ceil(std::abs(std::abs(diff) - dist)));
    return grad * sign(diff) * (T(1) - m);
  }
  if (p < T(2)) {
    if (dist == T(0)) return T(0);
    if (diff == T(0) && p < T(1)) return T(0);
    return sign(diff) * std::pow(std::abs(diff), p - T(1)) * grad / std::pow(dist, p - T(1));
  }
  if (dist == T(0)) return T(0);
  if (p == T(2)) return grad * diff / dist;
  return diff * std::pow(std::abs(diff), p - T(2)) * grad / std::pow(dist, p - T(1));
}

Tensor cdist_backward(const Tensor& grad, const Tensor& x1, const Tensor& x2, double p, const Tensor& dist,
                      bool for_x2) {
  CdistGeom g = cdist_geom(x1, x2);
  Shape s1 = g.batch, s2 = g.batch;
  s1.insert(s1.end(), {g.r1, g.c});
  s2.insert(s2.end(), {g.r2, g.c});
  const Tensor& target = for_x2 ? x2 : x1;
  // Of the broadcast batch shape: the engine sums it back to the input's shape (validate_outputs).
  Tensor full = Tensor::make(for_x2 ? s2 : s1, target.dtype());
  dispatch(target.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) {
      std::vector<T> a = read_as<T>(x1, s1), b = read_as<T>(x2, s2);
      std::vector<T> gy = read_as<T>(grad, g.out), d = read_as<T>(dist, g.out);
      int64_t ra = for_x2 ? g.r2 : g.r1, rb = for_x2 ? g.r1 : g.r2;
      const std::vector<T>& mine = for_x2 ? b : a;
      const std::vector<T>& other = for_x2 ? a : b;
      std::vector<T> gx(mine.size(), T(0));
      T pt = static_cast<T>(p);
      for (int64_t bt = 0; bt < g.nb; ++bt)
        for (int64_t i = 0; i < ra; ++i)
          for (int64_t k = 0; k < g.c; ++k) {
            T acc = 0;
            if (p != 0)
              for (int64_t j = 0; j < rb; ++j) {
                size_t o = static_cast<size_t>(for_x2 ? (bt * g.r1 + j) * g.r2 + i : (bt * g.r1 + i) * g.r2 + j);
                T diff = mine[static_cast<size_t>((bt * ra + i) * g.c + k)] -
                         other[static_cast<size_t>((bt * rb + j) * g.c + k)];
                acc = acc + cdist_grad_term<T>(diff, gy[o], d[o], pt);
              }
            gx[static_cast<size_t>((bt * ra + i) * g.c + k)] = acc;
          }
      write_from<T>(full, gx);
    }
  });
  return full;
}

void register_pad_distance_ops(Registry& r) {
  def_padding(r);
  def_one_hot(r);
  def_distances(r);
  def_baddbmm(r);
  def_upsample_nearest1d(r);
  def_upsample_linear1d(r);
}

}  // namespace dp::torch
