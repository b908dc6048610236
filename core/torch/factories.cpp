// Mirrors aten/src/ATen/native/TensorFactories.cpp and RangeFactories.cpp (zeros, ones, empty,
// full, arange, linspace, eye, *_like, empty_strided) and torch/csrc/utils/tensor_new.cpp
// (torch.tensor(data): shape and dtype inference from nested Python lists).
#include <limits>
#include <cmath>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

namespace {

const char* kFactoryKw =
    ", *, ScalarType? dtype=None, Any layout=None, Any device=None, Any pin_memory=None, "
    "bool requires_grad=False";

void check_size(const Shape& s) {
  for (int64_t d : s) {
    if (d < 0) {
      throw_error("RuntimeError",
                  "Trying to create tensor with negative dimension " + std::to_string(d) + ": " + shape_str(s));
    }
  }
}

void fill_tensor(const Tensor& t, const Scalar& v) {
  dispatch(t.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    T x = v.is_float() ? convert<T>(v.to_double()) : v.is_int() ? convert<T>(v.to_int()) : convert<T>(v.to_bool());
    write_from<T>(t, std::vector<T>(static_cast<size_t>(t.numel()), x));
  });
}

// ---- torch.tensor(data) ----

struct DataInfo {
  Shape shape;
  bool any_float = false;
  bool all_bool = true;
  bool any_elem = false;
  std::optional<DType> tensor_dtype;  // when data contains tensors
};

void infer_data(const Value& v, size_t depth, DataInfo* info) {
  if (v.is_list() || v.is_int_list() || v.is_tensor_list()) {
    int64_t n = v.is_list()       ? static_cast<int64_t>(v.list().size())
                : v.is_int_list() ? static_cast<int64_t>(std::get<std::vector<int64_t>>(v.v).size())
                                  : static_cast<int64_t>(std::get<std::vector<Tensor>>(v.v).size());
    if (info->shape.size() == depth) {
      info->shape.push_back(n);
    } else if (info->shape.size() > depth && info->shape[depth] != n) {
      throw_error("ValueError", "expected sequence of length " + std::to_string(info->shape[depth]) + " at dim " +
                                    std::to_string(depth) + " (got " + std::to_string(n) + ")");
    }
    if (v.is_list()) {
      for (const auto& e : v.list()) infer_data(e, depth + 1, info);
    } else if (v.is_int_list()) {
      for (int64_t x : std::get<std::vector<int64_t>>(v.v)) infer_data(Value(x), depth + 1, info);
    } else {
      for (const auto& t : std::get<std::vector<Tensor>>(v.v)) infer_data(Value(t), depth + 1, info);
    }
    return;
  }
  if (v.is_tensor()) {
    const Tensor& t = v.tensor();
    for (size_t i = 0; i < t.sizes().size(); ++i) {
      size_t d = depth + i;
      if (info->shape.size() == d) info->shape.push_back(t.sizes()[i]);
    }
    info->tensor_dtype = info->tensor_dtype ? promote_types(*info->tensor_dtype, t.dtype()) : t.dtype();
    info->any_elem = true;
    info->all_bool &= t.dtype() == DType::Bool;
    info->any_float |= is_floating(t.dtype());
    return;
  }
  if (!v.is_number()) {
    // _infer_scalar_type / compute_sizes: a str element is a sequence without end (each character
    // is a str again); any other object has no dtype.
    if (v.py_type_name() != "str") throw_error("RuntimeError", "Could not infer dtype of " + v.py_type_name());
    if (depth > 0 && info->shape.size() <= depth) throw_error("ValueError", "too many dimensions 'str'");
    throw_error("TypeError", "new(): invalid data type '" + v.py_type_name() + "'");
  }
  if (info->shape.size() > depth) {
    throw_error("TypeError", "new(): invalid data type '" + v.py_type_name() + "'");
  }
  info->any_elem = true;
  info->any_float |= v.is_double();
  info->all_bool &= v.is_bool();
}

