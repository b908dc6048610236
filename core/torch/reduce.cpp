// Mirrors aten/src/ATen/native/ReduceOps.cpp, TensorCompare.cpp (max/min/argmax/argmin, allclose,
// isclose, equal), SoftMax.cpp, Sorting-free bits of the CPU reduction kernels: output dtypes
// (integral sums -> int64), dim/keepdim handling, error texts, and grad_fn names
// (SumBackward0 for a full reduction, SumBackward1 with dim, ...).
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"
#include "torch/sum_kernel.h"

namespace dp::torch {
using namespace detail;

namespace {

struct ReduceGeom {
  Shape out_shape;            // with keepdim applied
  std::vector<bool> reduced;  // per input dim
  Tensor permuted;            // view: kept dims first, reduced dims last
  int64_t outer = 1, inner = 1;
};

// dims: empty optional = all dims; an empty list also means all dims (like sum(dim=[])).
ReduceGeom reduce_geom(const Tensor& self, const std::optional<Shape>& dims, bool keepdim) {
  ReduceGeom g;
  int64_t nd = self.dim();
  g.reduced.assign(nd, false);
  if (!dims || dims->empty()) {
    g.reduced.assign(nd, true);
  } else {
    for (int64_t d : *dims) {
      int64_t w = wrap_dim(d, nd);
      if (nd == 0) continue;
      if (g.reduced[w]) {
        throw_error("RuntimeError", "dim " + std::to_string(w) + " appears multiple times in the list of dims");
      }
      g.reduced[w] = true;
    }
  }
  Shape psz, pst, rsz, rst;
  for (int64_t d = 0; d < nd; ++d) {
    if (g.reduced[d]) {
      rsz.push_back(self.sizes()[d]);
      rst.push_back(self.strides()[d]);
      g.inner *= self.sizes()[d];
      if (keepdim) g.out_shape.push_back(1);
    } else {
      psz.push_back(self.sizes()[d]);
      pst.push_back(self.strides()[d]);
      g.outer *= self.sizes()[d];
      g.out_shape.push_back(self.sizes()[d]);
    }
  }
  psz.insert(psz.end(), rsz.begin(), rsz.end());
  pst.insert(pst.end(), rst.begin(), rst.end());
  g.permuted = Tensor::make_view(self, psz, pst, self.storage_offset());
  return g;
}

std::optional<Shape> opt_dims(const Args& a, const std::string& name = "dim") {
  if (!a.has(name)) return std::nullopt;
  const Value& v = a.get(name);
  if (v.is_int()) return Shape{v.to_int()};
  return a.ints(name);
}
bool keepdim_of(const Args& a) { return a.find("keepdim") && a.get("keepdim").to_bool(); }

DType sum_dtype(DType in, std::optional<DType> requested) {
  if (requested) return *requested;
  return is_integral(in, true) ? DType::Int64 : in;
}

// Applies reduce(values of one output element) -> value, for each output element.
template <class T, class R, class F>
std::vector<R> reduce_rows(const ReduceGeom& g, F f) {
  auto v = read_elems<T>(g.permuted);
  const T* base = reinterpret_cast<const T*>(v.data());
  std::vector<R> out(static_cast<size_t>(g.outer));
  for (int64_t o = 0; o < g.outer; ++o) out[o] = f(base + o * g.inner, g.inner);
  return out;
}

template <class T>
using Acc = std::conditional_t<std::is_floating_point_v<T>, double, int64_t>;

void def_sum_like(Registry& r, const std::string& name, bool is_mean) {
  auto meta = [name, is_mean](const Args& a) -> Value {
    const Tensor& self = a.tensor("self");
    ReduceGeom g = reduce_geom(self, opt_dims(a), keepdim_of(a));
    DType out = sum_dtype(self.dtype(), a.dtype("dtype"));
    if (is_mean && !is_floating(out)) {
      throw_error("RuntimeError",
                  "mean(): could not infer output dtype. Input dtype must be either a floating "
                  "point or complex dtype. Got: " +
                      aten_name(a.dtype("dtype").value_or(self.dtype())));
    }
    return Tensor::make(g.out_shape, out, true);
  };
  auto kernel = [is_mean](const Args& a, Value& out) {
    const Tensor& self = a.tensor("self");
    const Tensor& o = out.tensor();
    ReduceGeom g = reduce_geom(self, opt_dims(a), keepdim_of(a));
    if (is_floating(o.dtype())) {
      // Floating sums in ATen's order and precision (sum_kernel.h); a requested dtype casts first.
      // float16 and bfloat16 accumulate in float32 and round once; their mean divides in float32
      // too (2.x mean_out: "cast_fp32 -> sum -> div -> cast_bf16_or_fp16").
      Tensor src = self;
      if (self.dtype() != o.dtype()) {
        src = Tensor::make(self.sizes(), o.dtype());
        copy_into(src, self);
      }
      if (is_reduced_float(o.dtype())) {
        Tensor wide = Tensor::make(src.sizes(), DType::Float32);
        copy_into(wide, src);
        src = wide;
      }
      const int64_t n = g.inner;
      dispatch(o.dtype(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        if constexpr (std::is_floating_point_v<T>) {
          std::vector<T> res = cascade_sum<T>(src, g.reduced);
          if (is_mean)
            for (T& v : res) v = n == 0 ? std::numeric_limits<T>::quiet_NaN() : v / static_cast<T>(n);
          write_from<T>(o, res);
        }
      });
      return;
    }
    dispatch(o.dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      auto res = reduce_rows<T, T>(g, [&](const T* p, int64_t n) -> T {
        Acc<T> acc = 0;
        for (int64_t i = 0; i < n; ++i) acc += static_cast<Acc<T>>(p[i]);
        T s = convert<T>(acc);
        if (is_mean) {
          if constexpr (std::is_floating_point_v<T>)
            return n == 0 ? std::numeric_limits<T>::quiet_NaN() : s / static_cast<T>(n);
        }
        return s;
      });
      write_from<T>(o, res);
    });
  };
  std::string base = is_mean ? "Mean" : "Sum";
  r.add(name + "(Tensor self, *, ScalarType? dtype=None) -> Tensor", OpKind::Functional, meta, kernel,
        base + "Backward0");
  r.add(name + ".dim_IntList(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor",
        OpKind::Functional, meta, kernel, base + "Backward1");
}

// max/min (full and along dim), amax/amin, argmax/argmin.
template <bool IsMax, class T>
bool better(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (a != a) return b == b;  // NaN wins
    if (b != b) return false;
  }
  return IsMax ? a > b : a < b;
}

