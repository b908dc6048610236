// More of ATen's shape and selection ops, as aten/src/ATen/native defines them: as_strided,
// diagonal, diag_embed and unfold (TensorShape.cpp, views or fresh tensors as there), kthvalue and
// median.dim (Sorting.cpp; the k-th smallest of a stable sort, NaN sorting last), cummax / cummin
// (ReduceOps.cpp cummax_cummin_helper: a later equal element or any NaN takes over), searchsorted
// (Bucketization.cpp, 1-D boundaries), and the dtype queries promote_types / result_type /
// can_cast (TypeProperties.cpp). Values are checked against real PyTorch by
// tests/oracle/eager/ops_*.py and dtype_*.py.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

namespace {

std::string ints_str(const Shape& s) {
  std::string r = "[";
  for (size_t i = 0; i < s.size(); ++i) r += (i ? ", " : "") + std::to_string(s[i]);
  return r + "]";
}

Tensor diagonal_impl(const Tensor& self, int64_t offset, int64_t dim1_, int64_t dim2_) {
  const int64_t nd = self.dim();
  int64_t dim1 = wrap_dim(dim1_, nd), dim2 = wrap_dim(dim2_, nd);
  DP_CHECK(dim1 != dim2,
           "diagonal dimensions cannot be identical " + std::to_string(dim1_) + ", " + std::to_string(dim2_));
  int64_t s1 = self.sizes()[dim1], s2 = self.sizes()[dim2];
  int64_t diag_size =
      offset >= 0 ? std::max<int64_t>(std::min(s1, s2 - offset), 0) : std::max<int64_t>(std::min(s1 + offset, s2), 0);
  int64_t off = self.storage_offset();
  if (diag_size > 0) off += offset >= 0 ? offset * self.strides()[dim2] : -offset * self.strides()[dim1];
  Shape sz, st;
  for (int64_t d = 0; d < nd; ++d) {
    if (d == dim1 || d == dim2) continue;
    sz.push_back(self.sizes()[d]);
    st.push_back(self.strides()[d]);
  }
  sz.push_back(diag_size);
  st.push_back(self.strides()[dim1] + self.strides()[dim2]);
  return Tensor::make_view(self, sz, st, off);
}

// The values of `self` along dim `d` as rows (row-major over the other dims), and a view of a
// tensor shaped like the reduction output with keepdim (dim d of size 1 or k) in the same order.
struct Rows {
  Tensor permuted;
  int64_t rows = 1, n = 1;
};
Rows rows_of(const Tensor& t, int64_t d) {
  Rows g;
  Shape sz, st;
  for (int64_t k = 0; k < t.dim(); ++k)
    if (k != d) {
      sz.push_back(t.sizes()[k]);
      st.push_back(t.strides()[k]);
      g.rows *= t.sizes()[k];
    }
  if (t.dim() > 0) {
    sz.push_back(t.sizes()[d]);
    st.push_back(t.strides()[d]);
    g.n = t.sizes()[d];
  }
  g.permuted = Tensor::make_view(t, sz, st, t.storage_offset());
  return g;
}

// kthvalue / median.dim: the k-th smallest (1-based) along dim with its index; NaN sorts last.
Value kth_meta(const Tensor& self, int64_t dim_, bool keepdim) {
  int64_t d = wrap_dim(dim_, self.dim());
  Shape s = self.sizes();
  if (self.dim() > 0) {
    if (keepdim) s[d] = 1;
    else s.erase(s.begin() + d);
  }
  return Value::List{Tensor::make(s, self.dtype(), true), Tensor::make(s, DType::Int64, true)};
}
void kth_kernel(const Tensor& self, int64_t dim_, bool keepdim, const Value& out,
                std::function<int64_t(int64_t)> k_of) {
  int64_t d = self.dim() == 0 ? 0 : wrap_dim(dim_, self.dim());
  Tensor vals = out.list()[0].tensor(), idxs = out.list()[1].tensor();
  if (self.dim() > 0 && !keepdim) {
    vals = call_t("unsqueeze", {vals, Value(d)});
    idxs = call_t("unsqueeze", {idxs, Value(d)});
  }
  Rows g = rows_of(self, d);
  Rows gv = rows_of(vals, d), gi = rows_of(idxs, d);
  dispatch(self.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    std::vector<T> v = read_as<T>(g.permuted);
    std::vector<T> ov(g.rows);
    std::vector<int64_t> oi(g.rows);
    std::vector<int64_t> order(g.n);
    const int64_t k = k_of(g.n);
    for (int64_t row = 0; row < g.rows; ++row) {
      const int64_t base = row * g.n;
      auto x = [&](int64_t i) -> T { return v[base + i]; };
      std::iota(order.begin(), order.end(), 0);
      std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) {
        if constexpr (std::is_floating_point_v<T>) {
          if (std::isnan(x(a))) return false;
          if (std::isnan(x(b))) return true;
        }
        return x(a) < x(b);
      });
      ov[row] = x(order[k - 1]);
      oi[row] = order[k - 1];
    }
    write_from<T>(gv.permuted, ov);
    write_from<int64_t>(gi.permuted, oi);
  });
}

