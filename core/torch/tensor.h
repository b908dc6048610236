// Mirrors c10/core/TensorImpl.h + c10/core/Storage.h + at::Tensor: a tensor is a cheap handle on a
// shared TensorImpl (dtype, sizes, strides, storage offset, requires_grad, grad_fn name) that
// points at a Storage. A *fake* tensor (PyTorch's FakeTensor / meta tensor) has a Storage object
// without any bytes: only metadata. Views share their base's Storage, so shares_storage() and
// in-place ops on views behave as in PyTorch.
//
// Autograd (docs/autograd.md): an op run with grad mode on and an input that requires grad gives
// its outputs a grad_fn name ("AddBackward0", printed in reprs) and, for real tensors, a backward
// Node of the eager graph (core/torch/autograd/). Leaves keep their `.grad` and AccumulateGrad.
#pragma once
#include <limits>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "torch/dtype.h"

namespace dp::torch {

namespace autograd {
struct Node;
}

// Every error raised by this library. `type` is the Python exception class name:
// "RuntimeError", "IndexError", "TypeError", "ValueError", "NotImplementedError".
struct TorchError : std::exception {
  std::string type;
  std::string msg;
  TorchError(std::string t, std::string m) : type(std::move(t)), msg(std::move(m)) {}
  const char* what() const noexcept override { return msg.c_str(); }
};
[[noreturn]] void throw_error(const std::string& type, const std::string& msg);
#define DP_CHECK(cond, ...)                                             \
  do {                                                                  \
    if (!(cond)) ::dp::torch::throw_error("RuntimeError", __VA_ARGS__); \
  } while (0)

using Shape = std::vector<int64_t>;

// A Python number: bool, int or float (the three kinds at::Scalar distinguishes for promotion).
struct Scalar {
  std::variant<bool, int64_t, double> v{int64_t{0}};
  Scalar() = default;
  Scalar(bool b) : v(b) {}
  Scalar(int64_t i) : v(i) {}
  Scalar(int i) : v(int64_t{i}) {}
  Scalar(double d) : v(d) {}
  bool is_bool() const { return v.index() == 0; }
  bool is_int() const { return v.index() == 1; }
  bool is_float() const { return v.index() == 2; }
  double to_double() const;
  int64_t to_int() const;
  bool to_bool() const;
  // The dtype a Python number of this kind wraps into (bool, int64, default float).
  DType natural_dtype() const;
};

struct Storage {
  // Empty when fake. Allocated zero-filled.
  std::unique_ptr<unsigned char[]> bytes;
  int64_t nbytes = 0;
  bool fake = false;
  // Bumped by every in-place op on a view of this storage (PyTorch's version counter, shared by a
  // tensor and its views): autograd checks that saved tensors were not modified (docs/autograd.md).
  uint32_t version = 0;
  // Allocated in inference mode (c10 InferenceMode): the tensors on it are inference tensors
  // (Tensor.is_inference); a view shares its base's storage, so its flag too.
  bool inference = false;
};

struct TensorImpl {
  DType dtype = DType::Float32;
  Shape sizes;
  Shape strides;       // in elements
  int64_t offset = 0;  // storage offset, in elements
  std::shared_ptr<Storage> storage;
  bool requires_grad = false;
  std::string grad_fn;  // "" for leaves / tensors that do not require grad
  bool is_view = false;
  // A view (made with grad tracking on) of a leaf that requires grad: in-place ops on it are
  // errors, like PyTorch's "a view of a leaf Variable that requires grad ...".
  bool view_of_leaf = false;
  // Autograd meta (torch/csrc/autograd/variable.h AutogradMeta): the node that computes this
  // tensor's gradient and which of its inputs this tensor is; a leaf's AccumulateGrad (weak, as in
  // PyTorch) and `.grad`; retain_grad() on a non-leaf.
  std::shared_ptr<autograd::Node> grad_node;
  uint32_t output_nr = 0;
  std::weak_ptr<autograd::Node> grad_accumulator;
  std::shared_ptr<TensorImpl> grad;
  bool retains_grad = false;
  // The tensor this one is a view of (its base, never itself a view), for in-place autograd rules.
  std::shared_ptr<TensorImpl> view_base;
  // The storage version when this view's grad_fn was last set (DifferentiableViewMeta attr_version):
  // when the version moved on (an in-place op on the base or another view), autograd regenerates
  // the view's grad_fn from its base (autograd::refresh_view_grad_fn).
  uint32_t attr_version = 0;
  // Tensor.register_hook on a leaf (called before its gradient is accumulated); a non-leaf's hooks
  // live on its grad_fn (Node::pre_hooks). id -> hook; a removed hook is erased.
  std::vector<std::pair<int, std::function<std::shared_ptr<TensorImpl>(const std::shared_ptr<TensorImpl>&)>>> hooks;
};

// The one allocation point for tensor bytes (tensor.cpp): at most 1 GiB per storage, otherwise
// std::bad_alloc (MemoryError in Python).
unsigned char* allocate_storage_bytes(int64_t nbytes);

// Global grad mode (torch.no_grad / torch.set_grad_enabled / torch.is_grad_enabled).
bool grad_enabled();
void set_grad_enabled(bool enabled);
// torch.inference_mode(): tensors allocated while it is on are inference tensors.
bool inference_mode_enabled();
void set_inference_mode_enabled(bool enabled);
struct NoGradGuard {
  bool prev;
  NoGradGuard() : prev(grad_enabled()) { set_grad_enabled(false); }
  ~NoGradGuard() { set_grad_enabled(prev); }
};

Shape contiguous_strides(const Shape& sizes);
class Tensor;
// The strides ATen's TensorIterator gives a fresh output of `shape` for an elementwise op over
// `inputs` (docs/eager-semantics.md, "Output layout"): contiguous when every input is, the inputs'
// layout when they share one, otherwise the dimensions ordered by the first input's strides that
// tells them apart (compute_fast_setup_type, reorder_dimensions, allocate_or_resize_outputs).
Shape elementwise_output_strides(const Shape& shape, const std::vector<const Tensor*>& inputs);
// TensorIterator's dimension order (reorder_dimensions) for operands with these strides over
// `shape`: perm[0] is the fastest dimension. A kernel that consumes values in sequence (the random
// fills) visits the elements in this order, which is memory order for a dense tensor.
std::vector<size_t> tensor_iterator_perm(const Shape& shape, const std::vector<Shape>& op_strides);
// empty_like / clone / to with memory_format=torch.preserve_format: a non-overlapping and dense
// tensor's own strides, otherwise contiguous strides.
Shape preserve_format_strides(const Tensor& self);
int64_t shape_numel(const Shape& sizes);
// "[2, 3]"
std::string shape_str(const Shape& s);
// Python tuple repr: "(2, 3)", "(3,)", "()"
std::string shape_tuple_str(const Shape& s);

class Tensor {
 public:
  Tensor() = default;
  explicit Tensor(std::shared_ptr<TensorImpl> impl) : impl_(std::move(impl)) {}