template <bool IsMax>
void def_minmax(Registry& r) {
  const std::string name = IsMax ? "max" : "min";
  const std::string Name = IsMax ? "Max" : "Min";
  // max(Tensor self) -> Tensor
  r.add(
      name + "(Tensor self) -> Tensor", OpKind::Functional,
      [name](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (self.numel() == 0) {
          throw_error(
              "RuntimeError",
              name +
                  "(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.");
        }
        return Tensor::make({}, self.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        dispatch(self.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          std::vector<T> v = read_as<T>(self);
          T best = v[0];
          for (T x : v) {
            if (better<IsMax>(x, best)) best = x;
          }
          write_from<T>(out.tensor(), std::vector<T>{best});
        });
      },
      Name + "Backward1");
  // max(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)
  auto dim_meta = [name](const Args& a) -> Value {
    const Tensor& self = a.tensor("self");
    int64_t d = wrap_dim(a.i("dim"), self.dim());
    if (self.dim() > 0 && self.sizes()[d] == 0) {
      throw_error("IndexError", name + "(): Expected reduction dim " + std::to_string(d) + " to have non-zero size.");
    }
    ReduceGeom g = reduce_geom(self, Shape{a.i("dim")}, keepdim_of(a));
    return Value::List{Tensor::make(g.out_shape, self.dtype(), true), Tensor::make(g.out_shape, DType::Int64, true)};
  };
  auto dim_kernel = [](const Args& a, Value& out) {
    const Tensor& self = a.tensor("self");
    ReduceGeom g = reduce_geom(self, Shape{a.i("dim")}, keepdim_of(a));
    dispatch(self.dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      auto v = read_elems<T>(g.permuted);
      std::vector<T> vals(g.outer);
      std::vector<int64_t> idx(g.outer);
      for (int64_t o = 0; o < g.outer; ++o) {
        const T* p = reinterpret_cast<const T*>(v.data()) + o * g.inner;
        int64_t bi = 0;
        for (int64_t i = 1; i < g.inner; ++i) {
          if (better<IsMax>(p[i], p[bi])) bi = i;
        }
        vals[o] = p[bi];
        idx[o] = bi;
      }
      write_from<T>(out.list()[0].tensor(), vals);
      write_from<int64_t>(out.list()[1].tensor(), idx);
    });
  };
  r.add(name + ".dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)", OpKind::Functional,
        dim_meta, dim_kernel, Name + "Backward0");
  r.add(
      name + ".other(Tensor self, Tensor other) -> Tensor", OpKind::Functional,
      [name](const Args& a) -> Value {
        return call(IsMax ? "maximum" : "minimum", {a.tensor("self").to_fake(), a.tensor("other").to_fake()});
      },
      [](const Args& a, Value& out) {
        out = call(IsMax ? "maximum" : "minimum", {a.tensor("self"), a.tensor("other")});
      },
      IsMax ? "MaximumBackward0" : "MinimumBackward0");
  // amax / amin
  r.add(
      std::string(IsMax ? "amax" : "amin") + "(Tensor self, int[1] dim=[], bool keepdim=False) -> Tensor",
      OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        ReduceGeom g = reduce_geom(self, a.ints("dim"), keepdim_of(a));
        DP_CHECK(
            self.numel() > 0 || g.inner > 0,
            std::string(IsMax ? "amax" : "amin") +
                "(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.");
        return Tensor::make(g.out_shape, self.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        ReduceGeom g = reduce_geom(self, a.ints("dim"), keepdim_of(a));
        dispatch(self.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          auto res = reduce_rows<T, T>(g, [](const T* p, int64_t n) {
            T best = p[0];
            for (int64_t i = 1; i < n; ++i) {
              if (better<IsMax>(p[i], best)) best = p[i];
            }
            return best;
          });
          write_from<T>(out.tensor(), res);
        });
      },
      IsMax ? "AmaxBackward0" : "AminBackward0");
  // argmax / argmin
  const std::string arg = IsMax ? "argmax" : "argmin";
  r.add(
      arg + "(Tensor self, int? dim=None, bool keepdim=False) -> Tensor", OpKind::Functional,
      [arg](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (self.dtype() == DType::Bool) throw_error("RuntimeError", "\"" + arg + "_cpu\" not implemented for 'Bool'");
        if (!a.has("dim")) {
          if (self.numel() == 0) {
            throw_error("IndexError", arg + "(): Expected reduction dim to be specified for input.numel() == 0.");
          }
          Shape out = keepdim_of(a) ? Shape(self.dim(), 1) : Shape{};
          return Tensor::make(out, DType::Int64, true);
        }
        int64_t d = wrap_dim(a.i("dim"), self.dim());
        if (self.dim() > 0 && self.sizes()[d] == 0) {
          throw_error("IndexError",
                      arg + "(): Expected reduction dim " + std::to_string(d) + " to have non-zero size.");
        }
        return Tensor::make(reduce_geom(self, Shape{d}, keepdim_of(a)).out_shape, DType::Int64, true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        std::optional<Shape> dims;
        if (a.has("dim")) dims = Shape{a.i("dim")};
        ReduceGeom g = reduce_geom(self, dims, false);
        dispatch(self.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          auto res = reduce_rows<T, int64_t>(g, [](const T* p, int64_t n) {
            int64_t bi = 0;
            for (int64_t i = 1; i < n; ++i) {
              if (better<IsMax>(p[i], p[bi])) bi = i;
            }
            return bi;
          });
          write_from<int64_t>(out.tensor(), res);
        });
      });
}

