// Mirrors ATen's scatter family, index_add and repeat_interleave (aten/src/ATen/native/TensorAdvancedIndexing.cpp,
// ScatterGatherChecks.h, Repeat.cpp): scatter / scatter_ with a src tensor or a value, scatter_add /
// scatter_add_, and repeat_interleave with an int or a tensor of repeats. The checks and their
// texts are ATen's; scatter_add adds the src elements into each self element in index order (the
// CPU kernel's order), in the dtype.
#include <algorithm>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"
#include "torch/zoo_backward.h"

namespace dp::torch {
using namespace detail;

namespace {

// scatter_gather_dtype_check + scatter_shape_check (ScatterGatherChecks.h).
void scatter_checks(const std::string& method, const Tensor& self, int64_t dim, const Tensor& index,
                    const Tensor* src) {
  if (index.dtype() != DType::Int64) throw_error("RuntimeError", method + "(): Expected dtype int64 for index");
  if (src && src->dtype() != self.dtype())
    throw_error("RuntimeError", method + "(): Expected self.dtype to be equal to src.dtype");
  if (index.numel() == 0) return;
  int64_t nd = std::max<int64_t>(self.dim(), 1);
  if (std::max<int64_t>(index.dim(), 1) != nd)
    throw_error("RuntimeError", "Index tensor must have the same number of dimensions as self tensor");
  if (src && std::max<int64_t>(src->dim(), 1) != nd)
    throw_error("RuntimeError", "Index tensor must have the same number of dimensions as src tensor");
  auto size = [](const Tensor& t, int64_t d) { return t.dim() == 0 ? int64_t{1} : t.sizes()[d]; };
  bool bad_self = false, bad_src = false;
  for (int64_t d = 0; d < nd; ++d) {
    if (d != dim && size(index, d) > size(self, d)) bad_self = true;
    if (src && size(index, d) > size(*src, d)) bad_src = true;
  }
  if (bad_self || bad_src) {
    std::string msg = "Expected index " + shape_str(index.sizes()) + " to be smaller than self " +
                      shape_str(self.sizes()) + " apart from dimension " + std::to_string(dim);
    if (src) msg += " and to be smaller size than src " + shape_str(src->sizes());
    throw_error("RuntimeError", msg);
  }
}

// Writes into `dst` (self's values, contiguous, self's shape): for each index element at
// coordinates c, dst[c with c[dim] = index[c]] = (or +=) src[c] (or the value).
template <class T>
void scatter_into(std::vector<T>& dst, const Shape& self_sizes, int64_t dim, const Tensor& index, const Tensor* src,
                  T value, bool add) {
  if (index.numel() == 0) return;
  std::vector<int64_t> idx = read_as<int64_t>(index);
  Shape is = index.dim() == 0 ? Shape{1} : index.sizes();
  Shape ss = self_sizes.empty() ? Shape{1} : self_sizes;
  std::vector<T> sv;
  Shape srcs;
  if (src) {
    sv = read_as<T>(*src);
    srcs = src->dim() == 0 ? Shape{1} : src->sizes();
  }
  int64_t nd = static_cast<int64_t>(is.size());
  std::vector<int64_t> c(static_cast<size_t>(nd), 0);
  for (size_t k = 0; k < idx.size(); ++k) {
    int64_t i = idx[k];
    if (i < -ss[dim] || i >= ss[dim])
      throw_error("RuntimeError", "index " + std::to_string(i) + " is out of bounds for dimension " +
                                      std::to_string(dim) + " with size " + std::to_string(ss[dim]));
    if (i < 0) i += ss[dim];
    int64_t to = 0, from = 0;
    for (int64_t d = 0; d < nd; ++d) {
      to = to * ss[d] + (d == dim ? i : c[d]);
      if (src) from = from * srcs[d] + c[d];
    }
    T v = src ? sv[from] : value;
    if (add) dst[to] = static_cast<T>(dst[to] + v);
    else dst[to] = v;
    for (int64_t d = nd - 1; d >= 0; --d) {
      if (++c[d] < is[d]) break;
      c[d] = 0;
    }
  }
}

// The kernel of every scatter variant: `target` is the output (functional) or self (in-place).
void run_scatter(const Args& a, const Tensor& target, bool add) {
  const Tensor& self = a.tensor("self");
  int64_t dim = wrap_dim(a.i("dim"), self.dim());
  const Tensor* src = a.find("src") ? &a.tensor("src") : nullptr;
  dispatch(self.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    std::vector<T> dst = read_as<T>(self);
    T value{};
    if (!src) value = convert<T>(a.scalar("value").to_double());
    scatter_into<T>(dst, self.sizes(), dim, a.tensor("index"), src, value, add);
    write_from<T>(target, dst);
  });
}

void def_scatter(Registry& r) {
  for (bool add : {false, true}) {
    std::string name = add ? "scatter_add" : "scatter";
    std::vector<std::string> overloads =
        add ? std::vector<std::string>{""} : std::vector<std::string>{".src", ".value"};
    for (const std::string& ov : overloads) {
      bool value = ov == ".value";
      std::string params = value ? "(Tensor self, int dim, Tensor index, Scalar value) -> Tensor"
                                 : "(Tensor self, int dim, Tensor index, Tensor src) -> Tensor";
      std::string grad = add ? "ScatterAddBackward0" : value ? "ScatterBackward1" : "ScatterBackward0";
      // ATen's scatter_meta_impl checks every variant under the name "scatter".
      auto check = [](const Args& a) {
        const Tensor& self = a.tensor("self");
        int64_t dim = wrap_dim(a.i("dim"), self.dim());
        scatter_checks("scatter", self, dim, a.tensor("index"), a.find("src") ? &a.tensor("src") : nullptr);
      };
      r.add(
          name + ov + params, OpKind::Functional,
          [check](const Args& a) -> Value {
            check(a);
            return Tensor::make(a.tensor("self").sizes(), a.tensor("self").dtype(), true);
          },
          [add](const Args& a, Value& out) { run_scatter(a, out.tensor(), add); }, grad);
      r.add(
           name + "_" + ov + params, OpKind::InPlace,
           [check](const Args& a) -> Value {
             check(a);
             return a.tensor("self");
           },
           [add](const Args& a, Value&) { run_scatter(a, a.tensor("self"), add); }, grad)
          .is_function = false;
    }
  }
}

// index_add / index_add_ (index_add_cpu_): self[..., index[i], ...] += alpha * source[..., i, ...]
// along dim, in index order, in the dtype.
void index_add_checks(const Args& a) {
  const Tensor& self = a.tensor("self");
  const Tensor& index = a.tensor("index");
  const Tensor& source = a.tensor("source");
  int64_t dim = wrap_dim(a.i("dim"), self.dim());
  if (index.dim() > 1) throw_error("IndexError", "index_add_(): Index is supposed to be a vector");
  if (index.dtype() != DType::Int64 && index.dtype() != DType::Int32)
    throw_error("RuntimeError", "index_add_(): Expected dtype int32/int64 for index");
  if (self.dtype() != source.dtype())
    throw_error("RuntimeError", "index_add_(): self (" + aten_name(self.dtype()) + ") and source (" +
                                    aten_name(source.dtype()) + ") must have the same scalar type");
  int64_t n = source.dim() == 0 ? 1 : source.sizes()[dim];
  if (index.numel() != n)
    throw_error("RuntimeError", "index_add_(): Number of indices (" + std::to_string(index.numel()) +
                                    ") should be equal to source.size(dim): (" + std::to_string(n) +
                                    "), for dim: " + std::to_string(dim));
}

void run_index_add(const Args& a, const Tensor& target) {
  const Tensor& self = a.tensor("self");
  int64_t dim = wrap_dim(a.i("dim"), self.dim());
  std::vector<int64_t> idx = read_as<int64_t>(a.tensor("index"));
  const Tensor& source = a.tensor("source");
  Shape ss = self.dim() == 0 ? Shape{1} : self.sizes();
  int64_t outer = 1, inner = 1;
  for (int64_t d = 0; d < dim; ++d) outer *= ss[d];
  for (int64_t d = dim + 1; d < static_cast<int64_t>(ss.size()); ++d) inner *= ss[d];
  int64_t size = ss[dim], n = static_cast<int64_t>(idx.size());
  dispatch(self.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    std::vector<T> dst = read_as<T>(self);
    std::vector<T> src = read_as<T>(source, source.dim() == 0 ? Shape{} : source.sizes());
    T alpha = convert<T>(a.scalar("alpha").to_double());
    for (int64_t i = 0; i < n; ++i) {
      int64_t j = idx[i];
      if (j < -size || j >= size) throw_error("IndexError", "index out of range in self");
      if (j < 0) j += size;
      for (int64_t o = 0; o < outer; ++o)
        for (int64_t k = 0; k < inner; ++k) {
          T v = src[(o * n + i) * inner + k];
          if constexpr (!std::is_same_v<T, bool>) v = static_cast<T>(v * alpha);
          size_t pos = static_cast<size_t>((o * size + j) * inner + k);
          dst[pos] = static_cast<T>(dst[pos] + v);
        }
    }
    write_from<T>(target, dst);
  });
}

