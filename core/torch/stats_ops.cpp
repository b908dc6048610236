// Ops of ATen's summary and vector files that real programs reach for: linalg_cross (Cross.cpp,
// cpu/CrossKernel.cpp: the three products per position in the tensor's type; LinalgCrossBackward0),
// dist (Distance.cpp: norm(self - other, p); DistBackward0), bincount (SummaryOps.cpp
// _bincount_cpu: counts as int64, or float / double sums of the weights in input order) and histc
// (Histogram.cpp histogram_histc_out + cpu/HistogramKernel.cpp's linear-interpolation binning in the
// input's type). Their Python entry points (torch.cross, torch.linalg.cross) are in
// core/prelude/torch/_variable_functions.py and linalg.py.
#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

namespace {

// A double as c10::str (std::ostream's default format) writes it: 6 significant digits, inf, nan.
std::string format_double(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

void def_linalg_cross(Registry& r) {
  r.add(
       "linalg_cross(Tensor self, Tensor other, *, int dim=-1) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& x = a.tensor("self");
         const Tensor& y = a.tensor("other");
         int64_t dim = a.i("dim");
         if (x.dim() != y.dim())
           throw_error("RuntimeError", "linalg.cross: inputs must have the same number of dimensions.");
         int64_t d = wrap_dim(dim, x.dim());
         if (x.sizes()[d] != 3 || y.sizes()[d] != 3)
           throw_error("RuntimeError", "linalg.cross: inputs dimension " + std::to_string(dim) +
                                           " must have length 3. Got " + std::to_string(x.sizes()[d]) + " and " +
                                           std::to_string(y.sizes()[d]));
         if (x.dtype() != y.dtype())
           throw_error("RuntimeError",
                       "expected scalar type " + aten_name(x.dtype()) + " but found " + aten_name(y.dtype()));
         return Tensor::make(broadcast_shapes(x.sizes(), y.sizes()), x.dtype(), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& x = a.tensor("self");
         const Tensor& y = a.tensor("other");
         const Tensor& o = out.tensor();
         int64_t d = wrap_dim(a.i("dim"), x.dim());
         const Shape& shape = o.sizes();
         // Rows of 3 along `d`: the other dims in row-major order.
         int64_t inner = 1, outer = 1;
         for (int64_t k = d + 1; k < static_cast<int64_t>(shape.size()); ++k) inner *= shape[k];
         for (int64_t k = 0; k < d; ++k) outer *= shape[k];
         dispatch(o.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           if constexpr (std::is_same_v<T, bool>) {
             throw_error("RuntimeError", "\"linalg_cross\" not implemented for 'Bool'");
           } else {
             std::vector<T> xs = read_as<T>(x, shape), ys = read_as<T>(y, shape), r(xs.size());
             for (int64_t b = 0; b < outer; ++b)
               for (int64_t i = 0; i < inner; ++i) {
                 int64_t p = b * 3 * inner + i;
                 T x0 = xs[p], x1 = xs[p + inner], x2 = xs[p + 2 * inner];
                 T y0 = ys[p], y1 = ys[p + inner], y2 = ys[p + 2 * inner];
                 r[p] = static_cast<T>(x1 * y2 - x2 * y1);
                 r[p + inner] = static_cast<T>(x2 * y0 - x0 * y2);
                 r[p + 2 * inner] = static_cast<T>(x0 * y1 - x1 * y0);
               }
             write_from<T>(o, r);
           }
         });
       },
       "LinalgCrossBackward0")
      .is_method = false;
}

void def_dist(Registry& r) {
  r.add(
      "dist(Tensor self, Tensor other, Scalar p=2) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("self");
        const Tensor& y = a.tensor("other");
        broadcast_shapes(x.sizes(), y.sizes());
        DType t = result_type({operand_of(x), operand_of(y)});
        if (!is_floating(t))
          throw_error("RuntimeError",
                      "linalg.vector_norm: Expected a floating point or complex tensor as input. Got " + aten_name(t));
        return Tensor::make({}, t, true);
      },
      [](const Args& a, Value& out) {
        NoGradGuard ng;
        Tensor diff = call_t("sub", {a.tensor("self"), a.tensor("other")});
        copy_into(out.tensor(), call_t("_aten_norm", {diff, a.get("p")}));
      },
      "DistBackward0");
}

void def_bincount(Registry& r) {
  r.add(
      "bincount(Tensor self, Tensor? weights=None, int minlength=0) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (!is_integral(self.dtype(), false))
          throw_error("RuntimeError", "\"bincount_cpu\" not implemented for '" + aten_name(self.dtype()) + "'");
        // The number of bins depends on the values (a dynamic output shape op for the tracer).
        if (fake_mode() || any_fake(a))
          throw_error("RuntimeError", "aten.bincount.default: dynamic output shape (bincount on a fake tensor)");
        return Value();
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        int64_t minlength = a.i("minlength");
        if (minlength < 0) throw_error("RuntimeError", "minlength should be >= 0");
        bool has_w = a.has("weights");
        if (self.dim() == 1 && self.numel() == 0) {
          out = Tensor::make({minlength}, DType::Int64);
          return;
        }
        std::vector<int64_t> v = read_as<int64_t>(self);
        if (self.dim() != 1 || *std::min_element(v.begin(), v.end()) < 0)
          throw_error("RuntimeError", "bincount only supports 1-d non-negative integral inputs.");
        if (has_w) {
          const Tensor& w = a.tensor("weights");
          if (w.dim() != 1 || w.sizes()[0] != self.sizes()[0])
            throw_error("RuntimeError", "weights should be 1-d and have the same length as input");
        }
        int64_t nbins = std::max(*std::max_element(v.begin(), v.end()) + 1, minlength);
        if (!has_w) {
          std::vector<int64_t> c(static_cast<size_t>(nbins), 0);
          for (int64_t e : v) ++c[static_cast<size_t>(e)];
          Tensor t = Tensor::make({nbins}, DType::Int64);
          write_from<int64_t>(t, c);
          out = t;
          return;
        }
        const Tensor& w = a.tensor("weights");
        auto sums = [&](auto tag, DType dt) {
          using T = typename decltype(tag)::type;
          std::vector<T> ws = read_as<T>(w), c(static_cast<size_t>(nbins), T(0));
          for (size_t i = 0; i < v.size(); ++i) c[static_cast<size_t>(v[i])] += ws[i];
          Tensor t = Tensor::make({nbins}, dt);
          write_from<T>(t, c);
          out = t;
        };
        if (w.dtype() == DType::Float32) sums(TypeTag<float>{}, DType::Float32);
        else sums(TypeTag<double>{}, DType::Float64);
      });
}