void def_bool_reduce(Registry& r, const std::string& name, bool is_all) {
  auto meta = [](const Args& a) -> Value {
    const Tensor& self = a.tensor("self");
    ReduceGeom g = reduce_geom(self, opt_dims(a), keepdim_of(a));
    return Tensor::make(g.out_shape, self.dtype() == DType::UInt8 ? DType::UInt8 : DType::Bool, true);
  };
  auto kernel = [is_all](const Args& a, Value& out) {
    const Tensor& self = a.tensor("self");
    ReduceGeom g = reduce_geom(self, opt_dims(a), false);
    std::vector<bool> v = read_as<bool>(g.permuted);
    std::vector<bool> res(g.outer);
    for (int64_t o = 0; o < g.outer; ++o) {
      bool acc = is_all;
      for (int64_t i = 0; i < g.inner; ++i) {
        bool x = v[o * g.inner + i] != 0;
        if (is_all) acc = acc && x;
        else acc = acc || x;
      }
      res[o] = acc;
    }
    write_from<bool>(out.tensor(), res);
  };
  r.add(name + "(Tensor self) -> Tensor", OpKind::Functional, meta, kernel);
  r.add(name + ".dims(Tensor self, int[1]? dim, bool keepdim=False) -> Tensor", OpKind::Functional, meta, kernel);
}

