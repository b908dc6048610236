// Mirrors the ATen kernels the model zoo needs beyond conv2d (aten/src/ATen/native/Convolution.cpp,
// AveragePool2d.cpp, UpSampleNearest2d.cpp, UpSampleBilinear2d.cpp, UpSample.h): conv1d,
// conv_transpose1d and conv_transpose2d (one loop nest shared by the forward and both gradients), avg_pool2d (padding,
// ceil_mode, count_include_pad, divisor_override) and the two 2-D upsampling kernels behind
// F.interpolate (nearest; bilinear with align_corners False/True). Their error texts are ATen's.
// Everything computes in the tensor's dtype (ATen's opmath for float is float); the backward
// kernels sum in double and round once.
// The facts the kernels rely on are written down in docs/models.md ("Ops the zoo needs").
#include <array>
#include <cmath>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"
#include "torch/zoo_backward.h"

namespace dp::torch {
using namespace detail;

namespace {

void check_float_input(const Tensor& t, const std::string& kernel) {
  if (!is_floating(t.dtype()))
    throw_error("RuntimeError", "\"" + kernel + "\" not implemented for '" + aten_name(t.dtype()) + "'");
}

// An int[N] argument (one int or N of them) as exactly N values.
Shape int_n_arg(const Args& a, const std::string& name, size_t n, const std::string& what) {
  const Value& v = a.get(name);
  Shape s = v.is_int() ? Shape{v.to_int()} : a.ints(name);
  if (s.size() == 1 && n > 1) {
    int64_t v0 = s[0];  // assign() from one of its own elements is undefined
    s.assign(n, v0);
  }
  if (s.size() != n)
    throw_error("RuntimeError", "expected " + name + " to be a single integer value or a list of " + std::to_string(n) +
                                    " values to match the " + what + " dimensions, but got " + name + "=" +
                                    shape_str(s));
  return s;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Convolutions. A 1-d convolution is the 2-d one with a height of 1.

ConvGeom conv_geom(const Args& a, int spatial, bool transposed) {
  const std::string op =
      transposed ? "conv_transpose" + std::to_string(spatial) + "d" : "conv" + std::to_string(spatial) + "d";
  const Tensor& x = a.tensor("input");
  const Tensor& wt = a.tensor("weight");
  ConvGeom g;
  g.spatial = spatial;
  g.transposed = transposed;
  int64_t nd = spatial + 2;
  if (x.dim() != nd - 1 && x.dim() != nd)
    throw_error("RuntimeError", "Expected " + std::to_string(nd - 1) + "D (unbatched) or " + std::to_string(nd) +
                                    "D (batched) input to " + op + ", but got input of size: " + shape_str(x.sizes()));
  check_float_input(x, transposed ? "slow_conv_transpose2d_cpu" : "slow_conv2d_cpu");
  g.batched = x.dim() == nd;
  Shape xs = x.sizes();
  if (!g.batched) xs.insert(xs.begin(), 1);
  if (wt.dim() != nd)
    throw_error("RuntimeError", "Expected " + std::to_string(wt.dim()) + "-dimensional input for " +
                                    std::to_string(wt.dim()) + "-dimensional weight " + shape_str(wt.sizes()) + ", but got " +
                                    std::to_string(x.dim()) + "-dimensional input of size " + shape_str(x.sizes()) +
                                    " instead");
  g.n = xs[0];
  g.c = xs[1];
  g.h = spatial == 2 ? xs[2] : 1;
  g.w = xs[nd - 1];
  g.kh = spatial == 2 ? wt.sizes()[2] : 1;
  g.kw = wt.sizes()[nd - 1];
  g.groups = a.i("groups");
  std::string what = "convolution";
  Shape st = int_n_arg(a, "stride", spatial, what), pd = int_n_arg(a, "padding", spatial, what),
        dl = int_n_arg(a, "dilation", spatial, what);
  Shape op_pad(spatial, 0);
  if (transposed) op_pad = int_n_arg(a, "output_padding", spatial, what);
  auto two = [&](const Shape& s, int64_t fill) {
    return spatial == 2 ? std::array<int64_t, 2>{s[0], s[1]} : std::array<int64_t, 2>{fill, s[0]};
  };
  g.stride = two(st, 1);
  g.pad = two(pd, 0);
  g.dil = two(dl, 1);
  g.opad = two(op_pad, 0);
  for (int64_t v : st)
    if (v <= 0) throw_error("RuntimeError", "non-positive stride is not supported");
  for (int64_t v : pd)
    if (v < 0) throw_error("RuntimeError", "negative padding is not supported");
  if (g.groups <= 0) throw_error("RuntimeError", "non-positive groups is not supported");
  std::string gw = "Given " + std::string(transposed ? "transposed=1, " : "groups=" + std::to_string(g.groups) + ", ") +
                   "weight of size " + shape_str(wt.sizes());
  if (!transposed) {
    g.oc = wt.sizes()[0];
    if (g.c != wt.sizes()[1] * g.groups)
      throw_error("RuntimeError", gw + ", expected input" + shape_str(xs) + " to have " +
                                      std::to_string(wt.sizes()[1] * g.groups) + " channels, but got " +
                                      std::to_string(g.c) + " channels instead");
  } else {
    g.oc = wt.sizes()[1] * g.groups;
    if (g.c != wt.sizes()[0])
      throw_error("RuntimeError", gw + ", expected input" + shape_str(xs) + " to have " +
                                      std::to_string(wt.sizes()[0]) + " channels, but got " + std::to_string(g.c) +
                                      " channels instead");
  }
  if (a.has("bias") && (a.tensor("bias").dim() != 1 || a.tensor("bias").sizes()[0] != g.oc))
    throw_error("RuntimeError", "Given " + std::string(transposed ? "transposed=1, " : "") + "weight of size " +
                                    shape_str(wt.sizes()) + ", expected bias to be 1-dimensional with " +
                                    std::to_string(g.oc) + " elements, but got bias of size " +
                                    shape_str(a.tensor("bias").sizes()) + " instead");
  int64_t dkh = g.dil[0] * (g.kh - 1) + 1, dkw = g.dil[1] * (g.kw - 1) + 1;
  if (!transposed) {
    int64_t eh = g.h + 2 * g.pad[0], ew = g.w + 2 * g.pad[1];
    if (eh < dkh || ew < dkw) {
      std::string in = spatial == 2 ? std::to_string(eh) + " x " + std::to_string(ew) : std::to_string(ew);
      std::string k = spatial == 2 ? std::to_string(dkh) + " x " + std::to_string(dkw) : std::to_string(dkw);
      throw_error("RuntimeError", "Calculated padded input size per channel: (" + in + "). Kernel size: (" + k +
                                      "). Kernel size can't be greater than actual input size");
    }
    g.oh = (eh - dkh) / g.stride[0] + 1;
    g.ow = (ew - dkw) / g.stride[1] + 1;
  } else {
    for (int d = 0; d < 2; ++d)
      if (g.opad[d] >= g.stride[d] && g.opad[d] >= g.dil[d])
        throw_error(
            "RuntimeError",
            "output padding must be smaller than either stride or dilation, but got output_padding_height: " +
                std::to_string(g.opad[0]) + " output_padding_width: " + std::to_string(g.opad[1]) +
                " stride_height: " + std::to_string(g.stride[0]) + " stride_width: " + std::to_string(g.stride[1]) +
                " dilation_height: " + std::to_string(g.dil[0]) + " dilation_width: " + std::to_string(g.dil[1]));
    g.oh = (g.h - 1) * g.stride[0] - 2 * g.pad[0] + dkh - 1 + g.opad[0] + 1;
    g.ow = (g.w - 1) * g.stride[1] - 2 * g.pad[1] + dkw - 1 + g.opad[1] + 1;
    if (g.oh < 1 || g.ow < 1)
      throw_error("RuntimeError", "Given input size per channel: (" + std::to_string(g.h) + " x " +
                                      std::to_string(g.w) + "). Calculated output size per channel: (" +
                                      std::to_string(g.oh) + " x " + std::to_string(g.ow) +
                                      "). Output size is too small");
  }
  if (spatial == 2) g.out_shape = g.batched ? Shape{g.n, g.oc, g.oh, g.ow} : Shape{g.oc, g.oh, g.ow};
  else g.out_shape = g.batched ? Shape{g.n, g.oc, g.ow} : Shape{g.oc, g.ow};
  return g;
}

// Calls f(x_index, w_index, y_index) for every product of the convolution, over contiguous
// (n, c, h, w) input, the weight, and (n, oc, oh, ow) output.
template <class F>
void conv_products(const ConvGeom& g, F&& f) {
  if (!g.transposed) {
    int64_t icg = g.c / g.groups, ocg = g.oc / g.groups;
    for (int64_t n = 0; n < g.n; ++n)
      for (int64_t o = 0; o < g.oc; ++o) {
        int64_t grp = o / ocg;
        for (int64_t i = 0; i < g.oh; ++i)
          for (int64_t j = 0; j < g.ow; ++j) {
            int64_t yi = ((n * g.oc + o) * g.oh + i) * g.ow + j;
            for (int64_t ci = 0; ci < icg; ++ci) {
              int64_t c = grp * icg + ci;
              for (int64_t ki = 0; ki < g.kh; ++ki) {
                int64_t hi = i * g.stride[0] - g.pad[0] + ki * g.dil[0];
                if (hi < 0 || hi >= g.h) continue;
                for (int64_t kj = 0; kj < g.kw; ++kj) {
                  int64_t wj = j * g.stride[1] - g.pad[1] + kj * g.dil[1];
                  if (wj < 0 || wj >= g.w) continue;
                  f(((n * g.c + c) * g.h + hi) * g.w + wj, ((o * icg + ci) * g.kh + ki) * g.kw + kj, yi);
                }
              }
            }
          }
      }
    return;
  }
  // Transposed: each input element spreads over the output through the (c, oc/groups, kh, kw) weight.
  int64_t icg = g.c / g.groups, ocg = g.oc / g.groups;
  for (int64_t n = 0; n < g.n; ++n)
    for (int64_t c = 0; c < g.c; ++c) {
      int64_t grp = c / icg;
      for (int64_t i = 0; i < g.h; ++i)
        for (int64_t j = 0; j < g.w; ++j) {
          int64_t xi = ((n * g.c + c) * g.h + i) * g.w + j;
          for (int64_t co = 0; co < ocg; ++co) {
            int64_t o = grp * ocg + co;
            for (int64_t ki = 0; ki < g.kh; ++ki) {
              int64_t oi = i * g.stride[0] - g.pad[0] + ki * g.dil[0];
              if (oi < 0 || oi >= g.oh) continue;
              for (int64_t kj = 0; kj < g.kw; ++kj) {
                int64_t oj = j * g.stride[1] - g.pad[1] + kj * g.dil[1];
                if (oj < 0 || oj >= g.ow) continue;
                f(xi, ((c * ocg + co) * g.kh + ki) * g.kw + kj, ((n * g.oc + o) * g.oh + oi) * g.ow + oj);
              }
            }
          }
        }
    }
}

namespace {

Tensor from_doubles(const Shape& shape, DType dt, const std::vector<double>& v) {
  Tensor t = Tensor::make(shape, dt);
  write_from<double>(t, v);
  return t;
}

}  // namespace

// Sums in the dtype (ATen's opmath for float is float): a convolution starts each output from its
// bias (slow_conv2d copies the bias into the output before the matrix product), a transposed one
// adds the bias after scattering the products (slow_conv_transpose2d).
void conv_forward(const ConvGeom& g, const Args& a, Value& out) {
  dispatch(a.tensor("input").dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) {
      std::vector<T> x = read_as<T>(a.tensor("input"));
      std::vector<T> w = read_as<T>(a.tensor("weight"));
      std::vector<T> y(static_cast<size_t>(g.n * g.oc * g.oh * g.ow), T(0));
      std::vector<T> b;
      if (a.has("bias")) b = read_as<T>(a.tensor("bias"));
      auto add_bias = [&] {
        for (int64_t n = 0; n < g.n; ++n)
          for (int64_t o = 0; o < g.oc; ++o)
            for (int64_t k = 0; k < g.oh * g.ow; ++k) y[(n * g.oc + o) * g.oh * g.ow + k] += b[o];
      };
      if (!b.empty() && !g.transposed) add_bias();
      if (g.transposed) {
        // slow_conv_transpose2d's order: the matrix product first (each column value is the sum over
        // the group's input channels), then col2im adds the columns into the output, channel
        // (o, ki, kj) by channel, position by position.
        int64_t icg = g.c / g.groups, ocg = g.oc / g.groups;
        for (int64_t n = 0; n < g.n; ++n)
          for (int64_t o = 0; o < g.oc; ++o) {
            int64_t grp = o / ocg, co = o % ocg;
            for (int64_t ki = 0; ki < g.kh; ++ki)
              for (int64_t kj = 0; kj < g.kw; ++kj)
                for (int64_t i = 0; i < g.h; ++i) {
                  int64_t oi = i * g.stride[0] - g.pad[0] + ki * g.dil[0];
                  for (int64_t j = 0; j < g.w; ++j) {
                    int64_t oj = j * g.stride[1] - g.pad[1] + kj * g.dil[1];
                    T col = T(0);
                    for (int64_t ci = 0; ci < icg; ++ci) {
                      int64_t c = grp * icg + ci;
                      col += x[static_cast<size_t>(((n * g.c + c) * g.h + i) * g.w + j)] *
                             w[static_cast<size_t>(((c * ocg + co) * g.kh + ki) * g.kw + kj)];
                    }
                    if (oi < 0 || oi >= g.oh || oj < 0 || oj >= g.ow) continue;
                    y[static_cast<size_t>(((n * g.oc + o) * g.oh + oi) * g.ow + oj)] += col;
                  }
                }
          }
      } else {
        conv_products(g, [&](int64_t xi, int64_t wi, int64_t yi) { y[yi] += x[xi] * w[wi]; });
      }
      if (!b.empty() && g.transposed) add_bias();
      write_from<T>(out.tensor(), y);
    }
  });
}

namespace {

void def_convs(Registry& r) {
  r.add(
       "conv1d(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=1, int[1] padding=0, int[1] dilation=1, int groups=1) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         ConvGeom g = conv_geom(a, 1, false);
         return Tensor::make(g.out_shape, a.tensor("input").dtype(), true);
       },
       [](const Args& a, Value& out) { conv_forward(conv_geom(a, 1, false), a, out); }, "ConvolutionBackward0")
      .is_method = false;
  r.add(
       "conv_transpose1d(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=1, int[1] padding=0, int[1] output_padding=0, int groups=1, int[1] dilation=1) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         ConvGeom g = conv_geom(a, 1, true);
         return Tensor::make(g.out_shape, a.tensor("input").dtype(), true);
       },
       [](const Args& a, Value& out) { conv_forward(conv_geom(a, 1, true), a, out); }, "ConvolutionBackward0")
      .is_method = false;
  r.add(
       "conv_transpose2d(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] output_padding=0, int groups=1, int[2] dilation=1) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         ConvGeom g = conv_geom(a, 2, true);
         return Tensor::make(g.out_shape, a.tensor("input").dtype(), true);
       },
       [](const Args& a, Value& out) { conv_forward(conv_geom(a, 2, true), a, out); }, "ConvolutionBackward0")
      .is_method = false;
}