void flatten_data(const Value& v, std::vector<Scalar>* out) {
  if (v.is_list()) {
    for (const auto& e : v.list()) flatten_data(e, out);
  } else if (v.is_int_list()) {
    for (int64_t x : std::get<std::vector<int64_t>>(v.v)) out->push_back(Scalar(x));
  } else if (v.is_tensor_list()) {
    for (const auto& t : std::get<std::vector<Tensor>>(v.v)) flatten_data(Value(t), out);
  } else if (v.is_tensor()) {
    const Tensor& t = v.tensor();
    for (int64_t i = 0; i < t.numel(); ++i) out->push_back(t.scalar_at(i));
  } else {
    out->push_back(v.to_scalar());
  }
}

DType infer_dtype(const DataInfo& info) {
  if (info.tensor_dtype) return *info.tensor_dtype;
  if (!info.any_elem) return kDefaultFloat;
  if (info.any_float) return kDefaultFloat;
  if (info.all_bool) return DType::Bool;
  return DType::Int64;
}

template <class T>
void write_scalars(const Tensor& t, const std::vector<Scalar>& vals) {
  T* p = t.data<T>();
  for (size_t i = 0; i < vals.size(); ++i) {
    const Scalar& s = vals[i];
    // torch/csrc/utils/python_scalars.h unpackIntegral -> c10::checked_convert: a Python int out of
    // the narrow integer type's range is an error (an unsigned type also takes -max..-1, wrapping).
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool> && sizeof(T) < 8) {
      if (s.is_int()) {
        int64_t v = s.to_int();
        bool over = v > static_cast<int64_t>(std::numeric_limits<T>::max()) ||
                    (std::is_signed_v<T> ? v < static_cast<int64_t>(std::numeric_limits<T>::min())
                                         : v < -static_cast<int64_t>(std::numeric_limits<T>::max()));
        if (over)
          throw_error("RuntimeError",
                      "value cannot be converted to type " + dtype_short_name(dtype_of<T>()) + " without overflow");
      }
    }
    p[i] = s.is_float() ? convert<T>(s.to_double()) : s.is_int() ? convert<T>(s.to_int()) : convert<T>(s.to_bool());
  }
}

DType dtype_or(const Args& a, DType d) { return a.dtype("dtype").value_or(d); }

}  // namespace