// count_nonzero: the number of elements != 0 over the reduced dims, as int64 (never keepdim).
void def_count_nonzero(Registry& r) {
  auto meta = [](const Args& a) -> Value {
    ReduceGeom g = reduce_geom(a.tensor("self"), opt_dims(a), false);
    return Tensor::make(g.out_shape, DType::Int64, true);
  };
  auto kernel = [](const Args& a, Value& out) {
    ReduceGeom g = reduce_geom(a.tensor("self"), opt_dims(a), false);
    std::vector<bool> v = read_as<bool>(g.permuted);
    std::vector<int64_t> res(g.outer, 0);
    for (int64_t o = 0; o < g.outer; ++o)
      for (int64_t i = 0; i < g.inner; ++i) res[o] += v[o * g.inner + i] ? 1 : 0;
    write_from<int64_t>(out.tensor(), res);
  };
  r.add("count_nonzero(Tensor self, int? dim=None) -> Tensor", OpKind::Functional, meta, kernel);
  r.add("count_nonzero.dim_IntList(Tensor self, int[] dim) -> Tensor", OpKind::Functional, meta, kernel);
}

// vec::reduce_all with `+` over n values (ATen's vectorized helpers, 32-byte vectors): 8 (float)
// or 4 (double) lane accumulators, the tail added into the first lanes, then the lanes in order.
template <class T>
T vec_reduce_all_sum(const T* p, int64_t n) {
  constexpr int64_t L = 32 / static_cast<int64_t>(sizeof(T));
  if (n < L) {
    T acc = p[0];
    for (int64_t i = 1; i < n; ++i) acc += p[i];
    return acc;
  }
  T lanes[L];
  for (int64_t k = 0; k < L; ++k) lanes[k] = p[k];
  int64_t d = L;
  for (; d < n - n % L; d += L)
    for (int64_t k = 0; k < L; ++k) lanes[k] += p[d + k];
  for (int64_t k = 0; d + k < n; ++k) lanes[k] += p[d + k];
  T acc = lanes[0];
  for (int64_t k = 1; k < L; ++k) acc += lanes[k];
  return acc;
}

// One softmax/log_softmax row of n values (in place), in ATen's CPU order (SoftMaxKernel.cpp and
// SoftMax.cpp host_softmax; docs/eager-semantics.md): over the last dim, vectorized sums, softmax
// multiplies by 1/sum; over another dim, both sum in order and softmax divides.
template <bool Log, class T>
void softmax_row(T* p, int64_t n, bool lastdim) {
  T mx = p[0];
  for (int64_t i = 1; i < n; ++i) mx = (p[i] > mx || p[i] != p[i]) ? p[i] : mx;
  if constexpr (Log) {
    if (lastdim) {
      std::vector<T> e(static_cast<size_t>(n));
      for (int64_t i = 0; i < n; ++i) e[i] = std::exp(p[i] - mx);
      const T lse = std::log(vec_reduce_all_sum(e.data(), n));
      for (int64_t i = 0; i < n; ++i) p[i] = p[i] - mx - lse;
    } else {
      T sum = 0;
      for (int64_t i = 0; i < n; ++i) sum += std::exp(p[i] - mx);
      const T lse = std::log(sum);
      for (int64_t i = 0; i < n; ++i) p[i] = p[i] - mx - lse;
    }
  } else {
    for (int64_t i = 0; i < n; ++i) p[i] = std::exp(p[i] - mx);
    if (lastdim) {
      const T inv = T(1) / vec_reduce_all_sum(p, n);
      for (int64_t i = 0; i < n; ++i) p[i] *= inv;
    } else {
      T sum = 0;
      for (int64_t i = 0; i < n; ++i) sum += p[i];
      for (int64_t i = 0; i < n; ++i) p[i] /= sum;
    }
  }
}

template <bool Log>
void def_softmax(Registry& r) {
  const std::string name = Log ? "log_softmax" : "softmax";
  auto meta = [name](const Args& a) -> Value {
    const Tensor& self = a.tensor("self");
    wrap_dim(a.i("dim"), self.dim());
    DType out = a.dtype("dtype").value_or(self.dtype());
    if (!is_floating(out)) {
      throw_error("RuntimeError", std::string("\"") +
                                      (Log ? "log_softmax_lastdim_kernel_impl" : "softmax_lastdim_kernel_impl") +
                                      "\" not implemented for '" + aten_name(out) + "'");
    }
    return Tensor::make(self.sizes(), out, true);
  };
  auto kernel = [](const Args& a, Value& out) {
    const Tensor& self = a.tensor("self");
    const Tensor& o = out.tensor();
    if (self.numel() == 0) return;
    int64_t d = wrap_dim(a.i("dim"), self.dim());
    dispatch(o.dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      if constexpr (std::is_floating_point_v<T>) {
        ReduceGeom g =
            reduce_geom(self, self.dim() == 0 ? std::optional<Shape>() : std::optional<Shape>(Shape{d}), false);
        std::vector<T> v = read_as<T>(g.permuted);
        const bool lastdim = self.dim() == 0 || d == self.dim() - 1;
        for (int64_t row = 0; row < g.outer; ++row) {
          softmax_row<Log>(v.data() + row * g.inner, g.inner, lastdim);
        }
        // Write back through the same permutation.
        Shape psz = g.permuted.sizes();
        Tensor ov = Tensor::make_view(o, o.sizes(), o.strides(), o.storage_offset());
        // permuted view of the output with the same dim order as g.permuted
        Shape ost;
        for (int64_t k = 0; k < o.dim(); ++k) {
          if (k != d) ost.push_back(o.strides()[k]);
        }
        if (o.dim() > 0) ost.push_back(o.strides()[d]);
        write_from<T>(Tensor::make_view(o, psz, ost, o.storage_offset()), v);
      }
    });
  };
  r.add(name + "(Tensor self, int dim, ScalarType? dtype=None) -> Tensor", OpKind::Functional, meta, kernel,
        backward_name(name));
}

