// Mirrors the torch.nn.functional kernels of ATen: layer_norm (Normalization/layer_norm.cpp),
// embedding (Embedding.cpp), nll_loss / cross_entropy / mse_loss (LossNLL.cpp, Loss.cpp),
// activations with parameters (Activation.cpp: leaky_relu, softplus, elu, hardtanh) and their
// error texts and grad_fn names. Accumulations are done in double and rounded once.
#include <array>
#include <cmath>
#include <tuple>

#include "torch/kernel_utils.h"
#include "torch/moments_utils.h"
#include "torch/nn_backward.h"
#include "torch/op_registry.h"
#include "torch/sum_kernel.h"
#include "torch/zoo_backward.h"

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
    DP_CHECK(target.dim() <= 1, "0D or 1D target tensor expected, multi-target not supported");
    if (target.dim() == 1 && target.sizes()[0] != input.sizes()[0]) {
      throw_error("RuntimeError", "size mismatch (got input: " + shape_str(input.sizes()) +
                                      ", target: " + shape_str(target.sizes()) + ")");
    }
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
    // nll_loss_nd: 4-dim inputs go to nll_loss2d (check_inputs_nll_loss2d), others are checked here.
    if (input.dim() == 4 && target.dim() != 3) {
      throw_error("RuntimeError",
                  "only batches of spatial targets supported (3D tensors) but got targets of dimension: " +
                      std::to_string(target.dim()));
    }
    if (input.dim() == 3 || input.dim() > 4) {
      throw_error("RuntimeError", "Expected target size " + shape_str(expect) + ", got " + shape_str(target.sizes()));
    }
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
  // Like PyTorch, compute log_softmax in the input's opmath type: round through float for float32,
  // float16 and bfloat16 (rounded once more to 16 bits when stored).
  bool f32 = opmath_is_float(input.dtype());
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

// ---------------------------------------------------------------------------------------------
// Convolution, batch norm and pooling (aten/src/ATen/native/Convolution.cpp, Normalization.cpp,
// DilatedMaxPool2d.cpp, AdaptiveAveragePooling.cpp): NCHW (or unbatched CHW) float tensors,
// products accumulated in double and rounded once per output element.

// An int[2] argument given as one int (stride=1) or two.
Shape int_list_arg(const Args& a, const std::string& name) {
  const Value& v = a.get(name);
  if (v.is_int()) return {v.to_int()};  // a default given as one int (`int[2] stride=1`)
  return a.ints(name);
}

std::array<int64_t, 2> pair_arg(const Args& a, const std::string& name) {
  Shape v = int_list_arg(a, name);
  if (v.size() == 1) return {v[0], v[0]};
  DP_CHECK(v.size() == 2,
           "expected " + name +
               " to be a single integer value or a list of 2 values to match the convolution dimensions, but got " +
               name + "=" + shape_str(v));
  return {v[0], v[1]};
}

struct Conv2dGeom {
  bool batched = true;
  int64_t n = 1, c = 1, h = 1, w = 1;          // input
  int64_t oc = 1, kh = 1, kw = 1, groups = 1;  // weight
  std::array<int64_t, 2> stride{1, 1}, pad{0, 0}, dil{1, 1};
  int64_t oh = 1, ow = 1;
  Shape out_shape;
};

Conv2dGeom conv2d_geom(const Args& a) {
  const Tensor& x = a.tensor("input");
  const Tensor& wt = a.tensor("weight");
  Conv2dGeom g;
  if (x.dim() != 3 && x.dim() != 4)
    throw_error("RuntimeError", "Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: " +
                                    shape_str(x.sizes()));
  g.batched = x.dim() == 4;
  Shape xs = x.sizes();
  if (!g.batched) xs.insert(xs.begin(), 1);
  g.n = xs[0], g.c = xs[1], g.h = xs[2], g.w = xs[3];
  DP_CHECK(wt.dim() == 4, "weight should have at least three dimensions");
  g.oc = wt.sizes()[0], g.kh = wt.sizes()[2], g.kw = wt.sizes()[3];
  g.groups = a.i("groups");
  g.stride = pair_arg(a, "stride");
  g.pad = pair_arg(a, "padding");
  g.dil = pair_arg(a, "dilation");
  if (g.c != wt.sizes()[1] * g.groups)
    throw_error("RuntimeError", "Given groups=" + std::to_string(g.groups) + ", weight of size " +
                                    shape_str(wt.sizes()) + ", expected input" + shape_str(xs) + " to have " +
                                    std::to_string(wt.sizes()[1] * g.groups) + " channels, but got " +
                                    std::to_string(g.c) + " channels instead");
  if (a.has("bias") && (a.tensor("bias").dim() != 1 || a.tensor("bias").sizes()[0] != g.oc))
    throw_error("RuntimeError", "Given weight of size " + shape_str(wt.sizes()) +
                                    ", expected bias to be 1-dimensional with " + std::to_string(g.oc) +
                                    " elements, but got bias of size " + shape_str(a.tensor("bias").sizes()) +
                                    " instead");
  int64_t eh = g.h + 2 * g.pad[0], ew = g.w + 2 * g.pad[1];
  int64_t dkh = g.dil[0] * (g.kh - 1) + 1, dkw = g.dil[1] * (g.kw - 1) + 1;
  if (eh < dkh || ew < dkw)
    throw_error("RuntimeError", "Calculated padded input size per channel: (" + std::to_string(eh) + " x " +
                                    std::to_string(ew) + "). Kernel size: (" + std::to_string(dkh) + " x " +
                                    std::to_string(dkw) + "). Kernel size can't be greater than actual input size");
  g.oh = (eh - dkh) / g.stride[0] + 1;
  g.ow = (ew - dkw) / g.stride[1] + 1;
  g.out_shape = g.batched ? Shape{g.n, g.oc, g.oh, g.ow} : Shape{g.oc, g.oh, g.ow};
  return g;
}

struct Pool2dGeom {
  bool batched = true;
  int64_t n = 1, c = 1, h = 1, w = 1, oh = 1, ow = 1;
  Shape out_shape;
};

Pool2dGeom pool_input(const Tensor& x, const std::string& op) {
  Pool2dGeom g;
  if (x.dim() != 3 && x.dim() != 4)
    throw_error("RuntimeError",
                op + ": Expected 3D or 4D (batch mode) tensor for input, but got: " + shape_str(x.sizes()));
  g.batched = x.dim() == 4;
  Shape xs = x.sizes();
  if (!g.batched) xs.insert(xs.begin(), 1);
  g.n = xs[0], g.c = xs[1], g.h = xs[2], g.w = xs[3];
  return g;
}