void def_index_add(Registry& r) {
  const std::string params = "(Tensor self, int dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor";
  r.add(
      "index_add" + params, OpKind::Functional,
      [](const Args& a) -> Value {
        index_add_checks(a);
        return Tensor::make(a.tensor("self").sizes(), a.tensor("self").dtype(), true);
      },
      [](const Args& a, Value& out) { run_index_add(a, out.tensor()); }, "IndexAddBackward0");
  r.add(
       "index_add_" + params, OpKind::InPlace,
       [](const Args& a) -> Value {
         index_add_checks(a);
         return a.tensor("self");
       },
       [](const Args& a, Value&) { run_index_add(a, a.tensor("self")); }, "IndexAddBackward0")
      .is_function = false;
}

// repeat_interleave: the positions each output element is copied from, along dim (flattened when
// dim is None).
struct RepeatPlan {
  Tensor input;  // self, or self flattened
  int64_t dim = 0;
  std::vector<int64_t> source;  // output position along dim -> input position
};

RepeatPlan repeat_plan(const Args& a, bool tensor_repeats) {
  RepeatPlan p;
  const Tensor& self = a.tensor("self");
  p.input = a.has("dim") ? self : call_t("reshape", {self, Value(Shape{-1})});
  p.dim = a.has("dim") ? wrap_dim(a.i("dim"), self.dim()) : 0;
  int64_t n = p.input.dim() == 0 ? 1 : p.input.sizes()[p.dim];
  std::vector<int64_t> reps;
  if (tensor_repeats) {
    const Tensor& rt = a.tensor("repeats");
    if (rt.dim() > 1) throw_error("RuntimeError", "repeats must be 0-dim or 1-dim tensor");
    if (is_floating(rt.dtype()) || rt.dtype() == DType::Bool)
      throw_error("RuntimeError", "repeats has to be Long or Int tensor");
    reps = read_as<int64_t>(rt);
    if (reps.size() == 1) {
      int64_t r0 = reps[0];  // assign() from one of its own elements is undefined
      reps.assign(static_cast<size_t>(n), r0);
    }
    if (static_cast<int64_t>(reps.size()) != n)
      throw_error("RuntimeError", "repeats must have the same size as input along dim");
  } else {
    reps.assign(static_cast<size_t>(n), a.i("repeats"));
  }
  for (int64_t r : reps)
    if (r < 0) throw_error("RuntimeError", "repeats can not be negative");
  for (int64_t i = 0; i < n; ++i)
    for (int64_t k = 0; k < reps[i]; ++k) p.source.push_back(i);
  return p;
}