// var / std with Bessel's correction (unbiased=True by default).
void def_var(Registry& r, const std::string& name, bool is_std) {
  auto correction = [](const Args& a) -> double {
    if (a.has("correction")) return a.scalar("correction").to_double();
    if (a.has("unbiased")) return a.b("unbiased") ? 1.0 : 0.0;
    return 1.0;
  };
  r.add(
      name +
          "(Tensor self, int[1]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor",
      OpKind::Functional,
      [name](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (!is_floating(self.dtype())) {
          throw_error("RuntimeError", "std and var only support floating point and complex dtypes");
        }
        ReduceGeom g = reduce_geom(self, opt_dims(a), keepdim_of(a));
        return Tensor::make(g.out_shape, self.dtype(), true);
      },
      [correction, is_std](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        ReduceGeom g = reduce_geom(self, opt_dims(a), keepdim_of(a));
        double c = correction(a);
        dispatch(self.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          if constexpr (std::is_floating_point_v<T>) {
            auto res = reduce_rows<T, T>(g, [&](const T* p, int64_t n) -> T {
              // Welford, in double like ATen's WelfordOps accumulate type.
              double mean = 0, m2 = 0;
              for (int64_t i = 0; i < n; ++i) {
                double delta = p[i] - mean;
                mean += delta / static_cast<double>(i + 1);
                m2 += delta * (p[i] - mean);
              }
              double div = std::max(0.0, static_cast<double>(n) - c);
              double var = m2 / div;
              return static_cast<T>(is_std ? std::sqrt(var) : var);
            });
            write_from<T>(out.tensor(), res);
          }
        });
      },
      is_std ? "StdBackward0" : "VarBackward0");
}

// Sorting along one dim (stable; NaN sorts as the largest value, like ATen).
template <class T>
bool sort_less(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (b != b) return a == a;
    if (a != a) return false;
  }
  return a < b;
}

struct SortResult {
  Tensor values, indices;
};

// Sorts `self` along dim; keeps the first k entries (k < 0: all).
void sort_into(const Tensor& self, int64_t dim, bool descending, int64_t k, const Tensor& values,
               const Tensor& indices) {
  ReduceGeom g = reduce_geom(self, self.dim() == 0 ? std::optional<Shape>() : std::optional<Shape>(Shape{dim}), false);
  int64_t keep = k < 0 ? g.inner : k;
  dispatch(self.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    auto v = read_elems<T>(g.permuted);
    const T* base = reinterpret_cast<const T*>(v.data());
    std::vector<T> vals;
    std::vector<int64_t> idx;
    std::vector<int64_t> order(g.inner);
    for (int64_t row = 0; row < g.outer; ++row) {
      const T* p = base + row * g.inner;
      for (int64_t i = 0; i < g.inner; ++i) order[i] = i;
      std::stable_sort(order.begin(), order.end(), [&](int64_t x, int64_t y) {
        return descending ? sort_less(p[y], p[x]) : sort_less(p[x], p[y]);
      });
      for (int64_t i = 0; i < keep; ++i) {
        vals.push_back(p[order[i]]);
        idx.push_back(order[i]);
      }
    }
    // Write back with the sorted dim last (matching g.permuted's order).
    auto permuted_out = [&](const Tensor& o) {
      if (o.dim() == 0) return o;
      Shape sz, st;
      for (int64_t d = 0; d < o.dim(); ++d) {
        if (d == dim) continue;
        sz.push_back(o.sizes()[d]);
        st.push_back(o.strides()[d]);
      }
      sz.push_back(o.sizes()[dim]);
      st.push_back(o.strides()[dim]);
      return Tensor::make_view(o, sz, st, o.storage_offset());
    };
    if (values.defined()) write_from<T>(permuted_out(values), vals);
    write_from<int64_t>(permuted_out(indices), idx);
  });
}

}  // namespace