Shape pool_out_shape(const Pool2dGeom& g) { return g.batched ? Shape{g.n, g.c, g.oh, g.ow} : Shape{g.c, g.oh, g.ow}; }

// pooling_output_shape (Pool.h), with ceil_mode's rule that the last window starts inside the input.
int64_t pooled_size(int64_t in, int64_t k, int64_t pad, int64_t stride, int64_t dil, bool ceil_mode) {
  int64_t num = in + 2 * pad - dil * (k - 1) - 1 + (ceil_mode ? stride - 1 : 0);
  int64_t out = num / stride + 1;
  if (ceil_mode && (out - 1) * stride >= in + pad) --out;
  return out;
}

// The batch statistics of one channel as native_batch_norm saves them (batch_norm_kernel.cpp
// batch_norm_cpu_collect_stats_*_impl, Normalization.cpp batch_norm_cpu_update_stats_template):
// contiguous planes sum x and (x - mean)^2 in double; (N, C) inputs (NC11 counts as channels last)
// sum them in the dtype, row after row (one thread). mean = sum / N and var_sum are stored in the
// dtype; invstd = 1 / sqrt(var_sum / N + eps) with the division in the dtype and the rest in double.
struct BatchNormStats {
  double mean, var_sum, invstd;
};
BatchNormStats batch_norm_stats(const std::vector<double>& x, int64_t n, int64_t c, int64_t inner, int64_t ch,
                                double eps, bool f32) {
  auto rnd = [f32](double v) { return f32 ? static_cast<double>(static_cast<float>(v)) : v; };
  const bool rows = inner == 1;
  auto at = [&](int64_t i, int64_t k) { return x[static_cast<size_t>((i * c + ch) * inner + k)]; };
  double count = static_cast<double>(n * inner);
  double s = 0;
  for (int64_t i = 0; i < n; ++i)
    for (int64_t k = 0; k < inner; ++k) s = rows ? rnd(s + at(i, k)) : s + at(i, k);
  BatchNormStats r{};
  r.mean = rnd(s / count);
  double var_sum = 0;
  for (int64_t i = 0; i < n; ++i)
    for (int64_t k = 0; k < inner; ++k) {
      double d = rnd(at(i, k) - r.mean);
      var_sum = rows ? rnd(var_sum + rnd(d * d)) : var_sum + rnd(d * d);
    }
  r.var_sum = rnd(var_sum);
  r.invstd = rnd(1.0 / std::sqrt(rnd(r.var_sum / rnd(count)) + eps));
  return r;
}

auto max_pool2d_geom(const Args& a) {
  Pool2dGeom g = pool_input(a.tensor("self"), "max_pool2d");
  auto k = pair_arg(a, "kernel_size");
  Shape sv = int_list_arg(a, "stride");
  auto st = sv.empty() ? k : pair_arg(a, "stride");
  auto pad = pair_arg(a, "padding");
  auto dil = pair_arg(a, "dilation");
  bool ceil = a.b("ceil_mode");
  if (pad[0] > k[0] / 2 || pad[1] > k[1] / 2)
    throw_error("RuntimeError",
                "pad should be at most half of effective kernel size, but got pad=" + std::to_string(pad[0]) +
                    ", kernel_size=" + std::to_string(k[0]) + " and dilation=" + std::to_string(dil[0]));
  g.oh = pooled_size(g.h, k[0], pad[0], st[0], dil[0], ceil);
  g.ow = pooled_size(g.w, k[1], pad[1], st[1], dil[1], ceil);
  if (g.oh < 1 || g.ow < 1)
    throw_error("RuntimeError", "Given input size: (" + std::to_string(g.c) + "x" + std::to_string(g.h) + "x" +
                                    std::to_string(g.w) + "). Calculated output size: (" + std::to_string(g.c) + "x" +
                                    std::to_string(g.oh) + "x" + std::to_string(g.ow) + "). Output size is too small");
  g.out_shape = pool_out_shape(g);
  return std::make_tuple(g, k, st, pad, dil);
}

// The position (in the whole input) of each output's maximum, -1 for a window outside the input:
// DilatedMaxPool2d's kernel takes the window's first position, replaced by a larger value or a NaN.
std::vector<int64_t> max_pool2d_argmax(const Args& a) {
  auto [g, k, st, pad, dil] = max_pool2d_geom(a);
  std::vector<double> x = read_as<double>(a.tensor("self"));
  std::vector<int64_t> arg(static_cast<size_t>(g.n * g.c * g.oh * g.ow), -1);
  for (int64_t p = 0; p < g.n * g.c; ++p)
    for (int64_t i = 0; i < g.oh; ++i)
      for (int64_t j = 0; j < g.ow; ++j) {
        double m = -INFINITY;
        int64_t best = -1;
        for (int64_t ki = 0; ki < k[0]; ++ki) {
          int64_t hi = i * st[0] - pad[0] + ki * dil[0];
          if (hi < 0 || hi >= g.h) continue;
          for (int64_t kj = 0; kj < k[1]; ++kj) {
            int64_t wj = j * st[1] - pad[1] + kj * dil[1];
            if (wj < 0 || wj >= g.w) continue;
            int64_t idx = (p * g.h + hi) * g.w + wj;
            if (best < 0) best = idx;
            if (x[static_cast<size_t>(idx)] > m || std::isnan(x[static_cast<size_t>(idx)])) {
              m = x[static_cast<size_t>(idx)];
              best = idx;
            }
          }
        }
        arg[static_cast<size_t>((p * g.oh + i) * g.ow + j)] = best;
      }
  return arg;
}

Pool2dGeom adaptive_pool2d_geom(const Args& a) {
  Pool2dGeom g = pool_input(a.tensor("self"), "adaptive_avg_pool2d");
  Shape os = int_list_arg(a, "output_size");
  if (os.size() == 1) os.push_back(os[0]);
  DP_CHECK(os.size() == 2, "adaptive_avg_pool2d: output_size must be 2");
  g.oh = os[0], g.ow = os[1];
  g.out_shape = pool_out_shape(g);
  return g;
}

