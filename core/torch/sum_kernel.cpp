// Mirrors aten/src/ATen/native/cpu/SumKernel.cpp (cascade_sum, multi_row_sum, row_sum, the
// inner/outer vectorized and scalar sums) and the loop order TensorIterator gives a reduction
// (TensorIteratorBase::reorder_dimensions, coalesce_dimensions, the 2-D inner loop). The order of
// the float additions is the observable behaviour: docs/eager-semantics.md, "float32 reductions".
//
// Assumptions written down there: one thread (PyTorch splits reductions of 32768+ elements across
// threads), and 32-byte vectors (8 float / 4 double lanes: ATen's AVX2 and default capabilities).
#include "torch/sum_kernel.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace dp::torch::detail {
namespace {

// A Vectorized<T> of ATen: L lanes added lane by lane.
template <class T, int64_t L>
struct Lanes {
  std::array<T, L> v{};
  Lanes& operator+=(const Lanes& o) {
    for (int64_t k = 0; k < L; ++k) v[k] += o.v[k];
    return *this;
  }
};

// utils::CeilLog2.
int64_t ceil_log2(int64_t x) {
  if (x <= 2) return 1;
  int64_t n = 0;
  for (uint64_t y = static_cast<uint64_t>(x) - 1; y; y >>= 1) n++;
  return n;
}

// multi_row_sum: nrows interleaved sums over `size` steps, with 4 accumulator levels so that
// only partial sums of similar magnitude meet. load(i, k) is row k's value at step i.
template <class V, int64_t nrows, class Load>
std::array<V, nrows> multi_row_sum(Load load, int64_t size) {
  constexpr int64_t num_levels = 4;
  const int64_t level_power = std::max<int64_t>(4, ceil_log2(size) / num_levels);
  const int64_t level_step = int64_t(1) << level_power;
  const int64_t level_mask = level_step - 1;
  std::array<std::array<V, nrows>, num_levels> acc{};
  int64_t i = 0;
  while (i + level_step <= size) {
    for (int64_t j = 0; j < level_step; ++j, ++i)
      for (int64_t k = 0; k < nrows; ++k) acc[0][k] += load(i, k);
    for (int64_t j = 1; j < num_levels; ++j) {
      for (int64_t k = 0; k < nrows; ++k) {
        acc[j][k] += acc[j - 1][k];
        acc[j - 1][k] = V{};
      }
      if ((i & (level_mask << (j * level_power))) != 0) break;
    }
  }
  for (; i < size; ++i)
    for (int64_t k = 0; k < nrows; ++k) acc[0][k] += load(i, k);
  for (int64_t j = 1; j < num_levels; ++j)
    for (int64_t k = 0; k < nrows; ++k) acc[0][k] += acc[j][k];
  return acc[0];
}

// row_sum: one row of `size` values (load(i)), as 4 interleaved partial sums.
template <class V, class Load>
V row_sum(Load load, int64_t size) {
  constexpr int64_t ilp = 4;
  const int64_t size_ilp = size / ilp;
  auto partial = multi_row_sum<V, ilp>([&](int64_t i, int64_t k) { return load(i * ilp + k); }, size_ilp);
  for (int64_t i = size_ilp * ilp; i < size; ++i) partial[0] += load(i);
  for (int64_t k = 1; k < ilp; ++k) partial[0] += partial[k];
  return partial[0];
}

template <class T>
struct Summer {
  static constexpr int64_t L = 32 / static_cast<int64_t>(sizeof(T));
  using Vec = Lanes<T, L>;
  const T* in;
  T* out;

  Vec load_vec(int64_t off) const {
    Vec r;
    for (int64_t k = 0; k < L; ++k) r.v[k] = in[off + k];
    return r;
  }
  void store(int64_t off, T v) const { out[off] += v; }
  void store(int64_t off, int64_t out_stride, const Vec& v) const {
    for (int64_t k = 0; k < L; ++k) out[off + k * out_stride] += v.v[k];
  }