// ---------------------------------------------------------------------------------------------
// avg_pool2d (AveragePool2d.cpp, AvgPoolKernel.cpp): the window's sum in the dtype, divided by
// divisor_override, or the window's size clipped to the padded input (count_include_pad), or the
// number of input elements in it.

struct AvgPoolGeom {
  bool batched = true;
  int64_t n = 1, c = 1, h = 1, w = 1, oh = 1, ow = 1;
  std::array<int64_t, 2> k{1, 1}, st{1, 1}, pad{0, 0};
  bool count_include_pad = true;
  int64_t divisor = 0;  // divisor_override, 0 = none
  Shape out_shape;
};

int64_t pooled_out(int64_t in, int64_t k, int64_t pad, int64_t stride, bool ceil_mode) {
  int64_t num = in + 2 * pad - (k - 1) - 1 + (ceil_mode ? stride - 1 : 0);
  int64_t out = num / stride + 1;
  if (ceil_mode && (out - 1) * stride >= in + pad) --out;
  return out;
}

AvgPoolGeom avg_pool_geom(const Args& a) {
  const Tensor& x = a.tensor("self");
  AvgPoolGeom g;
  Shape k = a.ints("kernel_size");
  if (k.size() != 1 && k.size() != 2)
    throw_error("RuntimeError", "avg_pool2d: kernel_size must either be a single int, or a tuple of two ints");
  Shape s = a.get("stride").is_int() ? Shape{a.i("stride")} : a.ints("stride");
  if (!s.empty() && s.size() != 1 && s.size() != 2)
    throw_error("RuntimeError", "avg_pool2d: stride must either be omitted, a single int, or a tuple of two ints");
  Shape p = a.get("padding").is_int() ? Shape{a.i("padding")} : a.ints("padding");
  if (p.size() != 1 && p.size() != 2)
    throw_error("RuntimeError", "avg_pool2d: padding must either be a single int, or a tuple of two ints");
  g.k = {k[0], k.size() == 2 ? k[1] : k[0]};
  g.st = s.empty() ? g.k : std::array<int64_t, 2>{s[0], s.size() == 2 ? s[1] : s[0]};
  g.pad = {p[0], p.size() == 2 ? p[1] : p[0]};
  if (a.has("divisor_override")) {
    g.divisor = a.i("divisor_override");
    if (g.divisor == 0) throw_error("RuntimeError", "divisor must be not zero");
  }
  g.count_include_pad = a.b("count_include_pad");
  // avg_pool2d's meta reads input.size(-3) before checking the rank.
  wrap_dim(-3, x.dim());
  if (x.dim() != 3 && x.dim() != 4)
    throw_error("RuntimeError", "non-empty 3D or 4D (batch mode) tensor expected for input");
  g.batched = x.dim() == 4;
  Shape xs = x.sizes();
  if (!g.batched) xs.insert(xs.begin(), 1);
  g.n = xs[0], g.c = xs[1], g.h = xs[2], g.w = xs[3];
  if (g.k[0] <= 0 || g.k[1] <= 0)
    throw_error("RuntimeError", "kernel size should be greater than zero, but got kH: " + std::to_string(g.k[0]) +
                                    " kW: " + std::to_string(g.k[1]));
  if (g.st[0] <= 0 || g.st[1] <= 0)
    throw_error("RuntimeError", "stride should be greater than zero, but got dH: " + std::to_string(g.st[0]) +
                                    " dW: " + std::to_string(g.st[1]));
  if (g.pad[0] > g.k[0] / 2 || g.pad[1] > g.k[1] / 2)
    throw_error("RuntimeError", "pad should be at most half of effective kernel size, but got pad=" +
                                    std::to_string(g.pad[0] > g.k[0] / 2 ? g.pad[0] : g.pad[1]) + ", kernel_size=" +
                                    std::to_string(g.pad[0] > g.k[0] / 2 ? g.k[0] : g.k[1]) + " and dilation=1");
  bool ceil = a.b("ceil_mode");
  g.oh = pooled_out(g.h, g.k[0], g.pad[0], g.st[0], ceil);
  g.ow = pooled_out(g.w, g.k[1], g.pad[1], g.st[1], ceil);
  if (g.oh < 1 || g.ow < 1)
    throw_error("RuntimeError", "Given input size: (" + std::to_string(g.c) + "x" + std::to_string(g.h) + "x" +
                                    std::to_string(g.w) + "). Calculated output size: (" + std::to_string(g.c) + "x" +
                                    std::to_string(g.oh) + "x" + std::to_string(g.ow) + "). Output size is too small");
  g.out_shape = g.batched ? Shape{g.n, g.c, g.oh, g.ow} : Shape{g.c, g.oh, g.ow};
  return g;
}