void register_conv_pool_ops(Registry& r) {
  r.add(
       "conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] dilation=1, int groups=1) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         Conv2dGeom g = conv2d_geom(a);
         check_float(a.tensor("input"), "slow_conv2d_cpu");
         return Tensor::make(g.out_shape, a.tensor("input").dtype(), true);
       },
       // Sums in the dtype from the bias, as ATen's slow_conv2d (conv_ops.cpp conv_forward).
       [](const Args& a, Value& out) { conv_forward(conv_geom(a, 2, false), a, out); }, "ConvolutionBackward0")
      .is_method = false;

  // batch_norm: training normalizes with the batch's (biased) statistics and updates the running
  // ones in place (momentum; the unbiased variance), as native_batch_norm does.
  r.add(
       "batch_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool training, float momentum, float eps, bool cudnn_enabled) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& x = a.tensor("input");
         if (x.dim() < 2)
           throw_error("ValueError", "Expected 2D or 3D input (got " + std::to_string(x.dim()) + "D input)");
         int64_t c = x.sizes()[1];
         for (const char* p : {"running_mean", "running_var", "weight", "bias"})  // _batch_norm_impl_index's order
           if (a.has(p) && a.tensor(p).numel() != c)
             throw_error("RuntimeError", std::string(p) + " should contain " + std::to_string(c) + " elements not " +
                                             std::to_string(a.tensor(p).numel()));
         if (!a.b("training") && (!a.has("running_mean") || !a.has("running_var")))
           throw_error("RuntimeError", "running_mean and running_var must be defined in evaluation mode");
         check_float(x, "batch_norm");
         return Tensor::make(x.sizes(), x.dtype(), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& xt = a.tensor("input");
         std::vector<double> x = read_as<double>(xt);
         int64_t n = xt.sizes()[0], c = xt.sizes()[1], inner = 1;
         for (int64_t d = 2; d < xt.dim(); ++d) inner *= xt.sizes()[d];
         bool training = a.b("training");
         double eps = a.f("eps"), momentum = a.f("momentum");
         std::vector<double> w, b, rm, rv;
         if (a.has("weight")) w = read_as<double>(a.tensor("weight"));
         if (a.has("bias")) b = read_as<double>(a.tensor("bias"));
         if (a.has("running_mean")) rm = read_as<double>(a.tensor("running_mean"));
         if (a.has("running_var")) rv = read_as<double>(a.tensor("running_var"));
         int64_t count = n * inner;
         bool f32 = opmath_is_float(xt.dtype());
         // batch_norm_cpu_collect_stats_contiguous_impl / _update_stats / _transform_input (ATen
         // Normalization.cpp, batch_norm_kernel.cpp): sums in double, the mean and the squared
         // deviations in the tensor's dtype, alpha/beta in the dtype, then y = x * alpha + beta
         // rounded after the product and after the sum (the default CPU capability; AVX2 builds
         // fuse the two into one FMA).
         auto rnd = [&](double v) { return f32 ? static_cast<double>(static_cast<float>(v)) : v; };
         for (int64_t ch = 0; ch < c; ++ch) {
           double mean, invstd;
           if (training) {
             if (count <= 1)
               throw_error("ValueError", "Expected more than 1 value per channel when training, got input size " +
                                             shape_str(xt.sizes()));
             BatchNormStats st = batch_norm_stats(x, n, c, inner, ch, eps, f32);
             mean = st.mean;
             invstd = st.invstd;
             double var_sum = st.var_sum;
             double m = rnd(momentum);
             if (!rm.empty()) rm[ch] = rnd(rnd(rnd(m * mean) + rnd(rnd(1 - m) * rm[ch])));
             if (!rv.empty()) {
               double unbiased = rnd(var_sum / rnd(static_cast<double>(count - 1)));
               rv[ch] = rnd(m * unbiased + rnd(rnd(1 - m) * rv[ch]));
             }
           } else {
             mean = rm[ch];
             invstd = rnd(1.0 / rnd(std::sqrt(rnd(rv[ch] + rnd(eps)))));
           }
           double alpha = rnd(invstd * (w.empty() ? 1.0 : w[ch]));
           double beta = rnd((b.empty() ? 0.0 : b[ch]) - rnd(mean * alpha));
           for (int64_t i = 0; i < n; ++i)
             for (int64_t k = 0; k < inner; ++k) {
               double& v = x[(i * c + ch) * inner + k];
               v = rnd(rnd(v * alpha) + beta);
             }
         }
         write_from<double>(out.tensor(), x);
         if (training && !rm.empty()) write_from<double>(a.tensor("running_mean"), rm);
         if (training && !rv.empty()) write_from<double>(a.tensor("running_var"), rv);
       },
       "NativeBatchNormBackward0")
      .is_method = false;

  auto max_pool_geom = max_pool2d_geom;
  r.add(
       "max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor",
       OpKind::Functional,
       [max_pool_geom](const Args& a) -> Value {
         auto [g, k, st, pad, dil] = max_pool_geom(a);
         return Tensor::make(g.out_shape, a.tensor("self").dtype(), true);
       },
       [](const Args& a, Value& out) {
         std::vector<int64_t> arg = max_pool2d_argmax(a);
         std::vector<double> x = read_as<double>(a.tensor("self"));
         std::vector<double> y(arg.size());
         for (size_t o = 0; o < arg.size(); ++o) y[o] = arg[o] < 0 ? -INFINITY : x[static_cast<size_t>(arg[o])];
         write_from<double>(out.tensor(), y);
       },
       "MaxPool2DWithIndicesBackward0")
      .is_method = false;
  // The values and, for each, its index in its (h, w) plane.
  r.add(
       "max_pool2d_with_indices(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> (Tensor, Tensor)",
       OpKind::Functional,
       [max_pool_geom](const Args& a) -> Value {
         auto [g, k, st, pad, dil] = max_pool_geom(a);
         return Value::List{Tensor::make(g.out_shape, a.tensor("self").dtype(), true),
                            Tensor::make(g.out_shape, DType::Int64, true)};
       },
       [max_pool_geom](const Args& a, Value& out) {
         auto [g, k, st, pad, dil] = max_pool_geom(a);
         std::vector<int64_t> arg = max_pool2d_argmax(a);
         std::vector<double> x = read_as<double>(a.tensor("self"));
         std::vector<double> y(arg.size());
         std::vector<int64_t> idx(arg.size());
         for (size_t o = 0; o < arg.size(); ++o) {
           y[o] = arg[o] < 0 ? -INFINITY : x[static_cast<size_t>(arg[o])];
           idx[o] = arg[o] < 0 ? -1 : arg[o] % (g.h * g.w);
         }
         write_from<double>(out.list()[0].tensor(), y);
         write_from<int64_t>(out.list()[1].tensor(), idx);
       },
       "MaxPool2DWithIndicesBackward0")
      .is_method = false;

  // max_unpool2d (MaxUnpooling.cpp): each value written at its (h, w)-plane index of a zeroed
  // output of output_size.
  r.add(
       "max_unpool2d(Tensor self, Tensor indices, int[2] output_size) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& x = a.tensor("self");
         const Tensor& idx = a.tensor("indices");
         if (idx.dtype() != DType::Int64)
           throw_error("RuntimeError", "elements in indices should be type int64 but got: " + aten_name(idx.dtype()));
         if (x.dim() != 3 && x.dim() != 4)
           throw_error("RuntimeError", "Input to max_unpooling2d should be a 3d or 4d Tensor, but got a tensor with " +
                                           std::to_string(x.dim()) + " dimensions.");
         if (idx.sizes() != x.sizes())
           throw_error("RuntimeError", "Expected shape of indices to be same as that of the input tensor (" +
                                           shape_str(x.sizes()) +
                                           ") but got indices tensor with shape: " + shape_str(idx.sizes()));
         Shape out(x.sizes().begin(), x.sizes().end() - 2);
         for (int64_t v : int_list_arg(a, "output_size")) out.push_back(v);
         return Tensor::make(out, x.dtype(), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& x = a.tensor("self");
         std::vector<double> xv = read_as<double>(x);
         std::vector<int64_t> iv = read_as<int64_t>(a.tensor("indices"));
         const Shape& os = out.tensor().sizes();
         int64_t oplane = os[os.size() - 2] * os[os.size() - 1];
         int64_t iplane = x.sizes()[x.dim() - 2] * x.sizes()[x.dim() - 1];
         std::vector<double> y(static_cast<size_t>(out.tensor().numel()), 0.0);
         // ATen keeps going and reports the last invalid index (its message has no closing paren).
         std::optional<int64_t> bad;
         for (size_t k = 0; k < iv.size(); ++k) {
           int64_t p = static_cast<int64_t>(k) / std::max<int64_t>(iplane, 1);
           if (iv[k] < 0 || iv[k] >= oplane) bad = iv[k];
           else y[static_cast<size_t>(p * oplane + iv[k])] = xv[k];
         }
         if (bad)
           throw_error("RuntimeError", "Found an invalid max index: " + std::to_string(*bad) +
                                           " (output volumes are of size " + std::to_string(os[os.size() - 2]) + "x" +
                                           std::to_string(os[os.size() - 1]));
         write_from<double>(out.tensor(), y);
       },
       "MaxUnpool2DBackward0")
      .is_method = false;

  auto adaptive_geom = adaptive_pool2d_geom;
  OpDef& adaptive = r.add(
      "adaptive_avg_pool2d(Tensor self, int[2] output_size) -> Tensor", OpKind::Functional,
      [adaptive_geom](const Args& a) -> Value {
        Pool2dGeom g = adaptive_geom(a);
        return Tensor::make(g.out_shape, a.tensor("self").dtype(), true);
      },
      [adaptive_geom](const Args& a, Value& out) {
        Pool2dGeom g = adaptive_geom(a);
        std::vector<double> x = read_as<double>(a.tensor("self"));
        std::vector<double> y(static_cast<size_t>(g.n * g.c * g.oh * g.ow));
        for (int64_t p = 0; p < g.n * g.c; ++p)
          for (int64_t i = 0; i < g.oh; ++i) {
            int64_t h0 = (i * g.h) / g.oh, h1 = ((i + 1) * g.h + g.oh - 1) / g.oh;
            for (int64_t j = 0; j < g.ow; ++j) {
              int64_t w0 = (j * g.w) / g.ow, w1 = ((j + 1) * g.w + g.ow - 1) / g.ow;
              double s = 0;
              for (int64_t hi = h0; hi < h1; ++hi)
                for (int64_t wj = w0; wj < w1; ++wj) s += x[(p * g.h + hi) * g.w + wj];
              y[(p * g.oh + i) * g.ow + j] = s / static_cast<double>((h1 - h0) * (w1 - w0));
            }
          }
        write_from<double>(out.tensor(), y);
      },
      "AdaptiveAvgPool2DBackward0");
  adaptive.is_method = false;
  // ATen takes mean(-1, -2, keepdim=True) for a 1x1 output.
  adaptive.grad_fn_fn = [](const Args& a) {
    Shape os = int_list_arg(a, "output_size");
    if (os.size() == 1) os.push_back(os[0]);
    return os.size() == 2 && os[0] == 1 && os[1] == 1 ? "MeanBackward1" : "AdaptiveAvgPool2DBackward0";
  };
}

}  // namespace