  // A new contiguous tensor; zero-filled unless fake.
  static Tensor make(const Shape& sizes, DType dtype, bool fake = false);
  // A new strided tensor over a fresh storage large enough for sizes/strides.
  static Tensor make_strided(const Shape& sizes, const Shape& strides, DType dtype, bool fake);
  // A view of `base` sharing its storage.
  static Tensor make_view(const Tensor& base, Shape sizes, Shape strides, int64_t offset);
  // Scalar (0-dim) tensor holding s converted to dtype.
  static Tensor scalar_tensor(const Scalar& s, DType dtype);
  static Tensor scalar_tensor(const Scalar& s) { return scalar_tensor(s, s.natural_dtype()); }
  // 1-D tensor from values.
  template <class T>
  static Tensor from_vector(const std::vector<T>& v) {
    return from_vector(v, Shape{static_cast<int64_t>(v.size())});
  }
  template <class T>
  static Tensor from_vector(const std::vector<T>& v, const Shape& sizes);

  bool defined() const { return impl_ != nullptr; }
  TensorImpl* impl() const { return impl_.get(); }
  const std::shared_ptr<TensorImpl>& impl_ptr() const { return impl_; }
  // Identity for Python `is`: two handles on the same TensorImpl are the same Python object.
  const void* id() const { return impl_.get(); }