// The window of output (i, j): input rows [h0, h1), columns [w0, w1), and its divisor.
struct PoolWindow {
  int64_t h0, h1, w0, w1, divide;
};
PoolWindow avg_window(const AvgPoolGeom& g, int64_t i, int64_t j) {
  int64_t h0 = i * g.st[0] - g.pad[0], w0 = j * g.st[1] - g.pad[1];
  int64_t h1 = std::min(h0 + g.k[0], g.h + g.pad[0]), w1 = std::min(w0 + g.k[1], g.w + g.pad[1]);
  int64_t pool_size = (h1 - h0) * (w1 - w0);
  h0 = std::max<int64_t>(h0, 0);
  w0 = std::max<int64_t>(w0, 0);
  h1 = std::min(h1, g.h);
  w1 = std::min(w1, g.w);
  int64_t divide = g.divisor ? g.divisor : g.count_include_pad ? pool_size : (h1 - h0) * (w1 - w0);
  return {h0, h1, w0, w1, divide};
}

void def_avg_pool2d(Registry& r) {
  r.add(
       "avg_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         AvgPoolGeom g = avg_pool_geom(a);
         if (!is_floating(a.tensor("self").dtype()) && a.tensor("self").dtype() != DType::Int64)
           check_float_input(a.tensor("self"), "avg_pool2d");
         return Tensor::make(g.out_shape, a.tensor("self").dtype(), true);
       },
       [](const Args& a, Value& out) {
         AvgPoolGeom g = avg_pool_geom(a);
         dispatch(a.tensor("self").dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
             std::vector<T> x = read_as<T>(a.tensor("self"));
             std::vector<T> y(static_cast<size_t>(g.n * g.c * g.oh * g.ow));
             for (int64_t p = 0; p < g.n * g.c; ++p)
               for (int64_t i = 0; i < g.oh; ++i)
                 for (int64_t j = 0; j < g.ow; ++j) {
                   PoolWindow win = avg_window(g, i, j);
                   T sum = 0;
                   for (int64_t hi = win.h0; hi < win.h1; ++hi)
                     for (int64_t wj = win.w0; wj < win.w1; ++wj) sum += x[(p * g.h + hi) * g.w + wj];
                   y[(p * g.oh + i) * g.ow + j] = static_cast<T>(sum / static_cast<T>(win.divide));
                 }
             write_from<T>(out.tensor(), y);
           } else {
             check_float_input(a.tensor("self"), "avg_pool2d");
           }
         });
       },
       "AvgPool2DBackward0")
      .is_method = false;
}