void register_nn_ops(Registry& r) {
  register_conv_pool_ops(r);
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
               // LayerNormKernelImplInternal: y = (x * rstd + (-rstd * mean)) * w + b, in T.
               auto [mean, var] = RowwiseMoments<T>(p, m);
               const T rstd = T(1) / std::sqrt(var + static_cast<T>(eps));
               const T shift = -rstd * mean;
               for (int64_t i = 0; i < m; ++i) {
                 p[i] = (p[i] * rstd + shift) * (w.empty() ? T(1) : w[i]) + (b.empty() ? T(0) : b[i]);
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
    Reduction red0 = parse_reduction(a.s("reduction"));
    if ((x.dtype() == DType::Float32 || x.dtype() == DType::Float64) && red0 != Reduction::None && g.inner == 1) {
      // LossNLL.cpp nll_loss_out_frame for 1-D and 2-D inputs, in the input's dtype: the picked
      // -logp (times the class weight) go through 8 cascade levels of partial sums (level_power =
      // max(4, CeilLog2(batch) / 8)); cross_entropy's log_softmax is the log_softmax op's.
      dispatch(x.dtype(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
          std::vector<T> logp;
          if (log_softmax_first) {
            NoGradGuard ng;
            logp = read_as<T>(call_t("log_softmax", {x, Value(static_cast<int64_t>(x.dim() == 1 ? 0 : 1))}));
          } else {
            logp = read_as<T>(x);
          }
          std::vector<T> w;
          if (a.has("weight")) w = read_as<T>(a.tensor("weight"));
          const std::vector<int64_t> tgt = read_as<int64_t>(t);
          const int64_t ignore_index = a.i("ignore_index");
          constexpr int levels = 8;
          const int64_t batch = g.n;
          int64_t ceil_log2 = 1;
          if (batch > 2) {
            uint64_t v = static_cast<uint64_t>(batch) - 1;
            int last = 63;
            while (!((v >> last) & 1)) --last;
            ceil_log2 = last + 1;
          }
          const int64_t level_power = std::max<int64_t>(4, ceil_log2 / levels);
          const int64_t level_mask = (int64_t{1} << level_power) - 1;
          T loss_sums[levels] = {0}, weight_sums[levels] = {0};
          int64_t ignored = 0;
          for (int64_t b = 0; b < batch; ++b) {
            const int64_t cur = tgt[static_cast<size_t>(b)];
            if (cur == ignore_index) {
              ++ignored;
              continue;
            }
            if (cur < 0 || cur >= g.c)
              throw_error("IndexError", "Target " + std::to_string(cur) + " is out of bounds.");
            const T data = logp[static_cast<size_t>(b * g.c + cur)];
            if (!w.empty()) {
              const T wv = w[static_cast<size_t>(cur)];
              loss_sums[0] -= data * wv;
              weight_sums[0] += wv;
            } else {
              loss_sums[0] -= data;
            }
            for (int j = 0; j + 1 < levels; ++j) {
              const int64_t mask = level_mask << (j * level_power);
              if ((b & mask) != 0) break;
              weight_sums[j + 1] += weight_sums[j];
              loss_sums[j + 1] += loss_sums[j];
              weight_sums[j] = 0;
              loss_sums[j] = 0;
            }
          }
          T total_weight = 0, value = 0;
          if (w.empty()) {
            total_weight = static_cast<T>(batch - ignored);
          } else {
            for (T v : weight_sums) total_weight += v;
          }
          for (T v : loss_sums) value += v;
          if (red0 == Reduction::Mean) value /= total_weight;
          write_from<T>(out.tensor(), std::vector<T>{value});
        }
      });
      return;
    }
    std::vector<double> logp = log_softmax_first ? log_softmax_rows(x, g) : read_as<double>(x);
    std::vector<double> w;
    if (a.has("weight")) w = read_as<double>(a.tensor("weight"));
    double wsum = 0;
    std::vector<double> vals =
        nll_values(logp, g, read_as<int64_t>(t), a.has("weight") ? &w : nullptr, a.i("ignore_index"), &wsum);
    Reduction red = parse_reduction(a.s("reduction"));
    copy_into(out.tensor(), reduce_loss(vals, wsum, red, g.out_shape, x.dtype()));
  };
  // nll_loss_nd (LossNLL.cpp): inputs of 3 or more dims go through nll_loss2d (NllLoss2DBackward0);
  // other than 4-dim ones, reduction='none' views the result back (ViewBackward0).
  auto nll_grad_name = [](const Args& a) -> std::string {
    int64_t d = a.tensor("input").dim();
    if (d < 3) return "NllLossBackward0";
    return d != 4 && a.s("reduction") == "none" ? "ViewBackward0" : "NllLoss2DBackward0";
  };
  OpDef* r_last = nullptr;
  r_last = &r.add(
      "nll_loss(Tensor input, Tensor target, Tensor? weight=None, Any size_average=None, int ignore_index=-100, Any reduce=None, str reduction='mean') -> Tensor",
      OpKind::Functional, [loss_meta](const Args& a) { return loss_meta(a, false); },
      [loss_kernel](const Args& a, Value& out) { loss_kernel(a, out, false); }, "NllLossBackward0");
  r_last->grad_fn_fn = nll_grad_name;
  r_last->is_method = false;
  r_last = &r.add(
      "cross_entropy(Tensor input, Tensor target, Tensor? weight=None, Any size_average=None, int ignore_index=-100, Any reduce=None, str reduction='mean', float label_smoothing=0.0) -> Tensor",
      OpKind::Functional,
      [loss_meta](const Args& a) {
        DP_CHECK(a.f("label_smoothing") == 0.0, "cross_entropy: label_smoothing is not supported by dp.torch");
        return loss_meta(a, true);
      },
      [loss_kernel](const Args& a, Value& out) { loss_kernel(a, out, true); }, "NllLossBackward0");
  r_last->grad_fn_fn = nll_grad_name;
  r_last->is_method = false;
  // binary_cross_entropy's value check (Loss.cpp binary_cross_entropy_out_cpu's kernel: every input
  // element in [0, 1], NaN included in the failures), for the prelude's F.binary_cross_entropy; it
  // reads values, so it runs for real tensors only (nothing to check while Dynamo propagates fakes).
  r.add(
       "_binary_cross_entropy_check(Tensor input) -> None", OpKind::Functional,
       [](const Args&) -> Value { return None{}; },
       [](const Args& a, Value&) {
         for (double v : read_as<double>(a.tensor("input"))) {
           if (!(v >= 0 && v <= 1)) throw_error("RuntimeError", "all elements of input should be between 0 and 1");
         }
       })
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
         DType dt = out.tensor().dtype();
         Reduction red0 = parse_reduction(a.s("reduction"));
         if ((dt == DType::Float32 || dt == DType::Float64) && red0 != Reduction::None) {
           // Loss.cpp mse_loss_out: mse_stub's (input - target)^2 in the dtype, then at::sum_out /
           // at::mean_out over that tensor (ATen's float summation order, sum_kernel.h).
           dispatch(dt, [&](auto tag) {
             using T = typename decltype(tag)::type;
             if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
               std::vector<T> xs = read_as<T>(x, s), ts = read_as<T>(a.tensor("target"), s);
               for (size_t i = 0; i < xs.size(); ++i) {
                 T d = static_cast<T>(xs[i] - ts[i]);
                 xs[i] = static_cast<T>(d * d);
               }
               Tensor sq = Tensor::make(s, dt);
               write_from<T>(sq, xs);
               T total = cascade_sum<T>(sq, std::vector<bool>(s.size(), true)).at(0);
               if (red0 == Reduction::Mean) {
                 const int64_t n = static_cast<int64_t>(xs.size());
                 total = n == 0 ? std::numeric_limits<T>::quiet_NaN() : static_cast<T>(total / static_cast<T>(n));
               }
               write_from<T>(out.tensor(), std::vector<T>{total});
             }
           });
           return;
         }
         std::vector<double> xs = read_as<double>(x, s), ts = read_as<double>(a.tensor("target"), s);
         for (size_t i = 0; i < xs.size(); ++i) {
           double d = xs[i] - ts[i];
           if (opmath_is_float(dt)) d = static_cast<float>(d);
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
          return Tensor::make_strided(x.sizes(), elementwise_output_strides(x.sizes(), {&x}), x.dtype(), true);
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
  // softplus: ATen's softplus_kernel (cpu/Activation.cpp) computes in the tensor's own type (float32
  // stays float: beta and threshold cast to it, float exp and log1p, a float division); its vectorized
  // path on the default CPU capability maps the same std:: functions lane by lane.
  r.add(
      "softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        return Tensor::make_strided(x.sizes(), elementwise_output_strides(x.sizes(), {&x}), x.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& x = a.tensor("self");
        dispatch(x.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          if constexpr (std::is_floating_point_v<T>) {
            const T b = static_cast<T>(a.scalar("beta").to_double());
            const T th = static_cast<T>(a.scalar("threshold").to_double());
            std::vector<T> v = read_as<T>(x);
            for (auto& e : v) e = (e * b) > th ? e : static_cast<T>(std::log1p(std::exp(e * b))) / b;
            write_from<T>(out.tensor(), v);
          } else {
            throw_error("RuntimeError", "activation not implemented for '" + aten_name(x.dtype()) + "'");
          }
        });
      },
      "SoftplusBackward0");
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