void def_views(Registry& r) {
  r.add(
      "as_strided(Tensor self, int[] size, int[] stride, int? storage_offset=None) -> Tensor", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        Shape size = a.ints("size"), stride = a.ints("stride");
        DP_CHECK(size.size() == stride.size(), "mismatch in length of strides and shape");
        for (int64_t s : size)
          DP_CHECK(s >= 0,
                   "Trying to create tensor with negative dimension " + std::to_string(s) + ": " + ints_str(size));
        for (int64_t s : stride)
          DP_CHECK(s >= 0,
                   "as_strided: Negative strides are not supported at the moment, got strides: " + ints_str(stride));
        int64_t off = a.has("storage_offset") ? a.i("storage_offset") : self.storage_offset();
        DP_CHECK(off >= 0, "Tensor: invalid storage offset " + std::to_string(off));
        int64_t last = off;
        bool empty = false;
        for (size_t i = 0; i < size.size(); ++i) {
          if (size[i] == 0) empty = true;
          last += (size[i] - 1) * stride[i];
        }
        int64_t avail = self.storage()->nbytes / static_cast<int64_t>(itemsize(self.dtype()));
        if (!empty && !self.is_fake())
          DP_CHECK(last < avail, "setStorage: sizes " + ints_str(size) + ", strides " + ints_str(stride) +
                                     ", storage offset " + std::to_string(off) + ", and itemsize " +
                                     std::to_string(itemsize(self.dtype())) + " requiring a storage size of " +
                                     std::to_string((last + 1) * static_cast<int64_t>(itemsize(self.dtype()))) +
                                     " are out of bounds for storage of size " +
                                     std::to_string(avail * static_cast<int64_t>(itemsize(self.dtype()))));
        return Tensor::make_view(self, size, stride, off);
      },
      {}, "AsStridedBackward0");
  r.add(
      "diagonal(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor", OpKind::View,
      [](const Args& a) -> Value { return diagonal_impl(a.tensor("self"), a.i("offset"), a.i("dim1"), a.i("dim2")); },
      {}, "DiagonalBackward0");
  r.add(
      "unfold(Tensor self, int dimension, int size, int step) -> Tensor", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        const int64_t nd = std::max<int64_t>(self.dim(), 1);
        int64_t d = wrap_dim(a.i("dimension"), nd);
        int64_t max_size = self.dim() == 0 ? 1 : self.sizes()[d];
        int64_t size = a.i("size"), step = a.i("step");
        DP_CHECK(size <= max_size, "maximum size for tensor at dimension " + std::to_string(d) + " is " +
                                       std::to_string(max_size) + " but size is " + std::to_string(size));
        DP_CHECK(step > 0, "step is " + std::to_string(step) + " but must be > 0");
        Shape sz = self.sizes(), st = self.strides();
        if (self.dim() == 0) {
          sz = {size};
          st = {1};
          return Tensor::make_view(self, sz, st, self.storage_offset());
        }
        sz[d] = (self.sizes()[d] - size) / step + 1;
        st[d] = self.strides()[d] * step;
        sz.push_back(size);
        st.push_back(self.strides()[d]);
        return Tensor::make_view(self, sz, st, self.storage_offset());
      },
      {}, "UnfoldBackward0");
  r.add(
      "diag_embed(Tensor self, int offset=0, int dim1=-2, int dim2=-1) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        const int64_t nd = self.dim() + 1;
        int64_t dim1 = wrap_dim(a.i("dim1"), nd), dim2 = wrap_dim(a.i("dim2"), nd);
        DP_CHECK(dim1 != dim2, "diagonal dimensions cannot be identical " + std::to_string(a.i("dim1")) + ", " +
                                   std::to_string(a.i("dim2")));
        int64_t len = std::abs(a.i("offset")) + (self.dim() == 0 ? 1 : self.sizes().back());
        Shape s = self.sizes();
        if (!s.empty()) s.pop_back();
        s.insert(s.begin() + std::min(dim1, dim2), len);
        s.insert(s.begin() + std::max(dim1, dim2), len);
        return Tensor::make(s, self.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& o = out.tensor();
        dispatch(o.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          write_from<T>(o, std::vector<T>(static_cast<size_t>(o.numel()), T(0)));
        });
        copy_into(diagonal_impl(o, a.i("offset"), a.i("dim1"), a.i("dim2")), a.tensor("self"));
      },
      "DiagEmbedBackward0");
}