// ---------------------------------------------------------------------------------------------
// upsample_nearest2d / upsample_bilinear2d (UpSample.h): output_size given, and the scales the
// caller passed (None when it gave a size), which pick the source coordinates.

struct UpGeom {
  bool batched = true;
  int64_t n = 1, c = 1, h = 1, w = 1, oh = 1, ow = 1;
  std::optional<double> sh, sw;
  Shape out_shape;
};

UpGeom up_geom(const Args& a, const std::string& op) {
  const Tensor& x = a.tensor("self");
  UpGeom g;
  if (x.dim() != 4)
    throw_error("RuntimeError", "Expected 4D input for " + op + ", but got input of size: " + shape_str(x.sizes()));
  Shape os = a.ints("output_size");
  DP_CHECK(os.size() == 2, "It is expected output_size equals to 2, but got size " + std::to_string(os.size()));
  g.n = x.sizes()[0], g.c = x.sizes()[1], g.h = x.sizes()[2], g.w = x.sizes()[3];
  g.oh = os[0], g.ow = os[1];
  if (g.h <= 0 || g.w <= 0 || g.oh <= 0 || g.ow <= 0)
    throw_error("RuntimeError", "Input and output sizes should be greater than 0, but got input (H: " +
                                    std::to_string(g.h) + ", W: " + std::to_string(g.w) +
                                    ") output (H: " + std::to_string(g.oh) + ", W: " + std::to_string(g.ow) + ")");
  if (a.has("scales_h")) g.sh = a.f("scales_h");
  if (a.has("scales_w")) g.sw = a.f("scales_w");
  g.out_shape = {g.n, g.c, g.oh, g.ow};
  return g;
}