void def_histc(Registry& r) {
  r.add(
      "histc(Tensor self, int bins=100, Scalar min=0, Scalar max=0) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (!is_floating(self.dtype()))
          throw_error("RuntimeError", "\"histogram_cpu\" not implemented for '" + aten_name(self.dtype()) + "'");
        int64_t bins = a.i("bins");
        if (bins <= 0)
          throw_error("RuntimeError",
                      "torch.histogramdd(): bins must be > 0, but got " + std::to_string(bins) + " for dimension 0");
        return Tensor::make({bins}, self.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        int64_t bins = a.i("bins");
        double left = a.scalar("min").to_double(), right = a.scalar("max").to_double();
        dispatch(self.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          if constexpr (std::is_floating_point_v<T>) {
            std::vector<T> v = read_as<T>(self);
            // histc_select_outer_bin_edges: min == max takes the input's extrema.
            if (left == right && !v.empty()) {
              T lo = v[0], hi = v[0];
              bool nan = false;
              for (T e : v) {
                if (std::isnan(e)) nan = true;
                lo = std::min(lo, e);
                hi = std::max(hi, e);
              }
              left = nan ? NAN : static_cast<double>(lo);
              right = nan ? NAN : static_cast<double>(hi);
            }
            if (left == right) {
              left -= 1;
              right += 1;
            }
            if (std::isinf(left) || std::isinf(right) || std::isnan(left) || std::isnan(right)) {
              throw_error("RuntimeError", "torch.histc: range of [" + format_double(left) + ", " +
                                              format_double(right) + "] is not finite");
            }
            if (!(left < right)) throw_error("RuntimeError", "torch.histc: max must be larger than min");
            // The outer bin edges are linspace's first and last elements: the bounds in T.
            const T lo = static_cast<T>(left), hi = static_cast<T>(right);
            const int64_t edges = bins + 1;
            std::vector<T> h(static_cast<size_t>(bins), T(0));
            for (T e : v) {
              if (!(e >= lo && e <= hi)) continue;
              int64_t pos = static_cast<int64_t>((e - lo) * static_cast<T>(edges - 1) / (hi - lo));
              if (pos == edges - 1) pos -= 1;
              h[static_cast<size_t>(pos)] += T(1);
            }
            write_from<T>(out.tensor(), h);
          }
        });
      });
}

// nan_to_num (UnaryOps.cpp, cpu/UnaryOpsKernel.cpp): NaN, +inf and -inf replaced by the given
// values (default 0, the type's max and lowest) in the tensor's type; integral tensors are copied.
void def_nan_to_num(Registry& r) {
  auto compute = [](const Args& a, const Tensor& self, const Tensor& out) {
    dispatch(self.dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      std::vector<T> v = read_as<T>(self);
      if constexpr (std::is_floating_point_v<T>) {
        // float16/bfloat16 compute in float; their limits are the 16-bit type's.
        const bool half = self.dtype() == DType::Float16, bf16 = self.dtype() == DType::BFloat16;
        const double tmax = half ? 65504.0 : bf16 ? 3.3895313892515355e38 : std::numeric_limits<T>::max();
        const T nan = a.has("nan") ? static_cast<T>(a.f("nan")) : T(0);
        const T pos = static_cast<T>(a.has("posinf") ? a.f("posinf") : tmax);
        const T neg = static_cast<T>(a.has("neginf") ? a.f("neginf") : -tmax);
        for (auto& e : v)
          e = e != e ? nan
                     : (e == std::numeric_limits<T>::infinity() ? pos
                                                                : (e == -std::numeric_limits<T>::infinity() ? neg : e));
      }
      write_from<T>(out, v);
    });
  };
  const std::string params = "(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor";
  r.add(
      "nan_to_num" + params, OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        // A unary TensorIterator op: the output follows the input's layout.
        return Tensor::make_strided(self.sizes(), elementwise_output_strides(self.sizes(), {&self}), self.dtype(),
                                    true);
      },
      [compute](const Args& a, Value& out) { compute(a, a.tensor("self"), out.tensor()); }, "NanToNumBackward0");
  auto& di = r.add(
      "nan_to_num_" + params, OpKind::InPlace, [](const Args& a) -> Value { return a.tensor("self"); },
      [compute](const Args& a, Value&) { compute(a, a.tensor("self"), a.tensor("self")); }, "NanToNumBackward0");
  di.is_function = true;
}

}  // namespace

void register_stats_ops(Registry& r) {
  def_nan_to_num(r);
  def_linalg_cross(r);
  def_dist(r);
  def_bincount(r);
  def_histc(r);
}

}  // namespace dp::torch