void def_selection(Registry& r) {
  r.add(
      "kthvalue(Tensor self, int k, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)",
      OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        int64_t d = wrap_dim(a.i("dim"), self.dim());
        int64_t n = self.dim() == 0 ? 1 : self.sizes()[d];
        DP_CHECK(a.i("k") >= 1 && a.i("k") <= n,
                 "kthvalue(): selected number k out of range for dimension " + std::to_string(d));
        return kth_meta(self, a.i("dim"), a.b("keepdim"));
      },
      [](const Args& a, Value& out) {
        int64_t k = a.i("k");
        kth_kernel(a.tensor("self"), a.i("dim"), a.b("keepdim"), out, [k](int64_t) { return k; });
      },
      "KthvalueBackward0");
  r.add(
      "median.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        int64_t d = wrap_dim(a.i("dim"), self.dim());
        if (self.dim() > 0 && !self.is_fake())
          DP_CHECK(self.sizes()[d] > 0,
                   "median() cannot compute median for a dimension of size 0 because the "
                   "operation does not have an identity");
        return kth_meta(self, a.i("dim"), a.b("keepdim"));
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        int64_t d = self.dim() == 0 ? 0 : wrap_dim(a.i("dim"), self.dim());
        // NaN propagates: a row holding NaN gives its first NaN.
        kth_kernel(self, a.i("dim"), a.b("keepdim"), out, [](int64_t n) { return (n - 1) / 2 + 1; });
        if (!is_floating(self.dtype())) return;
        Tensor vals = out.list()[0].tensor(), idxs = out.list()[1].tensor();
        if (self.dim() > 0 && !a.b("keepdim")) {
          vals = call_t("unsqueeze", {vals, Value(d)});
          idxs = call_t("unsqueeze", {idxs, Value(d)});
        }
        Rows g = rows_of(self, d), gv = rows_of(vals, d), gi = rows_of(idxs, d);
        std::vector<double> v = read_as<double>(g.permuted), ov = read_as<double>(gv.permuted);
        std::vector<int64_t> oi = read_as<int64_t>(gi.permuted);
        for (int64_t row = 0; row < g.rows; ++row)
          for (int64_t i = 0; i < g.n; ++i)
            if (std::isnan(v[row * g.n + i])) {
              ov[row] = v[row * g.n + i];
              oi[row] = i;
              break;
            }
        write_from<double>(gv.permuted, ov);
        write_from<int64_t>(gi.permuted, oi);
      },
      "MedianBackward1");
  // mode (Sorting.cpp mode kernel): the most frequent value (the smallest among equally frequent
  // ones) and the largest index holding it, from (value, index) pairs sorted together.
  r.add(
      "mode(Tensor self, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)", OpKind::Functional,
      [](const Args& a) -> Value { return kth_meta(a.tensor("self"), a.i("dim"), a.b("keepdim")); },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        int64_t d = self.dim() == 0 ? 0 : wrap_dim(a.i("dim"), self.dim());
        Tensor vals = out.list()[0].tensor(), idxs = out.list()[1].tensor();
        if (self.dim() > 0 && !a.b("keepdim")) {
          vals = call_t("unsqueeze", {vals, Value(d)});
          idxs = call_t("unsqueeze", {idxs, Value(d)});
        }
        Rows g = rows_of(self, d), gv = rows_of(vals, d), gi = rows_of(idxs, d);
        dispatch(self.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          std::vector<T> v = read_as<T>(g.permuted), ov(g.rows);
          std::vector<int64_t> oi(g.rows);
          for (int64_t row = 0; row < g.rows; ++row) {
            std::vector<std::pair<T, int64_t>> e;
            for (int64_t i = 0; i < g.n; ++i) e.push_back({v[row * g.n + i], i});
            std::sort(e.begin(), e.end());
            int64_t best = 0, cur = 0;
            for (int64_t i = 0; i < g.n; ++i) {
              cur++;
              if (i == g.n - 1 || e[i].first != e[i + 1].first) {
                if (cur > best) {
                  ov[row] = e[i].first;
                  oi[row] = e[i].second;
                  best = cur;
                }
                cur = 0;
              }
            }
          }
          write_from<T>(gv.permuted, ov);
          write_from<int64_t>(gi.permuted, oi);
        });
      },
      "ModeBackward0");
  auto cum = [&](const std::string& name, bool is_max) {
    r.add(
        name + "(Tensor self, int dim) -> (Tensor values, Tensor indices)", OpKind::Functional,
        [](const Args& a) -> Value {
          const Tensor& self = a.tensor("self");
          wrap_dim(a.i("dim"), self.dim());
          return Value::List{Tensor::make(self.sizes(), self.dtype(), true),
                             Tensor::make(self.sizes(), DType::Int64, true)};
        },
        [is_max](const Args& a, Value& out) {
          const Tensor& self = a.tensor("self");
          int64_t d = self.dim() == 0 ? 0 : wrap_dim(a.i("dim"), self.dim());
          Rows g = rows_of(self, d), gv = rows_of(out.list()[0].tensor(), d), gi = rows_of(out.list()[1].tensor(), d);
          dispatch(self.dtype(), [&](auto tag) {
            using T = typename decltype(tag)::type;
            std::vector<T> v = read_as<T>(g.permuted), ov(v.size());
            std::vector<int64_t> oi(v.size());
            auto isnan_ = [](T x) {
              if constexpr (std::is_floating_point_v<T>) return std::isnan(x);
              else return false;
            };
            for (int64_t row = 0; row < g.rows; ++row) {
              const int64_t base = row * g.n;
              auto x = [&](int64_t i) -> T { return v[base + i]; };
              if (g.n == 0) continue;
              T best = x(0);
              int64_t idx = 0;
              for (int64_t i = 0; i < g.n; ++i) {
                bool take = is_max ? x(i) >= best : x(i) <= best;
                if (isnan_(x(i)) || (!isnan_(best) && take)) {
                  best = x(i);
                  idx = i;
                }
                ov[row * g.n + i] = best;
                oi[row * g.n + i] = idx;
              }
            }
            write_from<T>(gv.permuted, ov);
            write_from<int64_t>(gi.permuted, oi);
          });
        },
        is_max ? "CummaxBackward0" : "CumminBackward0");
  };
  cum("cummax", true);
  cum("cummin", false);
  r.add(
       "searchsorted(Tensor sorted_sequence, Tensor self, *, bool out_int32=False, bool right=False, str? side=None, "
       "Tensor? sorter=None) -> Tensor",
       OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& seq = a.tensor("sorted_sequence");
         const Tensor& self = a.tensor("self");
         if (a.has("sorter"))
           throw_error("NotImplementedError", "not supported by the playground yet: searchsorted with a sorter");
         // Bucketization.cpp searchsorted_pre_check: an N-d sequence's leading dims are the values'.
         if (seq.dim() != 1) {
           bool match = seq.dim() == self.dim() && seq.dim() > 0;
           for (int64_t d = 0; match && d + 1 < seq.dim(); ++d) match = seq.sizes()[d] == self.sizes()[d];
           DP_CHECK(match, "torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions "
                           "of boundaries tensor and input value tensor must match, but we got boundaries tensor " +
                               shape_str(seq.sizes()) + " and input value tensor " + shape_str(self.sizes()));
         }
         if (a.has("side")) {
           std::string side = a.s("side");
           DP_CHECK(side == "left" || side == "right",
                    "torch.searchsorted(): side can only be 'left' or 'right' but got " + side);
           DP_CHECK(!(side == "left" && a.b("right")),
                    "torch.searchsorted(): side and right can't be set to opposites, got side of left while right "
                    "was True");
         }
         return Tensor::make(a.tensor("self").sizes(), a.b("out_int32") ? DType::Int32 : DType::Int64, true);
       },
       [](const Args& a, Value& out) {
         bool right = a.b("right") || (a.has("side") && a.s("side") == "right");
         std::vector<double> seq = read_as<double>(a.tensor("sorted_sequence"));
         std::vector<double> v = read_as<double>(a.tensor("self"));
         std::vector<int64_t> res(v.size());
         // One row of the sequence per row of values (a 1-D sequence is every row's).
         const Tensor& st = a.tensor("sorted_sequence");
         size_t len = st.dim() == 0 ? 1 : static_cast<size_t>(st.sizes().back());
         size_t rows = len == 0 ? 1 : seq.size() / len;
         size_t per_row = rows <= 1 ? v.size() : v.size() / rows;
         for (size_t i = 0; i < v.size(); ++i) {
           size_t row = rows <= 1 || per_row == 0 ? 0 : i / per_row;
           auto b = seq.begin() + static_cast<std::ptrdiff_t>(row * len);
           auto e = b + static_cast<std::ptrdiff_t>(len);
           res[i] = right ? std::upper_bound(b, e, v[i]) - b : std::lower_bound(b, e, v[i]) - b;
         }
         write_from<int64_t>(out.tensor(), res);
       })
      .is_method = false;
}