Value repeat_run(const RepeatPlan& p) {
  return call("index_select", {p.input, Value(p.dim), Value(Tensor::from_vector<int64_t>(p.source))});
}

void def_repeat_interleave(Registry& r) {
  // int repeats: the output's shape is known without data.
  r.add(
      "repeat_interleave.self_int(Tensor self, int repeats, int? dim=None, *, int? output_size=None) -> Tensor",
      OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        // 2.x's repeat_interleave_symint (1.13 went through the tensor overload's text).
        if (a.i("repeats") < 0) throw_error("RuntimeError", "Repeats must be non-negative");
        Shape s = self.sizes();
        if (!a.has("dim")) s = {self.numel() * a.i("repeats")};
        else if (self.dim() > 0) s[wrap_dim(a.i("dim"), self.dim())] *= a.i("repeats");
        return Tensor::make(s, self.dtype(), true);
      },
      [](const Args& a, Value& out) {
        NoGradGuard ng;
        copy_into(out.tensor(), std::get<Tensor>(repeat_run(repeat_plan(a, false)).v));
      },
      "ViewBackward0");
  OpDef& t = r.add(
      "repeat_interleave.self_Tensor(Tensor self, Tensor repeats, int? dim=None, *, int? output_size=None) -> Tensor",
      OpKind::Functional, [](const Args&) -> Value { return None{}; },
      [](const Args& a, Value& out) {
        NoGradGuard ng;
        Tensor res = std::get<Tensor>(repeat_run(repeat_plan(a, true)).v);
        out = call_t("clone", {res});
      },
      "IndexSelectBackward0");
  t.data_dependent = true;
}

}  // namespace

void register_scatter_ops(Registry& r) {
  def_scatter(r);
  def_index_add(r);
  def_repeat_interleave(r);
}

}  // namespace dp::torch