// compute_scales_value: 1/scale when the caller gave one, else in/out (in the kernel's float type).
template <class T>
T scales_value(const std::optional<double>& s, int64_t in, int64_t out) {
  return s && *s > 0 ? static_cast<T>(1.0 / *s) : static_cast<T>(in) / static_cast<T>(out);
}

// nearest_idx (UpSample.h).
int64_t nearest_idx(int64_t out_i, int64_t in, int64_t out, const std::optional<double>& s) {
  if (out == in) return out_i;
  if (out == 2 * in) return out_i >> 1;
  float scale = scales_value<float>(s, in, out);
  return std::min(static_cast<int64_t>(std::floor(static_cast<float>(out_i) * scale)), in - 1);
}

// area_pixel_compute_scale / area_pixel_compute_source_index (UpSample.h) for linear modes.
template <class T>
T area_scale(int64_t in, int64_t out, bool align_corners, const std::optional<double>& s) {
  if (align_corners) return out > 1 ? static_cast<T>(in - 1) / static_cast<T>(out - 1) : T(0);
  return scales_value<T>(s, in, out);
}
template <class T>
T area_source(T scale, int64_t dst, bool align_corners) {
  if (align_corners) return scale * static_cast<T>(dst);
  T src = scale * (static_cast<T>(dst) + T(0.5)) - T(0.5);
  return src < T(0) ? T(0) : src;
}

}  // namespace