  DType dtype() const { return impl_->dtype; }
  const Shape& sizes() const { return impl_->sizes; }
  bool is_inference() const { return impl_->storage && impl_->storage->inference; }
  const Shape& strides() const { return impl_->strides; }
  int64_t storage_offset() const { return impl_->offset; }
  int64_t dim() const { return static_cast<int64_t>(impl_->sizes.size()); }
  int64_t numel() const { return shape_numel(impl_->sizes); }
  // size(d)/stride(d) accept negative dims; throw IndexError like PyTorch when out of range.
  int64_t size(int64_t d) const;
  int64_t stride(int64_t d) const;
  bool is_contiguous() const;
  bool is_fake() const { return impl_->storage == nullptr || impl_->storage->fake; }
  bool requires_grad() const { return impl_->requires_grad; }
  // Tensor.requires_grad_(); throws like PyTorch for non-float tensors and non-leaves.
  void set_requires_grad(bool r);
  const std::string& grad_fn() const { return impl_->grad_fn; }
  bool is_leaf() const { return impl_->grad_fn.empty(); }

  const std::shared_ptr<Storage>& storage() const { return impl_->storage; }
  // Address of the first element (nullptr for fake tensors); like Tensor.data_ptr() it identifies
  // memory, e.g. to check aliasing.
  const void* data_ptr() const;
  template <class T>
  T* data() const {
    return reinterpret_cast<T*>(impl_->storage->bytes.get()) + impl_->offset;
  }
  unsigned char* raw_data() const;

  // Reads element at flat row-major logical index i (any layout), as double / int64 / Scalar.
  double double_at(int64_t i) const;
  Scalar scalar_at(int64_t i) const;
  // Tensor.item(): requires numel()==1.
  Scalar item() const;
  // A fake tensor with the same metadata (sizes/strides/dtype/requires_grad), like fakifying.
  Tensor to_fake() const;

 private:
  std::shared_ptr<TensorImpl> impl_;
};

// at::maybe_wrap_dim: wraps a negative dim; throws IndexError
// "Dimension out of range (expected to be in range of [-2, 1], but got 2)". A 0-dim tensor accepts
// dims in [-1, 0] when wrap_scalar.
int64_t wrap_dim(int64_t dim, int64_t ndim, bool wrap_scalar = true);

bool shares_storage(const Tensor& a, const Tensor& b);
// Fakifies several tensors at once (FakeTensorConverter): tensors that share a real storage get a
// common fake storage, so views among Dynamo's inputs still alias as fakes.
std::vector<Tensor> to_fake_all(const std::vector<Tensor>& ts);
// Storage byte offset of the element at row-major index i of t.
int64_t element_offset(const Tensor& t, int64_t flat_index);

// A floating value truncated toward zero to the integer type I the way x86's cvttss2si/cvttsd2si
// do: a NaN or out-of-range value gives I's minimum (C++ leaves it undefined, and wasm differs).
template <class I, class F>
inline I truncate_like_x86(F v) {
  const double d = static_cast<double>(v);
  const double lo = static_cast<double>(std::numeric_limits<I>::min());
  if (!(d >= lo && d < -lo)) return std::numeric_limits<I>::min();
  return static_cast<I>(v);
}

// Generic element load/store with conversion between C++ types (PyTorch's static_cast semantics:
// float->bool is x != 0). Floating -> integral conversions are defined as PyTorch's CPU kernels
// behave on x86 (docs/eager-semantics.md, "Casts"): uint8 goes through int64 (c10's
// static_cast_with_inter_type), int8/int16 through int32, then wrap modulo 2^bits; NaN and
// out-of-range values become the intermediate type's minimum.
// float16 and bfloat16 convert through float, as c10::Half and c10::BFloat16 do.
template <class To, class From>
inline To convert(From v) {
  if constexpr (is_reduced_float_v<From>) {
    return convert<To>(static_cast<float>(v));
  } else if constexpr (is_reduced_float_v<To>) {
    return To(static_cast<float>(v));
  } else if constexpr (std::is_same_v<To, bool>) {
    return static_cast<bool>(v);
  } else if constexpr (std::is_floating_point_v<From> && std::is_integral_v<To>) {
    if constexpr (std::is_same_v<To, uint8_t>) return static_cast<To>(truncate_like_x86<int64_t>(v));
    else if constexpr (sizeof(To) < 4) return static_cast<To>(truncate_like_x86<int32_t>(v));
    else return truncate_like_x86<To>(v);
  } else {
    return static_cast<To>(v);
  }
}

template <class T>
Tensor Tensor::from_vector(const std::vector<T>& v, const Shape& sizes) {
  Tensor t = make(sizes, dtype_of<T>());
  T* p = t.data<T>();  // T is a storage type: bool, the integers, float or double
  for (size_t i = 0; i < v.size(); ++i) p[i] = v[i];
  return t;
}

}  // namespace dp::torch
