// Internal helpers shared by the eager kernels: strided iteration (a tiny TensorIterator, mirrors
// ATen's TensorIterator broadcasting of operand strides) and typed gather/scatter with dtype
// conversion.
#pragma once
#include <array>
#include <cmath>
#include <vector>

#include "torch/op_registry.h"
#include "torch/tensor.h"

namespace dp::torch::detail {

// Strides of t broadcast to `shape` (0 where t is broadcast).
inline Shape broadcast_strides(const Tensor& t, const Shape& shape) {
  Shape st(shape.size(), 0);
  size_t off = shape.size() - t.sizes().size();
  for (size_t i = 0; i < t.sizes().size(); ++i) {
    st[off + i] = t.sizes()[i] == 1 ? 0 : t.strides()[i];
  }
  return st;
}

// Calls f(offsets) for every index of `shape` in row-major order; offsets[k] is the element offset
// of operand k (start + sum(index[d] * strides[k][d])).
template <size_t N, class F>
void strided_loop(const Shape& shape, const std::array<Shape, N>& strides, std::array<int64_t, N> offs, F&& f) {
  const size_t nd = shape.size();
  for (int64_t s : shape) {
    if (s == 0) return;
  }
  if (nd == 0) {
    f(offs);
    return;
  }
  std::vector<int64_t> idx(nd, 0);
  const int64_t inner = shape[nd - 1];
  while (true) {
    for (int64_t i = 0; i < inner; ++i) {
      f(offs);
      for (size_t k = 0; k < N; ++k) offs[k] += strides[k][nd - 1];
    }
    for (size_t k = 0; k < N; ++k) offs[k] -= strides[k][nd - 1] * inner;
    size_t d = nd - 1;
    while (true) {
      if (d == 0) return;
      --d;
      idx[d]++;
      for (size_t k = 0; k < N; ++k) offs[k] += strides[k][d];
      if (idx[d] < shape[d]) break;
      for (size_t k = 0; k < N; ++k) offs[k] -= strides[k][d] * shape[d];
      idx[d] = 0;
    }
  }
}

// The elements of t, broadcast to `shape`, converted to T, in row-major order.
template <class T>
std::vector<T> read_as(const Tensor& t, const Shape& shape) {
  std::vector<T> out;
  out.reserve(static_cast<size_t>(shape_numel(shape)));
  dispatch_storage(t.dtype(), [&](auto tag) {
    using S = typename decltype(tag)::type;
    const S* base = reinterpret_cast<const S*>(t.storage()->bytes.get());
    strided_loop<1>(shape, {broadcast_strides(t, shape)}, {t.storage_offset()},
                    [&](const std::array<int64_t, 1>& o) { out.push_back(convert<T>(base[o[0]])); });
  });
  return out;
}
template <class T>
std::vector<T> read_as(const Tensor& t) {
  return read_as<T>(t, t.sizes());
}

// Writes vals (row-major) into dst (any layout), converting to dst's dtype.
template <class T>
void write_from(const Tensor& dst, const std::vector<T>& vals) {
  dispatch_storage(dst.dtype(), [&](auto tag) {
    using D = typename decltype(tag)::type;
    D* base = reinterpret_cast<D*>(dst.storage()->bytes.get());
    size_t i = 0;
    strided_loop<1>(dst.sizes(), {dst.strides()}, {dst.storage_offset()},
                    [&](const std::array<int64_t, 1>& o) { base[o[0]] = convert<D>(vals[i++]); });
  });
}

// Writes vals into dst in TensorIterator's order (tensor_iterator_perm over dst's strides): memory
// order for a dense tensor, row-major for a contiguous one. Kernels that produce their values as a
// sequence (random fills) write through this, so a transposed output gets the sequence as ATen
// lays it down.
template <class T>
void write_in_iteration_order(const Tensor& dst, const std::vector<T>& vals) {
  const Shape& shape = dst.sizes();
  const size_t nd = shape.size();
  std::vector<size_t> perm = tensor_iterator_perm(shape, {dst.strides()});
  // write_from over a view of dst with its dimensions in that order (slowest first; for a
  // row-major order the view is dst itself).
  Shape pshape(nd), pstrides(nd);
  for (size_t i = 0; i < nd; ++i) {
    pshape[i] = shape[perm[nd - 1 - i]];
    pstrides[i] = dst.strides()[perm[nd - 1 - i]];
  }
  write_from<T>(Tensor::make_view(dst, pshape, pstrides, dst.storage_offset()), vals);
}

#define DP_FOR_EACH_CPP_TYPE(M) M(bool) M(uint8_t) M(int8_t) M(int16_t) M(int32_t) M(int64_t) M(float) M(double)
#define DP_EXTERN_RW(T)                                                   \
  extern template std::vector<T> read_as<T>(const Tensor&, const Shape&); \
  extern template void write_from<T>(const Tensor&, const std::vector<T>&);
DP_FOR_EACH_CPP_TYPE(DP_EXTERN_RW)
#undef DP_EXTERN_RW

// Row-major elements of t as a contiguous array of T (bools stored as bytes, since
// std::vector<bool> has no data()); view the data as const T* with reinterpret_cast.
template <class T>
auto read_elems(const Tensor& t) {
  if constexpr (std::is_same_v<T, bool>) {
    std::vector<bool> b = read_as<bool>(t);
    return std::vector<uint8_t>(b.begin(), b.end());
  } else {
    return read_as<T>(t);
  }
}

// Copies src (broadcast to dst's shape) into dst with dtype conversion (Tensor.copy_).
inline void copy_into(const Tensor& dst, const Tensor& src) {
  dispatch(dst.dtype(), [&](auto tag) {
    using D = typename decltype(tag)::type;
    write_from<D>(dst, read_as<D>(src, dst.sizes()));
  });
}

inline DType to_float_dtype(DType t) { return is_floating(t) ? t : kDefaultFloat; }

// A dtype as c10's TypeMeta names it with GCC ("float", "long int", "unsigned char"): the spelling of
// messages that print tensor.dtype() rather than scalar_type().
inline std::string typemeta_name(DType t) {
  switch (t) {
    case DType::Float32: return "float";
    case DType::Float64: return "double";
    case DType::Int64: return "long int";
    case DType::Int32: return "int";
    case DType::Int16: return "short int";
    case DType::Int8: return "signed char";
    case DType::UInt8: return "unsigned char";
    case DType::Bool: return "bool";
    case DType::Float16: return "c10::Half";
    case DType::BFloat16: return "c10::BFloat16";
    default: return dtype_short_name(t);
  }
}

// "Float" etc. for messages like "result type Float can't be cast to the desired output type Long".
inline void check_cast(DType result, DType out) {
  if (!can_cast(result, out)) {
    throw_error("RuntimeError",
                "result type " + aten_name(result) + " can't be cast to the desired output type " + aten_name(out));
  }
}

// PyTorch's grad_fn naming: "log_softmax" -> "LogSoftmaxBackward0" (str.title() without '_').
inline std::string backward_name(const std::string& op, int n = 0) {
  std::string out;
  bool up = true;
  for (char c : op) {
    if (c == '_') {
      up = true;
      continue;
    }
    bool letter = std::isalpha(static_cast<unsigned char>(c));
    out += letter && up ? static_cast<char>(std::toupper(c)) : c;
    up = !letter;
  }
  return out + "Backward" + std::to_string(n);
}

}  // namespace dp::torch::detail