// ---------------------------------------------------------------------------------------------
// Backward kernels (nn_backward.h): products accumulated in double, rounded once into the
// gradient's dtype.

namespace {
Tensor from_doubles(const Shape& shape, DType dt, const std::vector<double>& v) {
  Tensor t = Tensor::make(shape, dt);
  write_from<double>(t, v);
  return t;
}
}  // namespace

std::vector<Tensor> conv2d_backward(const Args& a, const Tensor& grad) {
  Conv2dGeom g = conv2d_geom(a);
  const Tensor& xt = a.tensor("input");
  const Tensor& wt = a.tensor("weight");
  std::vector<double> x = read_as<double>(xt), w = read_as<double>(wt), gy = read_as<double>(grad);
  std::vector<double> gx(x.size(), 0.0), gw(w.size(), 0.0), gb(static_cast<size_t>(g.oc), 0.0);
  int64_t icg = g.c / g.groups, ocg = g.oc / g.groups;
  for (int64_t n = 0; n < g.n; ++n)
    for (int64_t o = 0; o < g.oc; ++o) {
      int64_t grp = o / ocg;
      for (int64_t i = 0; i < g.oh; ++i)
        for (int64_t j = 0; j < g.ow; ++j) {
          double go = gy[((n * g.oc + o) * g.oh + i) * g.ow + j];
          gb[o] += go;
          for (int64_t ci = 0; ci < icg; ++ci) {
            int64_t c = grp * icg + ci;
            for (int64_t ki = 0; ki < g.kh; ++ki) {
              int64_t hi = i * g.stride[0] - g.pad[0] + ki * g.dil[0];
              if (hi < 0 || hi >= g.h) continue;
              for (int64_t kj = 0; kj < g.kw; ++kj) {
                int64_t wj = j * g.stride[1] - g.pad[1] + kj * g.dil[1];
                if (wj < 0 || wj >= g.w) continue;
                size_t xi = static_cast<size_t>(((n * g.c + c) * g.h + hi) * g.w + wj);
                size_t wi = static_cast<size_t>(((o * icg + ci) * g.kh + ki) * g.kw + kj);
                gx[xi] += go * w[wi];
                gw[wi] += go * x[xi];
              }
            }
          }
        }
    }
  std::vector<Tensor> out{from_doubles(xt.sizes(), xt.dtype(), gx), from_doubles(wt.sizes(), wt.dtype(), gw), Tensor()};
  if (a.has("bias")) out[2] = from_doubles(a.tensor("bias").sizes(), a.tensor("bias").dtype(), gb);
  return out;
}

