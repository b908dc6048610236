// Ops that tutorials reach for and the core kernels did not have yet, each as ATen defines it
// (lerp/addcmul/addcdiv are in pointwise_ops.cpp): cumprod (ReduceOps.cpp; accumulates in double like cumsum), logsumexp (ReduceOps.cpp: amax,
// then log(sum(exp(x - max))) + max with infinite maxima replaced by 0), median without dim (the
// lower median, NaN first), flip/roll (TensorTransformations.cpp), diag (1-D -> matrix, 2-D ->
// diagonal) and unique (sorted, as torch.unique's default). Values are checked against real PyTorch
// by tests/oracle/eager/ops_*.py.
#include <algorithm>
#include <cmath>
#include <limits>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

namespace {

// The row-major values of `self` with dim `d` last (rows of self.size(d) values), and a writer
// putting such rows back into `out` (same sizes as self).
struct DimRows {
  Tensor permuted;
  int64_t rows = 1, n = 1;
};
DimRows dim_rows(const Tensor& self, int64_t d) {
  DimRows g;
  Shape sz, st;
  for (int64_t k = 0; k < self.dim(); ++k)
    if (k != d) {
      sz.push_back(self.sizes()[k]);
      st.push_back(self.strides()[k]);
      g.rows *= self.sizes()[k];
    }
  if (self.dim() > 0) {
    sz.push_back(self.sizes()[d]);
    st.push_back(self.strides()[d]);
    g.n = self.sizes()[d];
  }
  g.permuted = Tensor::make_view(self, sz, st, self.storage_offset());
  return g;
}

void def_cumprod(Registry& r) {
  r.add(
      "cumprod(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        wrap_dim(a.i("dim"), self.dim());
        DType out = a.dtype("dtype").value_or(is_integral(self.dtype(), true) ? DType::Int64 : self.dtype());
        return Tensor::make(self.sizes(), out, true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        const Tensor& o = out.tensor();
        int64_t d = wrap_dim(a.i("dim"), self.dim());
        DimRows g = dim_rows(self, d);
        DimRows og = dim_rows(o, d);
        dispatch(o.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          using Acc = std::conditional_t<std::is_floating_point_v<T>, double, int64_t>;
          std::vector<T> v = read_as<T>(g.permuted);
          for (int64_t row = 0; row < g.rows; ++row) {
            Acc acc = 1;
            for (int64_t i = 0; i < g.n; ++i) {
              acc *= static_cast<Acc>(v[row * g.n + i]);
              v[row * g.n + i] = convert<T>(acc);
            }
          }
          write_from<T>(og.permuted, v);
        });
      },
      "CumprodBackward0");
}

void def_logsumexp(Registry& r) {
  auto dims_of = [](const Args& a) {
    const Value& v = a.get("dim");
    return v.is_int() ? Shape{v.to_int()} : a.ints("dim");
  };
  r.add(
      "logsumexp(Tensor self, int[1] dim, bool keepdim=False) -> Tensor", OpKind::Functional,
      [dims_of](const Args& a) -> Value {
        Tensor self = a.tensor("self").to_fake();
        if (!is_floating(self.dtype())) self = Tensor::make(self.sizes(), kDefaultFloat, true);
        return call("sum", {self, Value(dims_of(a)), Value(a.b("keepdim"))});
      },
      [dims_of](const Args& a, Value& out) {
        Tensor self = a.tensor("self");
        if (!is_floating(self.dtype())) self = call_t("to", {self, Value(kDefaultFloat)});
        Shape dims = dims_of(a);
        const bool keepdim = a.b("keepdim");
        Tensor maxes = call_t("amax", {self, Value(dims), Value(true)});
        Tensor maxes_squeezed = keepdim ? maxes : call_t("squeeze", {maxes, Value(dims)});
        // masked_fill_(maxes_squeezed.abs() == INFINITY, 0)
        Tensor inf = call_t("eq", {call_t("abs", {maxes_squeezed}), Value(Scalar(INFINITY))});
        maxes_squeezed = call_t("masked_fill", {maxes_squeezed, inf, Value(Scalar(0.0))});
        Tensor s = call_t("sum", {call_t("exp", {call_t("sub", {self, maxes})}), Value(dims), Value(keepdim)});
        copy_into(out.tensor(), call_t("add", {call_t("log", {s}), maxes_squeezed}));
      },
      "LogsumexpBackward0");
}