void register_reduce_ops(Registry& r) {
  def_sum_like(r, "sum", false);
  def_sum_like(r, "mean", true);
  // prod(self, *, dtype) / prod(self, int dim, bool keepdim=False, *, dtype)
  auto prod_meta = [](const Args& a) -> Value {
    const Tensor& self = a.tensor("self");
    ReduceGeom g = reduce_geom(self, opt_dims(a), keepdim_of(a));
    return Tensor::make(g.out_shape, sum_dtype(self.dtype(), a.dtype("dtype")), true);
  };
  auto prod_kernel = [](const Args& a, Value& out) {
    const Tensor& self = a.tensor("self");
    ReduceGeom g = reduce_geom(self, opt_dims(a), false);
    dispatch(out.tensor().dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      auto res = reduce_rows<T, T>(g, [](const T* p, int64_t n) -> T {
        T acc = T(1);
        for (int64_t i = 0; i < n; ++i) acc = static_cast<T>(acc * p[i]);
        return acc;
      });
      write_from<T>(out.tensor(), res);
    });
  };
  r.add("prod(Tensor self, *, ScalarType? dtype=None) -> Tensor", OpKind::Functional, prod_meta, prod_kernel,
        "ProdBackward0");
  r.add("prod.dim_int(Tensor self, int dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor",
        OpKind::Functional, prod_meta, prod_kernel, "ProdBackward1");
  def_minmax<true>(r);
  def_minmax<false>(r);
  def_bool_reduce(r, "all", true);
  def_bool_reduce(r, "any", false);
  def_count_nonzero(r);
  def_softmax<false>(r);
  def_softmax<true>(r);
  def_var(r, "var", false);
  def_var(r, "std", true);

  r.add(
      "cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        wrap_dim(a.i("dim"), self.dim());
        return Tensor::make(self.sizes(), sum_dtype(self.dtype(), a.dtype("dtype")), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        const Tensor& o = out.tensor();
        int64_t d = wrap_dim(a.i("dim"), self.dim());
        ReduceGeom g =
            reduce_geom(self, self.dim() == 0 ? std::optional<Shape>() : std::optional<Shape>(Shape{d}), false);
        dispatch(o.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          std::vector<T> v = read_as<T>(g.permuted);
          for (int64_t row = 0; row < g.outer; ++row) {
            Acc<T> acc = 0;
            for (int64_t i = 0; i < g.inner; ++i) {
              acc += static_cast<Acc<T>>(v[row * g.inner + i]);
              v[row * g.inner + i] = convert<T>(acc);
            }
          }
          Shape ost;
          for (int64_t k = 0; k < o.dim(); ++k) {
            if (k != d) ost.push_back(o.strides()[k]);
          }
          if (o.dim() > 0) ost.push_back(o.strides()[d]);
          write_from<T>(Tensor::make_view(o, g.permuted.sizes(), ost, o.storage_offset()), v);
        });
      },
      "CumsumBackward0");

  // ---- sorting ----
  r.add(
      "sort(Tensor self, int dim=-1, bool descending=False, *, bool? stable=None) -> (Tensor values, Tensor indices)",
      OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        wrap_dim(a.i("dim"), self.dim());
        return Value::List{Tensor::make(self.sizes(), self.dtype(), true),
                           Tensor::make(self.sizes(), DType::Int64, true)};
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        int64_t d = self.dim() == 0 ? 0 : wrap_dim(a.i("dim"), self.dim());
        sort_into(self, d, a.b("descending"), -1, out.list()[0].tensor(), out.list()[1].tensor());
      },
      "SortBackward0");
  r.add(
      "argsort(Tensor self, int dim=-1, bool descending=False, *, bool stable=False) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        wrap_dim(a.i("dim"), self.dim());
        return Tensor::make(self.sizes(), DType::Int64, true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        int64_t d = self.dim() == 0 ? 0 : wrap_dim(a.i("dim"), self.dim());
        sort_into(self, d, a.b("descending"), -1, Tensor(), out.tensor());
      });
  r.add(
      "topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)",
      OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        int64_t d = wrap_dim(a.i("dim"), self.dim());
        int64_t n = self.dim() == 0 ? 1 : self.sizes()[d];
        int64_t k = a.i("k");
        DP_CHECK(k >= 0 && k <= n, "selected index k out of range");
        Shape s = self.sizes();
        if (self.dim() > 0) s[d] = k;
        return Value::List{Tensor::make(s, self.dtype(), true), Tensor::make(s, DType::Int64, true)};
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        int64_t d = self.dim() == 0 ? 0 : wrap_dim(a.i("dim"), self.dim());
        sort_into(self, d, a.b("largest"), a.i("k"), out.list()[0].tensor(), out.list()[1].tensor());
      },
      "TopkBackward0");

  // ---- norms ----
  // _aten_norm: the same op as ATen's C++ at::norm(self, p, dim, keepdim) records it (grad_fn
  // NormBackward1: pairwise_distance); Python's Tensor.norm goes through linalg.vector_norm.
  for (const char* nm : {"norm", "_aten_norm"})
  r.add(
      std::string(nm) + "(Tensor self, Scalar? p=2, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor",
      OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (!is_floating(self.dtype())) {
          throw_error("RuntimeError", "linalg.vector_norm: Expected a floating point or complex tensor as input. Got " +
                                          aten_name(self.dtype()));
        }
        ReduceGeom g = reduce_geom(self, opt_dims(a), keepdim_of(a));
        return Tensor::make(g.out_shape, a.dtype("dtype").value_or(self.dtype()), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        double p = a.has("p") ? a.scalar("p").to_double() : 2.0;
        ReduceGeom g = reduce_geom(self, opt_dims(a), false);
        auto res = reduce_rows<double, double>(g, [p](const double* x, int64_t n) {
          if (std::isinf(p)) {
            double m = p > 0 ? 0.0 : INFINITY;
            for (int64_t i = 0; i < n; ++i) m = p > 0 ? std::max(m, std::fabs(x[i])) : std::min(m, std::fabs(x[i]));
            return m;
          }
          double acc = 0;
          if (p == 0) {
            for (int64_t i = 0; i < n; ++i) acc += x[i] != 0;
            return acc;
          }
          for (int64_t i = 0; i < n; ++i) acc += std::pow(std::fabs(x[i]), p);
          return p == 1 ? acc : p == 2 ? std::sqrt(acc) : std::pow(acc, 1.0 / p);
        });
        write_from<double>(out.tensor(), res);
      },
      std::string(nm) == "norm" ? "LinalgVectorNormBackward0" : "NormBackward1")
      .is_method = std::string(nm) == "norm";

  // ---- data-dependent results ----
  r.add(
       "item(Tensor self) -> Scalar", OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& self = a.tensor("self");
         if (self.numel() != 1) {
           throw_error("RuntimeError",
                       "a Tensor with " + std::to_string(self.numel()) + " elements cannot be converted to Scalar");
         }
         return None{};
       },
       [](const Args& a, Value& out) { out = Value(a.tensor("self").item()); })
      .data_dependent = true;
  // bool(tensor): Tensor.__bool__ / is_nonzero.
  r.add(
       "is_nonzero(Tensor self) -> bool", OpKind::Functional,
       [](const Args& a) -> Value {
         int64_t n = a.tensor("self").numel();
         if (n == 0) throw_error("RuntimeError", "Boolean value of Tensor with no values is ambiguous");
         if (n > 1) throw_error("RuntimeError", "Boolean value of Tensor with more than one value is ambiguous");
         return None{};
       },
       [](const Args& a, Value& out) { out = a.tensor("self").item().to_bool(); })
      .data_dependent = true;
  r.add(
       "tolist(Tensor self) -> Any", OpKind::Functional, [](const Args&) -> Value { return None{}; },
       [](const Args& a, Value& out) {
         const Tensor& self = a.tensor("self");
         std::function<Value(int64_t, int64_t&)> build = [&](int64_t d, int64_t& flat) -> Value {
           if (d == self.dim()) return Value(self.scalar_at(flat++));
           Value::List l;
           for (int64_t i = 0; i < self.sizes()[d]; ++i) l.push_back(build(d + 1, flat));
           return l;
         };
         int64_t flat = 0;
         out = build(0, flat);
       })
      .data_dependent = true;
  r.add(
       "nonzero(Tensor self, *, bool as_tuple=False) -> Any", OpKind::Functional,
       [](const Args&) -> Value { return None{}; },
       [](const Args& a, Value& out) {
         const Tensor& self = a.tensor("self");
         std::vector<bool> v = read_as<bool>(self);
         std::vector<int64_t> hits;
         for (size_t i = 0; i < v.size(); ++i) {
           if (v[i]) hits.push_back(static_cast<int64_t>(i));
         }
         int64_t nd = std::max<int64_t>(self.dim(), 1);
         int64_t n = static_cast<int64_t>(hits.size());
         Tensor res = Tensor::make({n, nd}, DType::Int64);
         int64_t* p = res.data<int64_t>();
         for (int64_t k = 0; k < n; ++k) {
           int64_t rem = hits[k];
           for (int64_t d = self.dim() - 1; d >= 0; --d) {
             p[k * nd + d] = rem % self.sizes()[d];
             rem /= self.sizes()[d];
           }
           if (self.dim() == 0) p[k] = 0;
         }
         if (!a.b("as_tuple")) {
           if (self.dim() == 0) res = Tensor::make_view(res, {n, 0}, {0, 1}, 0);
           out = res;
           return;
         }
         std::vector<Tensor> parts;
         for (int64_t d = 0; d < nd; ++d) {
           Tensor col = Tensor::make({n}, DType::Int64);
           for (int64_t k = 0; k < n; ++k) col.data<int64_t>()[k] = p[k * nd + d];
           parts.push_back(col);
         }
         out = parts;
       })
      .data_dependent = true;
  r.add(
       "allclose(Tensor self, Tensor other, float rtol=1e-05, float atol=1e-08, bool equal_nan=False) -> bool",
       OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& x = a.tensor("self");
         const Tensor& y = a.tensor("other");
         if (x.dtype() != y.dtype()) {
           throw_error("RuntimeError", aten_name(x.dtype()) + " did not match " + aten_name(y.dtype()));
         }
         broadcast_shapes(x.sizes(), y.sizes());
         return None{};
       },
       [](const Args& a, Value& out) {
         const Tensor& x = a.tensor("self");
         const Tensor& y = a.tensor("other");
         Shape s = broadcast_shapes(x.sizes(), y.sizes());
         std::vector<double> xs = read_as<double>(x, s), ys = read_as<double>(y, s);
         double rtol = a.f("rtol"), atol = a.f("atol");
         bool eq_nan = a.b("equal_nan");
         bool ok = true;
         for (size_t i = 0; i < xs.size() && ok; ++i) {
           double p = xs[i], q = ys[i];
           if (p == q) continue;
           if (std::isnan(p) || std::isnan(q)) {
             ok = eq_nan && std::isnan(p) && std::isnan(q);
             continue;
           }
           if (std::isinf(p) || std::isinf(q)) {
             ok = false;
             continue;
           }
           ok = std::fabs(p - q) <= atol + rtol * std::fabs(q);
         }
         out = ok;
       })
      .data_dependent = true;
  r.add(
       "equal(Tensor self, Tensor other) -> bool", OpKind::Functional, [](const Args&) -> Value { return None{}; },
       [](const Args& a, Value& out) {
         const Tensor& x = a.tensor("self");
         const Tensor& y = a.tensor("other");
         if (x.sizes() != y.sizes()) {
           out = false;
           return;
         }
         std::vector<double> xs = read_as<double>(x), ys = read_as<double>(y);
         out = xs == ys;
       })
      .data_dependent = true;

  // aminmax (ReduceOps.cpp, 2.x): amin and amax in one call, as torch.return_types.aminmax(min, max);
  // over every element when dim is None. Not differentiable in PyTorch either.
  auto aminmax_args = [](const Args& a) {
    const Tensor& self = a.tensor("self");
    std::vector<int64_t> dims;
    if (a.has("dim")) {
      dims.push_back(a.i("dim"));
      const int64_t d = wrap_dim(a.i("dim"), self.dim());
      if (self.dim() > 0 && self.sizes()[d] == 0)
        throw_error("IndexError", "aminmax(): Expected reduction dim " + std::to_string(d) + " to have non-zero size.");
    } else if (self.numel() == 0) {
      throw_error("RuntimeError",
                  "aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.");
    }
    return dims;
  };
  r.add(
      "aminmax(Tensor self, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)", OpKind::Functional,
      [aminmax_args](const Args& a) -> Value {
        std::vector<int64_t> dims = aminmax_args(a);
        Tensor f = a.tensor("self").to_fake();
        return Value(Value::List{call_t("amin", {f, Value(dims), a.b("keepdim")}),
                                 call_t("amax", {f, Value(dims), a.b("keepdim")})});
      },
      [aminmax_args](const Args& a, Value& out) {
        std::vector<int64_t> dims = aminmax_args(a);
        const Tensor& self = a.tensor("self");
        out = Value(Value::List{call_t("amin", {self, Value(dims), a.b("keepdim")}),
                                call_t("amax", {self, Value(dims), a.b("keepdim")})});
      },
      "NotImplemented");
}

}  // namespace dp::torch