Tensor max_pool2d_backward(const Args& a, const Tensor& grad) {
  const Tensor& xt = a.tensor("self");
  std::vector<int64_t> arg = max_pool2d_argmax(a);
  std::vector<double> gy = read_as<double>(grad);
  std::vector<double> gx(static_cast<size_t>(xt.numel()), 0.0);
  for (size_t o = 0; o < arg.size(); ++o) {
    if (arg[o] >= 0) gx[static_cast<size_t>(arg[o])] += gy[o];
  }
  return from_doubles(xt.sizes(), xt.dtype(), gx);
}

Tensor adaptive_avg_pool2d_backward(const Args& a, const Tensor& grad) {
  Pool2dGeom g = adaptive_pool2d_geom(a);
  const Tensor& xt = a.tensor("self");
  std::vector<double> gy = read_as<double>(grad);
  std::vector<double> gx(static_cast<size_t>(xt.numel()), 0.0);
  for (int64_t p = 0; p < g.n * g.c; ++p)
    for (int64_t i = 0; i < g.oh; ++i) {
      int64_t h0 = (i * g.h) / g.oh, h1 = ((i + 1) * g.h + g.oh - 1) / g.oh;
      for (int64_t j = 0; j < g.ow; ++j) {
        int64_t w0 = (j * g.w) / g.ow, w1 = ((j + 1) * g.w + g.ow - 1) / g.ow;
        double share = gy[(p * g.oh + i) * g.ow + j] / static_cast<double>((h1 - h0) * (w1 - w0));
        for (int64_t hi = h0; hi < h1; ++hi)
          for (int64_t wj = w0; wj < w1; ++wj) gx[(p * g.h + hi) * g.w + wj] += share;
      }
    }
  return from_doubles(xt.sizes(), xt.dtype(), gx);
}

namespace {

// LayerNormBackwardKernelImplInternal (aten/src/ATen/native/cpu/layer_norm_kernel.cpp) for one
// accumulation type A (float for float32 inputs, double for float64): per row, mean and rstd as
// the forward computed them, ds = sum(dy * x * gamma) and db = sum(dy * gamma) as vec::reduce_all
// sums them (8 lanes of 32 bytes, lanes added in order; fewer than 8 elements: in order), then
// dx = a * dy * gamma + b * x + c. dgamma and dbeta add the rows in order (one thread's buffer).
template <class A>
void layer_norm_backward_rows(const std::vector<A>& x, const std::vector<A>& gy, const std::vector<A>& w, int64_t m,
                              A eps, std::vector<double>& gx, std::vector<double>& gw, std::vector<double>& gb) {
  constexpr int64_t L = 32 / static_cast<int64_t>(sizeof(A));
  const int64_t rows = m == 0 ? 0 : static_cast<int64_t>(x.size()) / m;
  const A scale = A(1) / static_cast<A>(m);
  std::vector<A> dgamma(static_cast<size_t>(m), A(0)), dbeta(static_cast<size_t>(m), A(0));
  // vec::map2_reduce_all / map3_reduce_all with `+` over f(j).
  auto reduce_all = [&](auto f) {
    if (m < L) {
      A acc = f(0);
      for (int64_t j = 1; j < m; ++j) acc = acc + f(j);
      return acc;
    }
    std::array<A, L> lanes{};
    for (int64_t k = 0; k < L; ++k) lanes[k] = f(k);
    int64_t d = L;
    for (; d < m - (m % L); d += L)
      for (int64_t k = 0; k < L; ++k) lanes[k] = lanes[k] + f(d + k);
    for (int64_t k = 0; d + k < m; ++k) lanes[k] = lanes[k] + f(d + k);
    A acc = lanes[0];
    for (int64_t k = 1; k < L; ++k) acc = acc + lanes[k];
    return acc;
  };
  for (int64_t row = 0; row < rows; ++row) {
    const A* p = x.data() + row * m;
    const A* dy = gy.data() + row * m;
    auto [mean, var] = RowwiseMoments<A>(p, m);
    const A rstd = A(1) / std::sqrt(var + eps);
    auto gamma = [&](int64_t j) { return w.empty() ? A(1) : w[j]; };
    {
      const A a = rstd;
      const A b = -a * mean;
      for (int64_t j = 0; j < m; ++j) {
        dgamma[j] = dgamma[j] + dy[j] * (a * p[j] + b);
        dbeta[j] = dbeta[j] + dy[j];
      }
    }
    A ds, db;
    if (w.empty()) {
      ds = reduce_all([&](int64_t j) { return dy[j] * p[j]; });
      db = reduce_all([&](int64_t j) { return dy[j]; });
    } else {
      ds = reduce_all([&](int64_t j) { return dy[j] * p[j] * w[j]; });
      db = reduce_all([&](int64_t j) { return dy[j] * w[j]; });
    }
    const A a = rstd;
    const A b = (db * mean - ds) * a * a * a * scale;
    const A c = -b * mean - db * a * scale;
    for (int64_t j = 0; j < m; ++j)
      gx[row * m + j] = w.empty() ? a * dy[j] + b * p[j] + c : a * dy[j] * gamma(j) + b * p[j] + c;
  }
  for (int64_t j = 0; j < m; ++j) {
    gw[j] = dgamma[j];
    gb[j] = dbeta[j];
  }
}

}  // namespace