void register_factory_ops(Registry& r) {
  std::string kw = kFactoryKw;
  auto sized = [&](const std::string& name, std::function<void(const Args&, const Tensor&)> fill,
                   const std::string& extra = "") {
    r.add(
         name + "(int[] size" + kw + extra + ") -> Tensor", OpKind::Factory,
         [](const Args& a) -> Value {
           Shape s = a.ints("size");
           check_size(s);
           return Tensor::make(s, dtype_or(a, kDefaultFloat), true);
         },
         [fill](const Args& a, Value& out) {
           if (fill) fill(a, out.tensor());
         })
        .is_method = false;
  };
  sized("zeros", nullptr);
  sized("empty", nullptr, ", Any memory_format=None");  // fill zeros: PyTorch's would be uninitialized
  sized("ones", [](const Args&, const Tensor& t) { fill_tensor(t, Scalar(int64_t{1})); });

  r.add(
       "full(int[] size, Scalar fill_value" + kw + ") -> Tensor", OpKind::Factory,
       [](const Args& a) -> Value {
         Shape s = a.ints("size");
         check_size(s);
         return Tensor::make(s, dtype_or(a, a.scalar("fill_value").natural_dtype()), true);
       },
       [](const Args& a, Value& out) { fill_tensor(out.tensor(), a.scalar("fill_value")); })
      .is_method = false;

  auto like = [&](const std::string& name, std::function<void(const Args&, const Tensor&)> fill,
                  const std::string& extra = "") {
    r.add(
         name + "(Tensor self" + extra + kw + ", Any memory_format=None) -> Tensor", OpKind::Factory,
         [](const Args& a) -> Value {
           const Tensor& self = a.tensor("self");
           return Tensor::make_strided(self.sizes(), like_strides(a, self), dtype_or(a, self.dtype()), true);
         },
         [fill](const Args& a, Value& out) {
           if (fill) fill(a, out.tensor());
         })
        .is_method = false;
  };
  like("zeros_like", nullptr);
  like("empty_like", nullptr);
  like("ones_like", [](const Args&, const Tensor& t) { fill_tensor(t, Scalar(int64_t{1})); });
  like(
      "full_like", [](const Args& a, const Tensor& t) { fill_tensor(t, a.scalar("fill_value")); },
      ", Scalar fill_value");

  // Tensor.new_zeros / new_ones / new_empty / new_full: dtype defaults to self's dtype.
  auto new_ = [&](const std::string& name, std::function<void(const Args&, const Tensor&)> fill,
                  const std::string& extra = "") {
    r.add(
         name + "(Tensor self, int[] size" + extra + kw + ") -> Tensor", OpKind::Factory,
         [](const Args& a) -> Value {
           Shape s = a.ints("size");
           check_size(s);
           return Tensor::make(s, dtype_or(a, a.tensor("self").dtype()), true);
         },
         [fill](const Args& a, Value& out) {
           if (fill) fill(a, out.tensor());
         })
        .is_function = false;
  };
  new_("new_zeros", nullptr);
  new_("new_empty", nullptr);
  new_("new_ones", [](const Args&, const Tensor& t) { fill_tensor(t, Scalar(int64_t{1})); });
  new_(
      "new_full", [](const Args& a, const Tensor& t) { fill_tensor(t, a.scalar("fill_value")); },
      ", Scalar fill_value");
  for (auto& d : *r.find_mut("new_full")) d.schema.varargs_index = -1;

  r.add("empty_strided(int[] size, int[] stride" + kw + ") -> Tensor", OpKind::Factory, [](const Args& a) -> Value {
     Shape s = a.ints("size"), st = a.ints("stride");
     check_size(s);
     DP_CHECK(s.size() == st.size(), "mismatch in length of strides and shape");
     return Tensor::make_strided(s, st, dtype_or(a, kDefaultFloat), true);
   }).is_method = false;

  r.add(
       "scalar_tensor(Scalar s" + kw + ") -> Tensor", OpKind::Factory,
       [](const Args& a) -> Value { return Tensor::make({}, dtype_or(a, kDefaultFloat), true); },
       [](const Args& a, Value& out) { fill_tensor(out.tensor(), a.scalar("s")); })
      .is_method = false;

  // torch.tensor(data, dtype=None, requires_grad=False)
  r.add(
       "tensor(Any data" + kw + ") -> Tensor", OpKind::Factory,
       [](const Args& a) -> Value {
         DataInfo info;
         infer_data(a.get("data"), 0, &info);
         return Tensor::make(info.shape, dtype_or(a, infer_dtype(info)), true);
       },
       [](const Args& a, Value& out) {
         std::vector<Scalar> vals;
         flatten_data(a.get("data"), &vals);
         dispatch_storage(out.tensor().dtype(),
                          [&](auto tag) { write_scalars<typename decltype(tag)::type>(out.tensor(), vals); });
       })
      .is_method = false;

  // torch.as_tensor(data, dtype=None): no copy when data is already a tensor of that dtype.
  r.add(
       "as_tensor(Any data, *, ScalarType? dtype=None, Any device=None) -> Tensor", OpKind::Factory,
       [](const Args& a) -> Value {
         const Value& d = a.get("data");
         if (d.is_tensor() && (!a.has("dtype") || *a.dtype("dtype") == d.tensor().dtype())) return d.tensor();
         if (d.is_tensor()) return Tensor::make(d.tensor().sizes(), *a.dtype("dtype"), true);
         DataInfo info;
         infer_data(d, 0, &info);
         return Tensor::make(info.shape, dtype_or(a, infer_dtype(info)), true);
       },
       [](const Args& a, Value& out) {
         const Value& d = a.get("data");
         if (d.is_tensor() && out.tensor().id() == d.tensor().id()) return;
         std::vector<Scalar> vals;
         flatten_data(d, &vals);
         dispatch_storage(out.tensor().dtype(),
                          [&](auto tag) { write_scalars<typename decltype(tag)::type>(out.tensor(), vals); });
       })
      .is_method = false;

  // arange(end) / arange(start, end, step=1)
  r.add(
       "arange(Scalar start, Scalar? end=None, Scalar step=1" + kw + ") -> Tensor", OpKind::Factory,
       [](const Args& a) -> Value {
         Scalar start = a.scalar("start"), step = a.scalar("step");
         Scalar end;
         if (a.has("end")) {
           end = a.scalar("end");
         } else {
           end = start;
           start = Scalar(int64_t{0});
         }
         bool any_float = start.is_float() || end.is_float() || step.is_float();
         DType dt = dtype_or(a, any_float ? kDefaultFloat : DType::Int64);
         if (dt == DType::Bool) throw_error("RuntimeError", "\"arange_cpu\" not implemented for 'Bool'");
         if (!is_floating(dt)) {
           // RangeFactories.cpp: an integral result works in int64 (acc_type): the bounds and the
           // step are truncated first; int64 sizes come from those, other types' from the doubles.
           int64_t xs = start.is_float() ? static_cast<int64_t>(start.to_double()) : start.to_int();
           int64_t xe = end.is_float() ? static_cast<int64_t>(end.to_double()) : end.to_int();
           int64_t st = step.is_float() ? static_cast<int64_t>(step.to_double()) : step.to_int();
           DP_CHECK(st != 0, "step must be nonzero");
           DP_CHECK((st > 0 && xe >= xs) || (st < 0 && xe <= xs),
                    "upper bound and larger bound inconsistent with step sign");
           double size_d =
               dt == DType::Int64
                   // int64 arithmetic: the division truncates (accscalar_t is int64_t), then ceil is a no-op.
                   ? static_cast<double>((xe - xs + st - (st > 0 ? 1 : -1)) / st)
                   : std::ceil((end.to_double() - start.to_double()) / step.to_double());
           return Tensor::make({static_cast<int64_t>(size_d)}, dt, true);
         }
         double xs = start.to_double(), xe = end.to_double(), st = step.to_double();
         DP_CHECK(st != 0, "step must be nonzero");
         DP_CHECK(std::isfinite(xs) && std::isfinite(xe),
                  "unsupported range: " + std::to_string(xs) + " -> " + std::to_string(xe));
         DP_CHECK((st > 0 && xe >= xs) || (st < 0 && xe <= xs),
                  "upper bound and larger bound inconsistent with step sign");
         double size_d;
         if (is_floating(dt) || any_float) {
           size_d = std::ceil((xe - xs) / st);
         } else {
           size_d = std::ceil(static_cast<double>(end.to_int() - start.to_int()) / static_cast<double>(step.to_int()));
         }
         return Tensor::make({static_cast<int64_t>(size_d)}, dt, true);
       },
       [](const Args& a, Value& out) {
         Scalar start = a.scalar("start"), step = a.scalar("step");
         if (!a.has("end")) start = Scalar(int64_t{0});
         const Tensor& t = out.tensor();
         dispatch(t.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           std::vector<T> p(static_cast<size_t>(t.numel()));  // in the compute type, rounded by write_from
           if constexpr (std::is_floating_point_v<T>) {
             double s0 = start.to_double(), st = step.to_double();
             for (int64_t i = 0; i < t.numel(); ++i) p[i] = static_cast<T>(s0 + st * static_cast<double>(i));
           } else {
             int64_t s0 = start.is_float() ? static_cast<int64_t>(start.to_double()) : start.to_int();
             int64_t st = step.is_float() ? static_cast<int64_t>(step.to_double()) : step.to_int();
             for (int64_t i = 0; i < t.numel(); ++i) p[i] = convert<T>(s0 + st * i);
           }
           write_from<T>(t, p);
         });
       })
      .is_method = false;

  r.add(
       "linspace(Scalar start, Scalar end, int steps" + kw + ") -> Tensor", OpKind::Factory,
       [](const Args& a) -> Value {
         DP_CHECK(a.i("steps") >= 0, "number of steps must be non-negative");
         return Tensor::make({a.i("steps")}, dtype_or(a, kDefaultFloat), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& t = out.tensor();
         int64_t n = a.i("steps");
         double s = a.scalar("start").to_double(), e = a.scalar("end").to_double();
         dispatch(t.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           std::vector<T> p(static_cast<size_t>(n));  // in the compute type, rounded by write_from
           if (n == 1) {
             p[0] = convert<T>(s);
             write_from<T>(t, p);
             return;
           }
           int64_t half = n / 2;
           if constexpr (std::is_floating_point_v<T>) {
             // Computed in T from both ends, like ATen's linspace kernel (RangeFactoriesKernel.cpp):
             // cpu_serial_kernel_vec fills whole pairs of 32-byte vectors (8 floats / 4 doubles)
             // with Vectorized::arange(base, step), lane i = base + i * step, whose base is the
             // value at the vector's first index (from the start below halfway, from the end
             // otherwise); the n % (2 * lanes) last elements are computed one by one.
             const T ts = static_cast<T>(s), te = static_cast<T>(e);
             const T step = (te - ts) / static_cast<T>(n - 1);
             auto scalar_at = [&](int64_t i) {
               return i < half ? static_cast<T>(ts + step * static_cast<T>(i))
                               : static_cast<T>(te - step * static_cast<T>(n - i - 1));
             };
             constexpr int64_t lanes = 32 / static_cast<int64_t>(sizeof(T));
             const int64_t vec_end = n / (2 * lanes) * (2 * lanes);
             int64_t i = 0;
             for (; i < vec_end; i += lanes) {
               const T base = scalar_at(i);
               for (int64_t l = 0; l < lanes; ++l) p[i + l] = static_cast<T>(base + static_cast<T>(l) * step);
             }
             for (; i < n; ++i) p[i] = scalar_at(i);
           } else {
             // Integral dtypes step in double and truncate.
             const double ts = static_cast<double>(convert<T>(s)), te = static_cast<double>(convert<T>(e));
             const double step = (te - ts) / static_cast<double>(n - 1);
             for (int64_t i = 0; i < n; ++i) {
               p[i] = convert<T>(i < half ? ts + step * static_cast<double>(i)
                                          : te - step * static_cast<double>(n - i - 1));
             }
           }
           write_from<T>(t, p);
         });
       })
      .is_method = false;

  r.add(
       "logspace(Scalar start, Scalar end, int steps, float base=10.0" + kw + ") -> Tensor", OpKind::Factory,
       [](const Args& a) -> Value {
         DP_CHECK(a.i("steps") >= 0, "number of steps must be non-negative");
         return Tensor::make({a.i("steps")}, dtype_or(a, kDefaultFloat), true);
       },
       [](const Args& a, Value& out) {
         // RangeFactories.cpp logspace: the exponent steps in double from both ends, start/end
         // first converted to the dtype; pow in double.
         const Tensor& t = out.tensor();
         const int64_t n = a.i("steps");
         const double base = a.f("base");
         dispatch(t.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           if constexpr (!std::is_same_v<T, bool>) {
             std::vector<T> p(static_cast<size_t>(n));  // in the compute type, rounded by write_from
             const T ts = convert<T>(a.scalar("start").to_double()), te = convert<T>(a.scalar("end").to_double());
             if (n == 1) {
               p[0] = convert<T>(std::pow(base, static_cast<double>(ts)));
               write_from<T>(t, p);
               return;
             }
             const double step = (static_cast<double>(te) - static_cast<double>(ts)) / static_cast<double>(n - 1);
             const int64_t half = n / 2;
             for (int64_t i = 0; i < n; ++i) {
               const double is = static_cast<double>(static_cast<T>(i));
               p[i] = convert<T>(
                   i < half ? std::pow(base, static_cast<double>(ts) + step * is)
                            : std::pow(base, static_cast<double>(te) - step * (static_cast<double>(n) - is - 1)));
             }
             write_from<T>(t, p);
           }
         });
       })
      .is_method = false;

  r.add(
       "eye(int n, int? m=None" + kw + ") -> Tensor", OpKind::Factory,
       [](const Args& a) -> Value {
         int64_t n = a.i("n"), m = a.has("m") ? a.i("m") : n;
         DP_CHECK(n >= 0, "n must be greater or equal to 0, got " + std::to_string(n));
         DP_CHECK(m >= 0, "m must be greater or equal to 0, got " + std::to_string(m));
         return Tensor::make({n, m}, dtype_or(a, kDefaultFloat), true);
       },
       [](const Args&, Value& out) {
         const Tensor& t = out.tensor();
         int64_t n = t.sizes()[0], m = t.sizes()[1];
         dispatch_storage(t.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           for (int64_t i = 0; i < std::min(n, m); ++i) t.data<T>()[i * m + i] = convert<T>(1);
         });
       })
      .is_method = false;
}

}  // namespace dp::torch
