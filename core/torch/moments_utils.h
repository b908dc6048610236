// Mirrors aten/src/ATen/native/cpu/moments_utils.h: RowwiseMoments, the mean and variance of a
// row by Welford's algorithm over 32-byte vectors (8 float / 4 double lanes) in chunks of 16
// vectors whose moments are merged pairwise (a cascade), then the scalar tail, then the lanes.
// The order of the float operations is the observable behaviour (layer_norm's printed values):
// docs/eager-semantics.md, "float32 reductions".
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace dp::torch::detail {

template <class T>
void AddMoments(int64_t m0_add, T m1_add, T m2_add, int64_t& m0, T& m1, T& m2) {
  const int64_t n = m0 + m0_add;
  const T c = n == 0 ? T(0) : static_cast<T>(m0_add) / static_cast<T>(n);
  const T delta = m1_add - m1;
  m1 += c * delta;
  m2 += m2_add + delta * delta * c * static_cast<T>(m0);
  m0 = n;
}

// (mean, variance with `ddof`) of X[0..N).
template <class T>
std::pair<T, T> RowwiseMoments(const T* X, int64_t N, int64_t ddof = 0) {
  constexpr int64_t L = 32 / static_cast<int64_t>(sizeof(T));
  constexpr int64_t kChunkSize = 16;
  using Vec = std::array<T, L>;
  const int64_t n = N / L;
  const int64_t m = (n + kChunkSize - 1) / kChunkSize;
  int64_t depth = 1;  // utils::CeilLog2(m)
  if (m > 2)
    for (depth = 0; (uint64_t(m) - 1) >> depth; ++depth) {
    }
  std::vector<int64_t> m0_stk(depth, 0);
  std::vector<Vec> m1_stk(depth, Vec{}), m2_stk(depth, Vec{});
  // AddMomentsVec: the same merge, lane by lane, with one shared count.
  auto add_vec = [](int64_t m0_add, const Vec& m1_add, const Vec& m2_add, int64_t& m0, Vec& m1, Vec& m2) {
    const int64_t total = m0 + m0_add;
    const T c = total == 0 ? T(0) : static_cast<T>(m0_add) / static_cast<T>(total);
    for (int64_t k = 0; k < L; ++k) {
      const T delta = m1_add[k] - m1[k];
      m1[k] += c * delta;
      m2[k] += m2_add[k] + delta * delta * c * static_cast<T>(m0);
    }
    m0 = total;
  };
  for (int64_t i = 0; i < m; ++i) {
    const T* X_ptr = X + i * kChunkSize * L;
    const int64_t m0 = std::min(kChunkSize, n - i * kChunkSize);
    Vec m1v{}, m2v{};
    for (int64_t j = 0; j < m0; ++j) {
      const T c = T(1) / static_cast<T>(j + 1);
      for (int64_t k = 0; k < L; ++k) {
        const T x = X_ptr[j * L + k];
        const T delta = x - m1v[k];
        m1v[k] += delta * c;
        m2v[k] += delta * (x - m1v[k]);
      }
    }
    add_vec(m0, m1v, m2v, m0_stk[0], m1_stk[0], m2_stk[0]);
    int64_t mask = i + 1;
    for (int64_t j = 1; j < depth && (mask & 1) == 0; ++j) {
      add_vec(m0_stk[j - 1], m1_stk[j - 1], m2_stk[j - 1], m0_stk[j], m1_stk[j], m2_stk[j]);
      m0_stk[j - 1] = 0;
      m1_stk[j - 1] = Vec{};
      m2_stk[j - 1] = Vec{};
      mask >>= 1;
    }
  }
  for (int64_t i = 1; i < depth; ++i) add_vec(m0_stk[i], m1_stk[i], m2_stk[i], m0_stk[0], m1_stk[0], m2_stk[0]);

  int64_t m0 = 0;
  T m1 = 0, m2 = 0;
  for (int64_t i = n * L; i < N; ++i) {
    const T delta = X[i] - m1;
    ++m0;
    m1 += delta / static_cast<T>(m0);
    m2 += delta * (X[i] - m1);
  }
  for (int64_t k = 0; k < L; ++k) AddMoments(n, m1_stk[0][k], m2_stk[0][k], m0, m1, m2);
  return {m1, m2 / static_cast<T>(N - ddof)};
}

}  // namespace dp::torch::detail
