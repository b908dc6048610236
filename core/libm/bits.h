// Bit-level helpers shared by core/libm (reinterpretation of float/double as integers).
// __builtin_bit_cast: std::bit_cast without <bit> (absent from emscripten 3.1.6's libc++).
#pragma once
#include <cstdint>

namespace dp::libm::detail {

inline uint32_t bits(float f) { return __builtin_bit_cast(uint32_t, f); }
inline float from_bits(uint32_t u) { return __builtin_bit_cast(float, u); }
inline uint64_t bits(double d) { return __builtin_bit_cast(uint64_t, d); }
inline double from_bits64(uint64_t u) { return __builtin_bit_cast(double, u); }

}  // namespace dp::libm::detail
