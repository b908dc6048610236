// Mirrors the torch.nn.functional kernels of ATen: layer_norm (Normalization/layer_norm.cpp),
// embedding (Embedding.cpp), nll_loss / cross_entropy / mse_loss (LossNLL.cpp, Loss.cpp),
// activations with parameters (Activation.cpp: leaky_relu, softplus, elu, hardtanh) and their
// error texts and grad_fn names. Accumulations are done in double and rounded once.
#include <cmath>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

namespace {

enum class Reduction { None, Mean, Sum };

Reduction parse_reduction(const std::string& s) {
  if (s == "none") return Reduction::None;
  if (s == "mean") return Reduction::Mean;
  if (s == "sum") return Reduction::Sum;
  throw_error("ValueError", s + " is not a valid value for reduction");
}

void check_float(const Tensor& t, const std::string& kernel) {
  if (!is_floating(t.dtype())) {
    throw_error("RuntimeError", "\"" + kernel + "\" not implemented for '" + aten_name(t.dtype()) + "'");
  }
}

// Shared by nll_loss and cross_entropy: logp has the class dim at 1 (or 0 for a single sample).
struct NllGeom {
  int64_t n = 1, c = 1, inner = 1;  // (n, c, inner) view of the input
  Shape out_shape;                  // reduction='none' output shape (= target shape)
};

NllGeom nll_geom(const Tensor& input, const Tensor& target) {
  NllGeom g;
  if (input.dim() < 1) throw_error("ValueError", "Expected 1 or more dimensions (got 0)");
  if (is_floating(target.dtype())) {
    throw_error("RuntimeError", "expected scalar type Long but found " + aten_name(target.dtype()));
  }
  if (input.dim() == 1) {
    DP_CHECK(target.dim() == 0, "0D or 1D target tensor expected, multi-target not supported");
    g.c = input.sizes()[0];
    return g;
  }
  g.n = input.sizes()[0];
  g.c = input.sizes()[1];
  if (target.dim() == 0 || target.sizes()[0] != g.n) {
    throw_error("ValueError", "Expected input batch_size (" + std::to_string(g.n) + ") to match target batch_size (" +
                                  std::to_string(target.dim() ? target.sizes()[0] : 0) + ").");
  }
  Shape expect{g.n};
  for (int64_t d = 2; d < input.dim(); ++d) {
    g.inner *= input.sizes()[d];
    expect.push_back(input.sizes()[d]);
  }
  if (target.sizes() != expect) {
    if (input.dim() == 2) {
      DP_CHECK(target.dim() <= 1, "0D or 1D target tensor expected, multi-target not supported");
    }
    throw_error("RuntimeError", "size mismatch (got input: " + shape_str(input.sizes()) +
                                    " , target: " + shape_str(target.sizes()) + ")");
  }
  g.out_shape = expect;
  return g;
}

// Computes nll over log-probabilities `logp` (double, laid out as (n, c, inner)).
std::vector<double> nll_values(const std::vector<double>& logp, const NllGeom& g, const std::vector<int64_t>& tgt,
                               const std::vector<double>* weight, int64_t ignore_index, double* wsum) {
  std::vector<double> out(static_cast<size_t>(g.n * g.inner), 0.0);
  *wsum = 0;
  for (int64_t i = 0; i < g.n; ++i) {
    for (int64_t k = 0; k < g.inner; ++k) {
      int64_t t = tgt[i * g.inner + k];
      if (t == ignore_index) continue;
      if (t < 0 || t >= g.c) throw_error("IndexError", "Target " + std::to_string(t) + " is out of bounds.");
      double w = weight ? (*weight)[t] : 1.0;
      out[i * g.inner + k] = -w * logp[(i * g.c + t) * g.inner + k];
      *wsum += w;
    }
  }
  return out;
}

Tensor reduce_loss(const std::vector<double>& vals, double wsum, Reduction red, const Shape& shape, DType dt) {
  if (red == Reduction::None) {
    Tensor t = Tensor::make(shape, dt);
    write_from<double>(t, vals);
    return t;
  }
  double s = 0;
  for (double v : vals) s += v;
  if (red == Reduction::Mean) s = s / wsum;
  Tensor t = Tensor::make({}, dt);
  write_from<double>(t, {s});
  return t;
}

std::vector<double> log_softmax_rows(const Tensor& input, const NllGeom& g) {
  std::vector<double> x = read_as<double>(input);
  // Like PyTorch, compute log_softmax in the input dtype: round through float for float32.
  bool f32 = input.dtype() == DType::Float32;
  for (int64_t i = 0; i < g.n; ++i) {
    for (int64_t k = 0; k < g.inner; ++k) {
      double mx = -INFINITY;
      for (int64_t c = 0; c < g.c; ++c) mx = std::max(mx, x[(i * g.c + c) * g.inner + k]);
      double sum = 0;
      for (int64_t c = 0; c < g.c; ++c) sum += std::exp(x[(i * g.c + c) * g.inner + k] - mx);
      double lse = std::log(sum);
      for (int64_t c = 0; c < g.c; ++c) {
        double& v = x[(i * g.c + c) * g.inner + k];
        v = v - mx - lse;
        if (f32) v = static_cast<float>(v);
      }
    }
  }
  return x;
}

}  // namespace