std::vector<Tensor> layer_norm_backward(const Args& a, const Tensor& grad) {
  const Tensor& xt = a.tensor("input");
  int64_t m = shape_numel(a.ints("normalized_shape"));
  double eps = a.f("eps");
  std::vector<double> gx(static_cast<size_t>(xt.numel()), 0.0), gw(static_cast<size_t>(m), 0.0),
      gb(static_cast<size_t>(m), 0.0);
  auto run = [&](auto tag) {
    using A = decltype(tag);
    std::vector<A> w;
    if (a.has("weight")) w = read_as<A>(a.tensor("weight"));
    layer_norm_backward_rows<A>(read_as<A>(xt), read_as<A>(grad), w, m, static_cast<A>(eps), gx, gw, gb);
  };
  if (xt.dtype() == DType::Float64) {
    run(double{});
  } else {
    run(float{});
  }
  std::vector<Tensor> out{from_doubles(xt.sizes(), xt.dtype(), gx), Tensor(), Tensor()};
  if (a.has("weight")) out[1] = from_doubles(a.tensor("weight").sizes(), a.tensor("weight").dtype(), gw);
  if (a.has("bias")) out[2] = from_doubles(a.tensor("bias").sizes(), a.tensor("bias").dtype(), gb);
  return out;
}

// batch_norm_backward_cpu_template (aten/src/ATen/native/Normalization.cpp). When the input and the
// output gradient are contiguous, batch_norm_cpu_backward_contiguous_impl
// (aten/src/ATen/native/cpu/batch_norm_kernel.cpp), per channel: mean and invstd as the forward
// saved them (training) or 1 / sqrt(running_var + eps) (eval), both in the dtype; sum(dy) and
// sum((x - mean) * dy) added over the batch in double, each batch item's plane reduced in the dtype
// (vec::reduce_all: 8 lanes); then, in the dtype, k = (dtype)dotp * invstd * invstd / N,
// grad_mean = sum / N, dx = (dy - grad_mean - (x - mean) * k) * invstd * w. Otherwise (e.g. the
// expanded gradient of a sum()) the template's own loop: sum(dy) is at::sum over all dims but the
// channel's, dotp adds each (x - mean) * dy in double, element by element.
std::vector<Tensor> batch_norm_backward(const Args& a, const Tensor& grad) {
  const Tensor& xt = a.tensor("input");
  std::vector<double> x = read_as<double>(xt), gy = read_as<double>(grad), w, rm, rv;
  int64_t n = xt.sizes()[0], c = xt.sizes()[1], inner = 1;
  for (int64_t d = 2; d < xt.dim(); ++d) inner *= xt.sizes()[d];
  bool training = a.b("training");
  double eps = a.f("eps");
  if (a.has("weight")) w = read_as<double>(a.tensor("weight"));
  if (!training) {
    rm = read_as<double>(a.tensor("running_mean"));
    rv = read_as<double>(a.tensor("running_var"));
  }
  const bool f32 = opmath_is_float(xt.dtype());
  auto rnd = [f32](double v) { return f32 ? static_cast<double>(static_cast<float>(v)) : v; };
  constexpr int64_t L = 8;  // lanes of a 32-byte float vector (4 for double)
  const int64_t lanes = f32 ? L : 4;
  // vec::reduce_all over f(0..m) in the dtype.
  auto reduce_all = [&](int64_t m, auto f) {
    if (m < lanes) {
      double acc = f(0);
      for (int64_t j = 1; j < m; ++j) acc = rnd(acc + f(j));
      return acc;
    }
    std::vector<double> acc(static_cast<size_t>(lanes));
    for (int64_t k = 0; k < lanes; ++k) acc[k] = f(k);
    int64_t d = lanes;
    for (; d < m - (m % lanes); d += lanes)
      for (int64_t k = 0; k < lanes; ++k) acc[k] = rnd(acc[k] + f(d + k));
    for (int64_t k = 0; d + k < m; ++k) acc[k] = rnd(acc[k] + f(d + k));
    double r = acc[0];
    for (int64_t k = 1; k < lanes; ++k) r = rnd(r + acc[k]);
    return r;
  };
  int64_t count = n * inner;
  const bool all_contiguous = xt.is_contiguous() && grad.is_contiguous();
  std::vector<double> fallback_sum;
  if (!all_contiguous) {
    Shape dims{0};
    for (int64_t d = 2; d < xt.dim(); ++d) dims.push_back(d);
    NoGradGuard ng;
    fallback_sum = read_as<double>(call_t("sum", {grad, dims}));
  }
  std::vector<double> gx(x.size(), 0.0), gw(static_cast<size_t>(c), 0.0), gb(static_cast<size_t>(c), 0.0);
  auto at = [&](int64_t i, int64_t ch, int64_t k) { return static_cast<size_t>((i * c + ch) * inner + k); };
  for (int64_t ch = 0; ch < c; ++ch) {
    double mean, invstd;
    // (N, C) inputs (NC11 is also channels last: batch_norm_cpu_*_channels_last_impl, one thread):
    // the sums run over the rows in the dtype.
    const bool rows = inner == 1;
    if (training) {  // the forward's save_mean / save_invstd
      BatchNormStats st = batch_norm_stats(x, n, c, inner, ch, eps, f32);
      mean = st.mean;
      invstd = st.invstd;
    } else {
      mean = rm[ch];
      invstd = rnd(1.0 / std::sqrt(rv[ch] + eps));
    }
    double sum = 0, dotp = 0;
    if (!all_contiguous) {
      sum = fallback_sum[static_cast<size_t>(ch)];
      for (int64_t i = 0; i < n; ++i)
        for (int64_t k = 0; k < inner; ++k) dotp += rnd(rnd(x[at(i, ch, k)] - mean) * gy[at(i, ch, k)]);
    } else {
      for (int64_t i = 0; i < n; ++i) {
        double s_i = reduce_all(inner, [&](int64_t k) { return gy[at(i, ch, k)]; });
        double d_i = reduce_all(inner, [&](int64_t k) { return rnd(rnd(x[at(i, ch, k)] - mean) * gy[at(i, ch, k)]); });
        sum = rows ? rnd(sum + s_i) : sum + s_i;
        dotp = rows ? rnd(dotp + d_i) : dotp + d_i;
      }
    }
    double wc = w.empty() ? 1.0 : w[ch];
    gw[ch] = rnd(dotp * invstd);
    gb[ch] = rnd(sum);
    const double k = rnd(rnd(rnd(rnd(dotp) * invstd) * invstd) / static_cast<double>(count));
    const double grad_mean = rnd(sum / static_cast<double>(count));
    for (int64_t i = 0; i < n; ++i)
      for (int64_t kk = 0; kk < inner; ++kk) {
        size_t j = at(i, ch, kk);
        if (training) {
          double dx = rnd(rnd(x[j] - mean) * k);
          gx[j] = rnd(rnd(rnd(rnd(gy[j] - grad_mean) - dx) * invstd) * wc);
        } else {
          gx[j] = rnd(rnd(gy[j] * invstd) * wc);
        }
      }
  }
  std::vector<Tensor> out{from_doubles(xt.sizes(), xt.dtype(), gx), Tensor(), Tensor()};
  if (a.has("weight")) out[1] = from_doubles(a.tensor("weight").sizes(), a.tensor("weight").dtype(), gw);
  if (a.has("bias")) out[2] = from_doubles(a.tensor("bias").sizes(), a.tensor("bias").dtype(), gb);
  return out;
}

