// Mirrors ATen's CPUGeneratorImpl (aten/src/ATen/CPUGeneratorImpl.cpp) and its engine at::mt19937
// (aten/src/ATen/core/MT19937RNGEngine.h): random() yields 32 bits, random64() two draws combined
// (hi << 32 | lo); manual_seed resets the engine and the cached normal samples; get_state /
// set_state read and write the 5056-byte CPUGeneratorImplState that torch.get_rng_state returns.
// Generators other than the default one (torch.Generator()) live in a table by id (random.cpp).
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace dp::torch {

class Tensor;

// at::mt19937: the state in batches of 624 words, `left` counting down to the next batch.
class MT19937 {
 public:
  static constexpr int N = 624, M = 397;
  void seed(uint64_t s) {
    seed_ = s;
    seeded_ = true;
    state_[0] = static_cast<uint32_t>(s & 0xffffffffULL);
    for (int j = 1; j < N; ++j)
      state_[j] = 1812433253U * (state_[j - 1] ^ (state_[j - 1] >> 30)) + static_cast<uint32_t>(j);
    left_ = 1;
    next_ = 0;
  }
  uint32_t operator()() {
    if (--left_ == 0) next_state();
    uint32_t y = state_[next_++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
  }
  uint64_t seed_ = 0;
  int32_t left_ = 1;
  bool seeded_ = false;
  uint32_t next_ = 0;
  std::array<uint32_t, N> state_{};

 private:
  static uint32_t twist(uint32_t u, uint32_t v) {
    return (((u & 0x80000000U) | (v & 0x7fffffffU)) >> 1) ^ ((v & 1U) ? 0x9908b0dfU : 0U);
  }
  void next_state() {
    left_ = N;
    next_ = 0;
    for (int j = 0; j < N - M; ++j) state_[j] = state_[j + M] ^ twist(state_[j], state_[j + 1]);
    for (int j = N - M; j < N - 1; ++j) state_[j] = state_[j + M - N] ^ twist(state_[j], state_[j + 1]);
    state_[N - 1] = state_[M - 1] ^ twist(state_[N - 1], state_[0]);
  }
};

class Generator {
 public:
  // PyTorch's default seed (c10::detail::default_rng_seed_val).
  static constexpr uint64_t kDefaultSeed = 67280421310721ULL;
  // sizeof(CPUGeneratorImplState) and of the legacy THGeneratorState-only layout.
  static constexpr int64_t kStateSize = 5056, kLegacyStateSize = 5048;
  Generator() { manual_seed(kDefaultSeed); }
  void manual_seed(uint64_t seed) {
    engine_.seed(seed);
    next_double_normal_.reset();
    next_float_normal_.reset();
  }
  uint64_t initial_seed() const { return engine_.seed_; }
  uint32_t random() { return engine_(); }
  uint64_t random64() {
    uint64_t hi = random();
    uint64_t lo = random();
    return (hi << 32) | lo;
  }
  // The CPUGeneratorImplState bytes (little-endian, as on x86).
  std::vector<uint8_t> get_state() const;
  // Throws PyTorch's errors for a wrong size or an invalid engine state.
  void set_state(const std::vector<uint8_t>& bytes);
  std::optional<double> next_double_normal_;
  std::optional<float> next_float_normal_;

 private:
  MT19937 engine_;
};

Generator& default_generator();
inline void manual_seed(uint64_t seed) { default_generator().manual_seed(seed); }
// torch.Generator() objects: id 0 is the default generator.
int64_t new_generator();
Generator& generator_by_id(int64_t id);
// Each run starts with only the default generator.
void reset_generators();
// How a torch.Generator reaches an op's `generator` argument: this prefix then its id.
inline constexpr const char* kGeneratorTag = "\x01torch.Generator:";
class Args;
// The generator an op's `generator` argument names (the default one when None or absent).
Generator& generator_arg(const Args& a);

}  // namespace dp::torch