// The bilinear weights of one output coordinate along one axis.
struct LinearTap {
  int64_t i0, i1;
  double l0, l1;
};

namespace {

template <class T>
LinearTap linear_tap(int64_t dst, int64_t in, T scale, bool align_corners) {
  T src = area_source<T>(scale, dst, align_corners);
  int64_t i0 = static_cast<int64_t>(src);
  int64_t i1 = i0 + (i0 < in - 1 ? 1 : 0);
  T l1 = src - static_cast<T>(i0);
  T l0 = T(1) - l1;
  return {i0, i1, static_cast<double>(l0), static_cast<double>(l1)};
}

void def_upsample(Registry& r) {
  r.add(
       "upsample_nearest2d(Tensor self, int[2] output_size, float? scales_h=None, float? scales_w=None) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         UpGeom g = up_geom(a, "upsample_nearest2d");
         return Tensor::make(g.out_shape, a.tensor("self").dtype(), true);
       },
       [](const Args& a, Value& out) {
         UpGeom g = up_geom(a, "upsample_nearest2d");
         dispatch(a.tensor("self").dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           std::vector<T> x = read_as<T>(a.tensor("self"));
           std::vector<T> y(static_cast<size_t>(g.n * g.c * g.oh * g.ow));
           for (int64_t p = 0; p < g.n * g.c; ++p)
             for (int64_t i = 0; i < g.oh; ++i) {
               int64_t si = nearest_idx(i, g.h, g.oh, g.sh);
               for (int64_t j = 0; j < g.ow; ++j)
                 y[(p * g.oh + i) * g.ow + j] = x[(p * g.h + si) * g.w + nearest_idx(j, g.w, g.ow, g.sw)];
             }
           write_from<T>(out.tensor(), y);
         });
       },
       "UpsampleNearest2DBackward0")
      .is_method = false;
  r.add(
       "upsample_bilinear2d(Tensor self, int[2] output_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         UpGeom g = up_geom(a, "upsample_bilinear2d");
         check_float_input(a.tensor("self"), "upsample_bilinear2d_out_frame");
         return Tensor::make(g.out_shape, a.tensor("self").dtype(), true);
       },
       [](const Args& a, Value& out) {
         UpGeom g = up_geom(a, "upsample_bilinear2d");
         bool ac = a.b("align_corners");
         dispatch(a.tensor("self").dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           if constexpr (std::is_floating_point_v<T>) {
             std::vector<T> x = read_as<T>(a.tensor("self"));
             std::vector<T> y(static_cast<size_t>(g.n * g.c * g.oh * g.ow));
             T rh = area_scale<T>(g.h, g.oh, ac, g.sh), rw = area_scale<T>(g.w, g.ow, ac, g.sw);
             for (int64_t i = 0; i < g.oh; ++i) {
               LinearTap th = linear_tap<T>(i, g.h, rh, ac);
               for (int64_t j = 0; j < g.ow; ++j) {
                 LinearTap tw = linear_tap<T>(j, g.w, rw, ac);
                 T h0 = static_cast<T>(th.l0), h1 = static_cast<T>(th.l1);
                 T w0 = static_cast<T>(tw.l0), w1 = static_cast<T>(tw.l1);
                 for (int64_t p = 0; p < g.n * g.c; ++p) {
                   const T* src = x.data() + p * g.h * g.w;
                   y[(p * g.oh + i) * g.ow + j] = h0 * (w0 * src[th.i0 * g.w + tw.i0] + w1 * src[th.i0 * g.w + tw.i1]) +
                                                  h1 * (w0 * src[th.i1 * g.w + tw.i0] + w1 * src[th.i1 * g.w + tw.i1]);
                 }
               }
             }
             write_from<T>(out.tensor(), y);
           } else {
             check_float_input(a.tensor("self"), "upsample_bilinear2d_out_frame");
           }
         });
       },
       "UpsampleBilinear2DBackward0")
      .is_method = false;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Backward kernels (zoo_backward.h): in double, rounded once into the gradient's dtype.

