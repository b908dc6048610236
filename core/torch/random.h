// Mirrors ATen's CPUGeneratorImpl (aten/src/ATen/CPUGeneratorImpl.cpp): the default CPU generator
// is an mt19937 engine; random() yields 32 bits, random64() two draws combined (hi << 32 | lo);
// manual_seed resets the engine and the cached normal samples.
#pragma once
#include <cstdint>
#include <optional>
#include <random>

namespace dp::torch {

class Generator {
 public:
  // PyTorch's default seed (c10::detail::default_rng_seed_val).
  static constexpr uint64_t kDefaultSeed = 67280421310721ULL;
  Generator() { manual_seed(kDefaultSeed); }
  void manual_seed(uint64_t seed) {
    seed_ = seed;
    // at::mt19937(seed) seeds with the low 32 bits, like std::mt19937.
    engine_.seed(static_cast<uint32_t>(seed & 0xffffffffULL));
    next_double_normal_.reset();
    next_float_normal_.reset();
  }
  uint64_t initial_seed() const { return seed_; }
  uint32_t random() { return static_cast<uint32_t>(engine_()); }
  uint64_t random64() {
    uint64_t hi = random();
    uint64_t lo = random();
    return (hi << 32) | lo;
  }
  std::optional<double> next_double_normal_;
  std::optional<float> next_float_normal_;

 private:
  std::mt19937 engine_;
  uint64_t seed_ = kDefaultSeed;
};

Generator& default_generator();
inline void manual_seed(uint64_t seed) { default_generator().manual_seed(seed); }

}  // namespace dp::torch
