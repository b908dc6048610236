// Mirrors aten/src/ATen/native/TensorShape.cpp (view, reshape, permute, transpose, squeeze,
// unsqueeze, flatten, expand, select, narrow, slice, cat, stack, split, chunk, unbind),
// TensorUtils' computeStride / infer_size, Copy.cpp / Fill.cpp (copy_, fill_, zero_, to, clone)
// and torch/csrc/autograd/python_variable_indexing.cpp + ATen/TensorIndexing.h (x[idx], x[idx] = v)
// including their error messages.
#include <algorithm>
#include <numeric>
#include <optional>

#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

namespace {

// ---------------------------------------------------------------------------------------------
// Shape helpers

Shape infer_size(const Shape& shape, int64_t numel) {
  Shape res = shape;
  int64_t newsize = 1;
  std::optional<size_t> infer_dim;
  for (size_t d = 0; d < shape.size(); ++d) {
    if (shape[d] == -1) {
      if (infer_dim) throw_error("RuntimeError", "only one dimension can be inferred");
      infer_dim = d;
    } else if (shape[d] >= 0) {
      newsize *= shape[d];
    } else {
      throw_error("RuntimeError", "invalid shape dimension " + std::to_string(shape[d]));
    }
  }
  if (numel == newsize || (infer_dim && newsize > 0 && numel % newsize == 0)) {
    if (infer_dim) {
      DP_CHECK(newsize != 0, "cannot reshape tensor of 0 elements into shape " + shape_str(shape) +
                                 " because the unspecified dimension size -1 can be any value and "
                                 "is ambiguous");
      res[*infer_dim] = numel / newsize;
    }
    return res;
  }
  throw_error("RuntimeError", "shape '" + shape_str(shape) + "' is invalid for input of size " + std::to_string(numel));
}

// at::detail::computeStride: strides for viewing (oldshape, oldstride) as newshape, if possible.
std::optional<Shape> compute_stride(const Shape& oldshape, const Shape& oldstride, const Shape& newshape) {
  if (oldshape.empty()) return Shape(newshape.size(), 1);
  int64_t numel = shape_numel(oldshape);
  if (numel == 0 && oldshape == newshape) return oldstride;
  Shape newstride(newshape.size());
  if (numel == 0) {
    for (int64_t view_d = static_cast<int64_t>(newshape.size()) - 1; view_d >= 0; view_d--) {
      if (view_d == static_cast<int64_t>(newshape.size()) - 1) newstride[view_d] = 1;
      else newstride[view_d] = std::max<int64_t>(newshape[view_d + 1], 1) * newstride[view_d + 1];
    }
    return newstride;
  }
  int64_t view_d = static_cast<int64_t>(newshape.size()) - 1;
  int64_t chunk_base_stride = oldstride.back();
  int64_t tensor_numel = 1, view_numel = 1;
  for (int64_t tensor_d = static_cast<int64_t>(oldshape.size()) - 1; tensor_d >= 0; tensor_d--) {
    tensor_numel *= oldshape[tensor_d];
    if (tensor_d == 0 || (oldshape[tensor_d - 1] != 1 && oldstride[tensor_d - 1] != tensor_numel * chunk_base_stride)) {
      while (view_d >= 0 && (view_numel < tensor_numel || newshape[view_d] == 1)) {
        newstride[view_d] = view_numel * chunk_base_stride;
        view_numel *= newshape[view_d];
        view_d--;
      }
      if (view_numel != tensor_numel) return std::nullopt;
      if (tensor_d > 0) {
        chunk_base_stride = oldstride[tensor_d - 1];
        tensor_numel = 1;
        view_numel = 1;
      }
    }
  }
  if (view_d != -1) return std::nullopt;
  return newstride;
}

Tensor view_impl(const Tensor& self, const Shape& size) {
  Shape shape = infer_size(size, self.numel());
  auto st = compute_stride(self.sizes(), self.strides(), shape);
  if (!st) {
    throw_error("RuntimeError",
                "view size is not compatible with input tensor's size and stride (at least one "
                "dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
  }
  return Tensor::make_view(self, shape, *st, self.storage_offset());
}

Tensor unsqueeze_impl(const Tensor& self, int64_t dim) {
  dim = wrap_dim(dim, self.dim() + 1);
  Shape sz = self.sizes(), st = self.strides();
  int64_t new_stride = dim >= self.dim() ? 1 : sz[dim] * st[dim];
  sz.insert(sz.begin() + dim, 1);
  st.insert(st.begin() + dim, new_stride);
  return Tensor::make_view(self, sz, st, self.storage_offset());
}

Tensor select_impl(const Tensor& self, int64_t dim, int64_t index, bool from_indexing, int64_t real_dim = -1) {
  if (self.dim() == 0) {
    if (from_indexing) {
      throw_error("IndexError",
                  "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                  "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
    }
    throw_error("IndexError", "select() cannot be applied to a 0-dim tensor.");
  }
  dim = wrap_dim(dim, self.dim());
  int64_t size = self.sizes()[dim];
  if (index < -size || index >= size) {
    if (from_indexing) {
      // Indexing names the item's position in the index (applySelect's real_dim), not the view's dim.
      throw_error("IndexError", "index " + std::to_string(index) + " is out of bounds for dimension " +
                                    std::to_string(real_dim < 0 ? dim : real_dim) + " with size " +
                                    std::to_string(size));
    }
    throw_error("IndexError", "select(): index " + std::to_string(index) + " out of range for tensor of size " +
                                  shape_str(self.sizes()) + " at dimension " + std::to_string(dim));
  }
  if (index < 0) index += size;
  Shape sz = self.sizes(), st = self.strides();
  int64_t off = self.storage_offset() + index * st[dim];
  sz.erase(sz.begin() + dim);
  st.erase(st.begin() + dim);
  return Tensor::make_view(self, sz, st, off);
}

// Python slice semantics (clamped), like at::slice.
Tensor slice_impl(const Tensor& self, int64_t dim, std::optional<int64_t> start_o, std::optional<int64_t> end_o,
                  int64_t step) {
  DP_CHECK(self.dim() > 0, "slice() cannot be applied to a 0-dim tensor.");
  dim = wrap_dim(dim, self.dim());
  if (step <= 0) throw_error("ValueError", "step must be greater than zero");
  int64_t size = self.sizes()[dim];
  int64_t start = start_o.value_or(0), end = end_o.value_or(INT64_MAX);
  if (start < 0) start += size;
  if (end < 0) end += size;
  start = std::clamp<int64_t>(start, 0, size);
  end = std::clamp<int64_t>(end, start, size);
  int64_t len = (end - start + step - 1) / step;
  Shape sz = self.sizes(), st = self.strides();
  int64_t off = self.storage_offset() + start * st[dim];
  sz[dim] = len;
  st[dim] *= step;
  return Tensor::make_view(self, sz, st, off);
}

Tensor expand_impl(const Tensor& self, const Shape& size) {
  int64_t ndim = static_cast<int64_t>(size.size());
  if (ndim < self.dim()) {
    throw_error("RuntimeError", "expand(torch." + aten_name(self.dtype()) + "Tensor{" + shape_str(self.sizes()) +
                                    "}, size=" + shape_str(size) + "): the number of sizes provided (" +
                                    std::to_string(ndim) +
                                    ") must be greater or equal to the number of dimensions in the "
                                    "tensor (" +
                                    std::to_string(self.dim()) + ")");
  }
  Shape sz(ndim), st(ndim);
  for (int64_t i = ndim - 1; i >= 0; --i) {
    int64_t offset = ndim - 1 - i;
    int64_t d = self.dim() - 1 - offset;
    int64_t s = d >= 0 ? self.sizes()[d] : 1;
    int64_t stride = d >= 0 ? self.strides()[d] : (i + 1 < ndim ? sz[i + 1] * st[i + 1] : 1);
    int64_t target = size[i];
    if (target == -1) {
      if (d < 0) {
        throw_error("RuntimeError",
                    "The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension " +
                        std::to_string(i));
      }
      target = s;
    }
    if (s != target) {
      if (s != 1) {
        throw_error("RuntimeError",
                    "The expanded size of the tensor (" + std::to_string(target) + ") must match the existing size (" +
                        std::to_string(s) + ") at non-singleton dimension " + std::to_string(i) +
                        ".  Target sizes: " + shape_str(size) + ".  Tensor sizes: " + shape_str(self.sizes()));
      }
      stride = 0;
    }
    sz[i] = target;
    st[i] = stride;
  }
  return Tensor::make_view(self, sz, st, self.storage_offset());
}

Tensor permute_impl(const Tensor& self, const Shape& dims) {
  if (static_cast<int64_t>(dims.size()) != self.dim()) {
    throw_error("RuntimeError",
                "permute(sparse_coo): number of dimensions in the tensor input does not match the "
                "length of the desired ordering of dimensions i.e. input.dim() = " +
                    std::to_string(self.dim()) + " is not equal to len(dims) = " + std::to_string(dims.size()));
  }
  Shape sz(dims.size()), st(dims.size());
  std::vector<bool> seen(dims.size(), false);
  for (size_t i = 0; i < dims.size(); ++i) {
    int64_t d = wrap_dim(dims[i], self.dim());
    DP_CHECK(!seen[d], "permute(): duplicate dims are not allowed.");
    seen[d] = true;
    sz[i] = self.sizes()[d];
    st[i] = self.strides()[d];
  }
  return Tensor::make_view(self, sz, st, self.storage_offset());
}

Tensor transpose_impl(const Tensor& self, int64_t d0, int64_t d1) {
  if (self.dim() == 0) {
    wrap_dim(d0, 0);
    wrap_dim(d1, 0);
    return Tensor::make_view(self, {}, {}, self.storage_offset());
  }
  d0 = wrap_dim(d0, self.dim());
  d1 = wrap_dim(d1, self.dim());
  Shape sz = self.sizes(), st = self.strides();
  std::swap(sz[d0], sz[d1]);
  std::swap(st[d0], st[d1]);
  return Tensor::make_view(self, sz, st, self.storage_offset());
}

Tensor fresh_like(const Tensor& self, DType dt) { return Tensor::make(self.sizes(), dt, true); }
// A copy of self with memory_format= (preserve_format by default): clone, to, the dtype methods.
Tensor fresh_like(const Args& a, const Tensor& self, DType dt) {
  return Tensor::make_strided(self.sizes(), like_strides(a, self), dt, true);
}

// ---------------------------------------------------------------------------------------------
// Advanced indexing

// Result shape and (for real tensors) the storage element offsets of every element of
// base[indices], indices given per dim (undefined Tensor = whole dim). Index tensors are long.
struct AdvancedResult {
  Shape shape;
  std::vector<int64_t> offsets;
};

AdvancedResult advanced_index(const Tensor& base, const std::vector<Tensor>& idx, bool fake) {
  int64_t nd = base.dim();
  std::vector<int64_t> dims;
  Shape bshape;
  bool first = true;
  for (int64_t d = 0; d < static_cast<int64_t>(idx.size()); ++d) {
    if (!idx[d].defined()) continue;
    dims.push_back(d);
    first = false;
  }
  // All index tensors broadcast together (indexing_tensors could not be broadcast: IndexError).
  first = true;
  for (int64_t d : dims) {
    try {
      bshape = first ? idx[d].sizes() : broadcast_shapes(bshape, idx[d].sizes());
    } catch (const TorchError&) {
      std::string shapes;
      for (int64_t e : dims) shapes += (shapes.empty() ? "" : ", ") + shape_str(idx[e].sizes());
      throw_error("IndexError",
                  "shape mismatch: indexing tensors could not be broadcast together with shapes " + shapes);
    }
    first = false;
  }
  bool adjacent = true;
  for (size_t i = 1; i < dims.size(); ++i) adjacent &= dims[i] == dims[i - 1] + 1;
  // Result dims: each entry is >= 0 for a kept base dim, or -1-j for broadcast dim j.
  std::vector<int64_t> layout;
  auto is_indexed = [&](int64_t d) { return d < static_cast<int64_t>(idx.size()) && idx[d].defined(); };
  auto push_b = [&] {
    for (size_t j = 0; j < bshape.size(); ++j) layout.push_back(-1 - static_cast<int64_t>(j));
  };
  if (adjacent) {
    for (int64_t d = 0; d < nd; ++d) {
      if (d == dims[0]) push_b();
      if (!is_indexed(d)) layout.push_back(d);
    }
  } else {
    push_b();
    for (int64_t d = 0; d < nd; ++d) {
      if (!is_indexed(d)) layout.push_back(d);
    }
  }
  AdvancedResult res;
  for (int64_t l : layout) res.shape.push_back(l >= 0 ? base.sizes()[l] : bshape[-1 - l]);
  if (fake) return res;
  std::vector<std::vector<int64_t>> vals;
  for (int64_t d : dims) {
    std::vector<int64_t> v = read_as<int64_t>(idx[d], bshape);
    int64_t size = base.sizes()[d];
    for (auto& x : v) {
      if (x < -size || x >= size) {
        throw_error("IndexError", "index " + std::to_string(x) + " is out of bounds for dimension " +
                                      std::to_string(d) + " with size " + std::to_string(size));
      }
      if (x < 0) x += size;
    }
    vals.push_back(std::move(v));
  }
  int64_t n = shape_numel(res.shape);
  res.offsets.reserve(n);
  Shape bstr = contiguous_strides(bshape);
  std::vector<int64_t> index(layout.size(), 0);
  for (int64_t e = 0; e < n; ++e) {
    int64_t rem = e;
    for (size_t k = layout.size(); k-- > 0;) {
      index[k] = rem % res.shape[k];
      rem /= res.shape[k];
    }
    int64_t off = base.storage_offset();
    int64_t bflat = 0;
    for (size_t k = 0; k < layout.size(); ++k) {
      if (layout[k] >= 0) off += index[k] * base.strides()[layout[k]];
      else bflat += index[k] * bstr[-1 - layout[k]];
    }
    for (size_t i = 0; i < dims.size(); ++i) off += vals[i][bflat] * base.strides()[dims[i]];
    res.offsets.push_back(off);
  }
  return res;
}

struct IndexPlan {
  Tensor view;              // after basic indexing
  std::vector<Tensor> adv;  // per dim of `view`; undefined = not indexed
  bool has_adv = false;
  std::string grad_name;  // of the last basic op ("" = none applied)
};

Tensor as_index_tensor(const Value& v) {
  if (v.is_tensor()) return v.tensor();
  if (v.is_int_list()) return Tensor::from_vector(std::get<std::vector<int64_t>>(v.v));
  // A list of ints/bools/tensors: build like torch.tensor.
  return call_t("tensor", {v});
}

IndexPlan plan_index(const Tensor& self, const Value& index) {
  // A Python tuple arrives as Value::List, or as an int list / tensor list when homogeneous:
  // x[0, 1] and x[i, j] are tuples of indices, not advanced indices. (A Python *list* used as an
  // index, x[[0, 2]], must be passed as an int64 Tensor.)
  std::vector<Value> items;
  if (index.is_list()) items = index.list();
  else if (index.is_int_list()) {
    for (int64_t i : std::get<std::vector<int64_t>>(index.v)) items.push_back(i);
  } else if (index.is_tensor_list()) {
    for (const auto& t : std::get<std::vector<Tensor>>(index.v)) items.push_back(t);
  } else {
    items.push_back(index);
  }
  int64_t consumed = 0;
  int ellipses = 0;
  for (const auto& it : items) {
    if (it.is_int() || std::holds_alternative<Slice>(it.v)) consumed++;
    else if (it.is_tensor()) {
      const Tensor& t = it.tensor();
      consumed += t.dtype() == DType::Bool || t.dtype() == DType::UInt8 ? std::max<int64_t>(t.dim(), 0) : 1;
      if (t.dim() == 0 && t.dtype() == DType::Bool) consumed += 0;
    } else if (it.is_int_list() || it.is_list()) consumed++;
    else if (std::holds_alternative<Ellipsis>(it.v)) ellipses++;
    else if (it.is_none() || it.is_bool()) {
    } else {
      throw_error("IndexError",
                  "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables "
                  "are valid indices (got " +
                      it.py_type_name() + ")");
    }
  }
  // More than one Ellipsis is no error in PyTorch: each one skips the dimensions no other item
  // names (TensorIndexing.h handleDimInMultiDimIndexing), so x[..., 0, ...] is x[..., 0].
  (void)ellipses;
  // A lone slice goes straight to applySlice, which refuses a 0-dim tensor.
  if (!index.is_list() && std::holds_alternative<Slice>(index.v) && self.dim() == 0)
    throw_error("IndexError", "slice() cannot be applied to a 0-dim tensor.");
  // A lone integer index goes straight to select (applySelect), which reports 0-dim indexing itself.
  bool lone_int = !index.is_list() && index.is_int();
  if (consumed > self.dim() && !lone_int) {
    throw_error("IndexError", "too many indices for tensor of dimension " + std::to_string(self.dim()));
  }
  IndexPlan p;
  Tensor r = self;
  int64_t dim = 0;
  std::vector<std::pair<int64_t, Tensor>> adv;  // dim in the final view -> index tensor
  int64_t real_dim = -1;                        // the item's position in the index: what PyTorch's errors call its dim
  for (const auto& it : items) {
    real_dim++;
    if (std::holds_alternative<Ellipsis>(it.v)) {
      dim += self.dim() - consumed;
    } else if (it.is_none()) {
      r = unsqueeze_impl(r, dim);
      p.grad_name = "UnsqueezeBackward0";
      dim++;
    } else if (it.is_bool()) {
      r = unsqueeze_impl(r, dim);
      p.grad_name = "UnsqueezeBackward0";
      if (!it.to_bool()) r = slice_impl(r, dim, 0, 0, 1);
      dim++;
    } else if (it.is_int()) {
      r = select_impl(r, dim, std::get<int64_t>(it.v), true, real_dim);
      p.grad_name = "SelectBackward0";
    } else if (auto* s = std::get_if<Slice>(&it.v)) {
      int64_t step = s->step.value_or(1);
      if (step == 0) throw_error("ValueError", "slice step cannot be zero");
      if (step < 0) throw_error("ValueError", "step must be greater than zero");
      int64_t size = r.sizes()[dim];
      bool full = (!s->start || *s->start == 0 || (*s->start < 0 && *s->start <= -size)) &&
                  (!s->stop || *s->stop >= size) && step == 1;
      if (!full) {
        r = slice_impl(r, dim, s->start, s->stop, step);
        p.grad_name = "SliceBackward0";
      }
      dim++;
    } else {
      Tensor t = as_index_tensor(it);
      if (t.dim() == 0 && is_integral(t.dtype(), false) && t.dtype() != DType::UInt8 && !t.is_fake()) {
        r = select_impl(r, dim, t.item().to_int(), true, real_dim);
        p.grad_name = "SelectBackward0";
        continue;
      }
      if (t.dtype() == DType::Bool || t.dtype() == DType::UInt8) {
        if (t.dim() == 0) {
          r = unsqueeze_impl(r, dim);
          p.grad_name = "UnsqueezeBackward0";
          if (!t.is_fake() && !t.item().to_bool()) r = slice_impl(r, dim, 0, 0, 1);
          dim++;
          continue;
        }
        for (int64_t k = 0; k < t.dim(); ++k) {
          if (t.sizes()[k] != r.sizes()[dim + k]) {
            throw_error("IndexError", "The shape of the mask " + shape_str(t.sizes()) + " at index " +
                                          std::to_string(k) + " does not match the shape of the indexed tensor " +
                                          shape_str(r.sizes()) + " at index " + std::to_string(dim + k));
          }
        }
        if (t.is_fake()) {
          throw_error("RuntimeError",
                      "aten.nonzero.default: dynamic output shape (boolean mask indexing on a fake "
                      "tensor)");
        }
        Value nz = call("nonzero", {t}, {{"as_tuple", true}});
        const auto& parts = std::get<std::vector<Tensor>>(nz.v);
        for (int64_t k = 0; k < t.dim(); ++k) adv.push_back({dim + k, parts[k]});
        dim += t.dim();
        continue;
      }
      if (is_floating(t.dtype())) {
        throw_error("IndexError", "tensors used as indices must be long, int, byte or bool tensors");
      }
      adv.push_back({dim, t});
      dim++;
    }
  }
  p.view = r;
  if (!adv.empty()) {
    p.has_adv = true;
    p.adv.resize(r.dim());
    for (auto& [d, t] : adv) p.adv[d] = t;
  }
  return p;
}

// Copies value (Tensor or number) into dst, broadcasting like setitem's copy_to.
void assign_into(const Tensor& dst, const Value& value) {
  Operand v = operand_of(value);
  if (v.t.sizes() == dst.sizes() || v.t.dim() == 0) {
    copy_into(dst, v.t);
    return;
  }
  // Strip leading 1s from the value (slicePrefix1sSize), then expand.
  Shape s = v.t.sizes();
  size_t k = 0;
  while (k < s.size() && s[k] == 1) k++;
  Tensor src = view_impl(v.t, Shape(s.begin() + k, s.end()));
  copy_into(dst, expand_impl(src, dst.sizes()));
}

void check_assign_shape(const Shape& dst, const Value& value) {
  if (!value.is_tensor()) return;
  const Tensor& t = value.tensor();
  if (t.sizes() == dst || t.dim() == 0) return;
  Shape s = t.sizes();
  size_t k = 0;
  while (k < s.size() && s[k] == 1) k++;
  Tensor fake = Tensor::make(Shape(s.begin() + k, s.end()), t.dtype(), true);
  expand_impl(fake, dst);
}

// ---------------------------------------------------------------------------------------------
// cat / stack

Tensor cat_meta(const std::vector<Tensor>& ts, int64_t dim_in) {
  if (ts.empty()) throw_error("RuntimeError", "torch.cat(): expected a non-empty list of Tensors");
  // Legacy behaviour: 1-D empty tensors are skipped.
  const Tensor* ref = nullptr;
  std::vector<Operand> ops;
  for (size_t i = 0; i < ts.size(); ++i) {
    ops.push_back(Operand{ts[i], false});
    if (ts[i].dim() == 0) {
      throw_error("RuntimeError",
                  "zero-dimensional tensor (at position " + std::to_string(i) + ") cannot be concatenated");
    }
    if (!ref && !(ts[i].dim() == 1 && ts[i].numel() == 0)) ref = &ts[i];
  }
  DType dt = ts[0].dtype();
  for (const auto& t : ts) dt = promote_types(dt, t.dtype());
  if (!ref) return Tensor::make({0}, dt, true);
  int64_t dim = wrap_dim(dim_in, ref->dim());
  Shape out = ref->sizes();
  out[dim] = 0;
  for (size_t i = 0; i < ts.size(); ++i) {
    const Tensor& t = ts[i];
    if (t.dim() == 1 && t.numel() == 0) continue;
    if (t.dim() != ref->dim()) {
      throw_error("RuntimeError", "Tensors must have same number of dimensions: got " + std::to_string(ref->dim()) +
                                      " and " + std::to_string(t.dim()));
    }
    for (int64_t d = 0; d < t.dim(); ++d) {
      if (d != dim && t.sizes()[d] != ref->sizes()[d]) {
        throw_error("RuntimeError", "Sizes of tensors must match except in dimension " + std::to_string(dim) +
                                        ". Expected size " + std::to_string(ref->sizes()[d]) + " but got size " +
                                        std::to_string(t.sizes()[d]) + " for tensor number " + std::to_string(i) +
                                        " in the list.");
      }
    }
    out[dim] += t.sizes()[dim];
  }
  return Tensor::make(out, dt, true);
}

void cat_kernel(const std::vector<Tensor>& ts, int64_t dim_in, const Tensor& out) {
  if (out.numel() == 0) return;
  int64_t dim = wrap_dim(dim_in, out.dim());
  int64_t pos = 0;
  for (const auto& t : ts) {
    if (t.dim() == 1 && t.numel() == 0) continue;
    int64_t len = t.sizes()[dim];
    copy_into(slice_impl(out, dim, pos, pos + len, 1), t);
    pos += len;
  }
}

std::vector<Tensor> split_sizes_impl(const Tensor& self, const Shape& sizes, int64_t dim) {
  std::vector<Tensor> out;
  int64_t pos = 0;
  for (int64_t s : sizes) {
    out.push_back(slice_impl(self, dim, pos, pos + s, 1));
    pos += s;
  }
  return out;
}

Shape split_sizes_for(const Tensor& self, int64_t split_size, int64_t dim) {
  DP_CHECK(self.dim() != 0, "split expects at least a 1-dimensional tensor");
  DP_CHECK(split_size >= 0,
           "split expects split_size be non-negative, but got split_size=" + std::to_string(split_size));
  int64_t size = self.sizes()[dim];
  DP_CHECK(split_size != 0 || size == 0,
           "split_size can only be 0 if dimension size is 0, but got dimension size of " + std::to_string(size));
  Shape sizes;
  if (split_size == 0) return {0};
  int64_t n = std::max<int64_t>((size + split_size - 1) / split_size, 1);
  for (int64_t i = 0; i < n; ++i) sizes.push_back(std::min(split_size, size - i * split_size));
  return sizes;
}

void add_dtype_conversion(Registry& r, const std::string& name, DType dt) {
  r.add(
       name + "(Tensor self, *, Any memory_format=None) -> Tensor", OpKind::Functional,
       [dt](const Args& a) -> Value {
         const Tensor& self = a.tensor("self");
         if (self.dtype() == dt) return self;
         return fresh_like(a, self, dt);
       },
       [](const Args& a, Value& out) {
         if (out.tensor().id() != a.tensor("self").id()) copy_into(out.tensor(), a.tensor("self"));
       },
       "ToCopyBackward0")
      .is_function = false;
}

}  // namespace

// Whether `self[indices] = v` writes through a view of self (basic indexing) rather than
// index_put_ on self itself: autograd's in-place check words the two cases apart.
bool setitem_writes_view(const Tensor& self, const Value& indices) {
  try {
    return !plan_index(self, indices).has_adv;
  } catch (const TorchError&) {
    return false;
  }
}

void register_view_ops(Registry& r) {
  // ---- views ----
  r.add(
       "view(Tensor self, int[] size) -> Tensor", OpKind::View,
       [](const Args& a) -> Value { return view_impl(a.tensor("self"), a.ints("size")); }, {}, "ViewBackward0")
      .is_function = false;
  r.add(
       "view.dtype(Tensor self, ScalarType dtype) -> Tensor", OpKind::View,
       [](const Args& a) -> Value {
         const Tensor& self = a.tensor("self");
         DType dt = *a.dtype("dtype");
         // TensorConversions.cpp view_dtype: the same storage read as another dtype; with another
         // element size the last dimension (stride 1) is split or merged and the other strides and the
         // offset are rescaled.
         int64_t from = static_cast<int64_t>(itemsize(self.dtype())), to = static_cast<int64_t>(itemsize(dt));
         std::string what =
             " to view " + aten_name(self.dtype()) + " as " + aten_name(dt) + " (different element sizes)";
         Shape sizes = self.sizes(), strides = self.strides();
         int64_t offset = self.storage_offset();
         if (from != to) {
           int64_t n = self.dim();
           if (n == 0) throw_error("RuntimeError", "self.dim() cannot be 0" + what);
           if (strides[n - 1] != 1)
             throw_error("RuntimeError",
                         "self.stride(-1) must be 1" + what + ", but got " + std::to_string(strides[n - 1]));
           if (from > to) {
             int64_t ratio = from / to;
             offset *= ratio;
             for (int64_t i = 0; i + 1 < n; ++i) strides[i] *= ratio;
             sizes[n - 1] *= ratio;
           } else {
             int64_t ratio = to / from;
             std::string by = " must be divisible by " + std::to_string(ratio);
             if (sizes[n - 1] % ratio != 0)
               throw_error("RuntimeError", "self.size(-1)" + by + what + ", but got " + std::to_string(sizes[n - 1]));
             if (offset % ratio != 0)
               throw_error("RuntimeError", "self.storage_offset()" + by + what + ", but got " + std::to_string(offset));
             for (int64_t i = 0; i + 1 < n; ++i) {
               if (strides[i] % ratio != 0)
                 throw_error("RuntimeError", "self.stride(" + std::to_string(i) + ")" + by + what + ", but got " +
                                                 std::to_string(strides[i]));
               strides[i] /= ratio;
             }
             offset /= ratio;
             sizes[n - 1] /= ratio;
           }
         }
         Tensor v = Tensor::make_view(self, sizes, strides, offset);
         v.impl()->dtype = dt;
         return v;
       },
       {}, "ViewBackward0")
      .is_function = false;
  // _unsafe_view: a view whose autograd node is UnsafeViewBackward0 (ATen's composites reshape
  // their fresh results with it: kron).
  r.add(
      "_unsafe_view(Tensor self, int[] size) -> Tensor", OpKind::View,
      [](const Args& a) -> Value { return view_impl(a.tensor("self"), a.ints("size")); }, {}, "UnsafeViewBackward0")
      .is_method = false;
  r.add(
       "view_as(Tensor self, Tensor other) -> Tensor", OpKind::View,
       [](const Args& a) -> Value { return view_impl(a.tensor("self"), a.tensor("other").sizes()); }, {},
       "ViewBackward0")
      .is_function = false;
  auto reshape_meta = [](const Tensor& self, const Shape& size) -> Value {
    Shape shape = infer_size(size, self.numel());
    auto st = compute_stride(self.sizes(), self.strides(), shape);
    if (st) return Tensor::make_view(self, shape, *st, self.storage_offset());
    set_grad_fn_override("UnsafeViewBackward0");
    return Tensor::make(shape, self.dtype(), true);
  };
  auto reshape_kernel = [](const Args& a, Value& out) {
    const Tensor& self = a.tensor("self");
    if (!shares_storage(out.tensor(), self)) {
      // Write self's elements in row-major order: view the fresh output with self's shape.
      const Tensor& o = out.tensor();
      Tensor ov = Tensor::make_view(o, self.sizes(), contiguous_strides(self.sizes()), 0);
      copy_into(ov, self);
    }
  };
  r.add(
      "reshape(Tensor self, int[] shape) -> Tensor", OpKind::View,
      [reshape_meta](const Args& a) { return reshape_meta(a.tensor("self"), a.ints("shape")); }, reshape_kernel,
      "ViewBackward0");
  r.add(
       "reshape_as(Tensor self, Tensor other) -> Tensor", OpKind::View,
       [reshape_meta](const Args& a) { return reshape_meta(a.tensor("self"), a.tensor("other").sizes()); },
       reshape_kernel, "ViewBackward0")
      .is_function = false;
  r.add(
      "flatten(Tensor self, int start_dim=0, int end_dim=-1) -> Tensor", OpKind::View,
      [reshape_meta](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (self.dim() == 0) return reshape_meta(self, {1});
        int64_t s = wrap_dim(a.i("start_dim"), self.dim());
        int64_t e = wrap_dim(a.i("end_dim"), self.dim());
        DP_CHECK(s <= e, "flatten() has invalid args: start_dim cannot come after end_dim");
        if (s == e) return self;
        Shape shape;
        for (int64_t d = 0; d < s; ++d) shape.push_back(self.sizes()[d]);
        int64_t prod = 1;
        for (int64_t d = s; d <= e; ++d) prod *= self.sizes()[d];
        shape.push_back(prod);
        for (int64_t d = e + 1; d < self.dim(); ++d) shape.push_back(self.sizes()[d]);
        return reshape_meta(self, shape);
      },
      reshape_kernel, "ViewBackward0");
  r.add(
      "unflatten(Tensor self, int dim, int[] sizes) -> Tensor", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        int64_t dim = wrap_dim(a.i("dim"), self.dim());
        Shape req = a.ints("sizes");
        int64_t prod = 1;
        bool infer = false;
        for (int64_t s : req) {
          if (s == -1) infer = true;
          else prod *= s;
        }
        if (!infer && prod != self.sizes()[dim])
          throw_error("RuntimeError", "unflatten: Provided sizes " + shape_str(req) +
                                          " don't multiply up to the size of dim " + std::to_string(dim) + " (" +
                                          std::to_string(self.sizes()[dim]) + ") in the input tensor");
        Shape sizes = infer_size(req, self.sizes()[dim]);
        Shape shape(self.sizes().begin(), self.sizes().begin() + dim);
        shape.insert(shape.end(), sizes.begin(), sizes.end());
        shape.insert(shape.end(), self.sizes().begin() + dim + 1, self.sizes().end());
        return view_impl(self, shape);
      },
      {}, "ViewBackward0");
  r.add(
      "permute(Tensor self, int[] dims) -> Tensor", OpKind::View,
      [](const Args& a) -> Value { return permute_impl(a.tensor("self"), a.ints("dims")); }, {}, "PermuteBackward0");
  auto transpose_def = [&](const std::string& name) {
    r.add(
        name + "(Tensor self, int dim0, int dim1) -> Tensor", OpKind::View,
        [](const Args& a) -> Value { return transpose_impl(a.tensor("self"), a.i("dim0"), a.i("dim1")); }, {},
        "TransposeBackward0");
  };
  transpose_def("transpose");
  transpose_def("swapaxes");
  transpose_def("swapdims");
  // Tensor.transpose_: swaps the two dims' sizes and strides of `self` itself (no data moves).
  // derivatives.yaml gives transpose_ its own entry, so its node is TransposeBackward1 (ATen's
  // rnn_tanh / rnn_relu / gru with batch_first=True end with output.transpose_(0, 1)).
  r.add(
      "transpose_(Tensor self, int dim0, int dim1) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        int64_t n = self.dim();
        int64_t d0 = wrap_dim(a.i("dim0"), n), d1 = wrap_dim(a.i("dim1"), n);
        if (n > 0) {
          std::swap(self.impl()->sizes[d0], self.impl()->sizes[d1]);
          std::swap(self.impl()->strides[d0], self.impl()->strides[d1]);
        }
        return self;
      },
      {}, "TransposeBackward1");
  r.add(
      "t(Tensor self) -> Tensor", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (self.dim() > 2) {
          throw_error("RuntimeError",
                      "t() expects a tensor with <= 2 dimensions, but self is " + std::to_string(self.dim()) + "D");
        }
        if (self.dim() < 2) return Tensor::make_view(self, self.sizes(), self.strides(), self.storage_offset());
        return transpose_impl(self, 0, 1);
      },
      {}, "TBackward0");
  r.add(
      "unsqueeze(Tensor self, int dim) -> Tensor", OpKind::View,
      [](const Args& a) -> Value { return unsqueeze_impl(a.tensor("self"), a.i("dim")); }, {}, "UnsqueezeBackward0");
  auto squeeze_dims = [](const Tensor& self, const std::vector<int64_t>& dims) {
    std::vector<bool> drop(self.dim(), false);
    for (int64_t d : dims) {
      int64_t w = wrap_dim(d, self.dim());
      if (self.dim() > 0 && self.sizes()[w] == 1) drop[w] = true;
    }
    Shape sz, st;
    for (int64_t d = 0; d < self.dim(); ++d) {
      if (drop[d]) continue;
      sz.push_back(self.sizes()[d]);
      st.push_back(self.strides()[d]);
    }
    return Tensor::make_view(self, sz, st, self.storage_offset());
  };
  r.add(
      "squeeze(Tensor self) -> Tensor", OpKind::View,
      [squeeze_dims](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        Shape all(self.dim());
        std::iota(all.begin(), all.end(), 0);
        return squeeze_dims(self, all);
      },
      {}, "SqueezeBackward0");
  r.add(
      "squeeze.dim(Tensor self, int dim) -> Tensor", OpKind::View,
      [squeeze_dims](const Args& a) -> Value { return squeeze_dims(a.tensor("self"), {a.i("dim")}); }, {},
      "SqueezeBackward1");
  r.add(
      "squeeze.dims(Tensor self, int[] dim) -> Tensor", OpKind::View,
      [squeeze_dims](const Args& a) -> Value { return squeeze_dims(a.tensor("self"), a.ints("dim")); }, {},
      "SqueezeBackward2");
  // The in-place view op t_: `self` takes the view's sizes and strides (no data moves), as
  // transpose_ does; derivatives.yaml's own entry names its node TBackward1. The change happens in the kernel, after the registry
  // has kept self as it was for the backward (squeeze_'s gradient needs the old sizes); a fake
  // tensor (tracing) changes in the meta function, where only the meta runs.
  auto inplace_view = [&](const std::string& schema, const std::string& grad,
                          std::function<Tensor(const Tensor&, const Args&)> view) {
    auto apply = [view](const Args& a) {
      const Tensor& self = a.tensor("self");
      Tensor v = view(self, a);
      self.impl()->sizes = v.sizes();
      self.impl()->strides = v.strides();
    };
    r.add(
        schema, OpKind::InPlace,
        [apply, view](const Args& a) -> Value {
          const Tensor& self = a.tensor("self");
          if (fake_mode() || any_fake(a)) apply(a);
          else (void)view(self, a);  // the argument checks
          return self;
        },
        [apply](const Args& a, Value&) { apply(a); }, grad);
  };
  // Tensor.resize_ (aten/src/ATen/native/Resize.cpp resize_): the new sizes with contiguous strides
  // over the same storage; not differentiable. Growing the storage is not modelled.
  {
    auto resized = [](const Tensor& self, const Args& a) {
      DP_CHECK(!self.requires_grad(), "cannot resize variables that require grad");
      Shape sizes = a.ints("size");
      for (int64_t s : sizes)
        DP_CHECK(s >= 0, "Trying to create tensor with negative dimension " + std::to_string(s) + ": " +
                             shape_str(sizes));
      int64_t numel = 1;
      for (int64_t s : sizes) numel *= s;
      int64_t capacity = self.storage() ? self.storage()->nbytes / static_cast<int64_t>(itemsize(self.dtype())) : 0;
      if (numel > 0 && self.storage_offset() + numel > capacity)
        throw_error("NotImplementedError",
                    "not supported by the playground yet: Tensor.resize_ to more elements than its storage holds");
      return sizes;
    };
    auto apply = [resized](const Args& a) {
      const Tensor& self = a.tensor("self");
      Shape sizes = resized(self, a);
      self.impl()->strides = contiguous_strides(sizes);
      self.impl()->sizes = sizes;
    };
    r.add(
         "resize_(Tensor self, int[] size) -> Tensor", OpKind::InPlace,
         [apply, resized](const Args& a) -> Value {
           const Tensor& self = a.tensor("self");
           if (fake_mode() || any_fake(a)) apply(a);
           else (void)resized(self, a);  // the argument checks
           return self;
         },
         [apply](const Args& a, Value&) { apply(a); }, "")
        .is_function = false;
  }
  inplace_view("t_(Tensor self) -> Tensor", "TBackward1", [](const Tensor& self, const Args&) {
    if (self.dim() > 2) {
      throw_error("RuntimeError",
                  "t_() expects a tensor with <= 2 dimensions, but self is " + std::to_string(self.dim()) + "D");
    }
    if (self.dim() < 2) return Tensor::make_view(self, self.sizes(), self.strides(), self.storage_offset());
    return transpose_impl(self, 0, 1);
  });
  // unsqueeze_ / squeeze_ (derivatives.yaml entries after the out-of-place ones: UnsqueezeBackward1,
  // SqueezeBackward3/4/5). The tracer gives `self` its new symbolic shape from the shape it had
  // before the node ran (symbolic_meta.cpp reads a node's arguments before running it).
  inplace_view("unsqueeze_(Tensor self, int dim) -> Tensor", "UnsqueezeBackward1",
               [](const Tensor& self, const Args& a) { return unsqueeze_impl(self, a.i("dim")); });
  inplace_view("squeeze_(Tensor self) -> Tensor", "SqueezeBackward3", [squeeze_dims](const Tensor& self, const Args&) {
    Shape all(self.dim());
    std::iota(all.begin(), all.end(), 0);
    return squeeze_dims(self, all);
  });
  inplace_view("squeeze_.dim(Tensor self, int dim) -> Tensor", "SqueezeBackward4",
               [squeeze_dims](const Tensor& self, const Args& a) { return squeeze_dims(self, {a.i("dim")}); });
  inplace_view("squeeze_.dims(Tensor self, int[] dim) -> Tensor", "SqueezeBackward5",
               [squeeze_dims](const Tensor& self, const Args& a) { return squeeze_dims(self, a.ints("dim")); });
  r.add(
       "expand(Tensor self, int[] size, *, bool implicit=False) -> Tensor", OpKind::View,
       [](const Args& a) -> Value { return expand_impl(a.tensor("self"), a.ints("size")); }, {}, "ExpandBackward0")
      .is_function = false;
  r.add(
       "expand_as(Tensor self, Tensor other) -> Tensor", OpKind::View,
       [](const Args& a) -> Value { return expand_impl(a.tensor("self"), a.tensor("other").sizes()); }, {},
       "ExpandBackward0")
      .is_function = false;
  r.add(
      "select(Tensor self, int dim, int index) -> Tensor", OpKind::View,
      [](const Args& a) -> Value { return select_impl(a.tensor("self"), a.i("dim"), a.i("index"), false); }, {},
      "SelectBackward0");
  r.add(
      "narrow(Tensor self, int dim, int start, int length) -> Tensor", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        DP_CHECK(self.dim() > 0, "narrow() cannot be applied to a 0-dim tensor.");
        int64_t dim = wrap_dim(a.i("dim"), self.dim());
        int64_t size = self.sizes()[dim], start = a.i("start"), length = a.i("length");
        DP_CHECK(length >= 0, "narrow(): length must be non-negative.");
        DP_CHECK(start >= -size && start <= size, "start out of range (expected to be in range of [" +
                                                      std::to_string(-size) + ", " + std::to_string(size) +
                                                      "], but got " + std::to_string(start) + ")");
        if (start < 0) start += size;
        DP_CHECK(start <= size - length, "start (" + std::to_string(start) + ") + length (" + std::to_string(length) +
                                             ") exceeds dimension size (" + std::to_string(size) + ").");
        return slice_impl(self, dim, start, start + length, 1);
      },
      {}, "SliceBackward0");
  r.add(
       "slice(Tensor self, int dim=0, int? start=None, int? end=None, int step=1) -> Tensor", OpKind::View,
       [](const Args& a) -> Value {
         std::optional<int64_t> s, e;
         if (a.has("start")) s = a.i("start");
         if (a.has("end")) e = a.i("end");
         return slice_impl(a.tensor("self"), a.i("dim"), s, e, a.i("step"));
       },
       {}, "SliceBackward0")
      .is_method = false;
  r.add("detach(Tensor self) -> Tensor", OpKind::View, [](const Args& a) -> Value {
    const Tensor& s = a.tensor("self");
    Tensor d = Tensor::make_view(s, s.sizes(), s.strides(), s.storage_offset());
    d.impl()->view_base = nullptr;  // not a differentiable view: in-place ops on it leave `self` alone
    return d;
  });
  r.add(
      "alias(Tensor self) -> Tensor", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& s = a.tensor("self");
        return Tensor::make_view(s, s.sizes(), s.strides(), s.storage_offset());
      },
      {}, "AliasBackward0");
  r.add(
      "movedim(Tensor self, int source, int destination) -> Tensor", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        int64_t nd = self.dim();
        int64_t s = wrap_dim(a.i("source"), nd), d = wrap_dim(a.i("destination"), nd);
        Shape order;
        for (int64_t i = 0; i < nd; ++i) {
          if (i != s) order.push_back(i);
        }
        if (nd > 0) order.insert(order.begin() + d, s);
        return permute_impl(self, order);
      },
      {}, "PermuteBackward0");
  // movedim.intlist (TensorShape.cpp movedim): each source dim to its destination, the other dims
  // in their order in the remaining places.
  r.add(
      "movedim.intlist(Tensor self, int[] source, int[] destination) -> Tensor", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        int64_t nd = self.dim();
        Shape src = a.ints("source"), dst = a.ints("destination");
        DP_CHECK(src.size() == dst.size(), "movedim: Invalid source or destination dims: source (" + shape_str(src) +
                                               " dims) should contain the same number of dims as destination (" +
                                               shape_str(dst) + " dims)");
        for (auto& v : src) v = wrap_dim(v, nd);
        for (auto& v : dst) v = wrap_dim(v, nd);
        for (size_t i = 0; i < src.size(); ++i)
          for (size_t j = i + 1; j < src.size(); ++j) {
            DP_CHECK(src[i] != src[j], "movedim: repeated dim in `source` (" + shape_str(a.ints("source")) + ")");
            DP_CHECK(dst[i] != dst[j], "movedim: repeated dim in `destination` (" + shape_str(a.ints("destination")) + ")");
          }
        Shape order(static_cast<size_t>(nd), -1);
        std::vector<bool> src_used(static_cast<size_t>(nd), false);
        for (size_t i = 0; i < src.size(); ++i) {
          order[static_cast<size_t>(dst[i])] = src[i];
          src_used[static_cast<size_t>(src[i])] = true;
        }
        size_t next = 0;
        for (int64_t i = 0; i < nd; ++i) {
          if (order[static_cast<size_t>(i)] != -1) continue;
          while (src_used[next]) ++next;
          order[static_cast<size_t>(i)] = static_cast<int64_t>(next++);
        }
        return permute_impl(self, order);
      },
      {}, "PermuteBackward0");

  // ---- indexing ----
  r.add(
       "getitem(Tensor self, Any indices) -> Tensor", OpKind::View,
       [](const Args& a) -> Value {
         const Tensor& self = a.tensor("self");
         IndexPlan p = plan_index(self, a.get("indices"));
         if (p.has_adv) {
           set_grad_fn_override("IndexBackward0");
           AdvancedResult ar = advanced_index(p.view, p.adv, true);
           return Tensor::make(ar.shape, self.dtype(), true);
         }
         if (p.view.id() == self.id() || p.grad_name.empty()) {
           set_grad_fn_override("AliasBackward0");
           return Tensor::make_view(self, p.view.sizes(), p.view.strides(), p.view.storage_offset());
         }
         set_grad_fn_override(p.grad_name);
         return p.view;
       },
       [](const Args& a, Value& out) {
         const Tensor& self = a.tensor("self");
         if (shares_storage(out.tensor(), self)) return;
         IndexPlan p = plan_index(self, a.get("indices"));
         AdvancedResult ar = advanced_index(p.view, p.adv, false);
         const Tensor& o = out.tensor();
         dispatch_storage(o.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           const T* src = reinterpret_cast<const T*>(self.storage()->bytes.get());
           T* dst = o.data<T>();
           for (size_t i = 0; i < ar.offsets.size(); ++i) dst[i] = src[ar.offsets[i]];
         });
       })
      .is_function = false;
  r.add(
       "setitem(Tensor self, Any indices, Tensor|Scalar value) -> Tensor", OpKind::InPlace,
       [](const Args& a) -> Value {
         const Tensor& self = a.tensor("self");
         IndexPlan p = plan_index(self, a.get("indices"));
         if (p.has_adv) {
           set_grad_fn_override("IndexPutBackward0");
           if (!self.is_fake()) {
             AdvancedResult ar = advanced_index(p.view, p.adv, true);
             try {
               check_assign_shape(ar.shape, a.get("value"));
             } catch (const TorchError&) {
               Shape vs = a.get("value").tensor().sizes();
               size_t k = 0;
               while (k < vs.size() && vs[k] == 1) k++;
               throw_error("RuntimeError",
                           "shape mismatch: value tensor of shape " + shape_str(Shape(vs.begin() + k, vs.end())) +
                               " cannot be broadcast to indexing result of shape " + shape_str(ar.shape));
             }
           }
         } else {
           check_assign_shape(p.view.sizes(), a.get("value"));
         }
         return self;
       },
       [](const Args& a, Value&) {
         const Tensor& self = a.tensor("self");
         IndexPlan p = plan_index(self, a.get("indices"));
         if (!p.has_adv) {
           assign_into(p.view, a.get("value"));
           return;
         }
         AdvancedResult ar = advanced_index(p.view, p.adv, false);
         Tensor tmp = Tensor::make(ar.shape, self.dtype());
         assign_into(tmp, a.get("value"));
         dispatch_storage(self.dtype(), [&](auto tag) {
           using T = typename decltype(tag)::type;
           T* dst = reinterpret_cast<T*>(self.storage()->bytes.get());
           const T* src = tmp.data<T>();
           for (size_t i = 0; i < ar.offsets.size(); ++i) dst[ar.offsets[i]] = src[i];
         });
       },
       "CopySlices")
      .is_function = false;

  // ---- copies / conversions ----
  r.add(
      "clone(Tensor self, *, Any memory_format=None) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value { return fresh_like(a, a.tensor("self"), a.tensor("self").dtype()); },
      [](const Args& a, Value& out) { copy_into(out.tensor(), a.tensor("self")); }, "CloneBackward0");
  r.add(
       "contiguous(Tensor self, *, Any memory_format=None) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& self = a.tensor("self");
         if (self.is_contiguous()) return self;
         return fresh_like(self, self.dtype());
       },
       [](const Args& a, Value& out) {
         if (out.tensor().id() != a.tensor("self").id()) copy_into(out.tensor(), a.tensor("self"));
       },
       "CloneBackward0")
      .is_function = false;
  auto to_meta = [](const Args& a, const Tensor& self, std::optional<DType> dt, bool copy) -> Value {
    DType d = dt.value_or(self.dtype());
    if (d == self.dtype() && !copy) return self;
    return fresh_like(a, self, d);
  };
  auto to_kernel = [](const Args& a, Value& out) {
    if (out.tensor().id() != a.tensor("self").id()) copy_into(out.tensor(), a.tensor("self"));
  };
  r.add(
       "to.dtype(Tensor self, ScalarType dtype, bool non_blocking=False, bool copy=False, *, Any memory_format=None) -> Tensor",
       OpKind::Functional,
       [to_meta](const Args& a) { return to_meta(a, a.tensor("self"), a.dtype("dtype"), a.b("copy")); }, to_kernel,
       "ToCopyBackward0")
      .is_function = false;
  r.add(
       "to.other(Tensor self, Tensor other, bool non_blocking=False, bool copy=False, *, Any memory_format=None) -> Tensor",
       OpKind::Functional,
       [to_meta](const Args& a) { return to_meta(a, a.tensor("self"), a.tensor("other").dtype(), a.b("copy")); },
       to_kernel, "ToCopyBackward0")
      .is_function = false;
  r.add(
       "to.device(Tensor self, Any device=None, ScalarType? dtype=None, bool non_blocking=False, bool copy=False, *, Any memory_format=None) -> Tensor",
       OpKind::Functional,
       [to_meta](const Args& a) { return to_meta(a, a.tensor("self"), a.dtype("dtype"), a.b("copy")); }, to_kernel,
       "ToCopyBackward0")
      .is_function = false;
  r.add(
       "type_as(Tensor self, Tensor other) -> Tensor", OpKind::Functional,
       [to_meta](const Args& a) { return to_meta(a, a.tensor("self"), a.tensor("other").dtype(), false); }, to_kernel,
       "ToCopyBackward0")
      .is_function = false;
  add_dtype_conversion(r, "float", DType::Float32);
  add_dtype_conversion(r, "double", DType::Float64);
  add_dtype_conversion(r, "long", DType::Int64);
  add_dtype_conversion(r, "int", DType::Int32);
  add_dtype_conversion(r, "short", DType::Int16);
  add_dtype_conversion(r, "char", DType::Int8);
  add_dtype_conversion(r, "byte", DType::UInt8);
  add_dtype_conversion(r, "bool", DType::Bool);
  add_dtype_conversion(r, "half", DType::Float16);
  add_dtype_conversion(r, "bfloat16", DType::BFloat16);

  // ---- in-place fills / copies ----
  r.add(
      "copy_(Tensor self, Tensor src, bool non_blocking=False) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        const Tensor& src = a.tensor("src");
        Shape s = broadcast_shapes(self.sizes(), src.sizes());
        if (s != self.sizes()) {
          throw_error("RuntimeError", "output with shape " + shape_str(self.sizes()) +
                                          " doesn't match the broadcast shape " + shape_str(s));
        }
        return self;
      },
      [](const Args& a, Value&) { copy_into(a.tensor("self"), a.tensor("src")); }, "CopyBackwards");
  r.add(
      "fill_(Tensor self, Tensor|Scalar value) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value {
        const Value& v = a.get("value");
        if (v.is_tensor() && v.tensor().dim() != 0) {
          throw_error("RuntimeError", "fill_ only supports 0-dimension value tensor but got tensor with " +
                                          std::to_string(v.tensor().dim()) + " dimensions.");
        }
        return a.tensor("self");
      },
      [](const Args& a, Value&) { copy_into(a.tensor("self"), operand_of(a.get("value")).t); }, "FillBackward0");
  r.add(
      "zero_(Tensor self) -> Tensor", OpKind::InPlace, [](const Args& a) -> Value { return a.tensor("self"); },
      [](const Args& a, Value&) { copy_into(a.tensor("self"), Tensor::scalar_tensor(Scalar(int64_t{0}))); },
      "ZeroBackward0");

  // ---- cat / stack / split ----
  auto cat_def = [&](const std::string& name) {
    r.add(
         name + "(Tensor[] tensors, int dim=0) -> Tensor", OpKind::Functional,
         [](const Args& a) -> Value { return cat_meta(a.tensors("tensors"), a.i("dim")); },
         [](const Args& a, Value& out) { cat_kernel(a.tensors("tensors"), a.i("dim"), out.tensor()); }, "CatBackward0")
        .is_method = false;
  };
  cat_def("cat");
  cat_def("concat");
  cat_def("concatenate");
  auto stack_parts = [](const Args& a) {
    std::vector<Tensor> ts = a.tensors("tensors");
    if (ts.empty()) throw_error("RuntimeError", "stack expects a non-empty TensorList");
    for (size_t i = 1; i < ts.size(); ++i) {
      if (ts[i].sizes() != ts[0].sizes()) {
        throw_error("RuntimeError", "stack expects each tensor to be equal size, but got " + shape_str(ts[0].sizes()) +
                                        " at entry 0 and " + shape_str(ts[i].sizes()) + " at entry " +
                                        std::to_string(i));
      }
    }
    int64_t dim = wrap_dim(a.i("dim"), ts[0].dim() + 1);
    std::vector<Tensor> us;
    for (const auto& t : ts) us.push_back(unsqueeze_impl(t, dim));
    return std::make_pair(us, dim);
  };
  r.add(
       "stack(Tensor[] tensors, int dim=0) -> Tensor", OpKind::Functional,
       [stack_parts](const Args& a) -> Value {
         auto [us, dim] = stack_parts(a);
         return cat_meta(us, dim);
       },
       [stack_parts](const Args& a, Value& out) {
         auto [us, dim] = stack_parts(a);
         cat_kernel(us, dim, out.tensor());
       },
       "StackBackward0")
      .is_method = false;
  r.add(
      "split(Tensor self, int split_size, int dim=0) -> Tensor[]", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        int64_t dim = wrap_dim(a.i("dim"), self.dim());
        return split_sizes_impl(self, split_sizes_for(self, a.i("split_size"), dim), dim);
      },
      {}, "SplitBackward0");
  r.add(
      "split.sizes(Tensor self, int[] split_size, int dim=0) -> Tensor[]", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        int64_t dim = wrap_dim(a.i("dim"), self.dim());
        Shape sizes = a.ints("split_size");
        int64_t sum = 0;
        for (int64_t s : sizes) sum += s;
        DP_CHECK(sum == self.sizes()[dim], "split_with_sizes expects split_sizes to sum exactly to " +
                                               std::to_string(self.sizes()[dim]) +
                                               " (input tensor's size at dimension " + std::to_string(dim) +
                                               "), but got split_sizes=" + shape_str(sizes));
        return split_sizes_impl(self, sizes, dim);
      },
      {}, "SplitWithSizesBackward0");
  r.add(
      "chunk(Tensor self, int chunks, int dim=0) -> Tensor[]", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        DP_CHECK(self.dim() > 0, "chunk expects at least a 1-dimensional tensor");
        int64_t chunks = a.i("chunks");
        DP_CHECK(chunks > 0, "chunk expects `chunks` to be greater than 0, got: " + std::to_string(chunks));
        int64_t dim = wrap_dim(a.i("dim"), self.dim());
        int64_t size = self.sizes()[dim];
        int64_t split_size = (size + chunks - 1) / chunks;
        if (split_size == 0 && size == 0) {
          Shape sizes(chunks, 0);
          return split_sizes_impl(self, sizes, dim);
        }
        return split_sizes_impl(self, split_sizes_for(self, split_size, dim), dim);
      },
      {}, "SplitBackward0");
  r.add(
      "unbind(Tensor self, int dim=0) -> Tensor[]", OpKind::View,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        if (self.dim() == 0) throw_error("IndexError", "Dimension specified as 0 but tensor has no dimensions");
        int64_t dim = wrap_dim(a.i("dim"), self.dim());
        std::vector<Tensor> out;
        for (int64_t i = 0; i < self.sizes()[dim]; ++i) out.push_back(select_impl(self, dim, i, false));
        return out;
      },
      {}, "UnbindBackward0");

  // Tensor.requires_grad_(requires_grad=True) -> self
  r.add("requires_grad_(Tensor self, bool requires_grad=True) -> Tensor", OpKind::View, [](const Args& a) -> Value {
     Tensor self = a.tensor("self");
     self.set_requires_grad(a.b("requires_grad"));
     return self;
   }).is_function = false;

  // ---- Tensor.T / Tensor.mT ----
  r.add(
       "T(Tensor self) -> Tensor", OpKind::View,
       [](const Args& a) -> Value {
         const Tensor& self = a.tensor("self");
         Shape order(self.dim());
         for (int64_t i = 0; i < self.dim(); ++i) order[i] = self.dim() - 1 - i;
         return permute_impl(self, order);
       },
       {}, "PermuteBackward0")
      .is_function = false;
  r.add(
       "mT(Tensor self) -> Tensor", OpKind::View,
       [](const Args& a) -> Value {
         const Tensor& self = a.tensor("self");
         DP_CHECK(self.dim() >= 2, "tensor.mT is only supported on matrices or batches of matrices. Got " +
                                       std::to_string(self.dim()) + "-D tensor.");
         return transpose_impl(self, -2, -1);
       },
       {}, "TransposeBackward0")
      .is_function = false;

  // ---- metadata queries (work on fake tensors) ----
  r.add("size(Tensor self, int? dim=None) -> Any", OpKind::View, [](const Args& a) -> Value {
     const Tensor& self = a.tensor("self");
     if (a.has("dim")) return self.size(a.i("dim"));
     return self.sizes();
   }).is_function = false;
  r.add("stride(Tensor self, int? dim=None) -> Any", OpKind::View, [](const Args& a) -> Value {
     const Tensor& self = a.tensor("self");
     if (a.has("dim")) return self.stride(a.i("dim"));
     return self.strides();
   }).is_function = false;
  r.add("dim(Tensor self) -> int", OpKind::View, [](const Args& a) -> Value {
     return a.tensor("self").dim();
   }).is_function = false;
  r.add("ndimension(Tensor self) -> int", OpKind::View, [](const Args& a) -> Value {
     return a.tensor("self").dim();
   }).is_function = false;
  r.add("numel(Tensor self) -> int", OpKind::View, [](const Args& a) -> Value { return a.tensor("self").numel(); });
  r.add("element_size(Tensor self) -> int", OpKind::View, [](const Args& a) -> Value {
     return static_cast<int64_t>(itemsize(a.tensor("self").dtype()));
   }).is_function = false;
  r.add("is_contiguous(Tensor self, *, Any memory_format=None) -> bool", OpKind::View, [](const Args& a) -> Value {
     return a.tensor("self").is_contiguous();
   }).is_function = false;
  r.add("is_floating_point(Tensor self) -> bool", OpKind::View,
        [](const Args& a) -> Value { return is_floating(a.tensor("self").dtype()); });
  r.add("storage_offset(Tensor self) -> int", OpKind::View, [](const Args& a) -> Value {
     return a.tensor("self").storage_offset();
   }).is_function = false;

  // ---- gather-like ops ----
  r.add(
      "index_select(Tensor self, int dim, Tensor index) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        const Tensor& index = a.tensor("index");
        int64_t dim = wrap_dim(a.i("dim"), self.dim());
        if (index.dim() > 1) throw_error("IndexError", "index_select(): Index is supposed to be a vector");
        DP_CHECK(is_integral(index.dtype(), false), "index_select(): Expected dtype int32 or int64 for index");
        Shape s = self.sizes();
        if (self.dim() > 0) s[dim] = index.numel();
        return Tensor::make(s, self.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        int64_t dim = wrap_dim(a.i("dim"), self.dim());
        std::vector<int64_t> idx = read_as<int64_t>(a.tensor("index"));
        int64_t size = self.dim() > 0 ? self.sizes()[dim] : 1;
        // ATen's index_select_out_cpu_ takes no negative indices. A 2+-D self indexed along dim 1
        // (contiguous result) goes through index_select_out_cpu_dim1_, whose check_indexarray_range
        // is a RuntimeError with its own text; the other paths say "index out of range in self".
        bool dim1_path = self.dim() > 1 && dim == 1;
        for (size_t i = 0; i < idx.size(); ++i) {
          if (idx[i] < 0 || idx[i] >= size) {
            if (dim1_path)
              throw_error("RuntimeError", "INDICES element is out of DATA bounds, id=" + std::to_string(idx[i]) +
                                              " axis_dim=" + std::to_string(size));
            throw_error("IndexError", "index out of range in self");
          }
          int64_t j = idx[i];
          if (self.dim() == 0) {
            copy_into(out.tensor(), self);
          } else {
            copy_into(select_impl(out.tensor(), dim, static_cast<int64_t>(i), false), select_impl(self, dim, j, false));
          }
        }
      },
      "IndexSelectBackward0");
  r.add(
      "gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor", OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& self = a.tensor("self");
        const Tensor& index = a.tensor("index");
        wrap_dim(a.i("dim"), self.dim());
        DP_CHECK(index.dtype() == DType::Int64, "gather(): Expected dtype int64 for index");
        DP_CHECK(std::max<int64_t>(index.dim(), 1) == std::max<int64_t>(self.dim(), 1),
                 "Index tensor must have the same number of dimensions as input tensor");
        return Tensor::make(index.sizes(), self.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& self = a.tensor("self");
        const Tensor& o = out.tensor();
        int64_t dim = wrap_dim(a.i("dim"), self.dim());
        std::vector<int64_t> idx = read_as<int64_t>(a.tensor("index"));
        Shape st = contiguous_strides(o.sizes());
        dispatch_storage(self.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          const T* src = reinterpret_cast<const T*>(self.storage()->bytes.get());
          std::vector<T> res(idx.size());
          for (size_t e = 0; e < idx.size(); ++e) {
            int64_t off = self.storage_offset(), rem = static_cast<int64_t>(e);
            for (int64_t d = 0; d < o.dim(); ++d) {
              int64_t c = rem / st[d];
              rem %= st[d];
              if (d == dim) {
                int64_t size = self.sizes()[d];
                if (idx[e] < 0 || idx[e] >= size) {
                  throw_error("RuntimeError", "index " + std::to_string(idx[e]) + " is out of bounds for dimension " +
                                                  std::to_string(d) + " with size " + std::to_string(size));
                }
                c = idx[e] < 0 ? idx[e] + size : idx[e];
              }
              off += c * self.strides()[d];
            }
            res[e] = src[off];
          }
          write_from<T>(o, res);
        });
      },
      "GatherBackward0");

  // ---- tril / triu / repeat ----
  auto tri = [&](const std::string& name, bool lower) {
    auto kernel = [lower](const Tensor& self, int64_t diag, const Tensor& o) {
      dispatch(o.dtype(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        std::vector<T> v = read_as<T>(self);
        int64_t rows = self.sizes()[self.dim() - 2], cols = self.sizes()[self.dim() - 1];
        for (size_t e = 0; e < v.size(); ++e) {
          int64_t j = static_cast<int64_t>(e) % cols, i = (static_cast<int64_t>(e) / cols) % rows;
          bool keep = lower ? (j - i <= diag) : (j - i >= diag);
          if (!keep) v[e] = T(0);
        }
        write_from<T>(o, v);
      });
    };
    auto check = [name](const Tensor& self) {
      DP_CHECK(self.dim() >= 2, name + ": input tensor must have at least 2 dimensions");
    };
    r.add(
        name + "(Tensor self, int diagonal=0) -> Tensor", OpKind::Functional,
        [check](const Args& a) -> Value {
          check(a.tensor("self"));
          return fresh_like(a.tensor("self"), a.tensor("self").dtype());
        },
        [kernel](const Args& a, Value& out) { kernel(a.tensor("self"), a.i("diagonal"), out.tensor()); },
        backward_name(name));
    r.add(
        name + "_(Tensor self, int diagonal=0) -> Tensor", OpKind::InPlace,
        [check](const Args& a) -> Value {
          check(a.tensor("self"));
          return a.tensor("self");
        },
        [kernel](const Args& a, Value&) { kernel(a.tensor("self"), a.i("diagonal"), a.tensor("self")); },
        backward_name(name));
  };
  tri("tril", true);
  tri("triu", false);
  r.add(
       "repeat(Tensor self, int[] repeats) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         const Tensor& self = a.tensor("self");
         Shape reps = a.ints("repeats");
         DP_CHECK(static_cast<int64_t>(reps.size()) >= self.dim(),
                  "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
         Shape out(reps.size());
         size_t lead = reps.size() - self.sizes().size();
         for (size_t i = 0; i < reps.size(); ++i) {
           int64_t s = i < lead ? 1 : self.sizes()[i - lead];
           out[i] = s * reps[i];
         }
         return Tensor::make(out, self.dtype(), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& self = a.tensor("self");
         const Tensor& o = out.tensor();
         Shape reps = a.ints("repeats");
         size_t lead = reps.size() - self.sizes().size();
         // View the output as (r0, s0, r1, s1, ...) and copy the expanded input into it.
         Shape vs, vst, es, est;
         Shape ost = o.strides();
         for (size_t i = 0; i < reps.size(); ++i) {
           int64_t s = i < lead ? 1 : self.sizes()[i - lead];
           vs.push_back(reps[i]);
           vst.push_back(ost[i] * s);
           vs.push_back(s);
           vst.push_back(ost[i]);
           es.push_back(reps[i]);
           est.push_back(0);
           es.push_back(s);
           est.push_back(i < lead ? 0 : self.strides()[i - lead]);
         }
         Tensor ov = Tensor::make_view(o, vs, vst, 0);
         Tensor sv = Tensor::make_view(self, es, est, self.storage_offset());
         copy_into(ov, sv);
       },
       "RepeatBackward0")
      .is_function = false;
}

}  // namespace dp::torch