std::vector<Tensor> conv_backward(const Args& a, const Tensor& grad, int spatial, bool transposed) {
  ConvGeom g = conv_geom(a, spatial, transposed);
  const Tensor& xt = a.tensor("input");
  const Tensor& wt = a.tensor("weight");
  std::vector<double> x = read_as<double>(xt), w = read_as<double>(wt), gy = read_as<double>(grad);
  std::vector<double> gx(x.size(), 0.0), gw(w.size(), 0.0), gb(static_cast<size_t>(g.oc), 0.0);
  conv_products(g, [&](int64_t xi, int64_t wi, int64_t yi) {
    gx[xi] += gy[yi] * w[wi];
    gw[wi] += gy[yi] * x[xi];
  });
  for (int64_t n = 0; n < g.n; ++n)
    for (int64_t o = 0; o < g.oc; ++o)
      for (int64_t k = 0; k < g.oh * g.ow; ++k) gb[o] += gy[(n * g.oc + o) * g.oh * g.ow + k];
  std::vector<Tensor> out{from_doubles(xt.sizes(), xt.dtype(), gx), from_doubles(wt.sizes(), wt.dtype(), gw), Tensor()};
  if (a.has("bias")) out[2] = from_doubles(a.tensor("bias").sizes(), a.tensor("bias").dtype(), gb);
  return out;
}