void register_nn_ops(Registry& r) {
  r.add(
       "layer_norm(Tensor input, int[] normalized_shape, Tensor? weight=None, Tensor? bias=None, float eps=1e-05, bool cudnn_enable=True) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& x = a.tensor("input");
         Shape ns = a.ints("normalized_shape");
         int64_t k = static_cast<int64_t>(ns.size());
         bool ok = k >= 1 && x.dim() >= k;
         for (int64_t i = 0; ok && i < k; ++i) ok = x.sizes()[x.dim() - k + i] == ns[i];
         if (!ok) {
           std::string star = "[*";
           for (int64_t s : ns) star += ", " + std::to_string(s);
           throw_error("RuntimeError", "Given normalized_shape=" + shape_str(ns) + ", expected input with shape " +
                                           star + "], but got input of size" + shape_str(x.sizes()));
         }
         for (const char* p : {"weight", "bias"}) {
           if (a.has(p) && a.tensor(p).sizes() != ns) {
             throw_error("RuntimeError", std::string("Expected ") + p +
                                             " to be of same shape as normalized_shape, but got " + p + " of shape " +
                                             shape_str(a.tensor(p).sizes()) +
                                             " and normalized_shape = " + shape_str(ns));
           }
         }
         check_float(x, "LayerNormKernelImpl");
         return Tensor::make(x.sizes(), x.dtype(), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& x = a.tensor("input");
         int64_t m = shape_numel(a.ints("normalized_shape"));
         double eps = a.f("eps");
         dispatch(x.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           if constexpr (std::is_floating_point_v<T>) {
             std::vector<T> v = read_as<T>(x);
             std::vector<T> w, b;
             if (a.has("weight")) w = read_as<T>(a.tensor("weight"));
             if (a.has("bias")) b = read_as<T>(a.tensor("bias"));
             int64_t rows = m == 0 ? 0 : static_cast<int64_t>(v.size()) / m;
             for (int64_t row = 0; row < rows; ++row) {
               T* p = v.data() + row * m;
               double mean = 0, m2 = 0;
               for (int64_t i = 0; i < m; ++i) mean += p[i];
               mean /= static_cast<double>(m);
               for (int64_t i = 0; i < m; ++i) m2 += (p[i] - mean) * (p[i] - mean);
               double var = m2 / static_cast<double>(m);
               T rstd = static_cast<T>(1.0 / std::sqrt(std::max(var, 0.0) + eps));
               T shift = static_cast<T>(-mean) * rstd;
               for (int64_t i = 0; i < m; ++i) {
                 T y = p[i] * rstd + shift;
                 if (!w.empty()) y = y * w[i];
                 if (!b.empty()) y = y + b[i];
                 p[i] = y;
               }
             }
             write_from<T>(out.tensor(), v);
           }
         });
       },
       "NativeLayerNormBackward0")
      .is_method = false;

  // F.embedding(input, weight, padding_idx=None, ...): weight[input]
  r.add(
       "embedding(Tensor input, Tensor weight, int? padding_idx=None, float? max_norm=None, float norm_type=2., bool scale_grad_by_freq=False, bool sparse=False) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& idx = a.tensor("input");
         const Tensor& w = a.tensor("weight");
         if (idx.dtype() != DType::Int64 && idx.dtype() != DType::Int32) {
           throw_error("RuntimeError",
                       "Expected tensor for argument #1 'indices' to have one of the following scalar "
                       "types: Long, Int; but got torch." +
                           aten_name(idx.dtype()) + "Tensor instead (while checking arguments for embedding)");
         }
         DP_CHECK(w.dim() == 2, "'weight' must be 2-D");
         Shape s = idx.sizes();
         s.push_back(w.sizes()[1]);
         return Tensor::make(s, w.dtype(), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& w = a.tensor("weight");
         std::vector<int64_t> idx = read_as<int64_t>(a.tensor("input"));
         int64_t rows = w.sizes()[0], d = w.sizes()[1];
         dispatch(w.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           auto wv = read_elems<T>(w);
           std::vector<T> res(static_cast<size_t>(idx.size() * d));
           for (size_t i = 0; i < idx.size(); ++i) {
             if (idx[i] < 0 || idx[i] >= rows) throw_error("IndexError", "index out of range in self");
             for (int64_t j = 0; j < d; ++j) res[i * d + j] = static_cast<T>(wv[idx[i] * d + j]);
           }
           write_from<T>(out.tensor(), res);
         });
       },
       "EmbeddingBackward0")
      .is_method = false;

  auto loss_meta = [](const Args& a, bool log_softmax_first) -> Value {
    const Tensor& x = a.tensor("input");
    const Tensor& t = a.tensor("target");
    NllGeom g = nll_geom(x, t);
    check_float(x, log_softmax_first ? "log_softmax_lastdim_kernel_impl" : "nll_loss_forward_out_frame");
    if (a.has("weight")) {
      DP_CHECK(a.tensor("weight").numel() == g.c,
               "weight tensor should be defined either for all " + std::to_string(g.c) +
                   " classes or no classes but got weight tensor of shape: " + shape_str(a.tensor("weight").sizes()));
    }
    Reduction red = parse_reduction(a.s("reduction"));
    return Tensor::make(red == Reduction::None ? g.out_shape : Shape{}, x.dtype(), true);
  };
  auto loss_kernel = [](const Args& a, Value& out, bool log_softmax_first) {
    const Tensor& x = a.tensor("input");
    const Tensor& t = a.tensor("target");
    NllGeom g = nll_geom(x, t);
    std::vector<double> logp = log_softmax_first ? log_softmax_rows(x, g) : read_as<double>(x);
    std::vector<double> w;
    if (a.has("weight")) w = read_as<double>(a.tensor("weight"));
    double wsum = 0;
    std::vector<double> vals =
        nll_values(logp, g, read_as<int64_t>(t), a.has("weight") ? &w : nullptr, a.i("ignore_index"), &wsum);
    Reduction red = parse_reduction(a.s("reduction"));
    copy_into(out.tensor(), reduce_loss(vals, wsum, red, g.out_shape, x.dtype()));
  };
  r.add(
       "nll_loss(Tensor input, Tensor target, Tensor? weight=None, Any size_average=None, int ignore_index=-100, Any reduce=None, str reduction='mean') -> Tensor",
       OpKind::Functional, [loss_meta](const Args& a) { return loss_meta(a, false); },
       [loss_kernel](const Args& a, Value& out) { loss_kernel(a, out, false); }, "NllLossBackward0")
      .is_method = false;
  r.add(
       "cross_entropy(Tensor input, Tensor target, Tensor? weight=None, Any size_average=None, int ignore_index=-100, Any reduce=None, str reduction='mean', float label_smoothing=0.0) -> Tensor",
       OpKind::Functional,
       [loss_meta](const Args& a) {
         DP_CHECK(a.f("label_smoothing") == 0.0, "cross_entropy: label_smoothing is not supported by dp.torch");
         return loss_meta(a, true);
       },
       [loss_kernel](const Args& a, Value& out) { loss_kernel(a, out, true); }, "NllLossBackward0")
      .is_method = false;
  r.add(
       "mse_loss(Tensor input, Tensor target, Any size_average=None, Any reduce=None, str reduction='mean') -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& x = a.tensor("input");
         Shape s = broadcast_shapes(x.sizes(), a.tensor("target").sizes());
         Reduction red = parse_reduction(a.s("reduction"));
         return Tensor::make(red == Reduction::None ? s : Shape{},
                             result_type({{x, false}, {a.tensor("target"), false}}), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& x = a.tensor("input");
         Shape s = broadcast_shapes(x.sizes(), a.tensor("target").sizes());
         std::vector<double> xs = read_as<double>(x, s), ts = read_as<double>(a.tensor("target"), s);
         DType dt = out.tensor().dtype();
         for (size_t i = 0; i < xs.size(); ++i) {
           double d = xs[i] - ts[i];
           if (dt == DType::Float32) d = static_cast<float>(d);
           xs[i] = d * d;
         }
         Reduction red = parse_reduction(a.s("reduction"));
         copy_into(out.tensor(), reduce_loss(xs, static_cast<double>(xs.size()), red, s, dt));
       },
       "MseLossBackward0")
      .is_method = false;

  // Parameterized activations (float math in the tensor's dtype).
  auto act = [&](const std::string& schema, const std::string& grad, std::function<double(double, const Args&)> f) {
    r.add(
        schema, OpKind::Functional,
        [](const Args& a) -> Value {
          const Tensor& x = a.tensor("self");
          return Tensor::make(x.sizes(), x.dtype(), true);
        },
        [f](const Args& a, Value& out) {
          const Tensor& x = a.tensor("self");
          dispatch(x.dtype(), [&](auto tag) {
            using T = typename decltype(tag)::type;
            if constexpr (std::is_floating_point_v<T>) {
              std::vector<T> v = read_as<T>(x);
              for (auto& e : v) e = static_cast<T>(f(static_cast<double>(e), a));
              write_from<T>(out.tensor(), v);
            } else {
              throw_error("RuntimeError", "activation not implemented for '" + aten_name(x.dtype()) + "'");
            }
          });
        },
        grad);
  };
  act("leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor", "LeakyReluBackward0",
      [](double x, const Args& a) { return x > 0 ? x : x * a.scalar("negative_slope").to_double(); });
  act("softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor", "SoftplusBackward0",
      [](double x, const Args& a) {
        double b = a.scalar("beta").to_double(), th = a.scalar("threshold").to_double();
        return x * b > th ? x : std::log1p(std::exp(x * b)) / b;
      });
  act("elu(Tensor self, Scalar alpha=1.0, Scalar scale=1, Scalar input_scale=1) -> Tensor", "EluBackward0",
      [](double x, const Args& a) { return x > 0 ? x : a.scalar("alpha").to_double() * std::expm1(x); });
  act("hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor", "HardtanhBackward0",
      [](double x, const Args& a) {
        return std::min(std::max(x, a.scalar("min_val").to_double()), a.scalar("max_val").to_double());
      });
  for (const char* n : {"leaky_relu", "softplus", "elu", "hardtanh"}) {
    for (auto& d : *r.find_mut(n)) d.is_method = false;
  }
}

}  // namespace dp::torch