void def_median(Registry& r) {
  r.add(
      "median(Tensor self) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (self.numel() == 0 && !self.is_fake()) throw_error("IndexError", "median() input tensor cannot be empty");
        return Tensor::make({}, self.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        dispatch(self.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          std::vector<T> v = read_as<T>(self);
          if (v.empty()) throw_error("IndexError", "median() input tensor cannot be empty");
          if constexpr (std::is_floating_point_v<T>) {
            for (T x : v)
              if (x != x) {  // NaN propagates
                write_from<T>(out.tensor(), std::vector<T>{x});
                return;
              }
          }
          const size_t k = (v.size() - 1) / 2;
          std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
          write_from<T>(out.tensor(), std::vector<T>{v[k]});
        });
      },
      "MedianBackward0");
}

// flip(dims) and roll(shifts, dims): element gathers.
void def_flip_roll(Registry& r) {
  r.add(
      "flip(Tensor self, int[] dims) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        std::vector<bool> seen(std::max<int64_t>(self.dim(), 1), false);
        for (int64_t d : a.ints("dims")) {
          int64_t w = wrap_dim(d, self.dim());
          if (seen[w])
            throw_error("RuntimeError",
                        "dims has duplicates, original flip dims size=" + std::to_string(a.ints("dims").size()) +
                            ", but unique flip dims size=" + std::to_string(a.ints("dims").size() - 1));
          seen[w] = true;
        }
        return Tensor::make(self.sizes(), self.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        Shape st = self.strides();
        int64_t off = self.storage_offset();
        for (int64_t d : a.ints("dims")) {
          int64_t w = wrap_dim(d, self.dim());
          if (self.sizes()[w] > 0) off += (self.sizes()[w] - 1) * st[w];
          st[w] = -st[w];
        }
        copy_into(out.tensor(), Tensor::make_view(self, self.sizes(), st, off));
      },
      "FlipBackward0");
  r.add(
      "roll(Tensor self, int[1] shifts, int[1] dims=[]) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        Shape shifts = a.ints("shifts"), dims = a.has("dims") ? a.ints("dims") : Shape{};
        if (dims.empty() && shifts.size() != 1) throw_error("RuntimeError", "`shifts` required");
        if (!dims.empty() && shifts.size() != dims.size())
          throw_error("RuntimeError", "shifts and dimensions must align. shifts: " + std::to_string(shifts.size()) +
                                          ", dims:" + std::to_string(dims.size()));
        for (int64_t d : dims) wrap_dim(d, self.dim());
        return Tensor::make(self.sizes(), self.dtype(), true);
      },
      [](const Args& a, Value& out) {
        Tensor self = a.tensor("self");
        Shape shifts = a.ints("shifts"), dims = a.has("dims") ? a.ints("dims") : Shape{};
        Tensor src = self;
        if (dims.empty()) {
          src = call_t("reshape", {self, Value(Shape{-1})});
          dims = {0};
        }
        Tensor cur = call_t("clone", {src});
        for (size_t k = 0; k < dims.size(); ++k) {
          int64_t d = wrap_dim(dims[k], cur.dim());
          int64_t n = cur.sizes()[d];
          if (n == 0) continue;
          int64_t s = ((shifts[k] % n) + n) % n;
          if (s == 0) continue;
          Tensor tail = call_t("narrow", {cur, Value(d), Value(n - s), Value(s)});
          Tensor head = call_t("narrow", {cur, Value(d), Value(int64_t(0)), Value(n - s)});
          cur = call_t("cat", {Value(std::vector<Tensor>{tail, head}), Value(d)});
        }
        copy_into(out.tensor(), call_t("reshape", {cur, Value(self.sizes())}));
      },
      "RollBackward0");
}