void def_dtype_queries(Registry& r) {
  // positive (UnaryOps.cpp): `+x` is x itself; a bool tensor is refused.
  r.add(
      "positive(Tensor self) -> Tensor", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        DP_CHECK(self.dtype() != DType::Bool, "The `+` operator, on a bool tensor is not supported.");
        return self;
      },
      {}, "");
  // Dtype queries read no data: computed by the meta function, so fake tensors (and fake mode)
  // get their answer too.
  r.add(
       "promote_types(ScalarType type1, ScalarType type2) -> Any", OpKind::Factory,
       [](const Args& a) -> Value { return promote_types(*a.dtype("type1"), *a.dtype("type2")); }, {})
      .is_method = false;
  r.add(
       "can_cast(ScalarType from, ScalarType to) -> Any", OpKind::Factory,
       [](const Args& a) -> Value { return can_cast(*a.dtype("from"), *a.dtype("to")); }, {})
      .is_method = false;
  r.add(
       "result_type(Tensor|Scalar tensor, Tensor|Scalar other) -> Any", OpKind::Factory,
       [](const Args& a) -> Value { return result_type({operand_of(a.get("tensor")), operand_of(a.get("other"))}); },
       {})
      .is_method = false;
}

}  // namespace

void register_shape_ops(Registry& r) {
  def_views(r);
  def_selection(r);
  def_dtype_queries(r);
}

}  // namespace dp::torch