Tensor avg_pool2d_backward(const Args& a, const Tensor& grad) {
  AvgPoolGeom g = avg_pool_geom(a);
  const Tensor& xt = a.tensor("self");
  std::vector<double> gy = read_as<double>(grad);
  std::vector<double> gx(static_cast<size_t>(xt.numel()), 0.0);
  for (int64_t p = 0; p < g.n * g.c; ++p)
    for (int64_t i = 0; i < g.oh; ++i)
      for (int64_t j = 0; j < g.ow; ++j) {
        PoolWindow win = avg_window(g, i, j);
        double share = gy[(p * g.oh + i) * g.ow + j] / static_cast<double>(win.divide);
        for (int64_t hi = win.h0; hi < win.h1; ++hi)
          for (int64_t wj = win.w0; wj < win.w1; ++wj) gx[(p * g.h + hi) * g.w + wj] += share;
      }
  return from_doubles(xt.sizes(), xt.dtype(), gx);
}

Tensor upsample_backward(const Args& a, const Tensor& grad, bool bilinear) {
  UpGeom g = up_geom(a, bilinear ? "upsample_bilinear2d" : "upsample_nearest2d");
  const Tensor& xt = a.tensor("self");
  std::vector<double> gy = read_as<double>(grad);
  std::vector<double> gx(static_cast<size_t>(xt.numel()), 0.0);
  bool ac = bilinear && a.b("align_corners");
  double rh = area_scale<double>(g.h, g.oh, ac, g.sh), rw = area_scale<double>(g.w, g.ow, ac, g.sw);
  for (int64_t p = 0; p < g.n * g.c; ++p)
    for (int64_t i = 0; i < g.oh; ++i)
      for (int64_t j = 0; j < g.ow; ++j) {
        double go = gy[(p * g.oh + i) * g.ow + j];
        double* dst = gx.data() + p * g.h * g.w;
        if (!bilinear) {
          dst[nearest_idx(i, g.h, g.oh, g.sh) * g.w + nearest_idx(j, g.w, g.ow, g.sw)] += go;
          continue;
        }
        LinearTap th = linear_tap<double>(i, g.h, rh, ac), tw = linear_tap<double>(j, g.w, rw, ac);
        dst[th.i0 * g.w + tw.i0] += th.l0 * tw.l0 * go;
        dst[th.i0 * g.w + tw.i1] += th.l0 * tw.l1 * go;
        dst[th.i1 * g.w + tw.i0] += th.l1 * tw.l0 * go;
        dst[th.i1 * g.w + tw.i1] += th.l1 * tw.l1 * go;
      }
  return from_doubles(xt.sizes(), xt.dtype(), gx);
}

void register_conv_ops(Registry& r) {
  def_convs(r);
  def_avg_pool2d(r);
  def_upsample(r);
}

}  // namespace dp::torch