  // One call of cascade_sum's 2-D loop: dim 0 of size s0, dim 1 of size s1, element strides.
  void loop2d(int64_t ib, int64_t ob, int64_t s0, int64_t s1, std::array<int64_t, 2> is,
              std::array<int64_t, 2> os) const {
    if (os[0] != 0 && os[1] == 0) {  // move the reduction to dim 0
      std::swap(is[0], is[1]);
      std::swap(os[0], os[1]);
      std::swap(s0, s1);
    }
    if (os[0] != 0 && os[1] != 0) {  // not a reduction: out += in
      for (int64_t j = 0; j < s1; ++j)
        for (int64_t i = 0; i < s0; ++i) out[ob + j * os[1] + i * os[0]] += in[ib + j * is[1] + i * is[0]];
      return;
    }
    const int64_t ostr = os[1];
    if (is[0] == 1 && s0 >= L) {  // contiguous inner reduction
      const int64_t vec_size = s0 / L;
      for (int64_t j = 0; j < s1; ++j) {
        const int64_t row = ib + j * is[1];
        Vec acc = row_sum<Vec>([&](int64_t i) { return load_vec(row + i * L); }, vec_size);
        T final_acc = 0;
        for (int64_t k = vec_size * L; k < s0; ++k) final_acc += in[row + k];
        for (int64_t k = 0; k < L; ++k) final_acc += acc.v[k];
        store(ob + j * ostr, final_acc);
      }
    } else if (is[1] == 1 && s1 >= L) {  // contiguous outer reduction
      constexpr int64_t nrows = 4;
      int64_t j = 0;
      for (; j + nrows * L <= s1; j += nrows * L) {
        auto sums =
            multi_row_sum<Vec, nrows>([&](int64_t i, int64_t k) { return load_vec(ib + j + i * is[0] + k * L); }, s0);
        for (int64_t k = 0; k < nrows; ++k) store(ob + (j + k * L) * ostr, ostr, sums[k]);
      }
      for (; j + L <= s1; j += L)
        store(ob + j * ostr, ostr, row_sum<Vec>([&](int64_t i) { return load_vec(ib + j + i * is[0]); }, s0));
      for (; j < s1; ++j) store(ob + j * ostr, row_sum<T>([&](int64_t i) { return in[ib + j + i * is[0]]; }, s0));
    } else if (is[0] < is[1]) {  // scalar inner reduction
      for (int64_t j = 0; j < s1; ++j)
        store(ob + j * ostr, row_sum<T>([&](int64_t i) { return in[ib + j * is[1] + i * is[0]]; }, s0));
    } else {  // scalar outer reduction
      constexpr int64_t nrows = 4;
      int64_t j = 0;
      for (; j + (nrows - 1) < s1; j += nrows) {
        auto sums =
            multi_row_sum<T, nrows>([&](int64_t i, int64_t k) { return in[ib + (j + k) * is[1] + i * is[0]]; }, s0);
        for (int64_t k = 0; k < nrows; ++k) store(ob + (j + k) * ostr, sums[k]);
      }
      for (; j < s1; ++j)
        store(ob + j * ostr, row_sum<T>([&](int64_t i) { return in[ib + j * is[1] + i * is[0]]; }, s0));
    }
  }
};

struct Dim {
  int64_t size, in, out;  // element strides of the input and of the (keepdim) output
};

// TensorIteratorBase::reorder_dimensions for a reduction (operands: the output, then the input):
// fastest-moving dims first, reduced dims (output stride 0) before kept ones.
std::vector<Dim> reorder_dimensions(const std::vector<Dim>& dims) {
  const size_t nd = dims.size();
  std::vector<size_t> perm(nd);
  for (size_t i = 0; i < nd; ++i) perm[i] = nd - 1 - i;
  auto should_swap = [&](size_t d0, size_t d1) -> int {
    for (int arg = 0; arg < 2; ++arg) {
      const int64_t s0 = arg == 0 ? dims[d0].out : dims[d0].in;
      const int64_t s1 = arg == 0 ? dims[d1].out : dims[d1].in;
      if (arg == 0 && (s0 == 0) != (s1 == 0)) return s1 == 0 ? 1 : -1;
      if (s0 == 0 || s1 == 0) continue;
      if (s0 < s1) return -1;
      if (s0 > s1) return 1;
      if (dims[d0].size > dims[d1].size) return 1;
    }
    return 0;
  };
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
  std::vector<Dim> out;
  for (size_t p : perm) out.push_back(dims[p]);
  return out;
}

// TensorIteratorBase::coalesce_dimensions.
std::vector<Dim> coalesce_dimensions(std::vector<Dim> d) {
  if (d.size() <= 1) return d;
  auto can_coalesce = [&](size_t a, size_t b) {
    if (d[a].size == 1 || d[b].size == 1) return true;
    return d[a].size * d[a].in == d[b].in && d[a].size * d[a].out == d[b].out;
  };
  size_t prev = 0;
  for (size_t dim = 1; dim < d.size(); ++dim) {
    if (can_coalesce(prev, dim)) {
      if (d[prev].size == 1) {
        d[prev].in = d[dim].in;
        d[prev].out = d[dim].out;
      }
      d[prev].size *= d[dim].size;
    } else {
      prev++;
      if (prev != dim) d[prev] = d[dim];
    }
  }
  d.resize(prev + 1);
  return d;
}

}  // namespace

template <class T>
std::vector<T> cascade_sum(const Tensor& self, const std::vector<bool>& reduced) {
  const int64_t nd = self.dim();
  // The keepdim output, contiguous, with stride 0 on the reduced dims.
  std::vector<int64_t> out_strides(nd, 0);
  int64_t out_numel = 1;
  for (int64_t d = nd - 1; d >= 0; --d) {
    if (reduced[d]) continue;
    out_strides[d] = out_numel;
    out_numel *= self.sizes()[d];
  }
  std::vector<T> out(static_cast<size_t>(out_numel), T(0));
  if (self.numel() == 0) return out;

  std::vector<Dim> dims;
  for (int64_t d = 0; d < nd; ++d) dims.push_back({self.sizes()[d], self.strides()[d], out_strides[d]});
  dims = coalesce_dimensions(reorder_dimensions(dims));
  while (dims.size() < 2) dims.push_back({1, 0, 0});

  Summer<T> s{reinterpret_cast<const T*>(self.storage()->bytes.get()), out.data()};
  // The outer dims (2..) in order, dim 2 fastest, each running the 2-D loop.
  std::vector<int64_t> idx(dims.size(), 0);
  while (true) {
    int64_t ib = self.storage_offset(), ob = 0;
    for (size_t d = 2; d < dims.size(); ++d) {
      ib += idx[d] * dims[d].in;
      ob += idx[d] * dims[d].out;
    }
    s.loop2d(ib, ob, dims[0].size, dims[1].size, {dims[0].in, dims[1].in}, {dims[0].out, dims[1].out});
    size_t d = 2;
    for (; d < dims.size(); ++d) {
      if (++idx[d] < dims[d].size) break;
      idx[d] = 0;
    }
    if (d == dims.size()) break;
  }
  return out;
}

template std::vector<float> cascade_sum<float>(const Tensor&, const std::vector<bool>&);
template std::vector<double> cascade_sum<double>(const Tensor&, const std::vector<bool>&);

}  // namespace dp::torch::detail