Tensor embedding_backward(const Args& a, const Tensor& grad) {
  const Tensor& wt = a.tensor("weight");
  std::vector<int64_t> idx = read_as<int64_t>(a.tensor("input"));
  std::vector<double> gy = read_as<double>(grad);
  int64_t d = wt.sizes()[1];
  std::vector<double> gw(static_cast<size_t>(wt.numel()), 0.0);
  bool has_pad = a.has("padding_idx");
  int64_t pad = has_pad ? a.i("padding_idx") : 0;
  if (has_pad && pad < 0) pad += wt.sizes()[0];
  for (size_t i = 0; i < idx.size(); ++i) {
    if (has_pad && idx[i] == pad) continue;
    for (int64_t j = 0; j < d; ++j) gw[idx[i] * d + j] += gy[i * d + j];
  }
  return from_doubles(wt.sizes(), wt.dtype(), gw);
}

Tensor nll_loss_backward(const Args& a, const Tensor& grad, bool log_softmax_first) {
  const Tensor& x = a.tensor("input");
  const Tensor& t = a.tensor("target");
  NllGeom g = nll_geom(x, t);
  std::vector<int64_t> tgt = read_as<int64_t>(t);
  std::vector<double> w;
  if (a.has("weight")) w = read_as<double>(a.tensor("weight"));
  Reduction red = parse_reduction(a.s("reduction"));
  std::vector<double> gy = read_as<double>(grad);
  int64_t ignore = a.i("ignore_index");
  double wsum = 0;
  for (int64_t v : tgt) {
    if (v != ignore && v >= 0 && v < g.c) wsum += w.empty() ? 1.0 : w[v];
  }
  // d loss / d logp: -w[t] * (grad, or grad / total weight for mean) at the target class.
  std::vector<double> gl(static_cast<size_t>(x.numel()), 0.0);
  for (int64_t i = 0; i < g.n; ++i)
    for (int64_t k = 0; k < g.inner; ++k) {
      int64_t tv = tgt[i * g.inner + k];
      if (tv == ignore) continue;
      double wv = w.empty() ? 1.0 : w[tv];
      double gv = red == Reduction::None ? gy[i * g.inner + k] : gy[0];
      if (red == Reduction::Mean) gv /= wsum;
      gl[(i * g.c + tv) * g.inner + k] = -wv * gv;
    }
  if (log_softmax_first && (x.dtype() == DType::Float32 || x.dtype() == DType::Float64)) {
    // LogSoftmaxBackward0 of cross_entropy's log_softmax (SoftMaxKernel.cpp _vec_log_softmax_backward
    // and the non-last-dim kernel), in the input's dtype: grad - exp(output) * sum_c grad, where
    // output is the forward's log_softmax (the op's own values) and exp is the dtype's std::exp.
    // The nll part has one non-zero per row (the target), so the class sum is exact in any order.
    Tensor result;
    dispatch(x.dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
        std::vector<T> logp;
        {
          NoGradGuard ng;
          logp = read_as<T>(call_t("log_softmax", {x, Value(static_cast<int64_t>(x.dim() == 1 ? 0 : 1))}));
        }
        std::vector<T> gi(gl.size());
        for (size_t j = 0; j < gl.size(); ++j) gi[j] = static_cast<T>(gl[j]);
        for (int64_t i = 0; i < g.n; ++i)
          for (int64_t k = 0; k < g.inner; ++k) {
            T s = 0;
            for (int64_t c = 0; c < g.c; ++c) s += gi[static_cast<size_t>((i * g.c + c) * g.inner + k)];
            for (int64_t c = 0; c < g.c; ++c) {
              size_t j = static_cast<size_t>((i * g.c + c) * g.inner + k);
              const T e = std::exp(logp[j]);
              const T p = e * s;
              gi[j] = gi[j] - p;
            }
          }
        result = Tensor::make(x.sizes(), x.dtype());
        write_from<T>(result, gi);
      }
    });
    return result;
  }
  if (log_softmax_first) {
    // log_softmax backward: gl - softmax(x) * sum_c gl.
    std::vector<double> logp = log_softmax_rows(x, g);
    for (int64_t i = 0; i < g.n; ++i)
      for (int64_t k = 0; k < g.inner; ++k) {
        double s = 0;
        for (int64_t c = 0; c < g.c; ++c) s += gl[(i * g.c + c) * g.inner + k];
        for (int64_t c = 0; c < g.c; ++c) {
          size_t j = static_cast<size_t>((i * g.c + c) * g.inner + k);
          gl[j] = gl[j] - std::exp(logp[j]) * s;
        }
      }
  }
  return from_doubles(x.sizes(), x.dtype(), gl);
}

}  // namespace dp::torch