void def_diag(Registry& r) {
  r.add(
      "diag(Tensor self, int diagonal=0) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        const int64_t k = a.i("diagonal");
        if (self.dim() == 1) {
          int64_t n = self.sizes()[0] + std::abs(k);
          return Tensor::make({n, n}, self.dtype(), true);
        }
        if (self.dim() != 2)
          throw_error("RuntimeError", "diag(): Supports 1D or 2D tensors. Got " + std::to_string(self.dim()) + "D");
        int64_t rows = self.sizes()[0], cols = self.sizes()[1];
        int64_t n =
            k >= 0 ? std::max<int64_t>(0, std::min(rows, cols - k)) : std::max<int64_t>(0, std::min(rows + k, cols));
        return Tensor::make({n}, self.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        const Tensor& o = out.tensor();
        const int64_t k = a.i("diagonal");
        if (self.dim() == 1) {
          int64_t n = self.sizes()[0];
          Tensor d = Tensor::make_view(o, {n}, {o.strides()[0] + o.strides()[1]},
                                       o.storage_offset() + (k >= 0 ? k * o.strides()[1] : -k * o.strides()[0]));
          copy_into(d, self);
          return;
        }
        int64_t n = o.sizes()[0];
        Tensor d = Tensor::make_view(self, {n}, {self.strides()[0] + self.strides()[1]},
                                     self.storage_offset() + (k >= 0 ? k * self.strides()[1] : -k * self.strides()[0]));
        copy_into(o, d);
      },
      "DiagBackward0");
}

void def_unique(Registry& r) {
  r.add(
       "unique(Tensor self, bool sorted=True, bool return_inverse=False, bool return_counts=False, int? dim=None) -> Any",
       OpKind::Functional, [](const Args&) -> Value { return None{}; },
       [](const Args& a, Value& out) {
         const Tensor& self = a.tensor("self");
         if (a.has("dim")) throw_error("NotImplementedError", "not supported by the playground yet: unique(dim=...)");
         dispatch(self.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           std::vector<T> v = read_as<T>(self);
           std::vector<T> u = v;
           std::sort(u.begin(), u.end());
           u.erase(std::unique(u.begin(), u.end()), u.end());
           Tensor values = Tensor::make({static_cast<int64_t>(u.size())}, self.dtype());
           write_from<T>(values, u);
           if (!a.b("return_inverse") && !a.b("return_counts")) {
             out = values;
             return;
           }
           Tensor inverse = Tensor::make(self.sizes(), DType::Int64);
           std::vector<int64_t> inv(v.size()), counts(u.size(), 0);
           for (size_t i = 0; i < v.size(); ++i) {
             inv[i] = std::lower_bound(u.begin(), u.end(), v[i]) - u.begin();
             counts[inv[i]]++;
           }
           write_from<int64_t>(inverse, inv);
           Tensor cnt = Tensor::make({static_cast<int64_t>(u.size())}, DType::Int64);
           write_from<int64_t>(cnt, counts);
           std::vector<Tensor> parts{values};
           if (a.b("return_inverse")) parts.push_back(inverse);
           if (a.b("return_counts")) parts.push_back(cnt);
           out = parts;
         });
       })
      .data_dependent = true;
}

// torch.normal(mean, std, size): a new tensor filled by normal_ (the same generator draws).
void def_normal(Registry& r) {
  r.add(
       "normal.float_float(float mean, float std, int[] size, *, Any generator=None, ScalarType? dtype=None) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         return Tensor::make(a.ints("size"), a.dtype("dtype").value_or(kDefaultFloat), true);
       },
       [](const Args& a, Value& out) {
         call("normal_", {out, Value(a.f("mean")), Value(a.f("std"))}, {{"generator", a.get("generator")}});
       })
      .is_method = false;
}

}  // namespace

void register_tutorial_ops(Registry& r) {
  def_normal(r);
  def_cumprod(r);
  def_logsumexp(r);
  def_median(r);
  def_flip_roll(r);
  def_diag(r);
  def_unique(r);
}

}  // namespace dp::torch
