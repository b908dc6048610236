// Mirrors c10/core/TensorImpl.cpp and at::Tensor basics: contiguity, element access, item(),
// dimension wrapping (c10/core/WrapDimMinimal.h), requires_grad_ checks.
#include "torch/tensor.h"

#include <algorithm>
#include <cstring>

#include <new>

namespace dp::torch {

void throw_error(const std::string& type, const std::string& msg) { throw TorchError(type, msg); }

double Scalar::to_double() const {
  if (auto* b = std::get_if<bool>(&v)) return *b ? 1.0 : 0.0;
  if (auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  return std::get<double>(v);
}
int64_t Scalar::to_int() const {
  if (auto* b = std::get_if<bool>(&v)) return *b ? 1 : 0;
  if (auto* i = std::get_if<int64_t>(&v)) return *i;
  return static_cast<int64_t>(std::get<double>(v));
}
bool Scalar::to_bool() const {
  if (auto* b = std::get_if<bool>(&v)) return *b;
  if (auto* i = std::get_if<int64_t>(&v)) return *i != 0;
  return std::get<double>(v) != 0.0;
}
DType Scalar::natural_dtype() const {
  if (is_bool()) return DType::Bool;
  if (is_int()) return DType::Int64;
  return kDefaultFloat;
}

namespace {
thread_local bool g_grad_enabled = true;
}
bool grad_enabled() { return g_grad_enabled; }
void set_grad_enabled(bool enabled) { g_grad_enabled = enabled; }
static thread_local bool g_inference_mode = false;
bool inference_mode_enabled() { return g_inference_mode; }
void set_inference_mode_enabled(bool enabled) { g_inference_mode = enabled; }

Shape contiguous_strides(const Shape& sizes) {
  Shape st(sizes.size());
  int64_t acc = 1;
  for (size_t i = sizes.size(); i-- > 0;) {
    st[i] = acc;
    acc *= std::max<int64_t>(sizes[i], 1);
  }
  return st;
}

int64_t shape_numel(const Shape& sizes) {
  int64_t n = 1;
  for (int64_t s : sizes) n *= s;
  return n;
}

std::string shape_str(const Shape& s) {
  std::string out = "[";
  for (size_t i = 0; i < s.size(); ++i) {
    if (i) out += ", ";
    out += std::to_string(s[i]);
  }
  return out + "]";
}

std::string shape_tuple_str(const Shape& s) {
  std::string out = "(";
  for (size_t i = 0; i < s.size(); ++i) {
    if (i) out += ", ";
    out += std::to_string(s[i]);
  }
  if (s.size() == 1) out += ",";
  return out + ")";
}

int64_t wrap_dim(int64_t dim, int64_t ndim, bool wrap_scalar) {
  if (ndim <= 0) {
    if (!wrap_scalar) {
      throw_error("IndexError", "dimension specified as " + std::to_string(dim) + " but tensor has no dimensions");
    }
    ndim = 1;
  }
  int64_t lo = -ndim, hi = ndim - 1;
  if (dim < lo || dim > hi) {
    throw_error("IndexError", "Dimension out of range (expected to be in range of [" + std::to_string(lo) + ", " +
                                  std::to_string(hi) + "], but got " + std::to_string(dim) + ")");
  }
  return dim < 0 ? dim + ndim : dim;
}

// Every real tensor's bytes come from here. One storage may hold at most 1 GiB: more than any
// teaching program needs and than the wasm heap can give; a bigger request fails as std::bad_alloc
// (MemoryError in the program) the same way natively, in wasm and under AddressSanitizer.
unsigned char* allocate_storage_bytes(int64_t nbytes) {
  constexpr int64_t kMaxStorageBytes = int64_t{1} << 30;
  if (nbytes < 0 || nbytes > kMaxStorageBytes) throw std::bad_alloc();
  return new unsigned char[std::max<int64_t>(nbytes, 1)]();
}

static std::shared_ptr<Storage> new_storage(int64_t nbytes, bool fake) {
  auto st = std::make_shared<Storage>();
  st->nbytes = nbytes;
  st->fake = fake;
  st->inference = g_inference_mode;
  if (!fake) st->bytes.reset(allocate_storage_bytes(nbytes));
  return st;
}

namespace {

// is_contiguous(memory_format=torch.channels_last / channels_last_3d): C fastest, then W, H, (D), N.
bool strides_channels_last(const Shape& sizes, const Shape& strides) {
  std::vector<size_t> order;
  if (sizes.size() == 4) order = {1, 3, 2, 0};
  else if (sizes.size() == 5) order = {1, 4, 3, 2, 0};
  else return false;
  int64_t expected = 1;
  for (size_t d : order) {
    if (sizes[d] == 1) continue;
    if (strides[d] != expected) return false;
    expected *= sizes[d];
  }
  return true;
}

Shape channels_last_strides(const Shape& sizes) {
  Shape st(sizes.size());
  std::vector<size_t> order = sizes.size() == 4 ? std::vector<size_t>{1, 3, 2, 0} : std::vector<size_t>{1, 4, 3, 2, 0};
  int64_t acc = 1;
  for (size_t d : order) {
    st[d] = acc;
    acc *= std::max<int64_t>(sizes[d], 1);
  }
  return st;
}

bool strides_non_overlapping_and_dense(const Shape& sizes, const Shape& strides) {
  size_t n = sizes.size();
  if (n == 1) return sizes[0] < 2 || strides[0] == 1;
  std::vector<size_t> perm(n);
  for (size_t i = 0; i < n; ++i) perm[i] = i;
  std::sort(perm.begin(), perm.end(), [&](size_t a, size_t b) {
    if (sizes[a] < 2) return false;
    if (sizes[b] < 2) return true;
    return strides[a] < strides[b];
  });
  int64_t require = 1;
  for (size_t i = 0; i < n; ++i) {
    int64_t size = sizes[perm[i]];
    if (size < 2) return true;
    if (strides[perm[i]] != require) return false;
    require *= size;
  }
  return true;
}

}  // namespace

std::vector<size_t> tensor_iterator_perm(const Shape& shape, const std::vector<Shape>& op_strides) {
  const size_t nd = shape.size();
  // Returns 1 when d0 should come after d1, -1 before, 0 when no operand tells.
  auto should_swap = [&](size_t d0, size_t d1) -> int {
    for (const Shape& s : op_strides) {
      int64_t s0 = s[d0], s1 = s[d1];
      if (s0 == 0 || s1 == 0) continue;
      if (s0 < s1) return -1;
      if (s0 > s1) return 1;
      if (shape[d0] > shape[d1]) return 1;
    }
    return 0;
  };
  std::vector<size_t> perm(nd);
  for (size_t i = 0; i < nd; ++i) perm[i] = nd - 1 - i;
  for (size_t i = 1; i < nd; ++i) {
    size_t d1 = i;
    for (size_t d0 = i; d0-- > 0;) {
      int c = should_swap(perm[d0], perm[d1]);
      if (c > 0) {
        std::swap(perm[d0], perm[d1]);
        d1 = d0;
      } else if (c < 0) {
        break;
      }
    }
  }
  return perm;
}

Shape preserve_format_strides(const Tensor& self) {
  if (strides_non_overlapping_and_dense(self.sizes(), self.strides())) return self.strides();
  return contiguous_strides(self.sizes());
}

Shape elementwise_output_strides(const Shape& shape, const std::vector<const Tensor*>& inputs) {
  const size_t nd = shape.size();
  if (inputs.empty() || nd == 0) return contiguous_strides(shape);
  // Fast setup: every operand of the output's shape, and all contiguous, all channels-last, or all
  // non-overlapping and dense with the same strides.
  bool same_shape = true;
  for (const Tensor* t : inputs) same_shape = same_shape && t->sizes() == shape;
  if (same_shape) {
    bool contiguous = true, channels_last = true, dense = true;
    for (const Tensor* t : inputs) {
      contiguous = contiguous && t->is_contiguous();
      channels_last = channels_last && strides_channels_last(t->sizes(), t->strides());
      dense = dense && strides_non_overlapping_and_dense(t->sizes(), t->strides());
    }
    if (contiguous) return contiguous_strides(shape);
    if (channels_last) return channels_last_strides(shape);
    if (dense) {
      bool equal = true;
      for (const Tensor* t : inputs) equal = equal && t->strides() == inputs.back()->strides();
      if (equal) return inputs.back()->strides();
    }
  }
  // reorder_dimensions over each operand's strides on the broadcast shape (0 where it broadcasts).
  std::vector<Shape> op_strides;
  for (const Tensor* t : inputs) {
    const Shape& sz = t->sizes();
    const Shape& st = t->strides();
    Shape s(nd, 0);
    size_t offset = nd - sz.size();
    for (size_t i = 0; i < sz.size(); ++i) s[offset + i] = (sz[i] == 1 && shape[offset + i] != 1) ? 0 : st[i];
    op_strides.push_back(std::move(s));
  }
  std::vector<size_t> perm = tensor_iterator_perm(shape, op_strides);
  bool inverted = true;
  for (size_t i = 0; i < nd; ++i) inverted = inverted && perm[i] == nd - 1 - i;
  if (inverted) return contiguous_strides(shape);
  Shape out(nd);
  int64_t acc = 1;
  for (size_t i = 0; i < nd; ++i) {
    out[perm[i]] = acc;
    acc *= shape[perm[i]];
  }
  return out;
}

Tensor Tensor::make(const Shape& sizes, DType dtype, bool fake) {
  return make_strided(sizes, contiguous_strides(sizes), dtype, fake);
}

Tensor Tensor::make_strided(const Shape& sizes, const Shape& strides, DType dtype, bool fake) {
  for (int64_t s : sizes) {
    DP_CHECK(s >= 0, "Trying to create tensor with negative dimension " + std::to_string(s) + ": " + shape_str(sizes));
  }
  auto impl = std::make_shared<TensorImpl>();
  impl->dtype = dtype;
  impl->sizes = sizes;
  impl->strides = strides;
  int64_t extent = 1;  // number of elements the storage must hold
  bool empty = false;
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (sizes[i] == 0) empty = true;
    extent += (sizes[i] - 1) * strides[i];
  }
  if (empty) extent = 0;
  impl->storage = new_storage(extent * static_cast<int64_t>(itemsize(dtype)), fake);
  return Tensor(std::move(impl));
}

Tensor Tensor::make_view(const Tensor& base, Shape sizes, Shape strides, int64_t offset) {
  auto impl = std::make_shared<TensorImpl>();
  impl->dtype = base.dtype();
  impl->sizes = std::move(sizes);
  impl->strides = std::move(strides);
  impl->offset = offset;
  impl->storage = base.storage();
  impl->is_view = true;
  impl->view_base = base.impl()->view_base ? base.impl()->view_base : base.impl_ptr();
  if (impl->storage) impl->attr_version = impl->storage->version;
  return Tensor(std::move(impl));
}

Tensor Tensor::scalar_tensor(const Scalar& s, DType dtype) {
  Tensor t = make({}, dtype);
  dispatch_storage(dtype, [&](auto tag) {
    using T = typename decltype(tag)::type;
    T* p = t.data<T>();
    if (s.is_float()) *p = convert<T>(std::get<double>(s.v));
    else if (s.is_int()) *p = convert<T>(std::get<int64_t>(s.v));
    else *p = convert<T>(std::get<bool>(s.v));
  });
  return t;
}

int64_t Tensor::size(int64_t d) const { return sizes()[wrap_dim(d, dim(), false)]; }
int64_t Tensor::stride(int64_t d) const { return strides()[wrap_dim(d, dim(), false)]; }

bool Tensor::is_contiguous() const {
  int64_t expected = 1;
  const Shape& sz = sizes();
  const Shape& st = strides();
  for (size_t i = sz.size(); i-- > 0;) {
    if (sz[i] == 0) return true;
  }
  for (size_t i = sz.size(); i-- > 0;) {
    if (sz[i] == 1) continue;
    if (st[i] != expected) return false;
    expected *= sz[i];
  }
  return true;
}

void Tensor::set_requires_grad(bool r) {
  if (r && !is_floating(dtype())) {
    throw_error("RuntimeError", "only Tensors of floating point and complex dtype can require gradients");
  }
  if (!is_leaf()) {
    if (!r) {
      throw_error("RuntimeError",
                  "you can only change requires_grad flags of leaf variables. If you want to use "
                  "a computed variable in a subgraph that doesn't require differentiation use "
                  "var_no_grad = var.detach().");
    }
    return;
  }
  impl_->requires_grad = r;
}

const void* Tensor::data_ptr() const {
  if (is_fake()) return nullptr;
  return impl_->storage->bytes.get() + impl_->offset * static_cast<int64_t>(itemsize(dtype()));
}

unsigned char* Tensor::raw_data() const {
  return impl_->storage->bytes.get() + impl_->offset * static_cast<int64_t>(itemsize(dtype()));
}

int64_t element_offset(const Tensor& t, int64_t flat) {
  int64_t off = t.storage_offset();
  const Shape& sz = t.sizes();
  const Shape& st = t.strides();
  for (size_t i = sz.size(); i-- > 0;) {
    int64_t idx = flat % sz[i];
    flat /= sz[i];
    off += idx * st[i];
  }
  return off;
}

Scalar Tensor::scalar_at(int64_t i) const {
  DP_CHECK(!is_fake(), "Cannot read the data of a fake tensor");
  int64_t off = element_offset(*this, i);
  return dispatch_storage(dtype(), [&](auto tag) -> Scalar {
    using T = typename decltype(tag)::type;
    T v = reinterpret_cast<const T*>(impl_->storage->bytes.get())[off];
    if constexpr (std::is_same_v<T, bool>) return Scalar(v);
    else if constexpr (is_reduced_float_v<T>) return Scalar(static_cast<double>(static_cast<float>(v)));
    else if constexpr (std::is_floating_point_v<T>) return Scalar(static_cast<double>(v));
    else return Scalar(static_cast<int64_t>(v));
  });
}

double Tensor::double_at(int64_t i) const { return scalar_at(i).to_double(); }

Scalar Tensor::item() const {
  if (numel() != 1) {
    throw_error("RuntimeError", "a Tensor with " + std::to_string(numel()) + " elements cannot be converted to Scalar");
  }
  if (is_fake()) {
    throw_error("RuntimeError", "aten._local_scalar_dense.default: data-dependent output on a fake tensor");
  }
  return scalar_at(0);
}

Tensor Tensor::to_fake() const {
  auto impl = std::make_shared<TensorImpl>(*impl_);
  // Metadata only: a fake tensor has no backward graph and no .grad.
  impl->grad_node = nullptr;
  impl->grad_accumulator.reset();
  impl->grad = nullptr;
  impl->view_base = nullptr;
  auto st = std::make_shared<Storage>();
  st->nbytes = impl_->storage ? impl_->storage->nbytes : 0;
  st->fake = true;
  st->inference = impl_->storage && impl_->storage->inference;
  impl->storage = st;
  return Tensor(std::move(impl));
}

std::vector<Tensor> to_fake_all(const std::vector<Tensor>& ts) {
  std::vector<std::pair<const Storage*, std::shared_ptr<Storage>>> seen;
  std::vector<Tensor> out;
  for (const auto& t : ts) {
    Tensor f = t.to_fake();
    const Storage* key = t.storage().get();
    for (const auto& [real, fake] : seen) {
      if (real == key) f.impl()->storage = fake;
    }
    if (std::none_of(seen.begin(), seen.end(), [&](const auto& p) { return p.first == key; })) {
      seen.push_back({key, f.storage()});
    }
    out.push_back(f);
  }
  return out;
}

bool shares_storage(const Tensor& a, const Tensor& b) {
  return a.defined() && b.defined() && a.storage() && a.storage() == b.storage();
}

}  // namespace dp::torch
